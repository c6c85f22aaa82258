import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Unit, UnitInput } from '../../../src-shared/api';
import type { UnitLevel } from '../../../src-shared/catalog/levels';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { foldFilter } from '../../app/selectFilter';
import { FormButtons } from '../../app/FormButtons';
import { HistoryButton } from '../../app/HistoryButton';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { useRecordActions } from '../../app/useRecordActions';
import { LEVEL_OPTIONS } from './levels';
import { useUnitOptions } from './useUnitOptions';

type Errors = Record<string, string>;
type Draft = Required<UnitInput>;

const CODE_RE = /^[A-Za-z0-9._-]+$/;

function check(d: Draft): Errors {
  const errs: Errors = {};
  if (!d.code.trim()) errs.code = 'Vui lòng nhập mã đơn vị.';
  else if (!CODE_RE.test(d.code.trim())) errs.code = 'Mã đơn vị chỉ gồm chữ không dấu, chữ số và các dấu . _ -';
  if (!d.name.trim()) errs.name = 'Vui lòng nhập tên đơn vị.';
  return errs;
}

/** Add or edit one unit of the directory (Modal); `unit` null = new. */
export function UnitForm({ unit, onClose, onDone }: { unit: Unit | null; onClose: () => void; onDone: () => void }) {
  const [pristine] = useState<Draft>(() => ({
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    level: unit?.level ?? 'commune',
    parentId: unit?.parentId ?? null,
    active: unit?.active ?? true,
    mergedIntoId: unit?.mergedIntoId ?? null,
  }));
  const [d, setD] = useState<Draft>(pristine);
  const [errors, setErrors] = useState<Errors>({});
  const title = unit ? 'Sửa đơn vị' : 'Thêm đơn vị';
  const kept = useDraft({ key: `unit:${unit?.id ?? 'new'}`, label: unit ? `${title}: ${unit.name}` : title, value: d, pristine, restore: setD, rev: unit?.rev ?? null });
  const close = kept.guard(onClose);
  const actions = useRecordActions({ onDone, setErrors, draft: kept });
  const { busy, confirming, setConfirming } = actions;
  const { options } = useUnitOptions();
  const others = options.filter((o) => o.value !== unit?.id);
  const set = (patch: Partial<Draft>) => {
    setD((x) => ({ ...x, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch))));
  };

  const save = async () => {
    const errs = check(d);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    const input = { ...d, code: d.code.trim() };
    await actions.save(() => (unit ? invoke('units.update', { ...input, id: unit.id }) : invoke('units.create', input)));
  };

  const remove = async () => {
    if (!unit) return;
    await actions.remove(() => invoke('units.delete', { id: unit.id }));
  };

  return (
    <Modal opened onClose={close} title={title} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          {kept.notice}
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label="Mã"
              value={d.code}
              onChange={(e) => set({ code: e.currentTarget.value })}
              error={errors.code}
              withAsterisk
              data-autofocus
            />
            <Select
              label="Cấp"
              data={LEVEL_OPTIONS}
              value={d.level}
              onChange={(v) => v && set({ level: v as UnitLevel })}
              allowDeselect={false}
              error={errors.level}
            />
          </SimpleGrid>
          <TextInput
            label="Tên"
            value={d.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
            withAsterisk
          />
          <Select
            label="Đơn vị cấp trên"
            placeholder="Không có"
            data={others}
            value={d.parentId}
            onChange={(v) => set({ parentId: v })}
            searchable
            clearable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            error={errors.parentId}
          />
          <Select
            label="Sáp nhập vào"
            placeholder="Không sáp nhập"
            description="Đơn vị đã sáp nhập vào đơn vị khác thì không còn hoạt động."
            data={others}
            value={d.mergedIntoId}
            onChange={(v) => set({ mergedIntoId: v, active: v ? false : d.active })}
            searchable
            clearable
            filter={foldFilter}
            nothingFoundMessage={T.noResults}
            error={errors.mergedIntoId}
          />
          <Switch
            label="Đang hoạt động"
            checked={d.active && !d.mergedIntoId}
            disabled={!!d.mergedIntoId}
            onChange={(e) => set({ active: e.currentTarget.checked })}
          />
          <FormButtons readOnly={false} canDelete={!!unit} busy={busy} onDelete={() => setConfirming(true)} onClose={close} extra={unit && <HistoryButton type="unit" id={unit.id} title={unit.name} onRestored={onDone} />} />
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title="Xóa đơn vị này?"
        message={`“${unit?.name ?? ''}” sẽ bị xóa khỏi danh mục. Nếu đơn vị chỉ ngừng hoạt động hoặc đã sáp nhập, hãy sửa trạng thái thay vì xóa.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Modal>
  );
}
