import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import type { Scope } from '../../../src-shared/rules/vocab';
import { formatDate, nfc, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, notifySuccess } from '../../app/notify';
import { useAppStore } from '../../app/store';
import { todayText } from '../registrations/labels';
import { SCOPE_OPTIONS, scopeLabel } from './labels';

type Detail = ApiOutput<'initiatives.get'>;
type Errors = Record<string, string>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * "Quyết định": recognised (scope, recognising body, decision number and date, certificate
 * number) or refused with reasons; once taken it is shown with "Hủy quyết định".
 */
export function DecisionSection(props: { detail: Detail; onChanged: () => void }) {
  const i = props.detail.initiative;
  const unitName = useAppStore((s) => s.installation?.unitName ?? '');
  const proposal = props.detail.summary?.proposal;
  // The council's proposal is the suggested outcome until the clerk picks one.
  const [chosen, setOutcome] = useState<'recognised' | 'refused' | null>(null);
  const outcome = chosen ?? (proposal === 'refuse' ? 'refused' : 'recognised');
  const [scope, setScope] = useState<Scope>('co-so');
  const [body, setBody] = useState(unitName ? `Chủ tịch UBND ${lowerFirst(unitName)}` : '');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayText());
  const [certificate, setCertificate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const decided = i.status === 'recognised' || i.status === 'refused';

  const decide = async () => {
    const iso = parseDate(date);
    const errs: Errors = {};
    if (!iso) errs.decisionDate = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    if (!body.trim()) errs.recognisingBody = 'Vui lòng nhập cơ quan, người có thẩm quyền.';
    if (outcome === 'recognised' && !number.trim()) errs.decisionNumber = 'Vui lòng nhập số quyết định.';
    if (outcome === 'refused' && !reason.trim()) errs.refusalReason = 'Vui lòng ghi lý do không công nhận.';
    setErrors(errs);
    if (Object.keys(errs).length || !iso) return;
    setBusy(true);
    try {
      const base = { id: i.id, recognisingBody: nfc(body.trim()), decisionNumber: nfc(number.trim()), decisionDate: iso };
      const r =
        outcome === 'recognised'
          ? await invoke('initiatives.decide', { ...base, outcome, scope, certificateNumber: nfc(certificate.trim()) })
          : await invoke('initiatives.decide', { ...base, outcome, refusalReason: nfc(reason.trim()) });
      notifySuccess(r.status === 'recognised' ? `Đã công nhận sáng kiến; giấy chứng nhận số ${r.certificateNumber}` : 'Đã ghi quyết định không công nhận');
      props.onChanged();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      await invoke('initiatives.undoDecision', { id: i.id });
      notifySuccess('Đã hủy quyết định; đơn trở lại chờ xét');
      setUndoing(false);
      props.onChanged();
    } catch (e) {
      notifyError(e);
      setUndoing(false);
    } finally {
      setBusy(false);
    }
  };

  if (i.status === 'draft') return null;

  return (
    <Paper withBorder p="sm" role="region" aria-label="Quyết định công nhận sáng kiến">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Quyết định
        </Title>
        {decided ? (
          <Stack gap={4} data-testid="decision">
            {i.status === 'recognised' ? (
              <Text size="sm">
                Được công nhận phạm vi <b>{scopeLabel(i.scope ?? 'co-so').toLowerCase()}</b> theo quyết định số <b>{i.decisionNumber}</b> ngày {formatDate(i.recognisedOn)} của{' '}
                {i.recognisingBody}; giấy chứng nhận số <b>{i.certificateNumber}</b>.
              </Text>
            ) : (
              <Text size="sm">
                Không công nhận{i.decisionNumber ? ` (văn bản số ${i.decisionNumber})` : ''} ngày {formatDate(i.recognisedOn)}, {i.recognisingBody}. Lý do: {i.refusalReason}
              </Text>
            )}
            {i.upperDecision && (
              <Text size="sm" c="grape.8">
                Cấp trên: quyết định số {i.upperDecision.number} ngày {formatDate(i.upperDecision.date)} của {i.upperDecision.issuer}
                {i.upperDecision.scope ? `, phạm vi ${scopeLabel(i.upperDecision.scope).toLowerCase()}` : ''}.
              </Text>
            )}
            {i.usedBy && (
              <Text size="sm" c="dimmed">
                Đã dùng cho hồ sơ “{i.usedBy.dossierTitle ?? '—'}”.
              </Text>
            )}
            {i.editable && (
              <Group>
                <Button size="xs" variant="light" color="red" onClick={() => setUndoing(true)} disabled={!!i.usedBy}>
                  Hủy quyết định
                </Button>
              </Group>
            )}
          </Stack>
        ) : i.editable ? (
          <Stack gap="xs" role="group" aria-label="Ghi quyết định">
            <SegmentedControl
              aria-label="Kết quả"
              data={[
                { value: 'recognised', label: 'Công nhận sáng kiến' },
                { value: 'refused', label: 'Không công nhận' },
              ]}
              value={outcome}
              onChange={(v) => setOutcome(v as 'recognised' | 'refused')}
              w={420}
            />
            <Group gap="sm" align="flex-start" wrap="nowrap">
              {outcome === 'recognised' && (
                <Select label="Phạm vi ảnh hưởng" data={SCOPE_OPTIONS} value={scope} onChange={(v) => v && setScope(v as Scope)} allowDeselect={false} error={errors.scope} w={180} style={{ flex: 'none' }} />
              )}
              <TextInput
                label={outcome === 'recognised' ? 'Cơ quan, người công nhận' : 'Cơ quan, người xét'}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                error={errors.recognisingBody}
                withAsterisk
                autoComplete="off"
                style={{ flex: 1, minWidth: 0 }}
              />
            </Group>
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                label={outcome === 'recognised' ? 'Số quyết định' : 'Số văn bản'}
                value={number}
                onChange={(e) => setNumber(e.currentTarget.value)}
                error={errors.decisionNumber}
                withAsterisk={outcome === 'recognised'}
                autoComplete="off"
                w={180}
              />
              <TextInput label="Ngày quyết định" placeholder="dd/mm/yyyy" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.decisionDate} withAsterisk autoComplete="off" w={180} />
              {outcome === 'recognised' && (
                <TextInput label="Số giấy chứng nhận" placeholder="Tự đánh số" value={certificate} onChange={(e) => setCertificate(e.currentTarget.value)} error={errors.certificateNumber} autoComplete="off" w={180} />
              )}
            </Group>
            {outcome === 'refused' && (
              <Textarea label="Lý do không công nhận" value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.refusalReason} withAsterisk autosize minRows={2} />
            )}
            <Group justify="flex-end">
              <Button onClick={() => void decide()} loading={busy} color={outcome === 'recognised' ? 'teal' : 'red'}>
                {outcome === 'recognised' ? 'Ghi quyết định công nhận' : 'Ghi quyết định không công nhận'}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Chưa có quyết định.
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={undoing}
        title="Hủy quyết định này?"
        message={`Sáng kiến “${i.title}” trở lại trạng thái chờ xét; số quyết định và giấy chứng nhận bị bỏ.`}
        confirmLabel="Hủy quyết định"
        busy={busy}
        onConfirm={() => void undo()}
        onCancel={() => setUndoing(false)}
      />
    </Paper>
  );
}
