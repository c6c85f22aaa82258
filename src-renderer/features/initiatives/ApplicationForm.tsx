import { ActionIcon, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Initiative, InitiativeRound } from '../../../src-shared/api';
import type { Scope } from '../../../src-shared/rules/vocab';
import { formatDate, nfc, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { useAppStore } from '../../app/store';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { type AuthorRow, authorProblems, AuthorsField } from './AuthorsField';
import { roundOption, SCOPE_OPTIONS } from './labels';

type Errors = Record<string, string>;
interface Trial {
  name: string;
  position: string;
  workplace: string;
  part: string;
}

interface Draft {
  title: string;
  year: number | string;
  roundId: string | null;
  addressedTo: string;
  investor: string;
  field: string;
  problem: string;
  description: string;
  confidential: string;
  conditions: string;
  authorBenefits: string;
  trialBenefits: string;
  firstAppliedOn: string;
  proposedScope: Scope;
  authors: AuthorRow[];
  trials: Trial[];
}

function draftOf(i: Initiative | null, year: number, unitName: string): Draft {
  return {
    title: i?.title ?? '',
    year: i?.year ?? year,
    roundId: i?.roundId ?? null,
    addressedTo: i?.addressedTo ?? unitName,
    investor: i?.investor ?? '',
    field: i?.field ?? '',
    problem: i?.problem ?? '',
    description: i?.description ?? '',
    confidential: i?.confidential ?? '',
    conditions: i?.conditions ?? '',
    authorBenefits: i?.authorBenefits ?? '',
    trialBenefits: i?.trialBenefits ?? '',
    firstAppliedOn: formatDate(i?.firstAppliedOn),
    proposedScope: i?.proposedScope ?? 'co-so',
    authors: (i?.authors ?? []).map((a) => ({ personId: a.personId, name: a.fullName, detail: [a.birthYear, a.position].filter(Boolean).join(' · '), share: a.share })),
    trials: i?.trialParticipants.map((t) => ({ ...t })) ?? [],
  };
}

/**
 * Đơn yêu cầu công nhận sáng kiến, every field of the form in TT 18/2013 (Phụ lục): the body
 * addressed, the authors and their shares, the investor, the initiative itself, the conditions
 * and benefits, the first application and the people who applied it on trial.
 */
export function ApplicationForm(props: { initiative: Initiative | null; year: number; rounds: InitiativeRound[]; readOnly: boolean; onSaved: (i: Initiative) => void }) {
  const unitName = useAppStore((s) => s.installation?.unitName ?? '');
  const i = props.initiative;
  const [d, setD] = useState<Draft>(() => draftOf(i, props.year, unitName));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // Problems with the authors show once the clerk has typed their shares or tried to save, not on an empty form.
  const [attempted, setAttempted] = useState(false);
  const { readOnly } = props;
  const pristine = useMemo(() => draftOf(i, props.year, unitName), [i, props.year, unitName]);
  const kept = useDraft({
    key: readOnly ? null : `initiative:${i?.id ?? 'new'}`,
    label: i ? `Đơn yêu cầu công nhận sáng kiến: ${i.title}` : 'Đơn yêu cầu công nhận sáng kiến mới',
    value: d,
    pristine,
    restore: setD,
    rev: i?.rev ?? null,
  });
  const set = (patch: Partial<Draft>) => {
    setD((x) => ({ ...x, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !Object.keys(patch).some((p) => k.startsWith(p)))));
  };
  const problems = authorProblems(d.authors);
  const problemsShown = problems.length > 0 && (attempted || !(d.authors.length === 0 || d.authors.some((a) => a.share === '')));
  const chosenExpired = props.rounds.find((r) => r.id === d.roundId && r.state === 'expired') ?? null;

  const save = async () => {
    setAttempted(true);
    const errs: Errors = {};
    if (!d.title.trim()) errs.title = 'Vui lòng nhập tên sáng kiến.';
    if (typeof d.year !== 'number') errs.year = 'Vui lòng nhập năm, ví dụ 2026.';
    const first = d.firstAppliedOn.trim() ? parseDate(d.firstAppliedOn) : null;
    if (d.firstAppliedOn.trim() && !first) errs.firstAppliedOn = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    d.trials.forEach((t, k) => !t.name.trim() && (errs[`trialParticipants.${k}.name`] = 'Nhập họ và tên.'));
    setErrors(errs);
    if (Object.keys(errs).length || problems.length || typeof d.year !== 'number') return;
    setBusy(true);
    try {
      const input = {
        title: nfc(d.title), year: d.year, roundId: i ? i.roundId : d.roundId, addressedTo: nfc(d.addressedTo), investor: nfc(d.investor), field: nfc(d.field),
        problem: nfc(d.problem), description: nfc(d.description), confidential: nfc(d.confidential), conditions: nfc(d.conditions),
        authorBenefits: nfc(d.authorBenefits), trialBenefits: nfc(d.trialBenefits), firstAppliedOn: first, proposedScope: d.proposedScope,
        trialParticipants: d.trials.map((t) => ({ name: nfc(t.name), position: nfc(t.position), workplace: nfc(t.workplace), part: nfc(t.part) })),
        authors: d.authors.map((a) => ({ personId: a.personId, share: Number(a.share) })),
      };
      const saved = i ? await invoke('initiatives.update', { ...input, id: i.id }) : await invoke('initiatives.create', input);
      kept.saved();
      setD(draftOf(saved, props.year, unitName)); // the form shows what was saved
      notifySuccess(i ? T.saved : 'Đã lưu đơn; hãy bấm “Tiếp nhận đơn” khi nhận bản chính.');
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof Draft, label: string, opts: { rows?: number; required?: boolean; description?: string } = {}) => {
    const value = d[key] as string;
    const common = {
      label,
      value,
      error: errors[key],
      readOnly,
      withAsterisk: opts.required,
      description: opts.description,
      onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value } as Partial<Draft>),
    };
    return opts.rows ? <Textarea {...common} autosize minRows={opts.rows} maxRows={12} /> : <TextInput {...common} autoComplete="off" />;
  };
  const setTrial = (k: number, patch: Partial<Trial>) => set({ trials: d.trials.map((t, n) => (n === k ? { ...t, ...patch } : t)) });

  return (
    <Paper withBorder p="sm" role="region" aria-label="Đơn yêu cầu công nhận sáng kiến">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) void save();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5">
            Đơn yêu cầu công nhận sáng kiến
          </Title>
          {kept.notice}
          {text('addressedTo', 'Kính gửi (cơ sở được yêu cầu công nhận sáng kiến)')}
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <div style={{ flex: 1, minWidth: 0 }}>{text('title', 'Tên sáng kiến', { required: true })}</div>
            <NumberInput
              label="Năm"
              value={d.year}
              onChange={(v) => set({ year: v })}
              error={errors.year}
              min={2000}
              max={2100}
              allowDecimal={false}
              thousandSeparator=""
              hideControls
              withAsterisk
              readOnly={readOnly || !!i?.roundId}
              w={90}
              style={{ flex: 'none' }}
            />
            {!i && (
              <Select
                label="Đợt xét"
                placeholder="Chưa chọn đợt"
                data={props.rounds.filter((r) => r.status === 'open' && r.year === d.year).map((r) => roundOption(r, r.name))}
                value={d.roundId}
                onChange={(v) => set({ roundId: v })}
                error={errors.roundId}
                clearable
                w={260}
                style={{ flex: 'none' }}
              />
            )}
          </Group>
          {!i && chosenExpired && (
            <Text size="xs" c="orange.9" data-testid="round-deadline-note">
              {chosenExpired.name} đã hết hạn nhận hồ sơ ngày {formatDate(chosenExpired.deadline)}: chỉ tiếp nhận được đơn nộp đến ngày đó; đơn nộp sau hạn thì chọn đợt sau,
              hoặc bấm “Vẫn nhận hồ sơ” trên thẻ của đợt và ghi lý do.
            </Text>
          )}
          <AuthorsField authors={d.authors} onChange={(authors) => set({ authors })} readOnly={readOnly} error={errors.authors} showAll={attempted} />
          {text('investor', 'Chủ đầu tư tạo ra sáng kiến', { description: 'Ghi "Tác giả" nếu tác giả đồng thời là chủ đầu tư' })}
          <SimpleGrid cols={2} spacing="sm">
            {text('field', 'Lĩnh vực áp dụng sáng kiến', { rows: 2 })}
            {text('problem', 'Vấn đề mà sáng kiến giải quyết', { rows: 2 })}
          </SimpleGrid>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label="Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử"
              placeholder="dd/mm/yyyy"
              value={d.firstAppliedOn}
              onChange={(e) => set({ firstAppliedOn: e.currentTarget.value })}
              error={errors.firstAppliedOn}
              readOnly={readOnly}
              autoComplete="off"
              style={{ flex: 1 }}
            />
            <Select
              label="Phạm vi đề nghị công nhận"
              data={SCOPE_OPTIONS}
              value={d.proposedScope}
              onChange={(v) => v && set({ proposedScope: v as Scope })}
              allowDeselect={false}
              readOnly={readOnly}
              w={200}
              style={{ flex: 'none' }}
            />
          </Group>
          {text('description', 'Mô tả bản chất của sáng kiến', { rows: 4, description: 'Nội dung, các bước thực hiện, điểm mới so với giải pháp đã có' })}
          {text('confidential', 'Những thông tin cần được bảo mật (nếu có)', { rows: 2 })}
          {text('conditions', 'Các điều kiện cần thiết để áp dụng sáng kiến', { rows: 2 })}
          {text('authorBenefits', 'Lợi ích thu được theo ý kiến của tác giả', { rows: 2 })}
          {text('trialBenefits', 'Lợi ích thu được theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử', { rows: 2 })}
          <Stack gap={4} role="group" aria-label="Người tham gia áp dụng thử">
            <Text size="sm" fw={500}>
              Những người đã tham gia áp dụng sáng kiến lần đầu hoặc áp dụng thử
            </Text>
            {d.trials.length > 0 && (
              <Table layout="fixed" verticalSpacing={2} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Họ và tên</Table.Th>
                    <Table.Th>Chức danh</Table.Th>
                    <Table.Th>Nơi công tác</Table.Th>
                    <Table.Th>Nội dung công việc hỗ trợ</Table.Th>
                    {!readOnly && <Table.Th w={44} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.trials.map((t, k) => (
                    <Table.Tr key={k} data-testid="trial-row">
                      <Table.Td>
                        <TextInput size="xs" aria-label={`Họ và tên người áp dụng thử ${k + 1}`} value={t.name} onChange={(e) => setTrial(k, { name: e.currentTarget.value })} error={errors[`trialParticipants.${k}.name`]} readOnly={readOnly} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" aria-label={`Chức danh người áp dụng thử ${k + 1}`} value={t.position} onChange={(e) => setTrial(k, { position: e.currentTarget.value })} readOnly={readOnly} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" aria-label={`Nơi công tác người áp dụng thử ${k + 1}`} value={t.workplace} onChange={(e) => setTrial(k, { workplace: e.currentTarget.value })} readOnly={readOnly} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput size="xs" aria-label={`Nội dung hỗ trợ của người áp dụng thử ${k + 1}`} value={t.part} onChange={(e) => setTrial(k, { part: e.currentTarget.value })} readOnly={readOnly} />
                      </Table.Td>
                      {!readOnly && (
                        <Table.Td>
                          <ActionIcon variant="subtle" color="red" aria-label={`Bỏ người áp dụng thử ${k + 1}`} onClick={() => set({ trials: d.trials.filter((_, n) => n !== k) })}>
                            ✕
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {!readOnly && (
              <Group>
                <Button size="xs" variant="light" onClick={() => set({ trials: [...d.trials, { name: '', position: '', workplace: '', part: '' }] })}>
                  Thêm người áp dụng thử
                </Button>
              </Group>
            )}
          </Stack>
          {!readOnly && (
            <Group justify="flex-end">
              {problems.length > 0 && (
                <Text size="sm" c="red">
                  Chưa lưu được: tỷ lệ đóng góp của các tác giả chưa đúng.
                </Text>
              )}
              <Button type="submit" loading={busy} disabled={problemsShown}>
                {i ? 'Lưu đơn' : 'Lưu đơn mới'}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
