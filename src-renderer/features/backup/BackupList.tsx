import { Badge, Button, Table, Text } from '@mantine/core';
import { BACKUP_REASON_LABELS, type BackupRow } from '../../../src-shared/api';
import { formatBytes, formatCount, formatDateTime } from '../../app/format';

/** The copies in the data folder, newest first, each with its restore button. */
export function BackupList(props: { rows: BackupRow[] | null; onRestore: (row: BackupRow) => void }) {
  if (props.rows && !props.rows.length) return <Text c="dimmed">Chưa có bản sao lưu nào trên máy này.</Text>;
  return (
    <Table stickyHeader highlightOnHover layout="fixed" aria-label="Các bản sao lưu" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>Thời điểm</Table.Th>
          <Table.Th w={200}>Loại</Table.Th>
          <Table.Th>Số liệu</Table.Th>
          <Table.Th w={120} ta="right">
            Dung lượng
          </Table.Th>
          <Table.Th w={120} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(props.rows ?? []).map((b) => (
          <Table.Tr key={b.path}>
            <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
            <Table.Td>
              {b.integrity === 'ok' ? BACKUP_REASON_LABELS[b.reason] : <Badge color="red">{BACKUP_REASON_LABELS[b.reason]}</Badge>}
            </Table.Td>
            <Table.Td>
              <Text size="sm" truncate="end" title={b.fileName}>
                {formatCount(b.counts.people)} cá nhân, {formatCount(b.counts.dossiers)} hồ sơ, {formatCount(b.counts.packages)} gói
              </Text>
            </Table.Td>
            <Table.Td ta="right">{formatBytes(b.size)}</Table.Td>
            <Table.Td ta="right">
              {b.integrity === 'ok' && (
                <Button size="xs" variant="light" onClick={() => props.onRestore(b)} aria-label={`Khôi phục bản ${formatDateTime(b.createdAt)}`}>
                  Khôi phục…
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
