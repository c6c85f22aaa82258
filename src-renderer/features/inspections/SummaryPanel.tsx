import { Badge, Box, Center, Group, Loader, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { InspectionSummaryFigures } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import { PRINT, STATUS_COLORS, statusLabel } from './labels';
import { PrintButtons } from './PrintButtons';

const BAR_COLORS = { dat: 'teal', chuaDat: 'red', kad: 'gray', unanswered: 'yellow' } as const;
const BAR_LABELS = { dat: 'Đạt', chuaDat: 'Chưa đạt', kad: 'Không áp dụng', unanswered: 'Chưa đánh giá' } as const;
type Part = keyof typeof BAR_COLORS;
const PARTS: Part[] = ['dat', 'chuaDat', 'kad', 'unanswered'];

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" data-testid="summary-stat">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** One horizontal bar (plain CSS), its length proportional to `value / max`. */
function Bar({ value, max, color, label, showLabel = true }: { value: number; max: number; color: string; label: string; showLabel?: boolean }) {
  const pct = max ? (value / max) * 100 : 0;
  return (
    <Group gap="sm" wrap="nowrap" data-testid="chart-bar" data-label={label} data-value={value} aria-label={`${label}: ${value}`}>
      {showLabel && (
        <Text size="sm" w={120} style={{ flex: 'none' }}>
          {label}
        </Text>
      )}
      <Box style={{ flex: 1, background: 'var(--mantine-color-gray-1)', borderRadius: 3, height: 18 }}>
        <Box style={{ width: `${pct}%`, minWidth: value ? 3 : 0, height: '100%', borderRadius: 3, background: `var(--mantine-color-${color}-6)` }} />
      </Box>
      <Text size="sm" fw={600} w={40} ta="right" style={{ flex: 'none' }}>
        {value}
      </Text>
    </Group>
  );
}

/** A unit's answers as one stacked bar: Đạt, Chưa đạt, Không áp dụng, Chưa đánh giá. */
function StackedBar({ u }: { u: Record<Part, number> }) {
  const total = PARTS.reduce((s, p) => s + u[p], 0);
  return (
    <Box style={{ display: 'flex', height: 14, borderRadius: 3, overflow: 'hidden', background: 'var(--mantine-color-gray-1)' }} title={PARTS.map((p) => `${BAR_LABELS[p]}: ${u[p]}`).join(', ')}>
      {PARTS.map((p) => (u[p] ? <Box key={p} style={{ width: `${(u[p] / total) * 100}%`, background: `var(--mantine-color-${BAR_COLORS[p]}-6)` }} /> : null))}
    </Box>
  );
}

/** "Tổng hợp kết quả": the year's figures as a table and bars; the report prints them. */
export function SummaryPanel({ year }: { year: number }) {
  const [s, setS] = useState<InspectionSummaryFigures | null>(null);
  useEffect(() => {
    let alive = true;
    setS(null);
    invoke('inspections.summary', { year, planId: null })
      .then((r) => alive && setS(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [year]);

  if (!s) {
    return (
      <Center style={{ flex: 1 }}>
        <Loader />
      </Center>
    );
  }
  if (!s.units.total) {
    return (
      <Center style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
        <Text c="dimmed" data-testid="summary-empty">
          Năm {year} chưa có đơn vị nào trong kế hoạch kiểm tra.
        </Text>
      </Center>
    );
  }
  const maxResult = Math.max(...PARTS.map((p) => s.results[p]));
  const maxNotMet = Math.max(1, ...s.mostNotMet.map((m) => m.count));
  const notMetUnits = new Map(s.items.map((i) => [i.code, i.notMetUnits]));

  return (
    <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
      <Stack gap="sm" pb="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Số liệu của {s.plans} kế hoạch kiểm tra năm {year}.
          </Text>
          <PrintButtons label="In báo cáo" docs={[{ kind: PRINT.report, id: String(year), label: `In báo cáo kết quả kiểm tra năm ${year}` }]} />
        </Group>
        <SimpleGrid cols={4} spacing="sm">
          <Stat label="Đơn vị trong kế hoạch" value={String(s.units.total)} hint={`${s.units.planned} chưa kiểm tra`} />
          <Stat label="Đang kiểm tra" value={String(s.units.inProgress)} />
          <Stat label="Đã kiểm tra xong" value={String(s.units.finished)} />
          <Stat label="Nội dung đã đánh giá" value={`${s.progress.answered}/${s.progress.total}`} hint={s.progress.percent !== null ? `${String(s.progress.percent).replace('.', ',')}%` : undefined} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <Paper withBorder p="sm" component="section" aria-label="Kết quả đánh giá">
            <Title order={3} size="h5" mb="xs">
              Kết quả đánh giá (số lượt nội dung)
            </Title>
            <Stack gap={6} data-testid="results-chart">
              {PARTS.map((p) => (
                <Bar key={p} label={BAR_LABELS[p]} value={s.results[p]} max={maxResult} color={BAR_COLORS[p]} />
              ))}
            </Stack>
          </Paper>
          <Paper withBorder p="sm" component="section" aria-label="Nội dung chưa đạt nhiều nhất">
            <Title order={3} size="h5" mb="xs">
              Nội dung chưa đạt nhiều nhất
            </Title>
            {s.mostNotMet.length ? (
              <Stack gap={6} data-testid="not-met-chart">
                {s.mostNotMet.slice(0, 6).map((m) => (
                  <div key={m.code} data-testid="not-met-item">
                    <Text size="sm" truncate="end" title={`${m.code}. ${m.text}`}>
                      <b>{m.code}.</b> {m.text}
                    </Text>
                    <Bar label={`${m.code}: số đơn vị chưa đạt`} showLabel={false} value={m.count} max={maxNotMet} color="red" />
                    <Text size="xs" c="dimmed" truncate="end">
                      Chưa đạt: {(notMetUnits.get(m.code) ?? []).join(', ')}
                    </Text>
                  </div>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                Chưa có nội dung nào bị đánh giá chưa đạt.
              </Text>
            )}
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="sm" component="section" aria-label="Kết quả theo đơn vị">
          <Title order={3} size="h5" mb="xs">
            Kết quả theo đơn vị
          </Title>
          <Table layout="fixed" aria-label="Kết quả kiểm tra theo đơn vị" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Đơn vị</Table.Th>
                <Table.Th w={180}>Trạng thái</Table.Th>
                <Table.Th w={60} ta="right">Đạt</Table.Th>
                <Table.Th w={95} ta="right">Chưa đạt</Table.Th>
                <Table.Th w={145} ta="right">Không áp dụng</Table.Th>
                <Table.Th w={140} ta="right">Chưa đánh giá</Table.Th>
                <Table.Th w={80} ta="right">Điểm</Table.Th>
                <Table.Th w={130}>Tỷ lệ</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.perUnit.map((u) => (
                <Table.Tr key={u.inspectionId} data-testid="summary-unit">
                  <Table.Td fw={500}>{u.unitName}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[u.status]} variant="light">
                      {statusLabel(u.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{u.dat}</Table.Td>
                  <Table.Td ta="right" c={u.chuaDat ? 'red' : undefined}>
                    {u.chuaDat}
                  </Table.Td>
                  <Table.Td ta="right">{u.kad}</Table.Td>
                  <Table.Td ta="right">{u.unanswered}</Table.Td>
                  <Table.Td ta="right">{u.maxScore ? `${u.score}/${u.maxScore}` : '—'}</Table.Td>
                  <Table.Td>
                    <StackedBar u={u} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group gap="md" mt="xs">
            {PARTS.map((p) => (
              <Group key={p} gap={4}>
                <Box w={10} h={10} style={{ background: `var(--mantine-color-${BAR_COLORS[p]}-6)`, borderRadius: 2 }} />
                <Text size="xs">{BAR_LABELS[p]}</Text>
              </Group>
            ))}
          </Group>
        </Paper>
        {s.recommendations.length > 0 && (
          <Paper withBorder p="sm" component="section" aria-label="Kiến nghị, đề xuất">
            <Title order={3} size="h5" mb="xs">
              Kiến nghị, đề xuất
            </Title>
            {s.recommendations.map((r) => (
              <Text key={r.planId} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {r.text}
              </Text>
            ))}
          </Paper>
        )}
      </Stack>
    </ScrollArea>
  );
}
