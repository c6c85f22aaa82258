import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';

export interface RowText {
  year: number | string;
  name: string;
  decisionNumber: string;
  dateText: string;
  issuer: string;
}

/**
 * One of the form's two tables (danh hiệu thi đua; hình thức khen thưởng): a row per decision
 * with its year, award, number, date and issuer. Filled from the award history, editable.
 */
export function AwardsTable(props: {
  title: string;
  field: 'titles' | 'commendations';
  rows: RowText[];
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (rows: RowText[]) => void;
}) {
  const { rows, field } = props;
  const set = (i: number, patch: Partial<RowText>) => props.onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const err = (i: number, k: string) => props.errors[`content.${field}.${i}.${k}`];
  return (
    <Stack gap={4} data-table={field}>
      <Text fw={600} size="sm">
        {props.title}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Năm</Table.Th>
            <Table.Th>{field === 'titles' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng'}</Table.Th>
            <Table.Th w={170}>Số quyết định</Table.Th>
            <Table.Th w={150}>Ngày quyết định</Table.Th>
            <Table.Th w={230}>Cơ quan ban hành</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  Chưa có dòng nào.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <NumberInput aria-label={`Năm dòng ${i + 1}`} value={r.year} onChange={(v) => set(i, { year: v })} hideControls allowDecimal={false} size="xs" error={err(i, 'year')} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Tên dòng ${i + 1}`} value={r.name} onChange={(e) => set(i, { name: e.currentTarget.value })} size="xs" error={err(i, 'name')} />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Số quyết định dòng ${i + 1}`}
                  placeholder="Số/ký hiệu"
                  value={r.decisionNumber}
                  onChange={(e) => set(i, { decisionNumber: e.currentTarget.value })}
                  size="xs"
                  error={err(i, 'decisionNumber') ? true : undefined}
                />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Ngày quyết định dòng ${i + 1}`} placeholder="dd/mm/yyyy" value={r.dateText} onChange={(e) => set(i, { dateText: e.currentTarget.value })} size="xs" error={err(i, 'decisionDate')} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Cơ quan ban hành dòng ${i + 1}`} value={r.issuer} onChange={(e) => set(i, { issuer: e.currentTarget.value })} size="xs" />
              </Table.Td>
              <Table.Td>
                {!props.readOnly && (
                  <ActionIcon variant="subtle" color="red" aria-label={`Xóa dòng ${i + 1}`} onClick={() => props.onChange(rows.filter((_, k) => k !== i))}>
                    ×
                  </ActionIcon>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.map((_, i) => err(i, 'decisionNumber')).filter(Boolean).map((m) => (
        <Text key={m} size="xs" c="red">
          {m}
        </Text>
      ))}
      {!props.readOnly && (
        <Group>
          <Button size="xs" variant="light" onClick={() => props.onChange([...rows, { year: new Date().getFullYear() - 1, name: '', decisionNumber: '', dateText: '', issuer: '' }])}>
            Thêm dòng
          </Button>
        </Group>
      )}
    </Stack>
  );
}
