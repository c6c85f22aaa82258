import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { joinFullName, splitFullName } from '../../../src-shared/text';
import type { Errors, PersonDraft } from './personDraft';

type Props = { draft: PersonDraft; update: (patch: Partial<PersonDraft>) => void; errors: Errors };

/**
 * One "Họ và tên" box, split as the clerk types into họ / tên đệm / tên (what is saved).
 * The parts stay editable for the names the split gets wrong (compound family names).
 */
export function NameFields({ draft, update, errors }: Props) {
  const setPart = (patch: Partial<Pick<PersonDraft, 'familyName' | 'middleName' | 'givenName'>>) => {
    const parts = { familyName: draft.familyName, middleName: draft.middleName, givenName: draft.givenName, ...patch };
    update({ ...patch, fullName: joinFullName(parts) });
  };
  return (
    <Stack gap={6}>
      <TextInput
        label="Họ và tên"
        placeholder="Ví dụ: Nguyễn Thị Minh Khai"
        value={draft.fullName}
        onChange={(e) => {
          const fullName = e.currentTarget.value;
          update({ fullName, ...splitFullName(fullName) });
        }}
        error={errors.fullName}
        withAsterisk
        data-autofocus
        autoComplete="off"
      />
      <SimpleGrid cols={3} spacing="sm">
        <TextInput
          label="Họ"
          size="xs"
          value={draft.familyName}
          onChange={(e) => setPart({ familyName: e.currentTarget.value })}
          error={errors.familyName}
          autoComplete="off"
        />
        <TextInput
          label="Tên đệm"
          size="xs"
          value={draft.middleName}
          onChange={(e) => setPart({ middleName: e.currentTarget.value })}
          error={errors.middleName}
          autoComplete="off"
        />
        <TextInput
          label="Tên"
          size="xs"
          value={draft.givenName}
          onChange={(e) => setPart({ givenName: e.currentTarget.value })}
          error={errors.givenName}
          withAsterisk
          autoComplete="off"
        />
      </SimpleGrid>
    </Stack>
  );
}
