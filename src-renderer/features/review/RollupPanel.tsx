import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReviewRollup } from '../../../src-shared/api';
import type { ReviewFigures } from '../../../src-shared/records';
import type { ReviewPeriod } from '../../../src-shared/rules/review';
import { invoke } from '../../api';
import { formatDateTime } from '../../app/format';
import { notifyError } from '../../app/notify';

const COLUMNS: [string, (f: ReviewFigures) => number][] = [
  ['Tổng khen thưởng', (f) => f.awards.total],
  ['Danh hiệu', (f) => f.awards.byKind.title],
  ['Hình thức', (f) => f.awards.byKind.form],
  ['Đăng ký', (f) => f.registrations.registered],
  ['Đạt', (f) => f.registrations.achieved],
  ['Sáng kiến công nhận', (f) => f.initiatives.recognised],
  ['Kiểm tra', (f) => f.inspections.done],
];

/** The units below side by side for the period: their figures as last sent, who has not sent, and "Tổng hợp" their sum. */
export function RollupPanel(props: { year: number; period: ReviewPeriod }) {
  const [r, setR] = useState<ReviewRollup | null>(null);
  const [summed, setSummed] = useState(false);
  useEffect(() => {
    setR(null);
    setSummed(false);
    invoke('review.rollup', { year: props.year, period: props.period }).then(setR, (e: unknown) => notifyError(e));
  }, [props.year, props.period]);
  if (!r) return <Text size="sm">Đang tải…</Text>;
  const sent = r.units.filter((u) => u.report).length;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="rollup-summary">
        Đã nhận số liệu {r.periodLabel} của {sent}/{r.units.length} đơn vị.{r.missing.length ? ` Chưa nhận: ${r.missing.join(', ')}.` : ''}
      </Text>
      <Table striped withTableBorder fz="sm" data-testid="rollup">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Đơn vị</Table.Th>
            {COLUMNS.map(([label]) => (
              <Table.Th key={label} ta="center">
                {label}
              </Table.Th>
            ))}
            <Table.Th>Lần gửi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.units.map((u) => (
            <Table.Tr key={u.code} data-testid="rollup-unit" data-sent={u.report ? 'true' : 'false'}>
              <Table.Td>{u.name}</Table.Td>
              {u.report ? (
                COLUMNS.map(([label, get]) => (
                  <Table.Td key={label} ta="center">
                    {get(u.report!.figures)}
                  </Table.Td>
                ))
              ) : (
                <Table.Td colSpan={COLUMNS.length} ta="center">
                  <Badge color="red" variant="outline" tt="none">
                    Chưa gửi số liệu
                  </Badge>
                </Table.Td>
              )}
              <Table.Td>{u.report ? `Lần ${u.report.rev}, ${formatDateTime(u.report.updatedAt)}` : '—'}</Table.Td>
            </Table.Tr>
          ))}
          {summed && (
            <Table.Tr data-testid="rollup-sum" fw={700}>
              <Table.Td>Cộng ({sent} đơn vị)</Table.Td>
              {COLUMNS.map(([label, get]) => (
                <Table.Td key={label} ta="center">
                  {get(r.sum)}
                </Table.Td>
              ))}
              <Table.Td />
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {!summed ? (
        <Button w="fit-content" onClick={() => setSummed(true)} disabled={!sent}>
          Tổng hợp
        </Button>
      ) : (
        <Alert color="blue" variant="light" data-testid="rollup-note">
          Số tổng hợp của {sent} đơn vị được đưa vào báo cáo in của đơn vị (mục “Tổng hợp số liệu của các đơn vị”), kèm bảng số liệu từng đơn vị và danh sách đơn vị chưa gửi.
        </Alert>
      )}
    </Stack>
  );
}
