import { Group, Progress, Text } from '@mantine/core';

/** "answered/total" with a bar; green when everything is answered. */
export function ProgressCell(props: { answered: number; total: number; label?: string; w?: number | string }) {
  const { answered, total } = props;
  const pct = total ? Math.round((answered / total) * 100) : 0;
  return (
    <Group gap={8} wrap="nowrap" w={props.w}>
      <Progress
        value={pct}
        color={answered === total && total > 0 ? 'teal' : 'blue'}
        size="md"
        style={{ flex: 1, minWidth: 60 }}
        aria-label={props.label ?? 'Tiến độ đánh giá'}
        data-testid="progress-bar"
      />
      <Text size="sm" style={{ flex: 'none' }} data-testid="progress-text">
        {answered}/{total}
      </Text>
    </Group>
  );
}
