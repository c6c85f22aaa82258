import { Group, Text, ThemeIcon } from '@mantine/core';
import type { Verdict } from '../../../src-shared/rules/vocab';
import { VERDICT_META } from './labels';

/** A round coloured sign: ✓ green (đạt), ✕ red (không đạt), ! amber (cần minh chứng). */
export function VerdictIcon({ result, size = 'sm', decorative, mt }: { result: Verdict; size?: 'xs' | 'sm' | 'md'; decorative?: boolean; mt?: number }) {
  const m = VERDICT_META[result];
  const a11y = decorative ? { 'aria-hidden': true } : { 'aria-label': m.label, role: 'img' };
  return (
    <ThemeIcon color={m.color} radius="xl" size={size} mt={mt} {...a11y} style={{ flex: 'none' }} data-result={result}>
      <Text span fw={700} size={size === 'md' ? 'sm' : 'xs'} c={result === 'evidence' ? 'dark' : 'white'} lh={1}>
        {m.sign}
      </Text>
    </ThemeIcon>
  );
}

/** The sign and its words, as the nominee grid shows a nominee's overall answer. */
export function VerdictLight({ result }: { result: Verdict }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="verdict" data-result={result}>
      <VerdictIcon result={result} decorative />
      <Text size="sm" c={`${VERDICT_META[result].color}.9`} truncate="end" data-testid="verdict-label" title={VERDICT_META[result].label}>
        {VERDICT_META[result].short}
      </Text>
    </Group>
  );
}
