import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReviewView } from '../../../src-shared/api';
import { percentRounded } from '../../../src-shared/rules/format';
import { AWARD_LEVEL_LABELS, SHARE_LABELS, signed, type AwardLevel } from '../../../src-shared/rules/review';
import { HBars } from './Bars';

const MONTHS = Array.from({ length: 12 }, (_x, i) => `Tháng ${i + 1}`);

function Stat(props: { label: string; value: string; detail?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="xl">
        {props.value}
      </Text>
      {props.detail && <Text size="xs">{props.detail}</Text>}
    </Paper>
  );
}

/** The period's figures: key numbers, awards by month, the comparison, the shares, by level and unit. */
export function FiguresPanel({ view }: { view: ReviewView }) {
  const f = view.figures;
  const p = view.previous;
  const persons = f.awards.bySubject.person;
  return (
    <Stack gap="md">
      <SimpleGrid cols={5} spacing="sm">
        <Stat testId="stat-awards" label="Tổng số khen thưởng" value={String(f.awards.total)} detail={`Cùng kỳ năm trước: ${p.awards.total} (${signed(f.awards.total - p.awards.total)})`} />
        <Stat testId="stat-kinds" label="Danh hiệu / hình thức" value={`${f.awards.byKind.title} / ${f.awards.byKind.form}`} detail={`Cá nhân ${f.awards.bySubject.person}, tập thể ${f.awards.bySubject.collective}`} />
        <Stat testId="stat-registrations" label="Đăng ký / đạt danh hiệu" value={`${f.registrations.registered} / ${f.registrations.achieved}`} detail={`Tỷ lệ đạt ${percentRounded(f.registrations.achieved, f.registrations.registered)}`} />
        <Stat testId="stat-initiatives" label="Sáng kiến nộp / công nhận" value={`${f.initiatives.applied} / ${f.initiatives.recognised}`} />
        <Stat testId="stat-inspections" label="Kiểm tra đã làm / kế hoạch" value={`${f.inspections.done} / ${f.inspections.planned}`} />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb={6}>
            Khen thưởng theo tháng (theo ngày quyết định)
          </Title>
          <HBars
            testId="chart-months"
            title="Số lượt khen thưởng theo tháng"
            rows={[...MONTHS.map((label, i) => ({ label, value: f.awards.byMonth[i] ?? 0 })), ...(f.awards.undated ? [{ label: 'Không rõ ngày', value: f.awards.undated }] : [])]}
          />
        </Paper>
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb={6}>
            So sánh với cùng kỳ năm {view.year - 1}
          </Title>
          <HBars testId="chart-compare" title="So sánh với cùng kỳ năm trước" rows={view.comparison.map((r) => ({ label: r.label, value: r.current, previous: r.previous }))} />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Paper withBorder p="sm">
          <Title order={4} size="h6" mb={6}>
            Trong {persons} lượt khen thưởng cá nhân
          </Title>
          <Table striped withTableBorder fz="sm" data-testid="shares">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nhóm</Table.Th>
                <Table.Th ta="center">Có</Table.Th>
                <Table.Th ta="center">Không</Table.Th>
                <Table.Th ta="center">Không rõ</Table.Th>
                <Table.Th ta="center">Tỷ lệ có (trên số đã biết)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(Object.keys(SHARE_LABELS) as (keyof typeof SHARE_LABELS)[]).map((k) => {
                const s = f.people[k];
                return (
                  <Table.Tr key={k} data-testid={`share-${k}`}>
                    <Table.Td>{SHARE_LABELS[k]}</Table.Td>
                    <Table.Td ta="center">{s.yes}</Table.Td>
                    <Table.Td ta="center">{s.no}</Table.Td>
                    <Table.Td ta="center">{s.unknown}</Table.Td>
                    <Table.Td ta="center">{percentRounded(s.yes, s.yes + s.no)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt={4}>
            Người chưa có thông tin được tính là “không rõ”, không tính là “không”.
          </Text>
        </Paper>
        <Paper withBorder p="sm">
          <Group grow align="flex-start">
            <Table withTableBorder fz="sm" data-testid="by-level">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Cấp khen thưởng</Table.Th>
                  <Table.Th ta="center">Số lượt</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(Object.keys(AWARD_LEVEL_LABELS) as AwardLevel[]).map((k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{AWARD_LEVEL_LABELS[k]}</Table.Td>
                    <Table.Td ta="center">{f.awards.byLevel[k]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Table withTableBorder fz="sm" data-testid="by-unit">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Đơn vị</Table.Th>
                  <Table.Th ta="center">Số lượt</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.awards.byUnit.slice(0, 8).map((u) => (
                  <Table.Tr key={u.name}>
                    <Table.Td>{u.name}</Table.Td>
                    <Table.Td ta="center">{u.count}</Table.Td>
                  </Table.Tr>
                ))}
                {f.awards.byUnit.length > 8 && (
                  <Table.Tr>
                    <Table.Td colSpan={2}>… và {f.awards.byUnit.length - 8} đơn vị khác (đủ trong báo cáo in)</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Group>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
