import { Badge, Button, Group, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import type { InitiativeListItem, InitiativeRound } from '../../../src-shared/api';
import type { InitiativeStatus } from '../../../src-shared/rules/initiatives';
import { formatDate, nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { notifyError } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { usePageCursors } from '../../app/useKeysetList';
import { ExportXlsxButton } from '../listExport/ExportXlsxButton';
import { scopeQuery, scopeText, scopeYear, YearFilter } from '../registrations/YearFilter';
import { DeadlineAlert, useInitiativeDeadlines } from './DeadlineAlert';
import { InitiativeEditor } from './InitiativeEditor';
import { DueBadge } from './DueBadge';
import { STATUS_COLORS, STATUS_OPTIONS, statusLabel } from './labels';
import { RoundsPanel } from './RoundsPanel';
import { useInitiativesStore } from './store';

const PAGE = 25;

const COLUMNS: Column<InitiativeListItem>[] = [
  {
    title: 'Tên sáng kiến / Tác giả',
    wrap: true,
    render: (i) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {i.title}
        </Text>
        <Text size="xs" c="dimmed" truncate="end" title={i.authors}>
          {i.authors || '—'}
        </Text>
      </Stack>
    ),
  },
  { title: 'Năm', width: 70, render: (i) => String(i.year) },
  { title: 'Đợt xét', width: 140, render: (i) => i.roundName ?? '—' },
  {
    title: 'Trạng thái',
    width: 205, // 'Đã tiếp nhận, chờ xét' whole at 1366px
    render: (i) => (
      <Badge color={STATUS_COLORS[i.status]} variant="light" data-testid="initiative-status">
        {statusLabel(i.status)}
      </Badge>
    ),
  },
  {
    title: 'Ngày nhận',
    width: 105,
    render: (i) => (
      <>
        {formatDate(i.receivedOn) || '—'}
        {i.receivedLate && (
          <Text size="xs" c="orange.8" fw={600} data-testid="received-late">
            Nhận sau hạn
          </Text>
        )}
      </>
    ),
  },
  { title: 'Hạn trả lời', width: 240, render: (i) => <DueBadge item={i} /> },
];

/**
 * "Sáng kiến": the year's rounds, then the applications (paged, filtered), by default the open
 * work of every year (an application not yet answered stays in sight); one opens in the editor.
 */
export function InitiativesPage() {
  const { year, setYear, open, setOpen } = useInitiativesStore();
  // The rounds shown and a new application's year: the year chosen, else this year.
  const roundYear = scopeYear(year);
  const [rounds, setRounds] = useState<InitiativeRound[] | null>(null);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [status, setStatus] = useState<InitiativeStatus | null>(null);
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [page, setPage] = useState(1);
  const [list, setList] = useState<{ total: number; items: InitiativeListItem[] } | null>(null);
  const [version, setVersion] = useState(0);
  const deadlines = useInitiativeDeadlines(`${version}:${open ?? ''}`);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const cursors = usePageCursors(JSON.stringify([year, roundId, status, query, version]));

  useEffect(() => {
    if (open) return;
    let alive = true;
    invoke('initiatives.rounds', { year: roundYear })
      .then((r) => alive && setRounds(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [roundYear, open, version]);

  useEffect(() => setPage(1), [year, roundId, status, query]);
  useEffect(() => setRoundId(null), [year]);

  useEffect(() => {
    if (open) return;
    let alive = true;
    invoke('initiatives.list', { ...scopeQuery(year), roundId, status, query, offset: (page - 1) * PAGE, limit: PAGE, after: cursors.after(page) })
      .then((r) => {
        cursors.remember(page, r.next);
        if (alive) setList(r);
      })
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [year, roundId, status, query, page, open, version]);

  if (open) return <InitiativeEditor id={open === 'new' ? null : open} year={roundYear} rounds={rounds ?? []} onOpen={setOpen} onBack={() => setOpen(null)} />;

  return (
    <PageFrame
      title={T.nav.initiatives}
      actions={
        <>
          <YearFilter value={year} onChange={setYear} />
          <ExportXlsxButton
            filter={{ list: 'initiatives', ...scopeQuery(year), roundId, status, query }}
            what="đơn yêu cầu công nhận sáng kiến"
            count={list?.total ?? null}
            filterText={`${scopeText(year)}${roundId || status || query ? ' theo bộ lọc đang chọn' : ''}`}
          />
          <Button onClick={() => setOpen('new')}>Đơn mới</Button>
        </>
      }
    >
      <DeadlineAlert deadlines={deadlines} onOpen={setOpen} />
      <RoundsPanel year={roundYear} rounds={rounds} onChanged={reload} />
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <TextInput
          aria-label="Tìm theo tên sáng kiến"
          placeholder="Tìm theo tên sáng kiến"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={280}
          type="search"
          autoComplete="off"
        />
        <Select
          aria-label="Lọc theo đợt"
          placeholder="Tất cả các đợt"
          data={(rounds ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={roundId}
          onChange={setRoundId}
          clearable
          w={170}
        />
        <Select aria-label="Lọc theo trạng thái" placeholder="Mọi trạng thái" data={STATUS_OPTIONS} value={status} onChange={(v) => setStatus(v as InitiativeStatus | null)} clearable w={210} />
        <Text c="dimmed" size="sm" ml="auto" data-testid="initiatives-count">
          {list ? `${formatCount(list.total)} đơn ${scopeText(year)}` : T.loading}
        </Text>
      </Group>
      <DataTable rows={list?.items ?? null} columns={COLUMNS} onOpen={(i) => setOpen(i.id)} label={`Đơn yêu cầu công nhận sáng kiến ${scopeText(year)}`} rowTestId="initiative-row" />
      {list && list.total > PAGE && (
        <Group justify="center">
          <Pagination total={Math.ceil(list.total / PAGE)} value={page} onChange={setPage} size="sm" aria-label="Trang" />
        </Group>
      )}
    </PageFrame>
  );
}
