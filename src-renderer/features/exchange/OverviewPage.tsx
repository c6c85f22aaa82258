import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { STATUSES } from '../../../src-shared/exchange/status';
import { invoke } from '../../api';
import { formatCount, formatDateTime } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { DeadlineAlert, useInitiativeDeadlines } from '../initiatives/DeadlineAlert';
import { useInitiativesStore } from '../initiatives/store';
import { useAppStore } from '../../app/store';
import { statusColor, statusLabel } from './labels';

type Row = ApiOutput<'exchange.overview'>[number];
const ORDER = ['received-copy', ...STATUSES];

function StatusCounts({ counts }: { counts: Row['statusCounts'] }) {
  const keys = Object.keys(counts).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (!keys.length) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Group gap={4}>
      {keys.map((k) => (
        <Badge key={k} color={statusColor(k)} variant="light">
          {statusLabel(k)}: {formatCount(counts[k]!)}
        </Badge>
      ))}
    </Group>
  );
}

/** "Tổng hợp đơn vị": the province's view of each unit it exchanges packages with. */
export function OverviewPage() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const deadlines = useInitiativeDeadlines();
  const setPage = useAppStore((s) => s.setPage);
  const openInitiative = useInitiativesStore((s) => s.setOpen);

  useEffect(() => {
    invoke('exchange.overview', {})
      .then(setRows)
      .catch((e: unknown) => notifyError(e, T.loadFailed));
  }, []);

  return (
    <PageFrame title="Tổng hợp đơn vị">
      <Text size="sm" c="dimmed" mt={-6}>
        Dành cho cấp tỉnh: mỗi đơn vị đã trao đổi gói, gói nhận và gửi gần nhất, gói còn thiếu và tình trạng hồ sơ nhận về.
      </Text>
      <DeadlineAlert
        deadlines={deadlines}
        onOpen={(id) => {
          openInitiative(id);
          setPage('initiatives');
        }}
      />
      <ScrollArea
        style={{ flex: 1, minHeight: 0, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}
        type="auto"
      >
        <Table stickyHeader layout="fixed" verticalSpacing={6} fz="sm" aria-label="Tổng hợp đơn vị" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={200}>Đơn vị</Table.Th>
              <Table.Th w={120}>Khóa</Table.Th>
              <Table.Th w={150}>Gói nhận gần nhất</Table.Th>
              <Table.Th w={130}>Gửi gần nhất</Table.Th>
              <Table.Th w={110}>Gói còn thiếu</Table.Th>
              <Table.Th w={80}>Hồ sơ</Table.Th>
              <Table.Th>Tình trạng hồ sơ</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((r) => (
              <Table.Tr key={r.unitCode} data-testid="overview-row">
                <Table.Td>
                  <Text size="sm" fw={600} truncate="end" title={r.unitName}>
                    {r.unitName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {r.unitCode}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={r.trusted ? 'green' : 'gray'} variant="light">
                    {r.trusted ? 'Tin cậy' : 'Chưa tin cậy'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {r.lastReceivedAt ? (
                    <>
                      {formatDateTime(r.lastReceivedAt)}
                      <Text size="xs" c="dimmed">
                        gói số {r.lastReceivedSequence}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(r.lastSentAt) || '—'}</Table.Td>
                <Table.Td c={r.missing.length ? 'orange.8' : undefined} fw={r.missing.length ? 600 : undefined}>
                  {r.missing.length ? r.missing.join(', ') : '—'}
                </Table.Td>
                <Table.Td>{formatCount(r.records)}</Table.Td>
                <Table.Td>
                  <StatusCounts counts={r.statusCounts} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows?.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            Chưa trao đổi gói với đơn vị nào.
          </Text>
        )}
      </ScrollArea>
    </PageFrame>
  );
}
