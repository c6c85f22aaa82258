import { Select, SimpleGrid } from '@mantine/core';
import { type ColumnMapping, columnLetter, type SheetPreview } from './sheetApi';

/** "Cột B: Họ và tên" — how a column appears in the pickers (a two-row header as "top / sub"). */
export function columnLabel(headers: string[], index: number): string {
  const h = (headers[index] ?? '').replace(/\s*\n\s*/g, ' / ').trim();
  return `Cột ${columnLetter(index)}${h ? `: ${h}` : ''}`;
}

/** One Select per field of the list, naming the column it is read from (or none); any import's preview. */
export function MappingEditor(props: {
  preview: Pick<SheetPreview, 'fields' | 'headers' | 'mapping'>;
  onChange: (mapping: ColumnMapping) => void;
  disabled?: boolean;
}) {
  const { preview } = props;
  const data = [{ value: '', label: '(không có trong tệp)' }, ...preview.headers.map((_, i) => ({ value: String(i), label: columnLabel(preview.headers, i) }))];
  return (
    <SimpleGrid cols={5} spacing="xs" verticalSpacing={4} data-testid="mapping-editor">
      {preview.fields.map((f) => {
        const col = preview.mapping[f.key];
        return (
          <Select
            key={f.key}
            size="xs"
            label={f.label}
            data={data}
            value={col === null || col === undefined ? '' : String(col)}
            onChange={(v) => props.onChange({ ...preview.mapping, [f.key]: v ? Number(v) : null })}
            allowDeselect={false}
            disabled={props.disabled}
            comboboxProps={{ withinPortal: true }}
          />
        );
      })}
    </SimpleGrid>
  );
}
