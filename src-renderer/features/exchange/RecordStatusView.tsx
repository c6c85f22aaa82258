import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatDate } from '../../../src-shared/text';
import { statusColor, statusLabel } from './labels';
import type { RecordStatus } from './useRecordStatus';
import { useUnitName } from './useUnitName';

export function decisionText(d: NonNullable<RecordStatus['decision']>): string {
  return `Quyết định số ${d.number} ngày ${formatDate(d.date)} của ${d.issuer}${d.award ? ` — ${d.award}` : ''}`;
}

/** The status badge, the decision when there is one, and who gave it. */
export function StatusLine({ status }: { status: RecordStatus | null }) {
  const decidedBy = useUnitName(status?.decidedBy);
  if (!status?.status) return null;
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm">Trạng thái:</Text>
        <Badge color={statusColor(status.status)} variant="light" size="lg" data-testid="record-status">
          {statusLabel(status.status)}
        </Badge>
        {status.decidedBy && (
          <Text size="xs" c="dimmed">
            do {decidedBy} phản hồi
          </Text>
        )}
      </Group>
      {status.decision && (
        <Text size="sm" data-testid="record-decision">
          {decisionText(status.decision)}
        </Text>
      )}
    </Stack>
  );
}

/** The reasons of a return (or of "not eligible"), in red, one per line. */
export function StatusReasons({ status }: { status: RecordStatus | null }) {
  if (!status?.reasons.length) return null;
  return (
    <Stack gap={4} data-testid="record-reasons">
      <Text size="sm" fw={600} c="red.8">
        {status.status === 'declined' ? 'Lý do không đủ điều kiện' : 'Lý do trả lại, cần bổ sung'}
      </Text>
      <List size="sm" c="red.8" spacing={2}>
        {status.reasons.map((r, i) => (
          <List.Item key={i}>{r.message}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
