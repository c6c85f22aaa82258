import { Divider, Text, TextInput } from '@mantine/core';
import { FingerprintCheck } from './FingerprintCheck';

/**
 * A person confirms a key's fingerprint against the unit's signed key-registration form: group by
 * group ("Khớp"), or by typing it again. Used for a first key and for a unit's new key alike.
 */
export function FingerprintConfirm(props: {
  keyId: string;
  ticks: boolean[];
  onTicks: (t: boolean[]) => void;
  typed: string;
  onTyped: (v: string) => void;
  title: string;
  hint: string;
  typedLabel: string;
}) {
  return (
    <>
      <Text size="sm" fw={600}>
        {props.title}
      </Text>
      <FingerprintCheck keyId={props.keyId} checked={props.ticks} onChange={props.onTicks} />
      <Text size="sm" c="dimmed">
        {props.hint}
      </Text>
      <Divider label="hoặc" labelPosition="center" />
      <TextInput
        label={props.typedLabel}
        placeholder="8 nhóm, mỗi nhóm 4 ký tự; có thể gõ liền hoặc cách nhau"
        value={props.typed}
        onChange={(e) => props.onTyped(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        spellCheck={false}
        autoComplete="off"
      />
    </>
  );
}
