import { Badge, Group, ScrollArea, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { formatCount, formatDateTime } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { DeadlineAlert, useInitiativeDeadlines } from '../initiatives/DeadlineAlert';
import { useInitiativesStore } from '../initiatives/store';
import { useAppStore } from '../../app/store';
import { BUCKETS, KIND_LABELS } from './overviewLabels';
import { OverviewRecords, type OverviewPick } from './OverviewRecords';

type Row = ApiOutput<'exchange.overview'>[number];

/** One kind a unit sent up: its total, then a count per status, each opening its records. */
function KindLine({ row, kind, onPick }: { row: Row; kind: Row['kinds'][number]; onPick: (p: OverviewPick) => void }) {
  const pick = (bucket: OverviewPick['bucket']) => onPick({ unitCode: row.unitCode, unitName: row.unitName, type: kind.type, bucket });
  const label = KIND_LABELS[kind.type];
  return (
    <Group gap={6} wrap="wrap" data-testid="overview-kind" data-kind={kind.type}>
      <UnstyledButton onClick={() => pick('all')} aria-label={`${label}: ${kind.total}`} miw={150}>
        <Text size="sm" fw={600} c="blue.8" td="underline">
          {label}: {formatCount(kind.total)}
        </Text>
      </UnstyledButton>
      {BUCKETS.filter((b) => kind.counts[b.bucket]).map((b) => (
        <UnstyledButton key={b.bucket} onClick={() => pick(b.bucket)} aria-label={`${label} ${b.label.toLowerCase()}: ${kind.counts[b.bucket]}`}>
          <Badge color={b.color} variant="light" style={{ cursor: 'pointer', textTransform: 'none' }}>
            {b.label}: {formatCount(kind.counts[b.bucket]!)}
          </Badge>
        </UnstyledButton>
      ))}
    </Group>
  );
}

/**
 * "Tổng hợp đơn vị": at an upper level, each unit below with what it sent up (registrations,
 * dossiers, initiatives, inspections; not its lists of people and collectives), where each
 * stands and whether the feedback reached it. Every count opens the records behind it.
 */
export function OverviewPage() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [pick, setPick] = useState<OverviewPick | null>(null);
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
        Hồ sơ các đơn vị cấp dưới đã gửi lên (đăng ký, hồ sơ khen thưởng, sáng kiến, kiểm tra) và tình trạng từng loại. Bấm vào một số để
        xem các hồ sơ đó.
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
              <Table.Th w={210}>Đơn vị</Table.Th>
              <Table.Th w={170}>Trao đổi gói</Table.Th>
              <Table.Th>Hồ sơ đã gửi lên và tình trạng</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((r) => (
              <Table.Tr key={r.unitCode} data-testid="overview-row" style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Text size="sm" fw={600} title={r.unitName}>
                    {r.unitName}
                  </Text>
                  <Group gap={6}>
                    <Text size="xs" c="dimmed">
                      {r.unitCode}
                    </Text>
                    <Badge size="xs" color={r.trusted ? 'green' : 'gray'} variant="light">
                      {r.trusted ? 'Khóa tin cậy' : 'Khóa chưa tin cậy'}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {r.lastReceivedAt ? `Nhận gói số ${r.lastReceivedSequence} lúc ${formatDateTime(r.lastReceivedAt)}` : 'Chưa nhận gói nào'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {r.lastSentAt ? `Gửi gần nhất ${formatDateTime(r.lastSentAt)}` : 'Chưa gửi gói nào'}
                  </Text>
                  {r.missing.length > 0 && (
                    <Text size="xs" c="orange.8" fw={600}>
                      Chưa nhận gói số {r.missing.join(', ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.kinds.length ? (
                    <Stack gap={4}>
                      {r.kinds.map((k) => (
                        <KindLine key={k.type} row={r} kind={k} onPick={setPick} />
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Chưa gửi hồ sơ nào lên.
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rows?.length === 0 && (
          <Text c="dimmed" ta="center" py="xl">
            Chưa có đơn vị cấp dưới nào trong danh mục và chưa trao đổi gói với đơn vị nào.
          </Text>
        )}
      </ScrollArea>
      <OverviewRecords pick={pick} onClose={() => setPick(null)} />
    </PageFrame>
  );
}
