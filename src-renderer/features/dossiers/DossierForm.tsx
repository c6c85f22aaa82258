import { Button, Group, Input, Modal, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { foldFilter } from '../../app/selectFilter';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { todayText } from '../registrations/labels';
import { useMovements } from '../registrations/useMovements';
import { ROUND_OPTIONS, type Round } from './labels';
import { awardGroups, useCatalogue } from './useCatalogue';

type Errors = Record<string, string>;

const autoTitle = (awardName: string, year: number | string) => `Đề nghị xét tặng ${awardName} năm ${year}`;

/**
 * "Hồ sơ mới" / "Sửa thông tin hồ sơ": the award proposed (from the catalogue in force on the
 * reference date), the round, the year of the achievements and the dossier's name.
 */
export function DossierForm(props: { dossier: Dossier | null; year: number; onClose: () => void; onSaved: (d: Dossier) => void }) {
  const d = props.dossier;
  const [year, setYear] = useState<number | string>(d?.year ?? props.year);
  const [dateText, setDateText] = useState(d ? formatDate(d.referenceDate) : todayText());
  const [awardCode, setAwardCode] = useState<string | null>(d?.awardCode ?? null);
  const [round, setRound] = useState<Round>(d?.round ?? 'annual');
  const [movementId, setMovementId] = useState<string | null>(d?.movementId ?? null);
  const [title, setTitle] = useState(d?.title ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const heading = d ? 'Sửa thông tin hồ sơ' : 'Hồ sơ đề nghị khen thưởng mới';
  const [pristine] = useState(() => ({ year, dateText, awardCode, round, movementId, title }));
  const kept = useDraft({
    key: d && !d.editable ? null : `dossier:${d?.id ?? 'new'}`,
    label: d ? `${heading}: ${d.title}` : heading,
    value: { year, dateText, awardCode, round, movementId, title },
    pristine,
    restore: (v) => {
      setYear(v.year);
      setDateText(v.dateText);
      setAwardCode(v.awardCode);
      setRound(v.round);
      setMovementId(v.movementId);
      setTitle(v.title);
    },
    rev: d?.rev ?? null,
  });
  const close = kept.guard(props.onClose);
  const referenceDate = parseDate(dateText);
  const { catalogue, error: catalogueError } = useCatalogue(referenceDate);
  const movements = useMovements(typeof year === 'number' ? year : props.year);
  const awardName = (code: string | null) => catalogue?.awards.find((a) => a.code === code)?.name ?? null;

  const clear = (...keys: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !keys.includes(k))));

  const pickAward = (code: string | null) => {
    const before = awardName(awardCode);
    setAwardCode(code);
    clear('awardCode');
    // The suggested name follows the award until the clerk writes their own.
    const name = awardName(code);
    if (name && (!title.trim() || (before && title === autoTitle(before, year)))) setTitle(autoTitle(name, year));
  };

  const save = async () => {
    const errs: Errors = {};
    if (typeof year !== 'number') errs.year = 'Vui lòng nhập năm, ví dụ 2025.';
    if (!referenceDate) errs.referenceDate = 'Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.';
    if (!awardCode) errs.awardCode = 'Vui lòng chọn danh hiệu, hình thức đề nghị.';
    else if (catalogue && !awardName(awardCode)) errs.awardCode = `Danh hiệu này không có trong danh mục áp dụng ngày ${dateText}.`;
    if (!title.trim()) errs.title = 'Vui lòng nhập tên hồ sơ.';
    setErrors(errs);
    if (Object.keys(errs).length || typeof year !== 'number' || !referenceDate || !awardCode) return;
    setBusy(true);
    try {
      const input = { year, round, movementId, awardCode, referenceDate, title };
      const saved = d ? await invoke('dossiers.update', { ...input, id: d.id }) : await invoke('dossiers.create', input);
      kept.saved();
      notifySuccess(d ? T.saved : 'Đã tạo hồ sơ; hãy thêm người, tập thể được đề nghị.');
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={close} title={heading} size={760} closeOnClickOutside={false}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {kept.notice}
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <NumberInput
              label="Năm thành tích"
              value={year}
              onChange={(v) => {
                setYear(v);
                clear('year');
              }}
              error={errors.year}
              min={1945}
              max={2100}
              allowDecimal={false}
              thousandSeparator=""
              hideControls
              withAsterisk
              w={150}
              style={{ flex: 'none' }}
            />
            <TextInput
              label="Ngày xét"
              title="Bộ tiêu chuẩn áp dụng là bộ có hiệu lực vào ngày này"
              placeholder="dd/mm/yyyy"
              value={dateText}
              onChange={(e) => {
                setDateText(e.currentTarget.value);
                clear('referenceDate');
              }}
              error={errors.referenceDate}
              withAsterisk
              autoComplete="off"
              w={150}
              style={{ flex: 'none' }}
            />
            <Input.Wrapper label="Đợt xét" labelElement="div" style={{ flex: 1, minWidth: 0 }}>
              <SegmentedControl
                aria-label="Đợt xét"
                data={ROUND_OPTIONS}
                value={round}
                onChange={(v) => setRound(v as Round)}
                fullWidth
              />
            </Input.Wrapper>
          </Group>
          <Select
            label="Danh hiệu, hình thức đề nghị"
            placeholder={!referenceDate ? 'Nhập ngày xét trước' : catalogue ? 'Chọn danh hiệu, hình thức' : T.loading}
            data={catalogue ? awardGroups(catalogue.awards) : []}
            value={awardCode}
            onChange={pickAward}
            error={errors.awardCode ?? catalogueError}
            description={catalogue ? `Căn cứ: ${catalogue.legalBasis}` : undefined}
            searchable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            allowDeselect={false}
            withAsterisk
            maxDropdownHeight={320}
          />
          <Select
            label="Phong trào thi đua (nếu có)"
            placeholder={movements?.length === 0 ? `Không có phong trào nào của năm ${year}` : 'Không gắn với phong trào'}
            data={(movements ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={movementId}
            onChange={setMovementId}
            error={errors.movementId}
            clearable
            searchable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
          />
          <TextInput
            label="Tên hồ sơ"
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              clear('title');
            }}
            error={errors.title}
            withAsterisk
            autoComplete="off"
          />
          {d && d.nomineeCount > 0 && (
            <Text size="xs" c="dimmed">
              Đổi danh hiệu đề nghị thì điều kiện của {d.nomineeCount} người, tập thể trong hồ sơ được tính lại theo danh hiệu mới.
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={busy}>
              {T.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {d ? T.save : 'Tạo hồ sơ'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
