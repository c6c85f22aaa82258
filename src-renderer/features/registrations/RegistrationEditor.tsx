import { Alert, Badge, Button, Group, List, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Registration, RegistrationEntry } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { useAppStore } from '../../app/store';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { HistoryButton } from '../../app/HistoryButton';
import { FeedbackPanel } from '../exchange/FeedbackPanel';
import { ReceivedCopyNote } from '../exchange/RecordAside';
import { StatusLine, StatusReasons } from '../exchange/RecordStatusView';
import { EntriesSection } from './EntriesSection';
import { todayText } from './labels';
import { comparableLines, rekeyLines } from './lines';
import { PrintButton } from './PrintButton';
import { PreviewButton } from '../../app/DocumentPreview';
import { draftFromRegistration, type Errors, newRegistrationDraft, type RegistrationDraft, registrationDraftToInput } from './registrationDraft';
import { RegistrationFields } from './RegistrationFields';
import { SameRegistrationHint } from './SameRegistrationHint';
import { useMovements } from './useMovements';
import { useRegistrationStatus } from './useRegistrationStatus';

const FORM_ID = 'registration-form';

/**
 * One registration (a page over the list): its fields and commitments, saved with the late
 * warning when after the deadline; the people registered below it; printing; its status and a
 * returned registration's reasons. A registration received from a unit below is read-only.
 */
