import { Badge, Button, Center, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { formatDate, nfc } from '../../../src-shared/text';
import { invoke } from '../../api';
import { type Column, DataTable } from '../../app/DataTable';
import { formatCount } from '../../app/format';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { useKeysetList } from '../../app/useKeysetList';
import { useUnitName } from '../exchange/useUnitName';
import { ExportXlsxButton } from '../listExport/ExportXlsxButton';
import { scopeQuery, scopeText, scopeYear, YearFilter } from '../registrations/YearFilter';
import { DossierEditor } from './DossierEditor';
import { DossierForm } from './DossierForm';
import { dossierStatus, ROUND_LABELS } from './labels';
import { useDossiersStore } from './store';

const PAGE = 100;

function DossierStatusBadge({ d }: { d: Dossier }) {
  const s = dossierStatus(d.status);
  const received = !d.editable && !d.status;
  const origin = useUnitName(received ? d.origin : null);
  return (
    <Badge color={received ? 'grape' : s.color} variant="light" data-testid="status-badge" style={{ flex: 'none' }}>
      {received ? `Nhận từ ${origin}` : s.label}
    </Badge>
  );
}

const COLUMNS: Column<Dossier>[] = [
  {
    title: 'Hồ sơ / Danh hiệu đề nghị',
    wrap: true,
    render: (d) => (
      <Stack gap={0}>
        <Text size="sm" fw={600}>
          {d.title}
        </Text>
        <Text size="xs" c="dimmed">
          {d.awardName}
          {d.editable ? '' : ` · ${d.proposingUnitName ?? d.origin}`}
        </Text>
      </Stack>
    ),
  },
  { title: 'Năm', width: 70, render: (d) => String(d.year) },
  { title: 'Đợt xét', width: 130, render: (d) => ROUND_LABELS[d.round] },
  { title: 'Số đề nghị', width: 120, render: (d) => formatCount(d.nomineeCount) },
  { title: 'Ngày họp', width: 110, render: (d) => formatDate(d.meetingDate) || '—' },
  { title: 'Trạng thái', width: 200, render: (d) => <DossierStatusBadge d={d} /> },
];

/**
 * "Hồ sơ khen thưởng": the dossiers (đề nghị xét tặng), by default the open work of every year
 * (so last year's unfinished dossier stays in sight), searchable; one opens in the editor.
 */
export function DossiersPage() {
  const { year, setYear, open, setOpen } = useDossiersStore();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(nfc(typed.trim()), 150);
  const [creating, setCreating] = useState(false);

  const { list, loadMore } = useKeysetList((after) => invoke('dossiers.list', { ...scopeQuery(year), query, offset: 0, limit: PAGE, after }), [year, query], !open);

  if (open) return <DossierEditor id={open} onBack={() => setOpen(null)} />;

  return (
    <PageFrame
      title={T.nav.dossiers}
      actions={
        <>
          <YearFilter value={year} onChange={setYear} />
          <ExportXlsxButton
            filter={{ list: 'dossiers', ...scopeQuery(year), query }}
            what="hồ sơ"
            count={list?.total ?? null}
            filterText={`${scopeText(year)}${query ? ` có tên chứa “${query}”` : ''}`}
          />
          <Button onClick={() => setCreating(true)}>Hồ sơ mới</Button>
        </>
      }
    >
      <Group justify="space-between" align="center" wrap="nowrap">
        <TextInput
          aria-label="Tìm theo tên hồ sơ"
          placeholder="Tìm theo tên hồ sơ"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          w={320}
          type="search"
          autoComplete="off"
        />
        <Text c="dimmed" size="sm" data-testid="dossiers-count">
          {list ? `${formatCount(list.total)} hồ sơ ${scopeText(year)}` : T.loading}
        </Text>
      </Group>
      {list?.total === 0 && !query ? (
        <Center style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <Text c="dimmed" data-testid="dossiers-empty">
            {year === 'open'
              ? 'Không có hồ sơ nào đang làm. Chọn “Tất cả các năm” để xem các hồ sơ đã xong, hoặc bấm “Hồ sơ mới” để bắt đầu.'
              : `Chưa có hồ sơ đề nghị khen thưởng nào ${scopeText(year)}. Bấm “Hồ sơ mới” để bắt đầu.`}
          </Text>
        </Center>
      ) : (
        <DataTable
          rows={list?.items ?? null}
          columns={COLUMNS}
          onOpen={(d) => setOpen(d.id)}
          label={`Hồ sơ đề nghị khen thưởng ${scopeText(year)}`}
          rowTestId="dossier-row"
          onEndReached={loadMore}
        />
      )}
      {creating && (
        <DossierForm
          dossier={null}
          year={scopeYear(year)}
          onClose={() => setCreating(false)}
          onSaved={(d) => {
            setCreating(false);
            if (typeof year === 'number' && d.year !== year) setYear(d.year);
            setOpen(d.id);
          }}
        />
      )}
    </PageFrame>
  );
}
