import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ClusterDetail } from '../../../src-shared/api';
import { CLUSTER_AWARD_LABELS, CLUSTER_AWARDS, suggestAwards, voteProblems, type ClusterAward } from '../../../src-shared/rules/clusters';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { useAppStore } from '../../app/store';

type Row = { unitId: string; name: string; yes: number | ''; award: ClusterAward | null };

const rowsOf = (c: ClusterDetail): Row[] =>
  c.members.map((m) => {
    const v = c.vote?.votes.find((x) => x.unitId === m.unitId);
    return { unitId: m.unitId, name: m.unitName, yes: v ? v.yes : '', award: v?.award ?? null };
  });

/**
 * Biên bản suy tôn: the members voting and each unit's yes votes, the award proposed for the leading
 * ones (checked as typed: no more voters than members, no more votes than voters, a majority for an
 * award), then "Lập hồ sơ đề nghị" for Cờ thi đua and for Bằng khen.
 */
export function VotePanel({ cluster: c, onChanged }: { cluster: ClusterDetail; onChanged: (c: ClusterDetail) => void }) {
  const [heldOn, setHeldOn] = useState(c.vote ? formatDate(c.vote.heldOn) : '');
  const [voters, setVoters] = useState<number | ''>(c.vote?.voters ?? c.members.length);
  const [place, setPlace] = useState(c.vote?.place ?? '');
  const [rows, setRows] = useState<Row[]>(rowsOf(c));
  const [error, setError] = useState<string | null>(null);
  const setPage = useAppStore((s) => s.setPage);
  useEffect(() => {
    setHeldOn(c.vote ? formatDate(c.vote.heldOn) : '');
    setVoters(c.vote?.voters ?? c.members.length);
    setPlace(c.vote?.place ?? '');
    setRows(rowsOf(c));
  }, [c]);

  const tally = { members: c.members.length, voters: voters === '' ? 0 : voters, votes: rows.map((r) => ({ ...r, yes: r.yes === '' ? 0 : r.yes })) };
  const problems = voteProblems(tally);
  const problemOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const suggest = () => {
    const s = suggestAwards(tally);
    setRows(rows.map((r, k) => ({ ...r, award: s[k] ?? null })));
  };
  const save = async () => {
    const d = parseDate(heldOn);
    if (!d) {
      setError('Ngày họp suy tôn không có thật; hãy nhập theo dạng dd/mm/yyyy.');
      return;
    }
    setError(null);
    try {
      onChanged(await invoke('clusters.setVote', { clusterId: c.id, heldOn: d, place, voters: tally.voters, votes: tally.votes.map(({ unitId, yes, award }) => ({ unitId, yes, award })) }));
      notifySuccess('Đã lưu biên bản suy tôn.');
    } catch (e) {
      if (e instanceof ApiError) setError(e.message);
      else notifyError(e);
    }
  };
  const propose = async (award: ClusterAward) => {
    try {
      const r = await invoke('clusters.propose', { clusterId: c.id, award });
      notifySuccess(`Đã lập hồ sơ “${r.title}” (${r.nominees} đơn vị). Mở mục Hồ sơ đề nghị để in và gửi.`);
      onChanged(await invoke('clusters.get', { id: c.id }));
    } catch (e) {
      notifyError(e, 'Chưa lập được hồ sơ');
    }
  };
  const canEdit = c.editable || (c.leaderUnitId !== null && c.leaderUnitId === c.viewerUnitId);
  const made = (award: ClusterAward) => c.vote?.dossiers.some((d) => d.awardCode === award) ?? false;

  return (
    <Stack gap="sm">
      <Group align="flex-start">
        <TextInput size="xs" label="Ngày họp suy tôn" placeholder="dd/mm/yyyy" value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} w={150} disabled={!canEdit} />
        <NumberInput size="xs" label="Số thành viên bỏ phiếu" description={`trên tổng số ${c.members.length} thành viên`} value={voters} onChange={(v) => setVoters(typeof v === 'number' ? v : '')} min={0} allowNegative={false} allowDecimal={false} w={200}
          error={problemOf('voters')} disabled={!canEdit} />
        <TextInput size="xs" label="Địa điểm" value={place} onChange={(e) => setPlace(e.currentTarget.value)} w={220} disabled={!canEdit} />
      </Group>
      <Table withTableBorder verticalSpacing={4} aria-label="Phiếu suy tôn" data-testid="vote-table" maw={960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={150}>Số phiếu đồng ý</Table.Th>
            <Table.Th w={400}>Đề nghị</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, k) => (
            <Table.Tr key={r.unitId} data-testid="vote-row">
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>
                <NumberInput size="xs" aria-label={`Số phiếu ${r.name}`} value={r.yes} min={0} allowNegative={false} allowDecimal={false} disabled={!canEdit}
                  onChange={(v) => setRows(rows.map((x, i) => (i === k ? { ...x, yes: typeof v === 'number' ? v : '' } : x)))}
                  error={problemOf(`votes.${k}.yes`)} />
              </Table.Td>
              <Table.Td>
                <Select size="xs" aria-label={`Đề nghị cho ${r.name}`} value={r.award ?? ''} disabled={!canEdit} error={problemOf(`votes.${k}.award`)}
                  data={[{ value: '', label: 'Không đề nghị' }, ...CLUSTER_AWARDS.map((a) => ({ value: a, label: CLUSTER_AWARD_LABELS[a] }))]}
                  onChange={(v) => setRows(rows.map((x, i) => (i === k ? { ...x, award: (v || null) as ClusterAward | null } : x)))} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {problemOf('votes') && <Alert color="red" py={6}>{problemOf('votes')}</Alert>}
      {error && <Alert color="red" py={6} data-testid="vote-error">{error}</Alert>}
      <Text size="xs" c="dimmed">{c.vote?.rule ?? 'Đơn vị được suy tôn đề nghị khen thưởng khi có trên 50% số thành viên dự họp bỏ phiếu đồng ý.'}</Text>
      <Group>
        <Button size="xs" variant="default" onClick={suggest} disabled={!canEdit}>Gợi ý đề nghị theo số phiếu</Button>
        <Button size="xs" onClick={() => void save()} disabled={!canEdit || problems.length > 0}>Lưu biên bản suy tôn</Button>
      </Group>
      {c.vote && c.editable && (
        <Group data-testid="propose-actions">
          {CLUSTER_AWARDS.filter((a) => c.vote!.votes.some((x) => x.award === a)).map((a) =>
            made(a)
              ? <Button key={a} size="xs" variant="light" color="green" onClick={() => setPage('dossiers')}>Đã lập hồ sơ {CLUSTER_AWARD_LABELS[a]}: mở Hồ sơ đề nghị</Button>
              : <Button key={a} size="xs" variant="filled" color="teal" onClick={() => void propose(a)}>Lập hồ sơ đề nghị {CLUSTER_AWARD_LABELS[a]}</Button>,
          )}
        </Group>
      )}
    </Stack>
  );
}
