import { Alert, Badge, Box, Button, Center, Group, Loader, NavLink, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChecklistItemValues, InspectionDetail, ItemAnswer } from '../../../src-shared/api';
import { checklistItems } from '../../../src-shared/rules/inspections';
import { formatDate } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';
import { formatDateTime } from '../../app/format';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { AutosavedTextSection } from './AutosavedTextSection';
import { FinishDialog } from './FinishDialog';
import { type AnswerSaved, ItemCard } from './ItemCard';
import { PRINT, STATUS_COLORS, statusLabel } from './labels';
import { PrintButtons } from './PrintButtons';
import { ProgressCell } from './ProgressCell';
import { useUnitName } from '../exchange/useUnitName';
import { SaveBadge } from './SaveBadge';
import type { SaveState } from './useAutosave';

const isAnswered = (a: ItemAnswer | undefined) => !!a && (a.result !== null || a.score !== null);

/** All items' save states folded into one line for the header. */
function overallState(states: Record<string, SaveState>): SaveState {
  const all = Object.values(states);
  if (all.some((s) => s === 'error')) return 'error';
  if (all.some((s) => s === 'pending' || s === 'saving')) return 'saving';
  if (all.some((s) => s === 'saved')) return 'saved';
  return 'idle';
}

/** "Kết luận" of the inspection (printed in the minutes), saved as it is typed. */
function Conclusion({ detail, readOnly }: { detail: InspectionDetail; readOnly: boolean }) {
  const i = detail.inspection;
  const save = useCallback(
    async (conclusion: string) => {
      await invoke('inspections.update', { id: i.id, plannedFrom: i.plannedFrom, plannedTo: i.plannedTo, conclusion });
    },
    [i.id, i.plannedFrom, i.plannedTo],
  );
  return (
    <AutosavedTextSection
      title="Kết luận kiểm tra"
      label="Kết luận kiểm tra"
      description="Ghi vào biên bản kiểm tra; tự lưu khi gõ."
      initial={i.conclusion}
      readOnly={readOnly}
      save={save}
    />
  );
}

/**
 * The fieldwork of one inspected unit: the checklist version it opened, section by section
 * (a section list stays on the left while the items scroll), each answer saved at once, the
 * progress, "Hoàn thành" (with a reason when items are left) and "Mở lại".
 */
