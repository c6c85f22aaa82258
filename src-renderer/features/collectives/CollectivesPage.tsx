import { Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Collective } from '../../../src-shared/api';
import { COLLECTIVE_KIND_LABELS } from '../../../src-shared/catalog/people';
import { nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useKeysetList } from '../../app/useKeysetList';
import { AwardImportModal } from '../dossiers/history/AwardImportModal';
import { CollectiveForm } from './CollectiveForm';

const PAGE = 100;

const COLUMNS: Column<Collective>[] = [
  { title: 'Tên tập thể', render: (c) => c.name },
  { title: 'Loại', width: 200, render: (c) => COLLECTIVE_KIND_LABELS[c.kind] },
  { title: 'Đơn vị quản lý', render: (c) => c.unitName ?? '' },
  { title: 'Số thành viên', width: 140, render: (c) => formatCount(c.memberCount) },
];

/** "Tập thể": departments, villages, schools… that can be commended as a whole. */
export function CollectivesPage() {
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [reloadKey, setReloadKey] = useState(0);
  const [editing, setEditing] = useState<Collective | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const { list, loadMore } = useKeysetList(
    (after) => invoke('collectives.list', { query, offset: 0, limit: PAGE, unitId: null, after }),
    [query, reloadKey],
  );

  const done = () => {
    setEditing(null);
    setReloadKey((k) => k + 1);
  };

  return (
    <PageFrame
      title={T.nav.collectives}
      actions={
        <>
          <Button variant="default" onClick={() => setImporting(true)}>
            Nhập khen thưởng từ Excel
          </Button>
          <Button onClick={() => setEditing('new')}>Thêm tập thể</Button>
        </>
      }
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <TextInput
          label="Tìm theo tên"
          placeholder="Tìm theo tên tập thể"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={360}
          type="search"
        />
        <Text c="dimmed" size="sm" data-testid="collectives-count">
          {list ? `${formatCount(list.total)} tập thể` : T.loading}
        </Text>
      </Group>
      <DataTable
        rows={list?.items ?? null}
        columns={COLUMNS}
        onOpen={setEditing}
        label="Danh sách tập thể"
        rowTestId="collective-row"
        onEndReached={loadMore}
      />
      {importing && <AwardImportModal onClose={() => setImporting(false)} onImported={() => setImporting(false)} />}
      {editing && (
        <CollectiveForm collective={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onDone={done} />
      )}
    </PageFrame>
  );
}
