import { Box, Button, Group, Modal, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { FormButtons } from '../../app/FormButtons';
import { HistoryPanel } from '../../app/HistoryPanel';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { useRecordActions } from '../../app/useRecordActions';
import { hasAside, ReceivedCopyNote, RecordAside } from '../exchange/RecordAside';
import { StatusLine } from '../exchange/RecordStatusView';
import { useRecordStatus } from '../exchange/useRecordStatus';
import { AwardHistoryPanel } from './AwardHistoryPanel';
import { InitiativesPanel } from './InitiativesPanel';
import { PersonFields } from './PersonFields';
import { SamePersonHint } from './SamePersonHint';
import { draftFromPerson, draftToInput, type Errors, newDraft, type PersonDraft } from './personDraft';

/**
 * Add or edit one person (Modal). `person` null = new. Calls onDone after a save or delete.
 * A copy received from another unit is shown read-only, with the feedback panel beside it.
 */
export function PersonForm({
  person,
  onClose,
  onDone,
  onOpenOther,
}: {
  person: Person | null;
  onClose: () => void;
  onDone: () => void;
  /** Opens the person already listed (from the duplicate hint) instead of this form. */
  onOpenOther?: (id: string) => void;
}) {
  const unitId = useAppStore((s) => s.installation?.unitId ?? null);
  const [pristine] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : newDraft(unitId)));
  const [draft, setDraft] = useState<PersonDraft>(pristine);
  const [errors, setErrors] = useState<Errors>({});
  const { received, status, reload } = useRecordStatus('person', person);
  const title = received ? 'Thông tin cá nhân (bản sao nhận về)' : person ? 'Sửa thông tin cá nhân' : 'Thêm cá nhân';
  const kept = useDraft({
    key: received ? null : `person:${person?.id ?? 'new'}`,
    label: person ? `${title}: ${person.fullName}` : title,
    value: draft,
    pristine,
    // A draft kept before the report particulars existed lacks them: they come from the record.
    restore: (d) => setDraft({ ...pristine, ...d }),
    rev: person?.rev ?? null,
  });
  const close = kept.guard(onClose);
  const actions = useRecordActions({ onDone, setErrors, draft: kept });
  const { busy, confirming, setConfirming } = actions;
  const withAside = !!person && hasAside(received, status);
  // An existing person also has the "Khen thưởng đã có" (awards, ratings, holds) and "Sáng kiến" tabs.
  const [tab, setTab] = useState<string | null>('info');

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
    await actions.save(() => (person ? invoke('people.update', { ...input, id: person.id }) : invoke('people.create', input)));
  };

  const remove = async () => {
    if (!person) return;
    await actions.remove(() => invoke('people.delete', { id: person.id }));
  };

  const buttons = <FormButtons readOnly={received} canDelete={!!person} busy={busy} onDelete={() => setConfirming(true)} onClose={close} />;

  const form = (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!received) void save();
          }}
          noValidate
        >
          <Stack gap="sm">
            {received && person ? <ReceivedCopyNote origin={person.origin} /> : <StatusLine status={status} />}
            {kept.notice}
            {!received && <SamePersonHint draft={draft} selfId={person?.id ?? null} onOpen={onOpenOther && ((id) => kept.guard(() => onOpenOther(id))())} />}
            <PersonFields draft={draft} update={update} errors={errors} readOnly={received} />
            {buttons}
          </Stack>
        </form>
      </Box>
      {person && withAside && <RecordAside type="person" record={person} received={received} status={status} onChanged={reload} />}
    </Group>
  );

  return (
    <Modal
      opened
      onClose={close}
      title={title}
      size={withAside ? 1140 : tab === 'history' || tab === 'initiatives' || tab === 'changes' ? 1000 : 760}
      closeOnClickOutside={false}
    >
      {person ? (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="info">Thông tin cá nhân</Tabs.Tab>
            <Tabs.Tab value="history">Khen thưởng đã có</Tabs.Tab>
            <Tabs.Tab value="initiatives">Sáng kiến</Tabs.Tab>
            <Tabs.Tab value="changes">Lịch sử thay đổi</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="info">
            {form}
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <AwardHistoryPanel personId={person.id} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {T.close}
              </Button>
            </Group>
          </Tabs.Panel>
          <Tabs.Panel value="changes">
            <HistoryPanel type="person" id={person.id} onRestored={onDone} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {T.close}
              </Button>
            </Group>
          </Tabs.Panel>
          <Tabs.Panel value="initiatives">
            <InitiativesPanel personId={person.id} />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                {T.close}
              </Button>
            </Group>
          </Tabs.Panel>
        </Tabs>
      ) : (
        form
      )}
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
