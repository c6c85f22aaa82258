import { Badge, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { formatCount, formatTimestampDate } from '../../app/format';
import type { Overview } from './useOverview';

/**
 * "Đơn vị cấp dưới" (upper levels only): each unit below this one with what it has sent for the
 * year; the ones that have sent nothing yet are listed first, in red.
 */
export function SubUnitsPanel({ units }: { units: Overview['units'] }) {
  const sent = units.filter((u) => u.registrations > 0).length;
  return (
    <Paper withBorder w={300} p={0} style={{ flex: 'none', display: 'flex', flexDirection: 'column', minHeight: 0 }} component="section" aria-label="Đơn vị cấp dưới">
      <Stack gap={0} px="sm" py={8} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Text fw={600}>Đơn vị cấp dưới</Text>
        <Text size="sm" c="dimmed" data-testid="subunits-summary">
          Đã gửi: {formatCount(sent)}/{formatCount(units.length)} đơn vị
        </Text>
      </Stack>
      <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto">
        {units.map((u) => (
          <Group
            key={u.unitCode}
            justify="space-between"
            wrap="nowrap"
            gap="xs"
            px="sm"
            py={6}
            data-testid="subunit-row"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          >
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate="end" title={u.unitName}>
                {u.unitName}
              </Text>
              <Text size="xs" c="dimmed" truncate="end">
                {u.unitCode}
                {u.lastReceivedAt ? ` · nhận ${formatTimestampDate(u.lastReceivedAt)}` : ''}
              </Text>
            </Stack>
            {u.registrations === 0 ? (
              <Badge color="red" variant="filled" style={{ flex: 'none' }}>
                Chưa gửi
              </Badge>
            ) : (
              <Stack gap={2} align="flex-end" style={{ flex: 'none' }}>
                <Text size="sm" data-testid="subunit-counts">
                  {formatCount(u.registrations)} bản · {formatCount(u.entries)} người
                </Text>
                {u.late > 0 && (
                  <Badge color="orange" variant="light" size="sm">
                    Nộp muộn: {formatCount(u.late)}
                  </Badge>
                )}
              </Stack>
            )}
          </Group>
        ))}
      </ScrollArea>
    </Paper>
  );
}
