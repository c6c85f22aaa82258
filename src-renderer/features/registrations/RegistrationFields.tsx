import { Alert, Button, Input, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { formatDate } from '../../../src-shared/text';
import { foldFilter } from '../../app/selectFilter';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { useCollectiveOptions } from '../collectives/useCollectiveOptions';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import { useUnitOptions } from '../units/useUnitOptions';
import { COLLECTIVE_TITLE_OPTIONS, titlesText } from './labels';
import { type Errors, isAfter, type RegistrationDraft } from './registrationDraft';
import { TargetLines } from './TargetLines';

const KIND_DATA = [
  { value: 'unit', label: 'Đơn vị' },
  { value: 'collective', label: 'Tập thể' },
];

/** The registration's own fields: movement, registrant, titles, commitments, date and signer. */
export function RegistrationFields(props: {
  draft: RegistrationDraft;
  update: (patch: Partial<RegistrationDraft>) => void;
  errors: Errors;
  readOnly: boolean;
  year: number;
  movements: { value: string; label: string }[] | null;
  deadline: string | null;
  /** Shown instead of the pickers on a read-only copy (the unit may not be in this directory). */
  registrantName?: string;
}) {
  const { draft, update, errors, readOnly, movements, deadline } = props;
  const setPage = useAppStore((s) => s.setPage);
  const units = useUnitOptions();
  const collectives = useCollectiveOptions();
  const late = isAfter(draft.registeredOnText, deadline);

  return (
    <ReadOnlyFields readOnly={readOnly}>
      <Stack gap="sm">
        {!readOnly && movements?.length === 0 && (
          <Alert color="yellow" py={8} title={`Chưa có phong trào thi đua nào của năm ${props.year}`}>
            <Text size="sm">Mỗi bản đăng ký thuộc một phong trào. Hãy thêm phong trào (hoặc nhận phong trào của tỉnh) trước.</Text>
            <Button size="xs" mt={6} variant="white" onClick={() => setPage('movements')}>
              Mở “Phong trào thi đua”
            </Button>
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label="Phong trào thi đua"
            placeholder={movements === null ? T.loading : 'Chọn phong trào'}
            data={movements ?? []}
            value={draft.movementId}
            onChange={(v) => update({ movementId: v })}
            error={errors.movementId}
            searchable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            allowDeselect={false}
            withAsterisk={!readOnly}
          />
          {readOnly ? (
            <TextInput label="Danh hiệu đăng ký" value={titlesText(draft.titles)} readOnly />
          ) : (
            <MultiSelect
              label="Danh hiệu đăng ký"
              placeholder={draft.titles.length ? undefined : 'Chọn danh hiệu tập thể'}
              data={COLLECTIVE_TITLE_OPTIONS}
              value={draft.titles}
              onChange={(titles) => update({ titles })}
              error={errors.titles}
              withAsterisk={!readOnly}
              hidePickedOptions
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <Input.Wrapper label="Đăng ký cho" labelElement="div">
            <SegmentedControl
              aria-label="Đăng ký cho"
              data={KIND_DATA}
              value={draft.registrantKind}
              onChange={(v) => update({ registrantKind: v as RegistrationDraft['registrantKind'] })}
              fullWidth
              disabled={readOnly}
            />
          </Input.Wrapper>
          <div style={{ gridColumn: 'span 2' }}>
            {readOnly ? (
              <TextInput label={draft.registrantKind === 'unit' ? 'Đơn vị đăng ký' : 'Tập thể đăng ký'} value={props.registrantName ?? ''} readOnly />
            ) : draft.registrantKind === 'unit' ? (
              <Select
                label="Đơn vị đăng ký"
                data={units.options}
                value={draft.unitId}
                onChange={(v) => update({ unitId: v })}
                error={errors.unitId}
                searchable
                filter={foldFilter}
                nothingFoundMessage={T.noResults}
                allowDeselect={false}
                withAsterisk={!readOnly}
              />
            ) : (
              <Select
                label="Tập thể đăng ký"
                placeholder="Chọn tập thể (thôn, tổ dân phố, cơ quan…)"
                data={collectives}
                value={draft.collectiveId}
                onChange={(v) => update({ collectiveId: v })}
                error={errors.collectiveId}
                searchable
                filter={foldFilter}
                nothingFoundMessage={T.noResults}
                allowDeselect={false}
                withAsterisk={!readOnly}
              />
            )}
          </div>
        </SimpleGrid>
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label="Ngày đăng ký"
            placeholder="dd/mm/yyyy"
            value={draft.registeredOnText}
            onChange={(e) => update({ registeredOnText: e.currentTarget.value })}
            error={errors.registeredOn}
            withAsterisk={!readOnly}
            autoComplete="off"
          />
          <TextInput
            label="Người ký"
            placeholder="Ví dụ: Lò Văn Páo"
            value={draft.signerName}
            onChange={(e) => update({ signerName: e.currentTarget.value })}
            error={errors.signerName}
            autoComplete="off"
          />
          <TextInput
            label="Chức vụ người ký"
            placeholder="Ví dụ: Chủ tịch UBND xã"
            value={draft.signerPosition}
            onChange={(e) => update({ signerPosition: e.currentTarget.value })}
            error={errors.signerPosition}
            autoComplete="off"
          />
        </SimpleGrid>
        {late && deadline && (
          <Stack gap={6}>
            <Text size="sm" c="orange.8" data-testid="late-hint">
              Ngày đăng ký sau hạn {formatDate(deadline)}: bản đăng ký vẫn được ghi nhận, có đánh dấu nộp muộn.
            </Text>
            <Textarea
              label="Lý do nộp muộn"
              value={draft.lateNote}
              onChange={(e) => update({ lateNote: e.currentTarget.value })}
              error={errors.lateNote}
              autosize
              minRows={1}
              maxRows={3}
            />
          </Stack>
        )}
        <TargetLines
          label="Chỉ tiêu, nội dung cam kết"
          itemLabel="Cam kết"
          addLabel="+ Thêm cam kết"
          lines={draft.commitments}
          onChange={(commitments) => update({ commitments })}
          path="commitments"
          errors={errors}
          readOnly={readOnly}
          emptyText="(chưa có cam kết nào)"
        />
      </Stack>
    </ReadOnlyFields>
  );
}
