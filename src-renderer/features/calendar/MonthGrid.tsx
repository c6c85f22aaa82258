import { Box, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import type { CalendarItem } from '../../../src-shared/api';

export const STATE_COLOR: Record<CalendarItem['state'], string> = { overdue: 'red', soon: 'orange', open: 'blue', done: 'gray', past: 'gray' };
export const STATE_LABEL: Record<CalendarItem['state'], string> = { overdue: 'Quá hạn', soon: 'Sắp đến hạn', open: 'Chưa đến hạn', done: 'Đã xong', past: 'Đã qua' };
const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** One month, weeks from Monday; each day lists its obligations, overdue ones in red. */
export function MonthGrid(props: { year: number; month: number; items: CalendarItem[]; today: string }) {
  const days = new Date(Date.UTC(props.year, props.month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(props.year, props.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_x, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const byDay = new Map<string, CalendarItem[]>();
  for (const i of props.items) byDay.set(i.date, [...(byDay.get(i.date) ?? []), i]);
  return (
    <Box>
      <SimpleGrid cols={7} spacing={0} style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        {WEEKDAYS.map((w) => (
          <Text key={w} size="xs" fw={700} ta="center" py={4} bg="gray.1" style={{ borderRight: '1px solid var(--mantine-color-gray-3)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            {w}
          </Text>
        ))}
        {cells.map((d, k) => {
          const date = d ? iso(props.year, props.month, d) : '';
          const list = d ? (byDay.get(date) ?? []) : [];
          return (
            <Box
              key={k}
              p={4}
              mih={86}
              data-testid={d ? `cal-day-${date}` : undefined}
              bg={date === props.today ? 'yellow.0' : d ? undefined : 'gray.0'}
              style={{ borderRight: '1px solid var(--mantine-color-gray-3)', borderBottom: '1px solid var(--mantine-color-gray-3)', minWidth: 0 }}
            >
              {d && (
                <Text size="xs" fw={date === props.today ? 700 : 500} c="dimmed">
                  {d}
                </Text>
              )}
              <Stack gap={2}>
                {list.map((i) => (
                  <Tooltip key={i.uid} label={`${i.title} (${i.sourceLabel}; ${STATE_LABEL[i.state]})`} multiline maw={360} withinPortal>
                    <Text
                      size="xs"
                      truncate="end"
                      px={4}
                      c="white"
                      bg={`${STATE_COLOR[i.state]}.${i.state === 'done' ? 5 : 7}`}
                      style={{ borderRadius: 3 }}
                      data-testid="cal-item"
                      data-state={i.state}
                    >
                      {i.title}
                    </Text>
                  </Tooltip>
                ))}
              </Stack>
            </Box>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
