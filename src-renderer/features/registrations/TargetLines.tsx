import { Button, CloseButton, Group, Input, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { type LineDraft, newLine } from './lines';

type Errors = Record<string, string>;

/**
 * Lines of targets or commitments (text, optional number, unit) or of criteria (text only):
 * the clerk adds and removes lines; errors come by path ("commitments.0.text").
 */
export function TargetLines(props: {
  label: string;
  /** What one line is called, for its controls' names: "Chỉ tiêu" → "Chỉ tiêu 2", "Xóa chỉ tiêu 2". */
  itemLabel: string;
  addLabel: string;
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  /** Path prefix of this list's errors in the contract ("targets", "commitments", "criteria"). */
  path: string;
  errors: Errors;
  withValue?: boolean;
  readOnly?: boolean;
  emptyText?: string;
}) {
  const { lines, onChange, path, errors, itemLabel, readOnly } = props;
  const withValue = props.withValue ?? true;
  const set = (key: number, patch: Partial<LineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const lower = itemLabel.toLowerCase();
  return (
    <Stack gap={4} role="group" aria-label={props.label}>
      <Input.Label labelElement="div">{props.label}</Input.Label>
      {errors[path] && (
        <Text size="xs" c="red">
          {errors[path]}
        </Text>
      )}
      {lines.length === 0 && (
        <Text size="sm" c="dimmed">
          {props.emptyText ?? '(chưa có)'}
        </Text>
      )}
      {lines.map((l, i) => (
        <Group key={l.key} gap="xs" align="flex-start" wrap="nowrap" data-testid={`${path}-line`}>
          <Text size="sm" c="dimmed" w={22} ta="right" pt={8} style={{ flex: 'none' }}>
            {i + 1}.
          </Text>
          <TextInput
            aria-label={`${itemLabel} ${i + 1}`}
            placeholder={readOnly ? undefined : 'Nội dung'}
            value={l.text}
            onChange={(e) => set(l.key, { text: e.currentTarget.value })}
            error={errors[`${path}.${i}.text`]}
            style={{ flex: 1, minWidth: 0 }}
            autoComplete="off"
          />
          {withValue && (
            <>
              <NumberInput
                aria-label={`Số lượng ${lower} ${i + 1}`}
                placeholder={readOnly ? undefined : 'Số lượng'}
                value={l.value}
                onChange={(v) => set(l.key, { value: v })}
                error={errors[`${path}.${i}.value`]}
                thousandSeparator="."
                decimalSeparator=","
                min={0}
                hideControls
                w={140}
                style={{ flex: 'none' }}
              />
              <TextInput
                aria-label={`Đơn vị tính ${lower} ${i + 1}`}
                placeholder={readOnly ? undefined : 'Đơn vị tính'}
                value={l.unit}
                onChange={(e) => set(l.key, { unit: e.currentTarget.value })}
                error={errors[`${path}.${i}.unit`]}
                w={120}
                style={{ flex: 'none' }}
                autoComplete="off"
              />
            </>
          )}
          {!readOnly && (
            <CloseButton
              mt={4}
              aria-label={`Xóa ${lower} ${i + 1}`}
              title={`Xóa ${lower} này`}
              onClick={() => onChange(lines.filter((x) => x.key !== l.key))}
            />
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...lines, newLine()])}>
            {props.addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
