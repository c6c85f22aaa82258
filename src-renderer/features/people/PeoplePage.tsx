import { Alert, Button, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { formatCount } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { AwardImportModal } from '../dossiers/history/AwardImportModal';
import { ExportXlsxButton } from '../listExport/ExportXlsxButton';
import { PeopleList } from './PeopleList';
import { PersonForm } from './PersonForm';
import { usePeoplePages } from './usePeoplePages';

/** "Cá nhân": instant search over every person, a virtualized list, and the add/edit form. */
export function PeoplePage() {
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 150);
  // Vietnamese typed with combining marks (some keyboards, pasted text) arrives as NFD.
  const query = nfc(debounced.trim());
  const data = usePeoplePages(query);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const done = () => {
    setEditing(null);
    data.reload();
  };

  return (
    <PageFrame
      title={T.nav.people}
      actions={
        <>
          <Button variant="default" onClick={() => setImporting(true)}>
            Nhập khen thưởng từ Excel
          </Button>
          <ExportXlsxButton
            filter={{ list: 'people', query, unitId: null }}
            what="cá nhân"
            count={data.totalExact ? data.total : null}
            filterText={query ? `có tên khớp “${query}”` : 'trong danh sách'}
          />
          <Button onClick={() => setEditing('new')}>Thêm cá nhân</Button>
        </>
      }
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <TextInput
          label={T.searchByName}
          placeholder={T.searchByName}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={360}
          type="search"
          autoComplete="off"
        />
        <Text c="dimmed" size="sm" data-testid="people-count" data-query={data.totalQuery ?? undefined} aria-live="polite">
          {data.total === null ? T.loading : `${data.totalExact ? '' : 'hơn '}${formatCount(data.total)} cá nhân`}
        </Text>
      </Group>
      {data.error && (
        <Alert color="red" title={T.loadFailed}>
          {data.error}
        </Alert>
      )}
      <PeopleList
        data={data}
        resetKey={query}
        emptyText={query ? T.noResults : 'Chưa có cá nhân nào. Bấm “Thêm cá nhân” để bắt đầu.'}
        onOpen={(p) => setEditing(p)}
      />
      {importing && <AwardImportModal onClose={() => setImporting(false)} onImported={() => setImporting(false)} />}
      {editing && (
        <PersonForm
          key={editing === 'new' ? 'new' : editing.id}
          person={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={done}
          onOpenOther={(id) => {
            invoke('people.get', { id })
              .then(setEditing)
              .catch((e: unknown) => notifyError(e, T.loadFailed));
          }}
        />
      )}
    </PageFrame>
  );
}
