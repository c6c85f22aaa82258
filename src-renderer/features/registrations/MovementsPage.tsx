import { Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Movement } from '../../../src-shared/api';
import { MOVEMENT_KIND_LABELS } from '../../../src-shared/catalog/titles';
import { formatDate, nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { MovementForm } from './MovementForm';
import { useRegistrationsStore } from './store';
import { YearSelect } from './YearSelect';
import { scopeYear } from './YearFilter';

const LIMIT = 500;

function period(m: Movement): string {
  if (!m.startDate && !m.endDate) return '';
  return `${formatDate(m.startDate) || '…'} – ${formatDate(m.endDate) || '…'}`;
}

const COLUMNS: Column<Movement>[] = [
  { title: 'Tên phong trào', wrap: true, render: (m) => m.name },
  { title: 'Loại', width: 140, render: (m) => MOVEMENT_KIND_LABELS[m.kind] },
  { title: 'Năm', width: 70, render: (m) => String(m.year) },
  { title: 'Thời gian', width: 200, render: (m) => period(m) },
  {
    title: 'Đơn vị phát động',
    width: 220,
    wrap: true,
    render: (m) =>
      m.editable ? (
        m.launchedByName
      ) : (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">
            {m.launchedByName}
          </Text>
          <Badge variant="light" color="gray" style={{ flex: 'none' }}>
            Cấp trên
          </Badge>
        </Group>
      ),
  },
];

/** "Phong trào thi đua": this unit's movements and those launched above it (read-only). */
export function MovementsPage() {
  const storeYear = useRegistrationsStore((s) => s.year);
  const [year, setYear] = useState<number | null>(scopeYear(storeYear));
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [list, setList] = useState<{ total: number; items: Movement[] } | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [editing, setEditing] = useState<Movement | 'new' | null>(null);

  useEffect(() => {
    let alive = true;
    invoke('movements.list', { year, query, offset: 0, limit: LIMIT })
      .then((r) => alive && setList(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [year, query, reloadKey]);

  const done = () => {
    setEditing(null);
    setReloadKey((k) => k + 1);
  };

  return (
    <PageFrame
      title={T.nav.movements}
      actions={
        <>
          <YearSelect value={year} onChange={setYear} allowAll />
          <Button onClick={() => setEditing('new')}>Thêm phong trào</Button>
        </>
      }
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <TextInput
          label="Tìm theo tên"
          placeholder="Tìm theo tên phong trào"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={360}
          type="search"
          autoComplete="off"
        />
        <Text c="dimmed" size="sm" data-testid="movements-count">
          {list ? `${formatCount(list.total)} phong trào` : T.loading}
        </Text>
      </Group>
      <DataTable rows={list?.items ?? null} columns={COLUMNS} onOpen={setEditing} label="Danh sách phong trào thi đua" rowTestId="movement-row" />
      {editing && (
        <MovementForm
          movement={editing === 'new' ? null : editing}
          year={year ?? scopeYear(storeYear)}
          onClose={() => setEditing(null)}
          onDone={done}
        />
      )}
    </PageFrame>
  );
}
