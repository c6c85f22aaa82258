import { Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UnitLevel } from '../../../src-shared/catalog/levels';
import { LEVEL_OPTIONS } from '../units/levels';
import { canHaveParent, EXAMPLES, type Errors, type SetupDraft } from './setupForm';

type UnitRef = SetupDraft['unit'];

function UnitFields(props: {
  value: UnitRef;
  onChange: (v: UnitRef) => void;
  errors: Errors;
  prefix: 'unit' | 'parent';
  labels: { name: string; code: string; level: string };
  autoFocus?: boolean;
}) {
  const { value, onChange, errors, prefix, labels } = props;
  return (
    <Stack gap="sm">
      <TextInput
        label={labels.name}
        placeholder={`Ví dụ: ${EXAMPLES[value.level].name}`}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        error={errors[`${prefix}.name`]}
        withAsterisk={prefix === 'unit'}
        data-autofocus={props.autoFocus || undefined}
      />
      <Group grow align="flex-start">
        <TextInput
          label={labels.code}
          placeholder={`Ví dụ: ${EXAMPLES[value.level].code}`}
          value={value.code}
          onChange={(e) => onChange({ ...value, code: e.currentTarget.value })}
          error={errors[`${prefix}.code`]}
          withAsterisk={prefix === 'unit'}
        />
        <Select
          label={labels.level}
          data={LEVEL_OPTIONS}
          value={value.level}
          onChange={(v) => v && onChange({ ...value, level: v as UnitLevel })}
          error={errors[`${prefix}.level`]}
          allowDeselect={false}
        />
      </Group>
    </Stack>
  );
}

/** Step 1: the unit this installation works for, and optionally the unit above it. */
export function UnitStep({ draft, setDraft, errors }: { draft: SetupDraft; setDraft: (d: SetupDraft) => void; errors: Errors }) {
  return (
    <Stack gap="md">
      <UnitFields
        prefix="unit"
        value={draft.unit}
        onChange={(unit) => setDraft({ ...draft, unit })}
        errors={errors}
        labels={{ name: 'Tên đơn vị', code: 'Mã đơn vị', level: 'Cấp' }}
        autoFocus
      />
      {canHaveParent(draft) && (
      <Fieldset legend="Đơn vị cấp trên (không bắt buộc)">
        <Text size="sm" c="dimmed" mb="xs">
          Đơn vị nhận hồ sơ đề nghị khen thưởng của đơn vị này. Bỏ trống nếu không có.
        </Text>
        <UnitFields
          prefix="parent"
          value={draft.parent}
          onChange={(parent) => setDraft({ ...draft, parent })}
          errors={errors}
          labels={{ name: 'Tên đơn vị cấp trên', code: 'Mã đơn vị cấp trên', level: 'Cấp của đơn vị cấp trên' }}
        />
      </Fieldset>
      )}
    </Stack>
  );
}
