import { Stack, Table, Text } from '@mantine/core';
import type { ClusterDetail } from '../../../src-shared/api';
import { formatPoints } from '../../../src-shared/rules/clusters';

/** The cluster's scoring ranked by the stated tie rule, the self-scored total beside it. */
export function RankingPanel({ cluster: c }: { cluster: ClusterDetail }) {
  return (
    <Stack gap="xs">
      <Table striped verticalSpacing={4} aria-label="Xếp hạng" data-testid="ranking-table" maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Hạng</Table.Th>
            <Table.Th>Đơn vị</Table.Th>
            <Table.Th w={140} ta="center">Cụm chấm ({formatPoints(c.maxTotalTenths)})</Table.Th>
            <Table.Th w={120} ta="center">Tự chấm</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.ranking.map((r) => (
            <Table.Tr key={r.unitId} data-testid="ranking-row">
              <Table.Td fw={700}>{r.rank ?? '—'}</Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="center" fw={600}>{r.totalTenths === null ? <Text size="sm" c="dimmed">Chưa chấm</Text> : formatPoints(r.totalTenths)}</Table.Td>
              <Table.Td ta="center">{r.selfTotalTenths === null ? '—' : formatPoints(r.selfTotalTenths)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" maw={760}>Cách xếp hạng: {c.tieRule}</Text>
    </Stack>
  );
}
