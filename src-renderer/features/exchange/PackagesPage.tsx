import { Alert, Badge, Group, Pagination, ScrollArea, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatCount, formatDateTime } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { usePageCursors } from '../../app/useKeysetList';
import { ACTIONS, kindLabel } from './labels';

type Log = ApiOutput<'exchange.packages'>;
type Row = Log['items'][number];
type Gap = ApiOutput<'exchange.gaps'>[number];
type Direction = 'all' | 'in' | 'out';

const PAGE_SIZE = 50;

function resultText(p: Row): string {
  if (p.direction === 'out') {
    const att = p.counts.attachments ? `, ${formatCount(p.counts.attachments)} tệp đính kèm` : '';
    return `${formatCount(p.counts.records ?? 0)} bản ghi${att}`;
  }
  const parts = ACTIONS.filter((a) => p.counts[a.action]).map((a) => `${a.label} ${formatCount(p.counts[a.action]!)}`);
  return parts.join(' · ') || 'Không có bản ghi';
}

function unitText(p: Row): string {
  if (p.direction === 'in') return `${p.senderName} (${p.senderCode})`;
  return p.recipientCode === '*' ? 'Tất cả đơn vị' : p.recipientCode;
}

/** "Chưa nhận gói số 5, 6 của Xã A": numbers missing in what each sender has sent here. */
function GapAlerts({ gaps }: { gaps: Gap[] }) {
  const missing = gaps.filter((g) => g.missing.length);
  if (!missing.length) return null;
  return (
    <Stack gap={6}>
      {missing.map((g) => (
        <Alert key={g.senderCode} color="yellow" py={8} data-testid="gap-alert">
          Chưa nhận gói số {g.missing.join(', ')} của {g.senderName} (đã nhận đến gói số {g.last}). Hãy đề nghị đơn vị gửi
          lại các gói này.
        </Alert>
      ))}
    </Stack>
  );
}

/** "Nhật ký gói": every package written or imported here, newest first. */
export function PackagesPage() {
  const [direction, setDirection] = useState<Direction>('all');
  const [page, setPage] = useState(1);
  const [log, setLog] = useState<Log | null>(null);
  const [gaps, setGaps] = useState<Gap[]>([]);
  const cursors = usePageCursors(direction);

  useEffect(() => {
    invoke('exchange.gaps', {})
      .then(setGaps)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);

  useEffect(() => {
    let alive = true;
    invoke('exchange.packages', { direction: direction === 'all' ? null : direction, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, after: cursors.after(page) })
      .then((r) => {
        cursors.remember(page, r.next);
        if (alive) setLog(r);
      })
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [direction, page]);

  const pages = Math.max(1, Math.ceil((log?.total ?? 0) / PAGE_SIZE));

  return (
    <PageFrame title="Nhật ký gói">
      <GapAlerts gaps={gaps} />
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Chiều"
          value={direction}
          onChange={(v) => {
            setDirection(v as Direction);
            setPage(1);
          }}
          data={[
            { value: 'all', label: 'Tất cả' },
            { value: 'in', label: 'Nhận' },
            { value: 'out', label: 'Gửi' },
          ]}
        />
        <Text size="sm" c="dimmed" data-testid="packages-count">
          {log ? `${formatCount(log.total)} gói` : T.loading}
        </Text>
      </Group>
      <ScrollArea
        style={{ flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
        type="auto"
      >
        <Table stickyHeader layout="fixed" verticalSpacing={6} fz="sm" aria-label="Nhật ký gói" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={76}>Chiều</Table.Th>
              <Table.Th w={150}>Loại</Table.Th>
              <Table.Th>Đơn vị</Table.Th>
              <Table.Th w={76}>Số gói</Table.Th>
              <Table.Th w={140}>Ngày tạo</Table.Th>
              <Table.Th w={140}>Ngày xử lý</Table.Th>
              <Table.Th w={330}>Kết quả và báo nhận</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log?.items.map((p) => (
              <Table.Tr key={`${p.direction}:${p.packageId}`} data-testid="package-row">
                <Table.Td>
                  <Badge variant="light" color={p.direction === 'in' ? 'teal' : 'blue'}>
                    {p.direction === 'in' ? 'Nhận' : 'Gửi'}
                  </Badge>
                </Table.Td>
                <Table.Td>{kindLabel(p.kind)}</Table.Td>
                <Table.Td style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={p.fileName ?? undefined}>
                  {unitText(p)}
                </Table.Td>
                <Table.Td>{p.sequence}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.createdAt)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.processedAt)}</Table.Td>
                <Table.Td>
                  {resultText(p)}
                  {p.receiptText && (
                    <Text size="xs" c={p.acked ? 'green.8' : 'dimmed'} data-testid="receipt-text">
                      {p.receiptText}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {log?.total === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            Chưa gửi hay nhận gói nào.
          </Text>
        )}
      </ScrollArea>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
    </PageFrame>
  );
}
