import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { AwardImportPreview } from '../../../../src-shared/api';
import { AWARD_CATEGORY_LABELS } from '../../../../src-shared/rules/vocab';
import { formatDate } from '../../../../src-shared/text';
import { capitalize } from '../labels';

type Row = AwardImportPreview['rows'][number];

function decisionText(r: Row): string {
  return [r.decisionNumber && `Số ${r.decisionNumber}`, r.decisionDate && `ngày ${formatDate(r.decisionDate)}`, r.issuer].filter(Boolean).join(', ');
}

function Subject({ row }: { row: Row }) {
  const who = row.subjectType === 'collective' ? 'Tập thể' : row.birthYear ? `sinh năm ${row.birthYear}` : '';
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500} truncate="end" title={row.name}>
        {row.name || '—'}
      </Text>
      {row.match ? (
        <Text size="xs" c="green.8" truncate="end" data-testid="award-match" title={[row.match.name, row.match.detail].filter(Boolean).join(' – ')}>
          ✓ {[who, row.match.detail].filter(Boolean).join(' · ') || 'Có trong danh sách'}
        </Text>
      ) : (
        who && (
          <Text size="xs" c="dimmed">
            {who}
          </Text>
        )
      )}
    </Stack>
  );
}

function Outcome({ row }: { row: Row }) {
  return (
    <Stack gap={2}>
      {row.status === 'ok' && (
        <Badge variant="light" color="green" data-testid="award-status">
          Sẽ nhập
        </Badge>
      )}
      {row.status === 'duplicate' && (
        <Badge variant="light" color="gray" data-testid="award-status">
          Bỏ qua: đã có
        </Badge>
      )}
      {row.errors.map((e, i) => (
        <Text key={`e${i}`} size="xs" c="red.8" data-testid="award-error">
          {e}
        </Text>
      ))}
      {row.warnings.map((w, i) => (
        <Text key={`w${i}`} size="xs" c={row.status === 'duplicate' ? 'dimmed' : 'orange.8'}>
          {w}
        </Text>
      ))}
    </Stack>
  );
}

/** What the list would record, before anything is written: line by line, with the matches, skips and errors. */
export function AwardImportTable({ preview }: { preview: AwardImportPreview }) {
  return (
    <ScrollArea type="auto" style={{ flex: 1, minHeight: 110, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)' }}>
      <Table stickyHeader layout="fixed" verticalSpacing={4} fz="sm" aria-label="Xem trước khen thưởng nhập từ Excel">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={52}>Dòng</Table.Th>
            <Table.Th w={210}>Cá nhân / tập thể</Table.Th>
            <Table.Th w={60}>Năm</Table.Th>
            <Table.Th>Danh hiệu, hình thức</Table.Th>
            <Table.Th w={150}>Loại hình</Table.Th>
            <Table.Th w={190}>Quyết định</Table.Th>
            <Table.Th w={260}>Kết quả</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((r) => (
            <Table.Tr key={r.line} data-testid="award-row" bg={r.status === 'error' ? 'red.0' : r.status === 'duplicate' ? 'gray.0' : undefined}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>
                <Subject row={r} />
              </Table.Td>
              <Table.Td>{r.year ?? ''}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" truncate="end" title={r.awardName}>
                    {r.awardName}
                  </Text>
                  {r.awardText && !r.awardCode && (
                    <Text size="xs" c="dimmed">
                      ngoài danh mục
                    </Text>
                  )}
                  {r.awardCode && r.awardText !== r.awardName && (
                    <Text size="xs" c="dimmed" truncate="end" title={r.awardText}>
                      ghi trong tệp: {r.awardText}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="xs" lineClamp={2}>
                  {capitalize(AWARD_CATEGORY_LABELS[r.category])}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" lineClamp={2} title={decisionText(r)}>
                  {decisionText(r)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Outcome row={r} />
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
