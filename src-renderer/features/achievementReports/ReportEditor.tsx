import { Alert, Badge, Button, Group, Loader, Modal, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AchievementReport } from '../../../src-shared/api';
import { toParagraphs, pageLimitWarning, pagesFor, countWords, type ReportTableRow } from '../../../src-shared/rules/reportForms';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifyProblem, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { PrintButton } from '../registrations/PrintButton';
import { AwardsTable, type RowText } from './AwardsTable';
import { SectionField } from './SectionField';

interface FormState {
  particulars: Record<string, string>;
  sections: Record<string, string>;
  titles: RowText[];
  commendations: RowText[];
}

const toRowText = (r: ReportTableRow): RowText => ({ year: r.year, name: r.name, decisionNumber: r.decisionNumber, dateText: formatDate(r.decisionDate), issuer: r.issuer });

function toState(r: AchievementReport): FormState {
  return {
    particulars: { ...r.content.particulars },
    sections: Object.fromEntries(Object.entries(r.content.sections).map(([k, v]) => [k, v.join('\n')])),
    titles: r.content.titles.map(toRowText),
    commendations: r.content.commendations.map(toRowText),
  };
}

/** Rows as the contract takes them; a date that does not read as dd/mm/yyyy is an error on its cell. */
function toRows(rows: RowText[], field: string, errors: Record<string, string>): ReportTableRow[] {
  return rows.map((r, i) => {
    const decisionDate = r.dateText.trim() ? parseDate(r.dateText) : null;
    if (r.dateText.trim() && !decisionDate) errors[`content.${field}.${i}.decisionDate`] = 'Ngày quyết định không hợp lệ (dd/mm/yyyy).';
    return { year: typeof r.year === 'number' ? r.year : Number(r.year) || 0, name: r.name, decisionNumber: r.decisionNumber, decisionDate, issuer: r.issuer };
  });
}

/**
 * The báo cáo thành tích of one nominee, by the decree's form chosen for the award and the
 * dossier's reference date: the particulars (filled from the registry, editable), one field per
 * section with its word count, the titles and the commendations tables; saved as one record,
 * kept as a draft while typing, printed as the form.
 */
