import { Group, Text } from '@mantine/core';
import { PrintButton } from '../registrations/PrintButton';
import { usePrintKinds } from './usePrintKinds';

/**
 * The inspection documents as Word files, through print.document like every printed document;
 * a kind this version does not print yet is left out.
 */
export function PrintButtons(props: { label: string; docs: { kind: string; id: string; label: string }[] }) {
  const kinds = usePrintKinds();
  const docs = props.docs.filter((d) => kinds.has(d.kind));
  if (!docs.length) return null;
  return (
    <Group gap="xs" role="group" aria-label={props.label} wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ flex: 'none' }}>
        In (Word):
      </Text>
      {docs.map((d) => (
        <PrintButton key={d.kind} kind={d.kind} id={d.id} label={d.label} size="xs" />
      ))}
    </Group>
  );
}