export function Fieldwork(props: { id: string; onBack: () => void }) {
  const [detail, setDetail] = useState<InspectionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [finishing, setFinishing] = useState<ChecklistItemValues[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  const sectionRefs = useRef(new Map<string, HTMLElement>());
  const flushers = useRef(new Map<string, () => Promise<void>>());
  const onFlusher = useCallback((code: string, flush: (() => Promise<void>) | null) => {
    if (flush) flushers.current.set(code, flush);
    else flushers.current.delete(code);
  }, []);

  const reload = useCallback(async () => {
    try {
      setDetail(await invoke('inspections.get', { id: props.id }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [props.id]);
  useEffect(() => void reload(), [reload]);

  const onState = useCallback((code: string, s: SaveState) => setStates((m) => (m[code] === s ? m : { ...m, [code]: s })), []);
  const onSaved = useCallback((saved: AnswerSaved) => {
    setDetail((d) => {
      if (!d) return d;
      const answers = d.answers.some((a) => a.itemCode === saved.answer.itemCode)
        ? d.answers.map((a) => (a.itemCode === saved.answer.itemCode ? saved.answer : a))
        : [...d.answers, saved.answer];
      return { ...d, answers, progress: saved.progress, inspection: { ...d.inspection, status: saved.status, answered: saved.progress.answered } };
    });
  }, []);

  const answers = useMemo(() => new Map((detail?.answers ?? []).map((a) => [a.itemCode, a])), [detail?.answers]);
  const originName = useUnitName(detail?.inspection.origin);

  if (!detail) {
    return (
      <PageFrame
        title="Kiểm tra tại đơn vị"
        actions={
          <Button variant="default" onClick={props.onBack}>
            ← Kế hoạch kiểm tra
          </Button>
        }
      >
        {error ? (
          <Alert color="red" title={T.loadFailed}>
            {error}
          </Alert>
        ) : (
          <Center style={{ flex: 1 }}>
            <Loader />
          </Center>
        )}
      </PageFrame>
    );
  }

  const i = detail.inspection;
  const finished = i.status === 'finished';
  const readOnly = finished || !i.editable;
  const items = checklistItems(detail.template.sections);
  const saving = overallState(states);

  const finish = async () => {
    // Whatever is still being typed is saved first.
    await Promise.all([...flushers.current.values()].map((f) => f()));
    const fresh = await invoke('inspections.get', { id: props.id }).catch((e: unknown) => {
      notifyError(e);
      return null;
    });
    if (!fresh) return;
    setDetail(fresh);
    if (fresh.progress.unanswered.length) {
      setFinishing(items.filter((it) => fresh.progress.unanswered.includes(it.code)));
      return;
    }
    setBusy(true);
    try {
      await invoke('inspections.finish', { id: props.id, reason: null, conclusion: null });
      notifySuccess(`Đã hoàn thành kiểm tra ${i.unitName}.`);
      await reload();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const reopen = async () => {
    setBusy(true);
    try {
      await invoke('inspections.reopen', { id: props.id });
      notifySuccess(`Đã mở lại cuộc kiểm tra ${i.unitName}.`);
      await reload();
      setVersion((v) => v + 1);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const actions = (
    <>
      <Button variant="default" onClick={props.onBack}>
        ← Kế hoạch kiểm tra
      </Button>
      {i.editable &&
        (finished ? (
          <Button variant="light" onClick={() => void reopen()} loading={busy}>
            Mở lại
          </Button>
        ) : (
          <Button color="teal" onClick={() => void finish()} loading={busy}>
            Hoàn thành
          </Button>
        ))}
    </>
  );

  return (
    <PageFrame title={`Kiểm tra: ${i.unitName}`} actions={actions}>
      <Paper withBorder px="sm" py={6}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge color={STATUS_COLORS[i.status]} variant="light" data-testid="inspection-status" style={{ flex: 'none' }}>
              {statusLabel(i.status)}
            </Badge>
            <Text size="sm" c="dimmed" truncate="end" title={i.planTitle}>
              Mẫu phiếu phiên bản {i.templateVersion}
              {i.plannedFrom ? ` · ${formatDate(i.plannedFrom)}${i.plannedTo && i.plannedTo !== i.plannedFrom ? ` – ${formatDate(i.plannedTo)}` : ''}` : ''}
              {' · '}
              {i.inspectingBody}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap" style={{ flex: 'none' }}>
            <ProgressCell answered={detail.progress.answered} total={detail.progress.total} w={220} label="Số nội dung đã đánh giá" />
            <Box w={90} data-testid="overall-save">
              <SaveBadge state={saving} />
            </Box>
            {i.editable && <PrintButtons label="In biên bản" docs={[{ kind: PRINT.record, id: i.id, label: 'In biên bản' }]} />}
          </Group>
        </Group>
      </Paper>
      {finished && (
        <Alert color="teal" p="xs" data-testid="finished-note">
          <Text size="sm">
            Đã kết thúc kiểm tra lúc {formatDateTime(i.finishedAt)}.{' '}
            {i.editable ? 'Kết quả không sửa được; bấm “Mở lại” nếu cần sửa.' : `Bản sao nhận từ ${originName}; chỉ đơn vị đó mới sửa được.`}
            {i.finishReason && (
              <>
                <br />
                Còn {i.unansweredAtFinish.length} nội dung chưa đánh giá ({i.unansweredAtFinish.join(', ')}). Lý do: <b>{i.finishReason}</b>
              </>
            )}
          </Text>
        </Alert>
      )}
      <Group align="stretch" wrap="nowrap" gap="sm" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder p={4} w={230} style={{ flex: 'none', overflowY: 'auto' }} component="nav" aria-label="Các phần của phiếu kiểm tra">
          {detail.template.sections.map((s) => {
            const done = s.items.filter((it) => isAnswered(answers.get(it.code))).length;
            return (
              <NavLink
                key={s.code}
                component="button"
                label={`${s.code}. ${s.title}`}
                description={
                  <Text span size="xs" c={done === s.items.length ? 'teal.8' : 'dimmed'} fw={done === s.items.length ? 600 : 400}>
                    {done === s.items.length ? '✓ ' : ''}
                    {done}/{s.items.length} nội dung
                  </Text>
                }
                onClick={() => sectionRefs.current.get(s.code)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
                styles={{ label: { fontSize: 'var(--mantine-font-size-sm)' } }}
              />
            );
          })}
        </Paper>
        <ScrollArea style={{ flex: 1, minWidth: 0 }} type="auto" offsetScrollbars="present">
          <Stack gap="md" pb="md" key={version}>
            {detail.template.sections.map((s) => (
              <Stack
                key={s.code}
                gap="xs"
                component="section"
                aria-label={`Phần ${s.code}`}
                ref={(el: HTMLElement | null) => {
                  if (el) sectionRefs.current.set(s.code, el);
                  else sectionRefs.current.delete(s.code);
                }}
              >
                <Title order={3} size="h5" c="blue.8">
                  {s.code}. {s.title}
                </Title>
                {s.items.map((it) => (
                  <ItemCard
                    key={it.code}
                    inspectionId={i.id}
                    item={it}
                    answer={answers.get(it.code)}
                    evidence={detail.evidence.filter((e) => e.itemCode === it.code)}
                    readOnly={readOnly}
                    onSaved={onSaved}
                    onState={onState}
                    onFlusher={onFlusher}
                    onEvidenceChanged={() => void reload()}
                  />
                ))}
              </Stack>
            ))}
            <Conclusion detail={detail} readOnly={readOnly} />
          </Stack>
        </ScrollArea>
      </Group>
      {finishing && (
        <FinishDialog
          inspectionId={i.id}
          unitName={i.unitName}
          unanswered={finishing}
          onClose={() => setFinishing(null)}
          onDone={() => {
            setFinishing(null);
            notifySuccess(`Đã hoàn thành kiểm tra ${i.unitName}.`);
            void reload();
          }}
        />
      )}
    </PageFrame>
  );
}
