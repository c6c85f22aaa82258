import { Table, Text } from '@mantine/core';
import type { WrittenPackageRow } from '../../../src-shared/api';
import { formatBytes, formatCount } from '../../app/format';
import { kindLabel } from './labels';

/** The package files just written: name, kind, number, records and size. */
export function WrittenFiles({ files, label }: { files: WrittenPackageRow[]; label: string }) {
  return (
    <Table withTableBorder layout="fixed" verticalSpacing={4} aria-label={label} data-testid="written-files">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Tên tệp</Table.Th>
          <Table.Th w={170}>Loại gói</Table.Th>
          <Table.Th w={80}>Số gói</Table.Th>
          <Table.Th w={90}>Bản ghi</Table.Th>
          <Table.Th w={125}>Dung lượng</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {files.map((f) => (
          <Table.Tr key={f.packageId} data-testid="written-file">
            <Table.Td title={f.file}>
              <Text size="sm" ff="monospace" truncate="end">
                {f.fileName}
              </Text>
            </Table.Td>
            <Table.Td>{kindLabel(f.kind)}</Table.Td>
            <Table.Td>{f.sequence}</Table.Td>
            <Table.Td>{formatCount(f.records)}</Table.Td>
            <Table.Td>{formatBytes(f.bytes)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
