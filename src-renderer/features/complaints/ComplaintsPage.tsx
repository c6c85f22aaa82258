import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { Complaint } from '../../../src-shared/api';
import { COMPLAINT_KIND_LABELS } from '../../../src-shared/rules/complaints';
import { classifyDue, dueWords } from '../../../src-shared/rules/home';
import { formatDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { CloseForm } from './CloseForm';
import { ComplaintDetail } from './ComplaintDetail';
import { ComplaintForm } from './ComplaintForm';

type Filter = 'open' | 'closed' | 'all';

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function DueCell({ c }: { c: Complaint }) {
  if (c.status === 'closed') return <Text size="sm" c="dimmed">—</Text>;
  if (!c.dueOn) return <Text size="sm" c="dimmed" title={c.limitBasis}>Không tính hạn</Text>;
  const due = classifyDue(c.dueOn, localToday());
  const color = due.state === 'overdue' ? 'red.8' : due.state === 'soon' ? 'orange.9' : 'dimmed';
  return (
    <Stack gap={0} title={c.limitBasis}>
      <Text size="sm">{formatDate(c.dueOn)}</Text>
      <Text size="xs" c={color} fw={600} data-testid="complaint-due">{dueWords(due.daysLeft)}</Text>
    </Stack>
  );
}

/**
 * Sổ đơn thư: letters of complaint, denunciation, report or petition about this unit's people and
 * collectives. An entry without a conclusion holds their commendation (NĐ 152/2025/NĐ-CP, Điều 4).
 */
export function ComplaintsPage() {
  const [filter, setFilter] = useState<Filter>('open');
  const [list, setList] = useState<Complaint[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<Complaint | null>(null);
  const [detail, setDetail] = useState<Complaint | null>(null);

  const load = useCallback(() => {
    invoke('complaints.list', { status: filter }).then(setList, (e: unknown) => setError(errorMessage(e)));
  }, [filter]);
  useEffect(load, [load]);

  return (
    <PageFrame title="Sổ đơn thư khiếu nại, tố cáo" actions={<Button onClick={() => setAdding(true)}>Ghi đơn thư mới</Button>}>
      <Text size="sm" c="dimmed">
        Khi đơn thư về một cá nhân, tập thể đang được xác minh (chưa có kết luận), không xét, đề nghị khen thưởng cho họ (NĐ 152/2025/NĐ-CP, Điều 4):
        hồ sơ có họ bị đánh dấu “đang xác minh đơn thư” và chỉ chuyển sang “sẵn sàng gửi” khi ghi lý do. Đơn thư về người có tên trong hồ sơ được gửi lên cấp trên cùng hồ sơ; nội dung đơn chỉ gửi kèm khi chọn “Gửi kèm nội dung”.
      </Text>
      <SegmentedControl w={380} value={filter} onChange={(v) => setFilter(v as Filter)}
        data={[{ value: 'open', label: 'Đang xác minh' }, { value: 'closed', label: 'Đã kết luận' }, { value: 'all', label: 'Tất cả' }]} />
      {error && <Alert color="red" title={T.loadFailed}>{error}</Alert>}
      {list && list.length === 0 && <Text c="dimmed">{filter === 'open' ? 'Không có đơn thư nào đang xác minh.' : 'Chưa có đơn thư nào.'}</Text>}
      {list && list.length > 0 && (
        <Table striped verticalSpacing={6} aria-label="Sổ đơn thư" data-testid="complaints-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={105}>Ngày nhận</Table.Th>
              <Table.Th w={90}>Loại</Table.Th>
              <Table.Th w={170}>Về</Table.Th>
              <Table.Th>Nội dung</Table.Th>
              <Table.Th w={140}>Người gửi</Table.Th>
              <Table.Th w={125}>Hạn giải quyết</Table.Th>
              <Table.Th w={175}>Trạng thái</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((c) => (
              <Table.Tr key={c.id} data-testid="complaint-row" data-status={c.status}>
                <Table.Td>{formatDate(c.receivedOn)}</Table.Td>
                <Table.Td>{COMPLAINT_KIND_LABELS[c.kind]}</Table.Td>
                <Table.Td>{c.subjects.filter((s) => s.type !== 'dossier').map((s) => s.name).join(', ')}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={c.content}>{c.fromUnit && !c.sendContent ? '(đơn vị không gửi kèm nội dung)' : c.content}</Text>
                  {!c.fromUnit && c.subjects.some((s) => s.type === 'dossier') && (
                    <Text size="xs" c="dimmed">Hồ sơ: {c.subjects.filter((s) => s.type === 'dossier').map((s) => s.name).join(', ')}{c.sendContent ? ' · gửi kèm nội dung' : ''}</Text>
                  )}
                </Table.Td>
                <Table.Td>{c.anonymous ? <Text size="sm" c="dimmed">(nặc danh)</Text> : c.sender}</Table.Td>
                <Table.Td><DueCell c={c} /></Table.Td>
                <Table.Td>
                  {c.fromUnit && <Badge color="gray" variant="outline" tt="none" mb={4}>Từ {c.fromUnit}</Badge>}
                  {c.status === 'open' ? (
                    <Stack gap={4} align="flex-start">
                      <Badge color="red" variant="light" tt="none">Đang xác minh</Badge>
                      <Group gap={4}>
                        {!c.fromUnit && <Button size="compact-xs" variant="light" onClick={() => setClosing(c)}>Ghi kết luận</Button>}
                        <Button size="compact-xs" variant="subtle" onClick={() => setDetail(c)}>Chi tiết</Button>
                      </Group>
                    </Stack>
                  ) : (
                    <Stack gap={0}>
                      <Text size="sm" c="green.8" fw={600}>Đã kết luận {formatDate(c.closedOn)}</Text>
                      <Text size="xs" c="dimmed" lineClamp={2} title={c.conclusion ?? ''}>{c.conclusion}</Text>
                      <Button size="compact-xs" variant="subtle" onClick={() => setDetail(c)} style={{ alignSelf: 'flex-start' }}>Chi tiết</Button>
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ComplaintForm opened={adding} onClose={() => setAdding(false)} onSaved={(c) => {
        setAdding(false);
        notifySuccess(`Đã ghi đơn ${COMPLAINT_KIND_LABELS[c.kind].toLowerCase()} nhận ngày ${formatDate(c.receivedOn)} vào sổ`);
        load();
      }} />
      <ComplaintDetail complaint={detail} onClose={() => setDetail(null)} onChanged={(c) => {
        setDetail(c);
        load();
      }} />
      <CloseForm complaint={closing} onClose={() => setClosing(null)} onSaved={() => {
        setClosing(null);
        notifySuccess('Đã ghi kết luận đơn thư');
        load();
      }} />
    </PageFrame>
  );
}
