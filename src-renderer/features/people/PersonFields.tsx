import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { PARTICULAR_MAX } from '../../../src-shared/api';
import { ETHNICITIES } from '../../../src-shared/catalog/ethnicities';
import type { Gender } from '../../../src-shared/catalog/people';
import { foldFilter } from '../../app/selectFilter';
import { T } from '../../app/strings';
import { useCollectiveOptions } from '../collectives/useCollectiveOptions';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import { useUnitOptions } from '../units/useUnitOptions';
import { BirthField } from './BirthField';
import { NameFields } from './NameFields';
import type { Errors, PersonDraft } from './personDraft';

/** For the báo cáo thành tích: filled into each report's particulars (still editable there). */
// One row of four (the form stays within a 768-pixel-high screen); the title says the long name.
const PARTICULAR_FIELDS = [
  ['homeTown', 'Quê quán', 'Xã, tỉnh', 'Quê quán'],
  ['residence', 'Trú quán', 'Thôn, xã, tỉnh', 'Trú quán (nơi ở hiện nay)'],
  ['qualification', 'Trình độ chuyên môn', 'Ví dụ: Đại học Luật', 'Trình độ chuyên môn, nghiệp vụ'],
  ['academicRank', 'Học hàm, học vị', 'Ví dụ: Thạc sĩ', 'Học hàm, học vị'],
] as const;

/** Vùng sâu, vùng xa: Chưa rõ is null (the review counts it "không rõ", never as "không"). */
const REMOTE_OPTIONS = [
  { value: 'unknown', label: 'Chưa rõ' },
  { value: 'yes', label: 'Có' },
  { value: 'no', label: 'Không' },
];
const remoteValue = (v: boolean | null) => (v === null ? 'unknown' : v ? 'yes' : 'no');
const remoteFrom = (s: string | null) => (s === 'yes' ? true : s === 'no' ? false : null);

const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));

/** The fields of the person form; `readOnly` disables them all (a copy received from another unit). */
export function PersonFields(props: { draft: PersonDraft; update: (patch: Partial<PersonDraft>) => void; errors: Errors; readOnly: boolean }) {
  const { draft, update, errors } = props;
  const units = useUnitOptions();
  const collectives = useCollectiveOptions();
  const remoteId = useId();
  return (
    <ReadOnlyFields readOnly={props.readOnly}>
      <Stack gap="sm">
        <NameFields draft={draft} update={update} errors={errors} />
        <SimpleGrid cols={3} spacing="sm">
          <Radio.Group
            label="Giới tính"
            value={draft.gender ?? ''}
            onChange={(v) => update({ gender: v as Gender })}
            error={errors.gender}
            withAsterisk
          >
            <Group gap="lg" mt={8}>
              <Radio value="male" label="Nam" />
              <Radio value="female" label="Nữ" />
            </Group>
          </Radio.Group>
          <BirthField draft={draft} update={update} errors={errors} />
          <Select
            label="Dân tộc"
            data={ETHNICITY_OPTIONS}
            value={draft.ethnicity}
            onChange={(v) => v && update({ ethnicity: v })}
            searchable
            filter={foldFilter}
            allowDeselect={false}
            nothingFoundMessage={T.noResults}
            error={errors.ethnicity}
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label="Chức vụ"
            value={draft.position}
            onChange={(e) => update({ position: e.currentTarget.value })}
            error={errors.position}
          />
          <TextInput
            label="Số điện thoại"
            inputMode="tel"
            value={draft.phone}
            onChange={(e) => update({ phone: e.currentTarget.value })}
            error={errors.phone}
          />
          <Select
            label="Đơn vị công tác"
            data={units.options}
            value={draft.unitId}
            onChange={(v) => update({ unitId: v })}
            searchable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            error={errors.unitId}
          />
          <Select
            label="Tập thể"
            placeholder={props.readOnly ? undefined : 'Không thuộc tập thể nào'}
            data={collectives}
            value={draft.collectiveId}
            onChange={(v) => update({ collectiveId: v })}
            searchable
            clearable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            error={errors.collectiveId}
          />
        </SimpleGrid>
        <SimpleGrid cols={4} spacing="sm">
          {PARTICULAR_FIELDS.map(([key, label, placeholder, title]) => (
            <TextInput
              key={key}
              label={label}
              title={title}
              placeholder={props.readOnly ? undefined : placeholder}
              value={draft[key]}
              maxLength={PARTICULAR_MAX}
              onChange={(e) => update({ [key]: e.currentTarget.value })}
              error={errors[key]}
            />
          ))}
        </SimpleGrid>
        {/* One line (label beside the select) so Lưu stays on a 768-pixel-high screen. */}
        <Group gap="xl">
          <Group gap="sm" wrap="nowrap">
            <Text component="label" htmlFor={remoteId} size="sm" fw={500}>
              Vùng sâu, vùng xa, vùng đặc biệt khó khăn
            </Text>
            <Select
              id={remoteId}
              data={REMOTE_OPTIONS}
              value={remoteValue(draft.remoteArea ?? null)}
              onChange={(v) => update({ remoteArea: remoteFrom(v) })}
              allowDeselect={false}
              w={130}
              error={errors.remoteArea}
            />
          </Group>
          <Checkbox
            label="Lao động trực tiếp"
            checked={draft.directLabor}
            onChange={(e) => update({ directLabor: e.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </ReadOnlyFields>
  );
}
