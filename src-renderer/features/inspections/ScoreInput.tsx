import { NumberInput, Text } from '@mantine/core';

/** A scored checklist item's score out of its maximum, typed with a decimal comma (7,5). */
export function ScoreInput(props: { label: string; value: number | null; max: number | null; onChange(score: number | null): void; onBlur(): void }) {
  return (
    <NumberInput
      aria-label={props.label}
      placeholder="Điểm"
      value={props.value ?? ''}
      onChange={(x) => props.onChange(typeof x === 'number' ? x : null)}
      onBlur={props.onBlur}
      min={0}
      max={props.max ?? undefined}
      decimalScale={2}
      decimalSeparator=","
      thousandSeparator=""
      allowNegative={false}
      w={110}
      rightSection={<Text size="xs" c="dimmed" pr={4}>/{props.max}</Text>}
      rightSectionWidth={44}
    />
  );
}
