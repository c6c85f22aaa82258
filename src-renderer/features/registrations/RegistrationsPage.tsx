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
import { OPEN_WORK_LABEL, scopeQuery, scopeText, scopeYear, YearFilter, type YearScope } from './YearFilter';

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

const YEAR_COLUMN: Column<Registration> = { title: 'Năm', width: 70, render: (r) => String(r.year) };

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
 * "Đăng ký thi đua": the registrations, by default the open work of every year (this year's, and
 * this unit's not sent yet, so last year's unsent registration stays in sight); above them the
 * deadline, the units below that have (not) sent theirs and the consolidated lists to print, for
 * the chosen year or, when no single year is chosen, for this year. A registration opens in the
 * editor.
 */
export function RegistrationsPage() {
  const { year, setYear, open, setOpen } = useRegistrationsStore();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [reloadKey, setReloadKey] = useState(0);
  // A new key opens another registration in a fresh editor (its own draft, its own id).
  const [editorKey, setEditorKey] = useState(0);
  // The deadline card, the units below and the printed lists are about one year.
  const cardYear = scopeYear(year);
  const { overview, reload: reloadOverview } = useOverview(cardYear);

  const { list, loadMore } = useKeysetList(
    (after) => invoke('registrations.list', { ...scopeQuery(year), movementId: null, query, offset: 0, limit: PAGE, after }),
    [year, query, reloadKey],
    !open,
  );

  if (open) {
    return (
      <RegistrationEditor
        key={editorKey}
        id={open === 'new' ? null : open}
        year={cardYear}
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
          <YearFilter value={year} onChange={setYear} />
          <Button onClick={() => setOpen('new')}>Đăng ký mới</Button>
        </>
      }
    >
      <DeadlineCard year={cardYear} overview={overview} onChanged={reloadOverview} note={cardNote(year, cardYear)}>
        <Text size="sm">In danh sách tổng hợp năm {cardYear}:</Text>
        <PrintButton kind="registration-list" id={String(cardYear)} label="Word" ariaLabel="In danh sách tổng hợp (Word)" size="xs" />
        <PrintButton kind="registration-list-xlsx" id={String(cardYear)} label="Excel" ariaLabel="In danh sách tổng hợp (Excel)" size="xs" />
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
              {list ? `${formatCount(list.total)} bản đăng ký ${scopeText(year)}` : T.loading}
            </Text>
          </Group>
          {list?.total === 0 && !query ? (
            <Center style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
              <Text c="dimmed" data-testid="registrations-empty">
                {year === 'open'
                  ? 'Không có bản đăng ký nào đang làm. Chọn “Tất cả các năm” để xem các bản đã gửi, hoặc bấm “Đăng ký mới” để bắt đầu.'
                  : `Chưa có bản đăng ký nào ${scopeText(year)}. Bấm “Đăng ký mới” để bắt đầu.`}
              </Text>
            </Center>
          ) : (
            <DataTable
              rows={list?.items ?? null}
              columns={typeof year === 'number' ? COLUMNS : [YEAR_COLUMN, ...COLUMNS]}
              onOpen={(r) => setOpen(r.id)}
              label={`Danh sách đăng ký thi đua ${scopeText(year)}`}
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

/** When the list shows no single year, the card says which year it is about. */
function cardNote(scope: YearScope, cardYear: number): string | null {
  if (typeof scope === 'number') return null;
  const shown = scope === 'open' ? `${OPEN_WORK_LABEL.toLowerCase()} của mọi năm` : 'tất cả các năm';
  return `Danh sách bên dưới: ${shown}. Hạn đăng ký, số liệu và danh sách in ở đây là của năm ${cardYear}; chọn một năm ở ô “Năm” để xem năm khác.`;
}