export function ReportEditor(props: { nomineeId: string; onClose: () => void; /** After a save: the dossier reads its checklist and status again. */ onSaved?: () => void }) {
  const [report, setReport] = useState<AchievementReport | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [pristine, setPristine] = useState<FormState | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    invoke('achievementReports.get', { nomineeId: props.nomineeId })
      .then((r) => {
        if (!alive) return;
        setReport(r);
        setForm(toState(r));
        setPristine(toState(r));
      })
      .catch((e) => {
        notifyError(e, 'Chưa mở được báo cáo thành tích');
        props.onClose();
      });
    return () => {
      alive = false;
    };
  }, [props.nomineeId]);

  const readOnly = !!report && !report.editable;
  const kept = useDraft<FormState>({
    key: report && !readOnly ? `achievement-report:${props.nomineeId}` : null,
    label: `Báo cáo thành tích của ${report?.name ?? ''}`,
    value: form,
    pristine,
    restore: (v) => setForm(v),
    rev: report?.rev ?? null,
  });
  const close = kept.guard(props.onClose);

  const save = async () => {
    if (!report || !form) return;
    const errs: Record<string, string> = {};
    const titles = toRows(form.titles, 'titles', errs);
    const commendations = toRows(form.commendations, 'commendations', errs);
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      const saved = await invoke('achievementReports.save', {
        nomineeId: report.nomineeId, templateId: report.form.id, templateVersion: report.form.version,
        content: {
          particulars: Object.fromEntries(Object.entries(form.particulars).filter(([, v]) => v.trim())),
          sections: Object.fromEntries(Object.entries(form.sections).map(([k, v]) => [k, toParagraphs(v)] as const).filter(([, v]) => v.length > 0)),
          titles, commendations,
        },
      });
      kept.saved();
      setReport(saved);
      setForm(toState(saved));
      setPristine(toState(saved));
      notifySuccess(`Đã lưu báo cáo thành tích của ${saved.name}`);
      props.onSaved?.();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e, 'Chưa lưu được báo cáo thành tích');
    } finally {
      setBusy(false);
    }
  };

  const subject = report?.subject ?? 'individual';
  const sections = report?.form.sections[subject] ?? [];
  const words = sections.reduce((n, s) => n + countWords(form?.sections[s.key] ?? ''), 0);
  const pages = pagesFor(words, (form?.titles.length ?? 0) + (form?.commendations.length ?? 0));
  const limit = report?.form.pageLimit ?? null;
  const overPages = report ? pageLimitWarning(report.form, pages, report.name) : null;
  const section = (key: string) => {
    const s = sections.find((x) => x.key === key)!;
    return (
      <SectionField
        key={s.key}
        section={s}
        value={form?.sections[s.key] ?? ''}
        error={errors[`content.sections.${s.key}`]}
        onChange={(v) => {
          setForm((f) => f && { ...f, sections: { ...f.sections, [s.key]: v } });
          setErrors(({ [`content.sections.${s.key}`]: _gone, ...rest }) => rest);
        }}
        onRefused={(m) => {
          setErrors((e) => ({ ...e, [`content.sections.${s.key}`]: m }));
          notifyProblem(m, 'Nội dung quá dài');
        }}
      />
    );
  };

  return (
    <Modal opened onClose={close} fullScreen closeOnClickOutside={false} title={<Title order={3} size="h4">Báo cáo thành tích{report ? ` — ${report.name}` : ''}</Title>}>
      {!report || !form ? (
        <Loader />
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!readOnly) void save();
          }}
        >
          <Stack gap="md" maw={1180} mx="auto">
            {kept.notice}
            <Group gap="xs">
              <Badge variant="light">{report.form.name}</Badge>
              <Text size="sm" c="dimmed">
                {report.form.legalBasis}
              </Text>
            </Group>
            <Text size="sm">Đề nghị tặng {report.awardPhrase}</Text>
            {!report.saved && (
              <Alert color="blue" variant="light" p="xs">
                Báo cáo chưa được lưu: lý lịch lấy từ danh bạ, hai bảng lấy từ khen thưởng đã có. Hãy bổ sung rồi bấm “Lưu báo cáo”.
              </Alert>
            )}
            <Title order={4} size="h5">
              {report.form.partI[subject]}
            </Title>
            <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
              {report.form.particulars[subject].map((p) =>
                p.long ? (
                  <Textarea key={p.key} label={p.label} value={form.particulars[p.key] ?? ''} autosize minRows={2} maxRows={6}
                    onChange={(e) => { const v = e.currentTarget.value; setForm((f) => f && { ...f, particulars: { ...f.particulars, [p.key]: v } }); }} />
                ) : (
                  <TextInput key={p.key} label={p.label} value={form.particulars[p.key] ?? ''} error={errors[`content.particulars.${p.key}`]}
                    onChange={(e) => { const v = e.currentTarget.value; setForm((f) => f && { ...f, particulars: { ...f.particulars, [p.key]: v } }); }} />
                ),
              )}
            </SimpleGrid>
            {sections.filter((s) => s.part === 'I').map((s) => section(s.key))}
            <Title order={4} size="h5">
              {report.form.partII}
            </Title>
            {sections.filter((s) => s.part === 'II').map((s) => section(s.key))}
            {report.form.partIII && (
              <>
                <Title order={4} size="h5">
                  {report.form.partIII}
                </Title>
                <AwardsTable title="1. Danh hiệu thi đua" field="titles" rows={form.titles} errors={errors} readOnly={readOnly} onChange={(rows) => setForm((f) => f && { ...f, titles: rows })} />
                <AwardsTable title="2. Hình thức khen thưởng" field="commendations" rows={form.commendations} errors={errors} readOnly={readOnly} onChange={(rows) => setForm((f) => f && { ...f, commendations: rows })} />
              </>
            )}
            <Text size="sm" c={overPages ? 'red.8' : 'dimmed'} data-testid="report-pages" data-over={!!overPages}>
              Tổng {words.toLocaleString('vi-VN')} từ, khoảng {pages} trang khi in
              {limit ? ` / mẫu cho phép tối đa ${limit} trang` : ' (mẫu không giới hạn số trang)'}.
            </Text>
            {overPages && (
              <Alert color="orange" variant="light" p="xs" data-testid="report-pages-warning">
                {overPages}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close} disabled={busy}>
                {readOnly ? T.close : T.cancel}
              </Button>
              <PrintButton kind="dossier-bao-cao" id={report.nomineeId} label="In báo cáo" disabled={kept.dirty} ariaLabel={kept.dirty ? 'Lưu báo cáo trước khi in' : 'In báo cáo thành tích'} />
              {!readOnly && (
                <Button type="submit" loading={busy}>
                  Lưu báo cáo
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
