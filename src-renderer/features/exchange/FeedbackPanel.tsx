import { Button, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DECISION_STATUSES, type DecisionStatus, STATUS_LABELS } from '../../../src-shared/exchange/status';
import { SCOPE_LABELS, SCOPES, type Scope } from '../../../src-shared/rules/vocab';
import { parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import type { SubjectType } from './useRecordStatus';
import { useUnitName } from './useUnitName';

const OPTIONS = DECISION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const NEEDS_REASONS: DecisionStatus[] = ['returned', 'declined'];
// An upper level recognises initiatives at its own scope and wider (cấp tỉnh, toàn quốc).
const SCOPE_OPTIONS = SCOPES.filter((s) => s !== 'co-so').map((s) => ({ value: s, label: SCOPE_LABELS[s] }));

type Errors = Record<string, string>;

/**
 * "Phản hồi": the upper level's word on a record received from a unit (received, returned with
 * reasons, decided with its decision…). It travels back in the next package to that unit.
 */
export function FeedbackPanel(props: { subjectType: SubjectType; subjectId: string; origin: string; onSaved: () => void }) {
  const [status, setStatus] = useState<DecisionStatus | null>(null);
  const [reasons, setReasons] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [issuer, setIssuer] = useState('');
  const [award, setAward] = useState('');
  const [scope, setScope] = useState<Scope | null>(null);
  const [certificate, setCertificate] = useState('');
  const initiative = props.subjectType === 'initiative';
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const decided = status === 'decided';
  const originName = useUnitName(props.origin);

  const save = async () => {
    const errs: Errors = {};
    const lines = reasons.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!status) errs.status = 'Vui lòng chọn phản hồi.';
    if (status && NEEDS_REASONS.includes(status) && !lines.length) errs.reasons = 'Vui lòng ghi lý do, mỗi dòng một lý do.';
    const isoDate = parseDate(date);
    if (decided) {
      if (!number.trim()) errs['decision.number'] = 'Vui lòng nhập số quyết định.';
      if (!isoDate) errs['decision.date'] = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
      if (!issuer.trim()) errs['decision.issuer'] = 'Vui lòng nhập cơ quan ban hành.';
      if (initiative && !scope) errs['decision.scope'] = 'Vui lòng chọn phạm vi ảnh hưởng được công nhận.';
    }
    setErrors(errs);
    if (Object.keys(errs).length || !status) return;
    setBusy(true);
    try {
      await invoke('exchange.decide', {
        subjectType: props.subjectType,
        subjectId: props.subjectId,
        status,
        reasons: decided ? [] : lines.map((message) => ({ field: null, message })),
        decision: decided && isoDate
          ? { number: number.trim(), date: isoDate, issuer: issuer.trim(), award: award.trim(), scope: initiative ? scope : null, certificateNumber: initiative ? certificate.trim() : '' }
          : null,
        note: note.trim(),
      });
      notifySuccess(`Đã lưu phản hồi “${STATUS_LABELS[status]}”; phản hồi đi theo gói gửi tiếp theo cho ${originName}.`);
      setStatus(null);
      setReasons('');
      setNote('');
      props.onSaved();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" component="section" aria-label="Phản hồi">
      <Text fw={600}>Phản hồi cho đơn vị gửi</Text>
      <Select
        label="Phản hồi"
        placeholder="Chọn phản hồi"
        data={OPTIONS}
        value={status}
        onChange={(v) => {
          setStatus(v as DecisionStatus | null);
          setErrors({});
        }}
        error={errors.status}
        allowDeselect={false}
      />
      {!decided && (
        <Textarea
          label="Lý do (mỗi dòng một lý do)"
          value={reasons}
          onChange={(e) => setReasons(e.currentTarget.value)}
          error={errors.reasons}
          autosize
          minRows={2}
          maxRows={5}
          withAsterisk={!!status && NEEDS_REASONS.includes(status)}
        />
      )}
      {decided && (
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          <TextInput label="Số quyết định" value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={errors['decision.number']} withAsterisk />
          <TextInput
            label="Ngày quyết định"
            placeholder="dd/mm/yyyy"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors['decision.date']}
            withAsterisk
          />
          <TextInput
            label="Cơ quan ban hành"
            value={issuer}
            onChange={(e) => setIssuer(e.currentTarget.value)}
            error={errors['decision.issuer']}
            withAsterisk
            style={{ gridColumn: 'span 2' }}
          />
          {initiative ? (
            <>
              <Select
                label="Phạm vi ảnh hưởng"
                data={SCOPE_OPTIONS}
                value={scope}
                onChange={(v) => setScope(v as Scope | null)}
                error={errors['decision.scope']}
                withAsterisk
                allowDeselect={false}
              />
              <TextInput label="Số giấy chứng nhận" value={certificate} onChange={(e) => setCertificate(e.currentTarget.value)} error={errors['decision.certificateNumber']} />
            </>
          ) : (
            <TextInput
              label="Hình thức khen thưởng"
              value={award}
              onChange={(e) => setAward(e.currentTarget.value)}
              error={errors['decision.award']}
              style={{ gridColumn: 'span 2' }}
            />
          )}
        </SimpleGrid>
      )}
      <Textarea label="Ghi chú" value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxRows={3} error={errors.note} />
      <Button onClick={() => void save()} loading={busy} disabled={!status}>
        Lưu phản hồi
      </Button>
    </Stack>
  );
}
