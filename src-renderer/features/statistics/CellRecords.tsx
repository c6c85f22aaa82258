import { Loader, Modal, ScrollArea, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { AWARD_CATEGORY_LABELS, type AwardCategory } from '../../../src-shared/rules/vocab';
import { formatDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import type { CellAddress } from './StatTable';

type Cell = ApiOutput<'statistics.cell'>;

const MOVEMENT_KINDS: Record<string, string> = { regular: 'Thường xuyên', periodic: 'Theo đợt', thematic: 'Chuyên đề' };
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The records one cell counts: the awards (name, unit, award, loại hình, decision) or the movements. */
export function CellRecords(props: { form: string; year: number; cell: CellAddress | null; onClose: () => void }) {
  const [data, setData] = useState<Cell | null>(null);
  const { form, year, cell } = props;
  useEffect(() => {
    if (!cell) return;
    let alive = true;
    setData(null);
    invoke('statistics.cell', { form, year, row: cell.row, column: cell.column })
      .then((r) => alive && setData(r))
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, [form, year, cell]);

  return (
    <Modal opened={!!cell} onClose={props.onClose} size="xl" title={data ? `${data.rowLabel} — ${data.columnLabel}` : 'Các bản ghi của ô'}>
      {!data ? (
        <Loader size="sm" />
      ) : (
        <>
          <Text size="sm" mb="xs" data-testid="cell-count">
            {data.count} bản ghi được tính trong ô này.
          </Text>
          <ScrollArea.Autosize mah={440} offsetScrollbars>
            {data.awards.length > 0 && (
              <Table striped withTableBorder verticalSpacing={4} aria-label="Khen thưởng được tính">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Cá nhân, tập thể</Table.Th>
                    <Table.Th>Đơn vị</Table.Th>
                    <Table.Th>Danh hiệu, hình thức</Table.Th>
                    <Table.Th>Loại hình</Table.Th>
                    <Table.Th>Quyết định</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.awards.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.subjectName}</Table.Td>
                      <Table.Td>{a.unitName}</Table.Td>
                      <Table.Td>{a.awardName}</Table.Td>
                      <Table.Td>{capital(AWARD_CATEGORY_LABELS[a.category as AwardCategory] ?? a.category)}</Table.Td>
                      <Table.Td>{[a.decisionNumber, a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : `năm ${a.year}`].filter(Boolean).join(' ')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {data.movements.length > 0 && (
              <Table striped withTableBorder verticalSpacing={4} aria-label="Phong trào được tính">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Phong trào</Table.Th>
                    <Table.Th>Đơn vị phát động</Table.Th>
                    <Table.Th>Loại</Table.Th>
                    <Table.Th>Thời gian</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.movements.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{m.name}</Table.Td>
                      <Table.Td>{m.launchedByName}</Table.Td>
                      <Table.Td>{MOVEMENT_KINDS[m.kind] ?? m.kind}</Table.Td>
                      <Table.Td>{m.startDate && m.endDate ? `${formatDate(m.startDate)} – ${formatDate(m.endDate)}` : 'Cả năm'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </ScrollArea.Autosize>
        </>
      )}
    </Modal>
  );
}
