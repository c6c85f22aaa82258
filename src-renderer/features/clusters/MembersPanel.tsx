import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ClusterDetail } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';

/** Members in order with their roles and the heads who sign; the giao ước's date and place; next year's rotation. */
export function MembersPanel({ cluster: c, onChanged }: { cluster: ClusterDetail; onChanged: (c: ClusterDetail) => void }) {
  const [heads, setHeads] = useState(c.members.map((m) => ({ unitId: m.unitId, headName: m.headName, headTitle: m.headTitle })));
  const [leader, setLeader] = useState(c.leaderUnitId);
  const [deputy, setDeputy] = useState(c.deputyUnitId);
  const [pledgeDate, setPledgeDate] = useState(c.pledgeDate ? formatDate(c.pledgeDate) : '');
  const [pledgePlace, setPledgePlace] = useState(c.pledgePlace);
  const [dateError, setDateError] = useState<string | null>(null);
  useEffect(() => {
    setHeads(c.members.map((m) => ({ unitId: m.unitId, headName: m.headName, headTitle: m.headTitle })));
    setLeader(c.leaderUnitId);
    setDeputy(c.deputyUnitId);
    setPledgeDate(c.pledgeDate ? formatDate(c.pledgeDate) : '');
    setPledgePlace(c.pledgePlace);
  }, [c]);
  const name = (id: string | null) => c.members.find((m) => m.unitId === id)?.unitName ?? '—';
  const options = c.members.map((m) => ({ value: m.unitId, label: m.unitName }));
  const setHead = (k: number, field: 'headName' | 'headTitle', v: string) => setHeads(heads.map((h, i) => (i === k ? { ...h, [field]: v } : h)));

  const saveMembers = async () => {
    try {
      onChanged(await invoke('clusters.update', { id: c.id, name: c.name, members: heads, leaderUnitId: leader, deputyUnitId: deputy }));
      notifySuccess('Đã lưu thành viên và vai trò.');
    } catch (e) {
      notifyError(e);
    }
  };
  const savePledge = async () => {
    const d = pledgeDate.trim() ? parseDate(pledgeDate) : null;
    if (pledgeDate.trim() && !d) {
      setDateError('Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
      return;
    }
    setDateError(null);
    try {
      onChanged(await invoke('clusters.setPledge', { id: c.id, pledgeDate: d, pledgePlace, pledgeText: c.pledgeText }));
      notifySuccess('Đã lưu giao ước thi đua.');
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Stack gap="sm">
      <Table verticalSpacing={4} aria-label="Thành viên" data-testid="cluster-members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>STT</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={140}>Vai trò</Table.Th>
            <Table.Th>Người đứng đầu (ký giao ước)</Table.Th>
            <Table.Th>Chức vụ</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.members.map((m, k) => (
            <Table.Tr key={m.unitId} data-testid="member-row">
              <Table.Td>{k + 1}</Table.Td>
              <Table.Td>{m.unitName}</Table.Td>
              <Table.Td>
                {m.unitId === leader ? <Badge tt="none">Cụm trưởng</Badge> : m.unitId === deputy ? <Badge tt="none" variant="light">Cụm phó</Badge> : null}
              </Table.Td>
              <Table.Td><TextInput size="xs" aria-label={`Người đứng đầu ${m.unitName}`} value={heads[k]?.headName ?? ''} onChange={(e) => setHead(k, 'headName', e.currentTarget.value)} disabled={!c.editable} /></Table.Td>
              <Table.Td><TextInput size="xs" aria-label={`Chức vụ ${m.unitName}`} value={heads[k]?.headTitle ?? ''} onChange={(e) => setHead(k, 'headTitle', e.currentTarget.value)} disabled={!c.editable} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <Select size="xs" label="Cụm trưởng" data={options} value={leader} onChange={setLeader} clearable disabled={!c.editable} />
        <Select size="xs" label="Cụm phó" data={options} value={deputy} onChange={setDeputy} clearable disabled={!c.editable} />
        <Button size="xs" onClick={() => void saveMembers()} disabled={!c.editable}>Lưu thành viên</Button>
      </Group>
      <Text size="sm" c="dimmed" data-testid="next-roles">
        Năm {c.year + 1} (luân phiên theo thứ tự thành viên): cụm trưởng {name(c.nextRoles.leaderUnitId)}, cụm phó {name(c.nextRoles.deputyUnitId)}.
      </Text>
      <Group align="flex-end">
        <TextInput size="xs" label="Ngày ký giao ước" placeholder="dd/mm/yyyy" value={pledgeDate} onChange={(e) => setPledgeDate(e.currentTarget.value)} error={dateError} w={150} disabled={!c.editable} />
        <TextInput size="xs" label="Địa điểm ký" value={pledgePlace} onChange={(e) => setPledgePlace(e.currentTarget.value)} w={240} disabled={!c.editable} />
        <Button size="xs" variant="light" onClick={() => void savePledge()} disabled={!c.editable}>Lưu giao ước</Button>
      </Group>
      <Text size="xs" c="dimmed">
        Bảng tiêu chí: {c.criteriaTitle} ({c.criteria.length} tiêu chí, tổng {c.maxTotalTenths / 10} điểm). Bản in giao ước có một ô ký cho mỗi đơn vị thành viên, ghi họ tên người đứng đầu.
      </Text>
    </Stack>
  );
}
