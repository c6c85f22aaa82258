import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';

/**
 * The fingerprint of a key file in its 8 groups of four, each with a "Khớp" box the clerk
 * ticks after comparing that group with the unit's paper form, one by one.
 */
export function FingerprintCheck(props: { keyId: string; checked: boolean[]; onChange: (checked: boolean[]) => void }) {
  const groups = formatFingerprint(props.keyId).split(' ');
  return (
    <SimpleGrid cols={8} spacing={6} data-testid="fingerprint-check">
      {groups.map((g, i) => (
        <Stack
          key={i}
          gap={4}
          align="center"
          py={6}
          bg={props.checked[i] ? 'green.0' : 'gray.0'}
          style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text ff="monospace" fz={20} fw={600} style={{ letterSpacing: '0.05em' }}>
            {g}
          </Text>
          <Checkbox
            size="xs"
            label="Khớp"
            aria-label={`Nhóm ${i + 1} (${g}) khớp`}
            checked={props.checked[i] ?? false}
            onChange={(e) => {
              const next = [...props.checked];
              next[i] = e.currentTarget.checked;
              props.onChange(next);
            }}
          />
        </Stack>
      ))}
    </SimpleGrid>
  );
}
