import { Group, Select, Text } from '@mantine/core';
import { yearOptions } from './labels';

/** "Năm [2026 ▾]", or "Tất cả các năm" when `allowAll` (the movements list). */
export function YearSelect(props: { value: number | null; onChange: (year: number | null) => void; allowAll?: boolean }) {
  const options = yearOptions(props.value ?? new Date().getFullYear());
  const data = props.allowAll ? [{ value: '', label: 'Tất cả các năm' }, ...options] : options;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={500}>
        Năm
      </Text>
      <Select
        aria-label="Năm"
        data={data}
        value={props.value === null ? '' : String(props.value)}
        onChange={(v) => props.onChange(v ? Number(v) : null)}
        allowDeselect={false}
        w={props.allowAll ? 150 : 96}
        comboboxProps={{ width: 150, position: 'bottom-start' }}
      />
    </Group>
  );
}
