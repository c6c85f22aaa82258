import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../src-shared/api';
import type { UnitLevel } from '../../../src-shared/catalog/levels';
import { nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { LEVEL_OPTIONS, levelLabel } from './levels';
import { UnitForm } from './UnitForm';
import { UnitImport } from './UnitImport';
import { UnitStatus } from './UnitStatus';

const ALL = 'all';

const COLUMNS: Column<Unit>[] = [
  { title: 'Mã', width: 110, render: (u) => u.code },
  { title: 'Tên', render: (u) => u.name },
  { title: 'Cấp', width: 260, render: (u) => levelLabel(u.level) },
  { title: 'Cấp trên', render: (u) => u.parentName ?? '' },
  { title: 'Trạng thái', width: 250, render: (u) => <UnitStatus unit={u} /> },
];

/** "Đơn vị hành chính": the directory of units (provinces, communes, agencies, old districts). */
export function UnitsPage() {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [level, setLevel] = useState<UnitLevel | null>(null);
  const [units, setUnits] = useState<Unit[] | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    let alive = true;
    invoke('units.list', { query, level, parentId: null, includeInactive: true })
      .then((r) => alive && setUnits(r.items))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [query, level, reloadKey]);

  const reload = () => setReloadKey((k) => k + 1);

  return (
    <PageFrame
      title={T.nav.units}
      actions={
        <>
          <Button variant="default" onClick={() => setImporting(true)}>
            Nhập danh mục
          </Button>
          <Button onClick={() => setEditing('new')}>Thêm đơn vị</Button>
        </>
      }
    >
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          label="Tìm theo tên hoặc mã"
          placeholder="Tìm theo tên hoặc mã"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={320}
          type="search"
        />
        <Select
          label="Cấp"
          data={[{ value: ALL, label: 'Tất cả các cấp' }, ...LEVEL_OPTIONS]}
          value={level ?? ALL}
          onChange={(v) => setLevel(v && v !== ALL ? (v as UnitLevel) : null)}
          allowDeselect={false}
          w={280}
        />
        <Text c="dimmed" size="sm" ml="auto" data-testid="units-count">
          {units ? `${formatCount(units.length)} đơn vị` : T.loading}
        </Text>
      </Group>
      <DataTable rows={units} columns={COLUMNS} onOpen={setEditing} label="Danh mục đơn vị" rowTestId="unit-row" />
      {editing && (
        <UnitForm
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {importing && (
        <UnitImport
          onClose={() => setImporting(false)}
          onApplied={() => {
            setImporting(false);
            reload();
          }}
        />
      )}
    </PageFrame>
  );
}
