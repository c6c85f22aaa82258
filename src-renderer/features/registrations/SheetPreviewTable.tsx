import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { titleName } from '../../../src-shared/catalog/titles';
import { formatBirth } from '../../app/format';
import type { SheetPreview } from './sheetApi';

type Row = SheetPreview['rows'][number];

function NameCell({ row }: { row: Row }) {
  const original = row.original.fullName ?? [row.original.familyName, row.original.middleName, row.original.givenName].filter(Boolean).join(' ');
  return (
    <Stack gap={0}>
      {row.converted && original && original !== row.values.fullName && (
        <Text size="xs" c="dimmed" ff="monospace" truncate="end" title={original} data-testid="converted-from">
          {original} →
        </Text>
      )}
      <Text size="sm" fw={500} truncate="end" title={row.values.fullName}>
        {row.values.fullName}
      </Text>
    </Stack>
  );
}

/** What the list would add, before anything is written: line by line, with the matches and errors. */
export function SheetPreviewTable({ preview, defaultTitle }: { preview: SheetPreview; defaultTitle: string }) {
  return (
    <ScrollArea type="auto" style={{ flex: 1, minHeight: 110, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Table stickyHeader layout="fixed" verticalSpacing={4} fz="sm" aria-label="Xem trước danh sách nhập">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>Dòng</Table.Th>
            <Table.Th>Họ và tên</Table.Th>
            <Table.Th w={96}>Ngày sinh</Table.Th>
            <Table.Th>Chức vụ</Table.Th>
            <Table.Th w={190}>Danh hiệu</Table.Th>
            <Table.Th w={190}>Khớp danh sách</Table.Th>
            <Table.Th w={220}>Lỗi</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => (
            <Table.Tr key={r.line} data-testid="sheet-row" bg={r.errors.length ? 'red.0' : undefined}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>
                <NameCell row={r} />
              </Table.Td>
              <Table.Td>{formatBirth(r.values.birthDate, r.values.birthYear)}</Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" title={r.values.position}>
                  {r.values.position}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.values.title ? (
                  <Text size="sm" truncate="end">
                    {titleName(r.values.title)}
                  </Text>
                ) : (
                  <Stack gap={0} title="Dòng này không ghi danh hiệu: dùng danh hiệu mặc định">
                    <Text size="sm" c="dimmed" truncate="end">
                      {titleName(defaultTitle)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      (mặc định)
                    </Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                {r.match ? (
                  <Text size="sm" c="green.8" truncate="end" title={[r.match.fullName, r.match.unitName].filter(Boolean).join(' – ')} data-testid="sheet-match">
                    ✓ {r.match.fullName}
                    {r.match.unitName ? ` – ${r.match.unitName}` : ''}
                  </Text>
                ) : (
                  <Badge variant="light" color="blue" data-testid="sheet-match">
                    Tạo mới
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {r.errors.map((e, i) => (
                  <Text key={`e${i}`} size="xs" c="red.8" data-testid="sheet-error">
                    {e}
                  </Text>
                ))}
                {r.warnings.map((w, i) => (
                  <Text key={`w${i}`} size="xs" c="orange.8">
                    {w}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          Không có dòng dữ liệu nào dưới dòng tiêu đề.
        </Text>
      )}
    </ScrollArea>
  );
}
