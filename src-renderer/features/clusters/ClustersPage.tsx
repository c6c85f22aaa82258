import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { ClusterDetail, ClusterSummary } from '../../../src-shared/api';
import { CLUSTER_KIND_LABELS } from '../../../src-shared/rules/clusters';
import { errorMessage, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { PrintButton } from '../registrations/PrintButton';
import { YearSelect } from '../registrations/YearSelect';
import { CreateClusterModal } from './CreateClusterModal';
import { MembersPanel } from './MembersPanel';
import { RankingPanel } from './RankingPanel';
import { ScoringPanel } from './ScoringPanel';
import { VotePanel } from './VotePanel';

/**
 * Cụm, khối thi đua of a year: the list, then one cluster's members and roles, the scoring table
 * (criteria × members, maximum shown, a score over it refused where it is typed), the ranking, the
 * suy tôn votes and the dossier they lead to, and the printed giao ước and ranking.
 */
export function ClustersPage() {
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [list, setList] = useState<ClusterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ClusterDetail | null>(null);
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<string | null>('members');

  const load = useCallback(() => {
    invoke('clusters.list', { year }).then(setList, (e: unknown) => setError(errorMessage(e)));
  }, [year]);
  useEffect(load, [load]);
  useEffect(() => setSelected(null), [year]);

  const open = (id: string) => invoke('clusters.get', { id }).then(setSelected, (e: unknown) => notifyError(e));
  const changed = (c: ClusterDetail) => {
    setSelected(c);
    load();
  };
  const rollOver = async () => {
    if (!selected) return;
    try {
      const next = await invoke('clusters.rollOver', { id: selected.id });
      notifySuccess(`Đã tạo “${next.name}” năm ${next.year} với cụm trưởng, cụm phó luân phiên.`);
      setYear(next.year);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <PageFrame
      title="Cụm, khối thi đua"
      actions={
        <>
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          <Button onClick={() => setCreating(true)}>Tạo cụm, khối</Button>
        </>
      }
    >
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="md">
          {error && <Alert color="red" title={T.loadFailed}>{error}</Alert>}
          {list && list.length === 0 && <Text c="dimmed">Năm {year} chưa có cụm, khối thi đua nào. Bấm “Tạo cụm, khối” để lập.</Text>}
          {list && list.length > 0 && (
            <Table striped highlightOnHover verticalSpacing={6} aria-label="Danh sách cụm, khối thi đua" data-testid="clusters-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Tên</Table.Th>
                  <Table.Th w={120}>Loại</Table.Th>
                  <Table.Th w={90}>Thành viên</Table.Th>
                  <Table.Th>Cụm trưởng</Table.Th>
                  <Table.Th>Cụm phó</Table.Th>
                  <Table.Th w={110}>Đã chấm</Table.Th>
                  <Table.Th w={120}>Suy tôn</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id} data-testid="cluster-row" style={{ cursor: 'pointer' }} onClick={() => void open(c.id)} bg={selected?.id === c.id ? 'blue.0' : undefined}>
                    <Table.Td fw={600}>{c.name}</Table.Td>
                    <Table.Td>{CLUSTER_KIND_LABELS[c.kind]}</Table.Td>
                    <Table.Td>{c.memberCount}</Table.Td>
                    <Table.Td>{c.leaderName ?? '—'}</Table.Td>
                    <Table.Td>{c.deputyName ?? '—'}</Table.Td>
                    <Table.Td>{c.scoredCount}/{c.memberCount}</Table.Td>
                    <Table.Td>{c.voted ? <Badge color="green" variant="light" tt="none">Đã suy tôn</Badge> : <Text size="sm" c="dimmed">Chưa</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {selected && (
            <Paper withBorder p="md" data-testid="cluster-detail">
              <Group justify="space-between" mb="sm">
                <Group gap="xs">
                  <Title order={3} size="h4">{selected.name}</Title>
                  <Badge variant="light" tt="none">{CLUSTER_KIND_LABELS[selected.kind]} năm {selected.year}</Badge>
                  {!selected.editable && <Badge color="gray" tt="none">Bản nhận từ {selected.origin} (chỉ xem)</Badge>}
                </Group>
                <Group gap="xs">
                  <PrintButton kind="cluster-pledge" id={selected.id} label="In giao ước thi đua" size="xs" />
                  <PrintButton kind="cluster-ranking" id={selected.id} label="In bảng xếp hạng" size="xs" />
                  {selected.vote && <PrintButton kind="cluster-minutes" id={selected.id} label="In biên bản suy tôn" size="xs" />}
                  {selected.editable && <Button size="xs" variant="default" onClick={() => void rollOver()}>Tạo cụm năm {selected.year + 1}</Button>}
                </Group>
              </Group>
              <Tabs value={tab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="members">Thành viên, giao ước</Tabs.Tab>
                  <Tabs.Tab value="scoring">Chấm điểm</Tabs.Tab>
                  <Tabs.Tab value="ranking">Xếp hạng</Tabs.Tab>
                  <Tabs.Tab value="vote">Suy tôn</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="members" pt="sm"><MembersPanel cluster={selected} onChanged={changed} /></Tabs.Panel>
                <Tabs.Panel value="scoring" pt="sm"><ScoringPanel cluster={selected} onChanged={changed} /></Tabs.Panel>
                <Tabs.Panel value="ranking" pt="sm"><RankingPanel cluster={selected} /></Tabs.Panel>
                <Tabs.Panel value="vote" pt="sm"><VotePanel cluster={selected} onChanged={changed} /></Tabs.Panel>
              </Tabs>
            </Paper>
          )}
        </Stack>
      </ScrollArea>
      <CreateClusterModal opened={creating} year={year} onClose={() => setCreating(false)} onSaved={(c) => { setCreating(false); changed(c); }} />
    </PageFrame>
  );
}
