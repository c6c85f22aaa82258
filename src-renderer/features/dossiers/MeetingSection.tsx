import { Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dossier, VoteThreshold } from '../../../src-shared/api';
import { councilProblems } from '../../../src-shared/rules/votes';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { canonical, useDraft } from '../../app/useDraft';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import type { NomineeRow } from './useDossier';
import { voteLines, voteNum, VoteTable, type VoteValue } from './VoteTable';

type Errors = Record<string, string>;

const initialVotes = (nominees: NomineeRow[]) => Object.fromEntries(nominees.map((n) => [n.id, n.voteYes ?? ''])) as Record<string, VoteValue>;

/**
 * "Họp Hội đồng Thi đua – Khen thưởng": the date, the members (all, present, written opinions)
 * and every nominee's yes votes in one table, checked as typed against the meeting and the
 * threshold (a share of the TOTAL membership), saved in one go.
 */
export function MeetingSection({ dossier, nominees, onSaved }: { dossier: Dossier; nominees: NomineeRow[]; onSaved: () => void }) {
  // What is saved, as the form holds it; the form starts from it and returns to it after a save.
  const saved = useMemo(
    () => ({
      date: formatDate(dossier.meetingDate),
      total: (dossier.councilTotal ?? '') as VoteValue,
      present: (dossier.councilPresent ?? '') as VoteValue,
      written: (dossier.councilWritten ?? '') as VoteValue,
      votes: initialVotes(nominees),
    }),
    [dossier.meetingDate, dossier.councilTotal, dossier.councilPresent, dossier.councilWritten, nominees],
  );
  const savedKey = canonical(saved);
  const [sheet, setSheet] = useState(saved);
  const [shownKey, setShownKey] = useState(savedKey);
  if (shownKey !== savedKey) {
    setShownKey(savedKey);
    setSheet(saved);
  }
  const { date, total, present, written, votes } = sheet;
  const field = <K extends keyof typeof sheet>(k: K) => (v: (typeof sheet)[K]) => setSheet((x) => ({ ...x, [k]: v }));
  const [setDate, setTotal, setPresent, setWritten, setVotes] = [field('date'), field('total'), field('present'), field('written'), field('votes')];
  const [errors, setErrors] = useState<Errors>({});
  const [threshold, setThreshold] = useState<VoteThreshold | null>(null);
  const [busy, setBusy] = useState(false);
  const saveRef = useRef<HTMLButtonElement>(null);
  const readOnly = !dossier.editable;
  // Typed votes survive leaving the screen (and a crash), and leaving asks first, as the other forms do.
  const kept = useDraft({
    key: readOnly ? null : `dossier-votes:${dossier.id}`,
    label: 'Cuộc họp và số phiếu của Hội đồng',
    value: sheet,
    pristine: saved,
    restore: setSheet,
    rev: dossier.rev,
  });

  useEffect(() => {
    let live = true;
    invoke('dossiers.voteThreshold', { id: dossier.id }).then((t) => live && setThreshold(t), () => live && setThreshold(null));
    return () => {
      live = false;
    };
  }, [dossier.id, dossier.rev]);

  const counts = { total: voteNum(total), present: voteNum(present), written: voteNum(written) ?? 0 };
  const problems = Object.fromEntries(councilProblems(counts).map((p) => [p.field, p.message]));
  const lines = voteLines(nominees, votes, counts, threshold);
  const serverVoteErrors = Object.fromEntries(
    Object.entries(errors).flatMap(([path, message]) => {
      const m = /^votes\.(\d+)\.voteYes$/.exec(path);
      const n = m ? nominees[Number(m[1])] : undefined;
      return n ? [[n.id, message]] : [];
    }),
  );
  const fieldError = (key: string) => errors[key] ?? problems[key];
  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setErrors({});
  };

  const save = async () => {
    const errs: Errors = {};
    const iso = date.trim() ? parseDate(date) : null;
    if (date.trim() && !iso) errs.meetingDate = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    if (counts.total === null) errs.councilTotal = 'Nhập tổng số thành viên Hội đồng.';
    if (counts.present === null) errs.councilPresent = 'Nhập số thành viên có mặt.';
    setErrors(errs);
    const bad = nominees.find((n) => lines.get(n.id)?.error);
    if (Object.keys(errs).length || Object.keys(problems).length || bad || counts.total === null || counts.present === null) {
      if (bad) notifyProblem(`Chưa lưu: ${bad.name}: ${lines.get(bad.id)!.error}`);
      return;
    }
    setBusy(true);
    try {
      await invoke('dossiers.setVotes', {
        id: dossier.id, meetingDate: iso, councilTotal: counts.total, councilPresent: counts.present, councilWritten: counts.written,
        votes: nominees.map((n) => ({ nomineeId: n.id, voteYes: voteNum(votes[n.id] ?? '') })),
      });
      kept.saved();
      notifySuccess('Đã lưu cuộc họp và số phiếu của Hội đồng');
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const count = (label: string, value: VoteValue, set: (v: VoteValue) => void, key: string) => (
    <NumberInput
      label={label}
      value={value}
      onChange={change(set)}
      error={fieldError(key)}
      min={0}
      max={1000}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      w={170}
    />
  );

  const voters = counts.present === null ? null : counts.present + counts.written;
  return (
    <Paper withBorder p="sm" component="section" aria-label="Họp Hội đồng Thi đua – Khen thưởng">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Họp Hội đồng Thi đua – Khen thưởng
        </Title>
        {kept.notice}
        <ReadOnlyFields readOnly={readOnly}>
          <Stack gap="xs">
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                label="Ngày họp"
                placeholder="dd/mm/yyyy"
                value={date}
                onChange={(e) => change(setDate)(e.currentTarget.value)}
                error={errors.meetingDate}
                w={140}
                autoComplete="off"
              />
              {count('Tổng số thành viên', total, setTotal, 'councilTotal')}
              {count('Số có mặt', present, setPresent, 'councilPresent')}
              {count('Ý kiến bằng văn bản', written, setWritten, 'councilWritten')}
            </Group>
            <Text size="sm" data-testid="vote-basis">
              {threshold
                ? `Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng${counts.total ? ` (${counts.total} người)` : ''}, không tính trên số có mặt; yêu cầu từ ${threshold.text} ${threshold.citation}.`
                : 'Danh hiệu, hình thức này không yêu cầu tỷ lệ phiếu; vẫn ghi số phiếu theo biên bản nếu có.'}
              {voters !== null ? ` Số người bỏ phiếu: ${voters} (${counts.present} có mặt, ${counts.written} bằng văn bản).` : ''}
            </Text>
            {nominees.length === 0 ? (
              <Text size="sm" c="dimmed">
                Chưa có ai trong danh sách đề nghị; thêm người ở mục “Danh sách đề nghị” rồi nhập số phiếu tại đây.
              </Text>
            ) : (
              <VoteTable
                nominees={nominees}
                votes={votes}
                lines={lines}
                threshold={threshold}
                serverErrors={serverVoteErrors}
                disabled={readOnly}
                onChange={(id, v) => change(setVotes)({ ...votes, [id]: v })}
                onLastEnter={() => saveRef.current?.focus()}
              />
            )}
            {errors.votes && <Alert color="red">{errors.votes}</Alert>}
          </Stack>
        </ReadOnlyFields>
        {!readOnly && (
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              Nhập số có mặt, ý kiến bằng văn bản, rồi số phiếu đồng ý của từng người; Enter hoặc Tab để xuống dòng. Một lần lưu ghi cả cuộc họp và mọi dòng.
            </Text>
            <Button ref={saveRef} variant="light" onClick={() => void save()} loading={busy} style={{ flex: 'none' }}>
              Lưu cuộc họp và số phiếu
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
