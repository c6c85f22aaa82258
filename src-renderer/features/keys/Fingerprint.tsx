import { Group, Text } from '@mantine/core';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';

/** The key fingerprint in large monospace groups of four, easy to read aloud over the phone. */
export function Fingerprint({ keyId }: { keyId: string }) {
  const groups = formatFingerprint(keyId).split(' ');
  return (
    <Group gap="xs" data-testid="fingerprint" aria-label={`Dấu vân tay khóa: ${groups.join(' ')}`}>
      {groups.map((g, i) => (
        <Text
          key={i}
          ff="monospace"
          fz={22}
          fw={600}
          px="xs"
          py={2}
          bg="gray.1"
          style={{ borderRadius: 'var(--mantine-radius-sm)', letterSpacing: '0.05em' }}
        >
          {g}
        </Text>
      ))}
    </Group>
  );
}
