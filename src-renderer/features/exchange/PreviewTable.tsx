import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { ImportResultRow } from '../../../src-shared/api';
import { formatCount } from '../../app/format';
import { ACTION_META } from './labels';

const SHOWN = 200;

/**
 * The list takes the height the window leaves it rather than a fixed few rows. What sits
 * around it (app header, page title, drop zone, the card's name, sender and counts, the
 * margins below) is about 365px at 1366×768, so one package fits without the list of
 * packages scrolling too; the rows scroll inside. Never less than a handful of rows.
 */
const LIST_HEIGHT = 'max(210px, calc(100dvh - 365px))';
const ONE_LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** Record by record: what importing does (or did) and why. */
export function PreviewTable({ rows }: { rows: ImportResultRow['rows'] }) {
  if (!rows.length) return null;
  return (
    <ScrollArea.Autosize mah={LIST_HEIGHT} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Table stickyHeader layout="fixed" verticalSpacing={4} fz="sm" aria-label="Các bản ghi trong gói">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={240}>Loại</Table.Th>
            <Table.Th>Tên</Table.Th>
            <Table.Th w={120}>Kết quả</Table.Th>
            <Table.Th>Lý do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((r) => {
            const a = ACTION_META[r.action];
            return (
              <Table.Tr key={r.index} data-testid="preview-row">
                {/* Long type names ("Kết quả kiểm tra công tác thi đua, khen thưởng") stay on one line; the tooltip has them whole. */}
                <Table.Td style={ONE_LINE} title={r.typeLabel}>
                  {r.typeLabel}
                </Table.Td>
                <Table.Td style={ONE_LINE} title={r.title}>
                  {r.title}
                </Table.Td>
                <Table.Td>
                  <Badge color={a.color} variant="light">
                    {a.label}
                  </Badge>
                </Table.Td>
                <Table.Td c={r.action === 'rejected' ? 'red.8' : undefined}>{r.reason ?? ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length > SHOWN && (
        <Text size="sm" c="dimmed" p="xs">
          … và {formatCount(rows.length - SHOWN)} bản ghi khác.
        </Text>
      )}
    </ScrollArea.Autosize>
  );
}
