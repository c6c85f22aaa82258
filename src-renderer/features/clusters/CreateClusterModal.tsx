import { Alert, Button, Group, Modal, MultiSelect, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ClusterDetail } from '../../../src-shared/api';
import type { ClusterKind } from '../../../src-shared/rules/clusters';
import { ApiError, invoke } from '../../api';
import { notifyError } from '../../app/notify';

/** A new cụm (communes) or khối (agencies) of the year: name, member units in order, cụm trưởng and cụm phó. */
export function CreateClusterModal(props: { opened: boolean; year: number; onClose: () => void; onSaved: (c: ClusterDetail) => void }) {
  const [units, setUnits] = useState<{ value: string; label: string }[]>([]);
  const [kind, setKind] = useState<ClusterKind>('cum');
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [leader, setLeader] = useState<string | null>(null);
  const [deputy, setDeputy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!props.opened) return;
    setName('');
    setMembers([]);
    setLeader(null);
    setDeputy(null);
    setError(null);
    invoke('units.list', { query: '', level: null, parentId: null, includeInactive: false }).then(
      (r) => setUnits(r.items.filter((u) => u.level !== 'province').map((u) => ({ value: u.id, label: u.name }))),
      (e: unknown) => notifyError(e),
    );
  }, [props.opened]);

  const chosen = units.filter((u) => members.includes(u.value));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await invoke('clusters.create', { year: props.year, kind, name, members: members.map((unitId) => ({ unitId })), leaderUnitId: leader, deputyUnitId: deputy }));
    } catch (e) {
      if (e instanceof ApiError) setError(e.message);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Tạo cụm, khối thi đua năm ${props.year}`} size="lg" centered closeOnClickOutside={false}>
      <Stack>
        <SegmentedControl value={kind} onChange={(v) => setKind(v as ClusterKind)} data={[{ value: 'cum', label: 'Cụm thi đua (xã, phường)' }, { value: 'khoi', label: 'Khối thi đua (sở, ngành)' }]} />
        <TextInput label="Tên" placeholder="Cụm thi đua số 1" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <MultiSelect label="Đơn vị thành viên (theo thứ tự luân phiên)" data={units} value={members} onChange={setMembers} searchable required aria-label="Đơn vị thành viên" />
        <Group grow>
          <Select label="Cụm trưởng" data={chosen} value={leader} onChange={setLeader} clearable />
          <Select label="Cụm phó" data={chosen} value={deputy} onChange={setDeputy} clearable />
        </Group>
        {error && <Alert color="red" data-testid="cluster-create-error">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>Hủy</Button>
          <Button onClick={() => void save()} loading={busy}>Tạo</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