export function RegistrationEditor(props: {
  id: string | null;
  year: number;
  onCreated: (id: string) => void;
  onBack: () => void;
  /** Opens another registration instead of this one (the one already made, from the duplicate hint). */
  onOpenOther: (id: string) => void;
}) {
  const homeUnit = useAppStore((s) => s.installation?.unitId ?? null);
  const [id, setId] = useState(props.id);
  const [registration, setRegistration] = useState<Registration | null>(null);
  const [entries, setEntries] = useState<RegistrationEntry[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [blank] = useState<RegistrationDraft | null>(() =>
    props.id ? null : newRegistrationDraft(homeUnit, props.year === new Date().getFullYear() ? todayText() : ''),
  );
  const [draft, setDraft] = useState<RegistrationDraft | null>(blank);
  const [errors, setErrors] = useState<Errors>({});
  const [warnings, setWarnings] = useState<string[]>([]);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const year = registration?.year ?? props.year;
  const movements = useMovements(year);
  // Bumped when this installation answers a received registration, to show the new status.
  const [statusReload, setStatusReload] = useState(0);
  const status = useRegistrationStatus(id, registration?.rev, statusReload);
  const editable = registration ? registration.editable : true;
  // What the form held when opened (or last saved): the baseline of "unsaved changes".
  const pristine = useMemo(() => (registration ? draftFromRegistration(registration) : id ? null : blank), [registration, id, blank]);
  const kept = useDraft({
    key: editable ? `registration:${id ?? 'new'}` : null,
    label: registration ? `Bản đăng ký thi đua: ${registration.registrantName}` : 'Bản đăng ký thi đua mới',
    value: draft,
    pristine,
    restore: (v) => setDraft({ ...v, commitments: rekeyLines(v.commitments) }),
    compareAs: (v) => ({ ...v, commitments: comparableLines(v.commitments) }),
    rev: registration?.rev ?? null,
  });
  const back = kept.guard(props.onBack);

  const load = useCallback(
    async (withDraft: boolean) => {
      if (!id) return;
      try {
        const r = await invoke('registrations.get', { id });
        setRegistration(r.registration);
        setEntries(r.entries);
        if (withDraft) setDraft(draftFromRegistration(r.registration));
      } catch (e) {
        setLoadError(errorMessage(e));
      }
    },
    [id],
  );
  // The form is filled when the registration is opened (or has just been created); reloads after
  // a change to the people list keep what the clerk is typing.
  useEffect(() => void load(true), [load]);

  useEffect(() => {
    let alive = true;
    invoke('registrations.deadline', { year })
      .then((d) => alive && setDeadline(d.deadline))
      .catch(() => alive && setDeadline(null));
    return () => {
      alive = false;
    };
  }, [year]);

  const movementOptions = useMemo(() => {
    if (!movements) return null;
    const options = movements.map((m) => ({ value: m.id, label: m.name }));
    // A received registration may name a movement of another year or one not received here.
    if (registration && !options.some((o) => o.value === registration.movementId)) {
      options.unshift({ value: registration.movementId, label: registration.movementName ?? '(phong trào chưa có trong danh sách)' });
    }
    return options;
  }, [movements, registration]);

  const update = (patch: Partial<RegistrationDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setErrors((e) => {
      const rest = { ...e };
      for (const k of Object.keys(patch).map((p) => p.replace(/Text$/, ''))) {
        for (const path of Object.keys(rest)) if (path === k || path.startsWith(`${k}.`)) delete rest[path];
      }
      return rest;
    });
  };

  const save = async () => {
    if (!draft) return;
    const { input, errors: errs, draft: cleaned } = registrationDraftToInput(draft, year, deadline);
    setDraft(cleaned);
    setErrors(errs);
    if (!input) return notifyProblem(T.fixFields);
    setBusy(true);
    try {
      const r = id ? await invoke('registrations.update', { ...input, id }) : await invoke('registrations.create', input);
      kept.saved();
      setRegistration(r.registration);
      // The form shows what was saved (trimmed, the late note only when late), so it is not "changed".
      setDraft(draftFromRegistration(r.registration));
      setWarnings(r.warnings);
      if (r.warnings.length) notifications.show({ color: 'yellow', title: 'Đã lưu, có lưu ý', message: r.warnings.join(' '), autoClose: 8000 });
      else notifySuccess(T.saved);
      if (!id) {
        setId(r.registration.id);
        props.onCreated(r.registration.id);
      }
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!id) return;
    setBusy(true);
    try {
      await invoke('registrations.delete', { id });
      kept.saved();
      notifySuccess(T.deleted);
      props.onBack();
    } catch (e) {
      notifyError(e);
      setBusy(false);
      setConfirming(false);
    }
  };

  const actions = (
    <>
      <Button variant="default" onClick={back}>
        ← Danh sách đăng ký
      </Button>
      {registration && <HistoryButton type="registration" id={registration.id} title={registration.registrantName} onRestored={() => void load(true)} />}
      {id && <PreviewButton doc={{ kind: 'registration', id, title: 'Bản đăng ký thi đua' }} />}
      {id && <PrintButton kind="registration" id={id} label="In bản đăng ký" />}
      {editable && id && (
        <Button color="red" variant="light" onClick={() => setConfirming(true)} disabled={busy}>
          {T.delete}
        </Button>
      )}
      {editable && (
        <Button type="submit" form={FORM_ID} loading={busy} disabled={!draft}>
          {T.save}
        </Button>
      )}
    </>
  );

  return (
    <PageFrame title={`Bản đăng ký thi đua năm ${year}`} actions={actions}>
      <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars="present">
        <Stack gap="sm" pb="md">
          {loadError && (
            <Alert color="red" title={T.loadFailed}>
              {loadError}
            </Alert>
          )}
          {registration && !editable && <ReceivedCopyNote origin={registration.origin} />}
          {kept.notice}
          {registration && !editable && (
            <Paper withBorder p="sm" maw={520}>
              <FeedbackPanel subjectType="registration" subjectId={registration.id} origin={registration.origin} onSaved={() => setStatusReload((n) => n + 1)} />
            </Paper>
          )}
          {(status?.status || registration?.late) && (
            <Group gap="sm">
              <StatusLine status={status} />
              {registration?.late && (
                <Badge color="red" variant="light" size="lg" data-testid="late-badge">
                  Nộp muộn
                </Badge>
              )}
            </Group>
          )}
          {status?.reasons.length ? (
            <Paper withBorder p="sm" bg="red.0">
              <StatusReasons status={status} />
            </Paper>
          ) : null}
          {warnings.length > 0 && (
            <Alert color="yellow" title="Đã lưu, có lưu ý" py={8} data-testid="save-warnings">
              <List size="sm">
                {warnings.map((w) => (
                  <List.Item key={w}>{w}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Paper withBorder p="sm" component="section" aria-label="Thông tin đăng ký">
            <Title order={3} size="h5" mb="xs">
              {registration ? registration.registrantName : 'Thông tin đăng ký'}
            </Title>
            {draft ? (
              <form
                id={FORM_ID}
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (editable) void save();
                }}
              >
                {editable && <SameRegistrationHint draft={draft} year={year} selfId={id} onOpen={(other) => kept.guard(() => props.onOpenOther(other))()} />}
                <RegistrationFields
                  draft={draft}
                  update={update}
                  errors={errors}
                  readOnly={!editable}
                  year={year}
                  movements={movementOptions}
                  deadline={deadline}
                  registrantName={registration?.registrantName}
                />
              </form>
            ) : (
              <Text c="dimmed">{T.loading}</Text>
            )}
          </Paper>
          <EntriesSection registrationId={id} entries={entries} editable={editable} onChanged={() => void load(false)} />
        </Stack>
      </ScrollArea>
      <ConfirmDialog
        opened={confirming}
        title="Xóa bản đăng ký này?"
        message={`Bản đăng ký của “${registration?.registrantName ?? ''}” và danh sách cá nhân kèm theo sẽ bị xóa.`}
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </PageFrame>
  );
}
