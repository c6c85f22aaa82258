import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { ClusterDetail } from '../../../src-shared/api';
import { formatPoints } from '../../../src-shared/rules/clusters';
import { invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';

type Scorer = 'self' | 'cluster';
type Grid = Record<string, Record<string, number | ''>>;

/** Points as typed (12,5) to tenths (125); '' stays empty. */
const toTenths = (v: number | '') => (v === '' ? null : Math.round(v * 10));

function gridOf(c: ClusterDetail, scorer: Scorer): Grid {
  return Object.fromEntries(
    c.scoring.map((s) => {
      const card = scorer === 'self' ? s.self : s.cluster;
      return [s.unitId, Object.fromEntries(c.criteria.map((i) => [i.id, card && card.scores[i.id] !== undefined ? card.scores[i.id]! / 10 : '']))];
    }),
  );
}

/**
 * The scoring table: criteria down, members across, each criterion's maximum shown; a score over
 * the maximum is marked where it is typed and the table cannot be saved until it is corrected.
 */
export function ScoringPanel({ cluster: c, onChanged }: { cluster: ClusterDetail; onChanged: (c: ClusterDetail) => void }) {
  const [scorer, setScorer] = useState<Scorer>('cluster');
  const [grid, setGrid] = useState<Grid>(() => gridOf(c, scorer));
  const [busy, setBusy] = useState(false);
  useEffect(() => setGrid(gridOf(c, scorer)), [c, scorer]);
  const saved = useMemo(() => gridOf(c, scorer), [c, scorer]);

  const over = (unitId: string, id: string, max: number) => {
    const t = toTenths(grid[unitId]?.[id] ?? '');
    return t !== null && t > max;
  };
  const errors = c.scoring.flatMap((s) => c.criteria.filter((i) => over(s.unitId, i.id, i.maxTenths)).map((i) => `${s.name}, tiêu chí ${i.id}`));
  const total = (unitId: string) => c.criteria.reduce((a, i) => a + (toTenths(grid[unitId]?.[i.id] ?? '') ?? 0), 0);
  const changedUnits = c.scoring.filter((s) => JSON.stringify(grid[s.unitId]) !== JSON.stringify(saved[s.unitId]));
  const editable = (unitId: string) => {
    const s = c.scoring.find((x) => x.unitId === unitId)!;
    const card = scorer === 'self' ? s.self : s.cluster;
    // A copy from the province: a member scores itself; the cụm trưởng scores everyone.
    const mine = c.editable || (scorer === 'self' ? unitId === c.viewerUnitId : c.leaderUnitId === c.viewerUnitId);
    return mine && (!card || card.editable);
  };

  const save = async () => {
    setBusy(true);
    try {
      let last: ClusterDetail | null = null;
      for (const s of changedUnits) {
        const scores = Object.fromEntries(c.criteria.flatMap((i) => {
          const t = toTenths(grid[s.unitId]?.[i.id] ?? '');
          return t === null ? [] : [[i.id, t]];
        }));
        last = await invoke('clusters.score', { clusterId: c.id, unitId: s.unitId, scorer, scores });
      }
      if (last) onChanged(last);
      notifySuccess(`Đã lưu điểm của ${changedUnits.length} đơn vị.`);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl size="xs" value={scorer} onChange={(v) => setScorer(v as Scorer)} aria-label="Điểm của ai"
          data={[{ value: 'cluster', label: 'Cụm chấm (tổng hợp)' }, { value: 'self', label: 'Đơn vị tự chấm' }]} />
        <Button size="xs" onClick={() => void save()} loading={busy} disabled={!!errors.length || !changedUnits.length}>
          Lưu điểm{changedUnits.length ? ` (${changedUnits.length} đơn vị)` : ''}
        </Button>
      </Group>
      {errors.length > 0 && (
        <Alert color="red" py={6} data-testid="score-errors">Điểm vượt điểm tối đa của tiêu chí: {errors.join('; ')}. Hãy chấm lại trong khoảng 0 đến điểm tối đa.</Alert>
      )}
      <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label="Bảng chấm điểm" data-testid="scoring-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tiêu chí</Table.Th>
            <Table.Th w={70} ta="center">Tối đa</Table.Th>
            {c.scoring.map((s) => <Table.Th key={s.unitId} w={118} ta="center">{s.name}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.criteria.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td><Text size="sm" title={`Minh chứng: ${i.evidence}`}>{i.id}. {i.text}</Text></Table.Td>
              <Table.Td ta="center">{formatPoints(i.maxTenths)}</Table.Td>
              {c.scoring.map((s) => (
                <Table.Td key={s.unitId}>
                  <NumberInput
                    size="xs" hideControls decimalScale={1} decimalSeparator="," min={0} allowNegative={false}
                    aria-label={`${s.name}, tiêu chí ${i.id}`}
                    value={grid[s.unitId]?.[i.id] ?? ''}
                    onChange={(v) => setGrid({ ...grid, [s.unitId]: { ...grid[s.unitId], [i.id]: typeof v === 'number' ? v : v === '' ? '' : Number(String(v).replace(',', '.')) } })}
                    error={over(s.unitId, i.id, i.maxTenths) ? `Tối đa ${formatPoints(i.maxTenths)}` : undefined}
                    disabled={!editable(s.unitId)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>Tổng điểm</Table.Td>
            <Table.Td ta="center" fw={700}>{formatPoints(c.maxTotalTenths)}</Table.Td>
            {c.scoring.map((s) => <Table.Td key={s.unitId} ta="center" fw={700} data-testid="score-total">{formatPoints(total(s.unitId))}</Table.Td>)}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
