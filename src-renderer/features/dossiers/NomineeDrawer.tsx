import { Button, Drawer, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { T } from '../../app/strings';
import { useDraft } from '../../app/useDraft';
import { ReportEditor } from '../achievementReports/ReportEditor';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';
import type { NomineeRow } from './useDossier';

type Errors = Record<string, string>;
type Facts = NonNullable<NomineeRow['collectiveFacts']>;
type FactKey = keyof Facts;
const FACTS: { key: FactKey; label: string }[] = [
  { key: 'members', label: 'Tổng số thành viên' },
  { key: 'ldtt', label: 'Số đạt Lao động tiên tiến' },
  { key: 'completedTasks', label: 'Số hoàn thành nhiệm vụ' },
  { key: 'cstdcs', label: 'Số đạt Chiến sĩ thi đua cơ sở' },
  { key: 'disciplined', label: 'Số bị kỷ luật từ cảnh cáo trở lên' },
  // NĐ 152/2025, Điều 4: a collective with ≥ 70% women comes first among equals; blank = not known.
  { key: 'women', label: 'Số thành viên nữ' },
];

const num = (v: number | string) => (typeof v === 'number' ? v : null);

/**
 * One nominee in a drawer: the summary shown in the list, the report of achievements (printed
 * as the báo cáo thành tích), and for a collective the figures its criteria are checked on. The
 * council's yes votes are entered for everyone at once in the meeting's vote table.
 */
export function NomineeDrawer(props: { dossier: Dossier; nominee: NomineeRow; onClose: () => void; onSaved: () => void; onReportSaved?: () => void }) {
  const { dossier, nominee: n } = props;
  const collective = n.subjectType === 'collective';
  const readOnly = !dossier.editable;
  const [summary, setSummary] = useState(n.summary);
  const [report, setReport] = useState(n.report);
  const [reportOpen, setReportOpen] = useState(false);
  const [facts, setFacts] = useState<Record<FactKey, number | string>>(() =>
    Object.fromEntries(FACTS.map((f) => [f.key, n.collectiveFacts?.[f.key] ?? ''])) as Record<FactKey, number | string>,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [pristine] = useState(() => ({ summary, report, facts }));
  const kept = useDraft({
    key: readOnly ? null : `dossier-nominee:${n.id}`,
    label: `Thông tin đề nghị của ${n.name}`,
    value: { summary, report, facts },
    pristine,
    restore: (v) => {
      setSummary(v.summary);
      setReport(v.report);
      setFacts(v.facts);
    },
    rev: dossier.rev,
  });
  const close = kept.guard(props.onClose);

  const save = async () => {
    const errs: Errors = {};
    let collectiveFacts: Facts | null = null;
    if (collective && FACTS.some((f) => facts[f.key] !== '')) {
      if (num(facts.members) === null) errs['collectiveFacts.members'] = 'Nhập tổng số thành viên.';
      else collectiveFacts = Object.fromEntries(FACTS.map((f) => [f.key, num(facts[f.key]) ?? (f.key === 'women' ? null : 0)])) as Facts;
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    setBusy(true);
    try {
      await invoke('dossiers.updateNominee', { dossierId: dossier.id, nomineeId: n.id, summary, report, collectiveFacts });
      kept.saved();
      notifySuccess(`Đã lưu thông tin đề nghị của ${n.name}`);
      props.onSaved();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer opened onClose={close} position="right" size={600} title={<Title order={3} size="h4">{n.name}</Title>} closeOnClickOutside={false}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) void save();
        }}
      >
        <ReadOnlyFields readOnly={readOnly}>
          <Stack gap="sm">
            {kept.notice}
            {n.detail && (
              <Text size="sm" c="dimmed">
                {n.detail}
              </Text>
            )}
            <Textarea
              label="Tóm tắt thành tích"
              description="Một, hai câu; in trong danh sách đề nghị"
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              error={errors.summary}
              autosize
              minRows={2}
              maxRows={4}
              data-autofocus
            />
            <Group justify="space-between" align="center" wrap="nowrap">
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  Báo cáo thành tích
                </Text>
                <Text size="xs" c="dimmed">
                  Soạn theo mẫu của nghị định (lý lịch, từng mục thành tích, bảng danh hiệu và bảng hình thức khen thưởng)
                </Text>
              </Stack>
              <Button variant="light" onClick={() => setReportOpen(true)}>
                {readOnly ? 'Xem báo cáo' : 'Soạn báo cáo'}
              </Button>
            </Group>

            {collective && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  Số liệu của tập thể năm {dossier.year}
                </Text>
                <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
                  {FACTS.map((f) => (
                    <NumberInput
                      key={f.key}
                      label={f.label}
                      value={facts[f.key]}
                      onChange={(v) => setFacts((x) => ({ ...x, [f.key]: v }))}
                      error={errors[`collectiveFacts.${f.key}`]}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                    />
                  ))}
                </SimpleGrid>
              </Stack>
            )}
          </Stack>
        </ReadOnlyFields>
        <Group justify="flex-end" gap="xs" mt="md">
          <Button variant="default" onClick={close} disabled={busy}>
            {readOnly ? T.close : T.cancel}
          </Button>
          {!readOnly && (
            <Button type="submit" loading={busy}>
              {T.save}
            </Button>
          )}
        </Group>
      </form>
      {reportOpen && <ReportEditor nomineeId={n.id} onClose={() => setReportOpen(false)} onSaved={props.onReportSaved} />}
    </Drawer>
  );
}
