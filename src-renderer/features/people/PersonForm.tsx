import { Button, Checkbox, Group, Modal, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { ETHNICITIES } from '../../../src-shared/catalog/ethnicities';
import type { Gender } from '../../../src-shared/catalog/people';
import { ApiError, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, notifySuccess } from '../../app/notify';
import { foldFilter } from '../../app/selectFilter';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { useCollectiveOptions } from '../collectives/useCollectiveOptions';
import { useUnitOptions } from '../units/useUnitOptions';
import { BirthField } from './BirthField';
import { NameFields } from './NameFields';
import { draftFromPerson, draftToInput, type Errors, newDraft, type PersonDraft } from './personDraft';

const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));

/** Add or edit one person (Modal). `person` null = new. Calls onDone after a save or delete. */
export function PersonForm({ person, onClose, onDone }: { person: Person | null; onClose: () => void; onDone: () => void }) {
  const unitId = useAppStore((s) => s.installation?.unitId ?? null);
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : newDraft(unitId)));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const units = useUnitOptions();
  const collectives = useCollectiveOptions();

  const update = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A field the clerk touches loses its old message.
    setErrors((e) => {
      const rest = { ...e };
      for (const k of Object.keys(patch)) delete rest[k.replace(/Text$/, '')];
      return rest;
    });
  };

  const save = async () => {
    const { input, errors: errs } = draftToInput(draft);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      if (person) await invoke('people.update', { ...input, id: person.id });
      else await invoke('people.create', input);
      notifySuccess(T.saved);
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!person) return;
    setBusy(true);
    try {
      await invoke('people.delete', { id: person.id });
      notifySuccess(T.deleted);
      onDone();
    } catch (e) {
      notifyError(e);
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={person ? 'Sửa thông tin cá nhân' : 'Thêm cá nhân'}
      size={760}
      closeOnClickOutside={false}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
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
              placeholder="Không thuộc tập thể nào"
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
          <Checkbox
            label="Lao động trực tiếp"
            checked={draft.directLabor}
            onChange={(e) => update({ directLabor: e.currentTarget.checked })}
          />
          <Group justify="space-between" mt="sm">
            <div>
              {person && (
                <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={busy}>
                  {T.delete}
                </Button>
              )}
            </div>
            <Group gap="xs">
              <Button variant="default" onClick={onClose} disabled={busy}>
                {T.cancel}
              </Button>
              <Button type="submit" loading={busy}>
                {T.save}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title="Xóa cá nhân này?"
        message={`“${person?.fullName ?? ''}” sẽ bị xóa khỏi danh sách cá nhân.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Modal>
  );
}
