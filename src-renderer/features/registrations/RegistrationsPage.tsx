import { Badge, Button, Center, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Registration } from '../../../src-shared/api';
import { formatDate, nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useKeysetList } from '../../app/useKeysetList';
import { useUnitName } from '../exchange/useUnitName';
import { DeadlineCard } from './DeadlineCard';
import { registrationStatus, titlesText } from './labels';
import { PrintButton } from './PrintButton';
import { RegistrationEditor } from './RegistrationEditor';
import { useRegistrationsStore } from './store';
import { SubUnitsPanel } from './SubUnitsPanel';
import { useOverview } from './useOverview';
import { YearSelect } from './YearSelect';

const PAGE = 100;

function StatusBadges({ r }: { r: Registration }) {
  const s = registrationStatus(r.status);
  const origin = useUnitName(r.editable ? null : r.origin);
  return (
    <Group gap={4} wrap="nowrap">
      {r.late && (
        <Badge color="red" variant="light" data-testid="late-badge" style={{ flex: 'none' }}>
          Nộp muộn
        </Badge>
      )}
      {r.editable ? (
        <Badge color={s.color} variant="light" data-testid="status-badge" style={{ flex: 'none' }}>
          {s.label}
        </Badge>
      ) : (
        <Badge color={r.status ? s.color : 'grape'} variant="light" data-testid="status-badge" style={{ flex: 'none' }}>
          {r.status ? s.label : `Nhận từ ${origin}`}
        </Badge>
      )}
    </Group>
  );
}

const COLUMNS: Column<Registration>[] = [
  {
    title: 'Đăng ký / Phong trào',
    wrap: true,
    render: (r) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {r.registrantName}
          {r.registrantKind === 'collective' ? ' (tập thể)' : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {r.movementName ?? '(phong trào chưa có trong danh sách)'}
        </Text>
      </Stack>
    ),
  },
  { title: 'Danh hiệu', wrap: true, render: (r) => titlesText(r.titles) },
  { title: 'Số người', width: 90, render: (r) => formatCount(r.entryCount) },
  { title: 'Ngày đăng ký', width: 130, render: (r) => formatDate(r.registeredOn) },
  { title: 'Trạng thái', width: 190, render: (r) => <StatusBadges r={r} /> },
];

/**
 * "Đăng ký thi đua": the year's registrations with the deadline, the units below that have
 * (not) sent theirs, the consolidated lists to print; a registration opens in the editor.
 */
export function RegistrationsPage() {
  const { year, setYear, open, setOpen } = useRegistrationsStore();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [reloadKey, setReloadKey] = useState(0);
  // A new key opens another registration in a fresh editor (its own draft, its own id).
  const [editorKey, setEditorKey] = useState(0);
  const { overview, reload: reloadOverview } = useOverview(year);

  const { list, loadMore } = useKeysetList((after) => invoke('registrations.list', { year, movementId: null, query, offset: 0, limit: PAGE, after }), [year, query, reloadKey], !open);

  if (open) {
    return (
      <RegistrationEditor
        key={editorKey}
        id={open === 'new' ? null : open}
        year={year}
        onCreated={(id) => setOpen(id)}
        onOpenOther={(id) => {
          setOpen(id);
          setEditorKey((k) => k + 1);
        }}
        onBack={() => {
          setOpen(null);
          setReloadKey((k) => k + 1);
          reloadOverview();
        }}
      />
    );
  }

  const units = overview?.units ?? [];
  return (
    <PageFrame
      title={T.nav.registrations}
      actions={
        <>
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          <Button onClick={() => setOpen('new')}>Đăng ký mới</Button>
        </>
      }
    >
      <DeadlineCard year={year} overview={overview} onChanged={reloadOverview}>
        <Text size="sm">In danh sách tổng hợp:</Text>
        <PrintButton kind="registration-list" id={String(year)} label="Word" ariaLabel="In danh sách tổng hợp (Word)" size="xs" />
        <PrintButton kind="registration-list-xlsx" id={String(year)} label="Excel" ariaLabel="In danh sách tổng hợp (Excel)" size="xs" />
      </DeadlineCard>
      <Group gap="sm" align="stretch" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          <Group justify="space-between" align="center" wrap="nowrap">
            <TextInput
              aria-label="Tìm theo tên đơn vị, tập thể"
              placeholder="Tìm theo tên đơn vị, tập thể"
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              w={320}
              type="search"
              autoComplete="off"
            />
            <Text c="dimmed" size="sm" data-testid="registrations-count">
              {list ? `${formatCount(list.total)} bản đăng ký năm ${year}` : T.loading}
            </Text>
          </Group>
          {list?.total === 0 && !query ? (
            <Center style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
              <Text c="dimmed" data-testid="registrations-empty">
                Chưa có bản đăng ký nào của năm {year}. Bấm “Đăng ký mới” để bắt đầu.
              </Text>
            </Center>
          ) : (
            <DataTable
              rows={list?.items ?? null}
              columns={COLUMNS}
              onOpen={(r) => setOpen(r.id)}
              label={`Danh sách đăng ký thi đua năm ${year}`}
              rowTestId="registration-row"
              onEndReached={loadMore}
            />
          )}
        </Stack>
        {units.length > 0 && <SubUnitsPanel units={units} />}
      </Group>
    </PageFrame>
  );
}
