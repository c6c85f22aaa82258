import { Table, UnstyledButton } from '@mantine/core';
import type { StatReport } from '../../../src-shared/api';
import classes from './statistics.module.css';

export interface CellAddress {
  row: string;
  column: string;
}

/** The column headers in two levels: a group over its columns, or one header over both lines. */
function headers(columns: StatReport['columns']) {
  const top: { label: string; span: number; rows: 1 | 2 }[] = [];
  for (const c of columns) {
    const last = top[top.length - 1];
    if (c.group && last && last.rows === 1 && last.label === c.group) last.span++;
    else top.push(c.group ? { label: c.group, span: 1, rows: 1 } : { label: c.label, span: 1, rows: 2 });
  }
  return { top, bottom: columns.filter((c) => c.group) };
}

/**
 * The form as it prints: chỉ tiêu, mã số, the counted columns (A, B, 1, 2 …). Each number is a
 * button that opens the records behind it; a form filled by hand has empty cells.
 */
export function StatTable({ report, onOpen }: { report: StatReport; onOpen: (cell: CellAddress) => void }) {
  const h = headers(report.columns);
  const two = h.bottom.length > 0;
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={2} horizontalSpacing={6} className={classes.table} aria-label={`Biểu ${report.form} năm ${report.year}`}>
      <Table.Thead className={classes.head}>
        <Table.Tr>
          <Table.Th rowSpan={two ? 2 : 1} className={classes.label}>Chỉ tiêu</Table.Th>
          <Table.Th rowSpan={two ? 2 : 1} className={classes.code}>Mã số</Table.Th>
          {h.top.map((t, i) => (
            <Table.Th key={i} colSpan={t.span} rowSpan={two && t.rows === 2 ? 2 : 1} className={classes.center}>
              {t.label}
            </Table.Th>
          ))}
        </Table.Tr>
        {two && (
          <Table.Tr>
            {h.bottom.map((c) => (
              <Table.Th key={c.id} className={classes.center}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        )}
        <Table.Tr>
          {['A', 'B', ...report.columns.map((_, i) => String(i + 1))].map((x) => (
            <Table.Th key={x} className={classes.letter}>
              {x}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.rows.map((r) => (
          <Table.Tr key={r.key} data-row={r.key} data-kind={r.kind} className={r.kind === 'total' || r.kind === 'section' ? classes.strong : undefined}>
            <Table.Td className={r.kind === 'part' || r.kind === 'split' ? classes.indent : undefined} fs={r.kind === 'part' ? 'italic' : undefined}>
              {r.label}
            </Table.Td>
            <Table.Td className={classes.center}>{r.code}</Table.Td>
            {r.cells.map((v, i) => {
              const col = report.columns[i]!;
              return (
                <Table.Td key={col.id} className={classes.number} data-col={col.id}>
                  {v === null ? null : v === 0 ? (
                    <span className={classes.zero}>0</span>
                  ) : (
                    <UnstyledButton
                      className={classes.cell}
                      onClick={() => onOpen({ row: r.key, column: col.id })}
                      aria-label={`${r.label}, ${col.group ? `${col.group} ` : ''}${col.label}: ${v}. Xem các bản ghi`}
                    >
                      {v.toLocaleString('vi-VN')}
                    </UnstyledButton>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
