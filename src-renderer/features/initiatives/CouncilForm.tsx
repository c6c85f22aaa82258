import { ActionIcon, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { InitiativeRound } from '../../../src-shared/api';
import type { CouncilRole } from '../../../src-shared/rules/initiatives';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { ROLE_OPTIONS } from './labels';

interface Member {
  id: string | null;
  name: string;
  position: string;
  role: CouncilRole;
}

/** "Hội đồng sáng kiến" of a round: members with their position and role. */
export function CouncilForm(props: { round: InitiativeRound; onClose: () => void; onSaved: (r: InitiativeRound) => void }) {
  const [members, setMembers] = useState<Member[]>(() =>
    props.round.members.length ? props.round.members.map((m) => ({ id: m.id, name: m.name, position: m.position, role: m.role })) : [{ id: null, name: '', position: '', role: 'chu-tich' }],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (i: number, patch: Partial<Member>) => setMembers((ms) => ms.map((m, k) => (k === i ? { ...m, ...patch } : m)));

  const save = async () => {
    const errs: Record<string, string> = {};
    members.forEach((m, i) => !m.name.trim() && (errs[`members.${i}.name`] = 'Nhập họ và tên.'));
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const saved = await invoke('initiatives.setCouncil', { roundId: props.round.id, members: members.map((m) => ({ ...m, name: m.name.trim(), position: m.position.trim() })) });
      notifySuccess('Đã lưu Hội đồng sáng kiến');
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={props.onClose} title={`Hội đồng sáng kiến ${props.round.name} năm ${props.round.year}`} size={860} closeOnClickOutside={false}>
      <Stack gap="sm">
        <Table layout="fixed" verticalSpacing={4} aria-label="Thành viên Hội đồng">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>TT</Table.Th>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Chức vụ</Table.Th>
              <Table.Th w={220}>Vai trò</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m, i) => (
              <Table.Tr key={m.id ?? `new-${i}`} data-testid="member-row">
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <TextInput aria-label={`Họ và tên thành viên ${i + 1}`} value={m.name} onChange={(e) => set(i, { name: e.currentTarget.value })} error={errors[`members.${i}.name`]} autoComplete="off" />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`Chức vụ thành viên ${i + 1}`} value={m.position} onChange={(e) => set(i, { position: e.currentTarget.value })} autoComplete="off" />
                </Table.Td>
                <Table.Td>
                  <Select aria-label={`Vai trò thành viên ${i + 1}`} data={ROLE_OPTIONS} value={m.role} onChange={(v) => v && set(i, { role: v as CouncilRole })} allowDeselect={false} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={`Bỏ thành viên ${i + 1}`} onClick={() => setMembers((ms) => ms.filter((_, k) => k !== i))}>
                    ✕
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {errors.members && (
          <Text c="red" size="sm" role="alert">
            {errors.members}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="light" size="xs" onClick={() => setMembers((ms) => [...ms, { id: null, name: '', position: '', role: 'uy-vien' }])}>
            Thêm thành viên
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {T.cancel}
            </Button>
            <Button onClick={() => void save()} loading={busy}>
              Lưu Hội đồng
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
