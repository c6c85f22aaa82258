import { Group, Select, Text } from '@mantine/core';
import { currentYear, yearOptions } from './labels';

/** What a list shows: the open work of every year (the default), every year, or one year. */
export type YearScope = 'open' | 'all' | number;

export const OPEN_WORK_LABEL = 'Việc đang làm';

/** The list call's filter for a scope: `open` asks for the open work, `year` for one year. */
export function scopeQuery(scope: YearScope): { year: number | null; open: boolean } {
  return typeof scope === 'number' ? { year: scope, open: false } : { year: null, open: scope === 'open' };
}

/** "… năm 2025", "… (việc đang làm)", "… (tất cả các năm)": a scope in a sentence. */
export function scopeText(scope: YearScope): string {
  if (typeof scope === 'number') return `năm ${scope}`;
  return scope === 'open' ? 'đang làm (chưa xong của mọi năm và của năm nay)' : 'của tất cả các năm';
}

/** The year a new record gets when the list shows no single year: this year. */
export const scopeYear = (scope: YearScope): number => (typeof scope === 'number' ? scope : currentYear());

/**
 * "Năm [Việc đang làm ▾]": the open work (unfinished whatever its year, plus this year's),
 * "Tất cả các năm", or one year.
 */
export function YearFilter(props: { value: YearScope; onChange: (scope: YearScope) => void }) {
  const data = [
    { value: 'open', label: OPEN_WORK_LABEL },
    { value: 'all', label: 'Tất cả các năm' },
    ...yearOptions(typeof props.value === 'number' ? props.value : currentYear()),
  ];
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={500}>
        Năm
      </Text>
      <Select
        aria-label="Năm"
        data={data}
        value={String(props.value)}
        onChange={(v) => v && props.onChange(v === 'open' || v === 'all' ? v : Number(v))}
        allowDeselect={false}
        w={170}
        comboboxProps={{ width: 190, position: 'bottom-start' }}
      />
    </Group>
  );
}
