import { Stack, Switch, TextInput } from '@mantine/core';
import { parseDate } from '../../../src-shared/text';
import type { Errors, PersonDraft } from './personDraft';

type Props = { draft: PersonDraft; update: (patch: Partial<PersonDraft>) => void; errors: Errors };

/** Ngày sinh as dd/mm/yyyy, or only Năm sinh when the full date is unknown (old records). */
export function BirthField({ draft, update, errors }: Props) {
  const toggle = (yearOnly: boolean) => {
    const iso = parseDate(draft.birthDateText);
    update({
      yearOnly,
      birthYearText: yearOnly && iso ? iso.slice(0, 4) : draft.birthYearText,
    });
  };
  return (
    <Stack gap={6}>
      {draft.yearOnly ? (
        <TextInput
          label="Năm sinh"
          placeholder="yyyy"
          inputMode="numeric"
          maxLength={4}
          value={draft.birthYearText}
          onChange={(e) => update({ birthYearText: e.currentTarget.value })}
          error={errors.birthYear}
          autoComplete="off"
        />
      ) : (
        <TextInput
          label="Ngày sinh"
          placeholder="dd/mm/yyyy"
          value={draft.birthDateText}
          onChange={(e) => update({ birthDateText: e.currentTarget.value })}
          error={errors.birthDate}
          autoComplete="off"
        />
      )}
      <Switch
        size="xs"
        label="Chỉ biết năm sinh"
        checked={draft.yearOnly}
        onChange={(e) => toggle(e.currentTarget.checked)}
      />
    </Stack>
  );
}
