import { Alert, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Movement } from '../../../src-shared/api';
import type { MovementKind } from '../../../src-shared/catalog/titles';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { FormButtons } from '../../app/FormButtons';
import { HistoryButton } from '../../app/HistoryButton';
import { useDraft } from '../../app/useDraft';
import { useRecordActions } from '../../app/useRecordActions';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import { KIND_OPTIONS } from './labels';
import { draftFromMovement, type Errors, type MovementDraft, movementDraftToInput, newMovementDraft } from './movementDraft';
import { comparableLines, rekeyLines } from './lines';
import { TargetLines } from './TargetLines';

/**
 * Add or edit one movement (phong trào thi đua). A movement received from the province (in
 * its reference package) is shown read-only: only the unit that launched it may change it.
 */
export function MovementForm(props: { movement: Movement | null; year: number; onClose: () => void; onDone: () => void }) {
  const { movement, onClose, onDone } = props;
  const [pristine] = useState<MovementDraft>(() => (movement ? draftFromMovement(movement) : newMovementDraft(props.year)));
  const [draft, setDraft] = useState<MovementDraft>(pristine);
  const [errors, setErrors] = useState<Errors>({});
  const readOnly = !!movement && !movement.editable;
  const title = readOnly ? 'Phong trào thi đua (nhận từ cấp trên)' : movement ? 'Sửa phong trào thi đua' : 'Thêm phong trào thi đua';
  const kept = useDraft({
    key: readOnly ? null : `movement:${movement?.id ?? 'new'}`,
    label: movement ? `${title}: ${movement.name}` : title,
    value: draft,
    pristine,
    restore: (v) => setDraft({ ...v, targets: rekeyLines(v.targets), criteria: rekeyLines(v.criteria) }),
    compareAs: (v) => ({ ...v, targets: comparableLines(v.targets), criteria: comparableLines(v.criteria) }),
    rev: movement?.rev ?? null,
  });
  const close = kept.guard(onClose);
  const actions = useRecordActions({ onDone, setErrors, draft: kept });
  const { busy, confirming, setConfirming } = actions;

  const update = (patch: Partial<MovementDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => {
      const rest = { ...e };
      for (const k of Object.keys(patch).map((p) => p.replace(/Text$/, 'Date'))) {
        for (const path of Object.keys(rest)) if (path === k || path.startsWith(`${k}.`)) delete rest[path];
      }
      return rest;
    });
  };

  const save = async () => {
    const { input, errors: errs, draft: cleaned } = movementDraftToInput(draft);
    setDraft(cleaned);
    setErrors(errs);
    if (!input) return;
    await actions.save(() => (movement ? invoke('movements.update', { ...input, id: movement.id }) : invoke('movements.create', input)));
  };

  const remove = async () => {
    if (!movement) return;
    await actions.remove(() => invoke('movements.delete', { id: movement.id }));
  };

  return (
    <Modal
      opened
      onClose={close}
      title={title}
      size={920}
      closeOnClickOutside={false}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) void save();
        }}
      >
        <Stack gap="sm">
          {kept.notice}
          {readOnly && movement && (
            <Alert color="blue" py={8} data-testid="movement-received-note">
              Phong trào do {movement.launchedByName} phát động; chỉ đơn vị đó mới sửa được.
            </Alert>
          )}
          <ReadOnlyFields readOnly={readOnly}>
            <Stack gap="sm">
              <TextInput
                label="Tên phong trào"
                value={draft.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={errors.name}
                withAsterisk
                data-autofocus
                autoComplete="off"
              />
              <SimpleGrid cols={4} spacing="sm">
                <Select
                  label="Loại phong trào"
                  data={KIND_OPTIONS}
                  value={draft.kind}
                  onChange={(v) => update({ kind: v as MovementKind | null })}
                  error={errors.kind}
                  allowDeselect={false}
                  withAsterisk
                />
                <NumberInput
                  label="Năm"
                  value={draft.year}
                  onChange={(v) => update({ year: v })}
                  error={errors.year}
                  allowDecimal={false}
                  min={2000}
                  max={2100}
                  withAsterisk
                />
                <TextInput
                  label="Ngày bắt đầu"
                  placeholder="dd/mm/yyyy"
                  value={draft.startText}
                  onChange={(e) => update({ startText: e.currentTarget.value })}
                  error={errors.startDate}
                  autoComplete="off"
                />
                <TextInput
                  label="Ngày kết thúc"
                  placeholder="dd/mm/yyyy"
                  value={draft.endText}
                  onChange={(e) => update({ endText: e.currentTarget.value })}
                  error={errors.endDate}
                  autoComplete="off"
                />
              </SimpleGrid>
              <SimpleGrid cols={2} spacing="sm">
                <TextInput label="Chủ đề" value={draft.theme} onChange={(e) => update({ theme: e.currentTarget.value })} error={errors.theme} />
                <TextInput label="Khẩu hiệu" value={draft.slogan} onChange={(e) => update({ slogan: e.currentTarget.value })} error={errors.slogan} />
              </SimpleGrid>
              <TargetLines
                label="Chỉ tiêu"
                itemLabel="Chỉ tiêu"
                addLabel="+ Thêm chỉ tiêu"
                lines={draft.targets}
                onChange={(targets) => update({ targets })}
                path="targets"
                errors={errors}
                readOnly={readOnly}
              />
              <TargetLines
                label="Tiêu chí"
                itemLabel="Tiêu chí"
                addLabel="+ Thêm tiêu chí"
                lines={draft.criteria}
                onChange={(criteria) => update({ criteria })}
                path="criteria"
                errors={errors}
                withValue={false}
                readOnly={readOnly}
              />
              <Textarea
                label="Căn cứ phát động"
                placeholder="Ví dụ: Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân tỉnh"
                value={draft.legalBasis}
                onChange={(e) => update({ legalBasis: e.currentTarget.value })}
                error={errors.legalBasis}
                autosize
                minRows={2}
                maxRows={5}
              />
            </Stack>
          </ReadOnlyFields>
          <FormButtons readOnly={readOnly} canDelete={!!movement} busy={busy} onDelete={() => setConfirming(true)} onClose={close} extra={movement && <HistoryButton type="movement" id={movement.id} title={movement.name} onRestored={onDone} />} />
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title="Xóa phong trào này?"
        message={`“${movement?.name ?? ''}” sẽ bị xóa khỏi danh sách phong trào.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Modal>
  );
}
