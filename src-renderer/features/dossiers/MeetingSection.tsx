import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Dossier } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { ApiError, invoke } from '../../api';
import { notifyError, notifySuccess } from '../../app/notify';
import { ReadOnlyFields } from '../exchange/ReadOnlyFields';

type Errors = Record<string, string>;
const num = (v: number | string) => (typeof v === 'number' ? v : null);

/**
 * "Họp Hội đồng Thi đua – Khen thưởng": the date, the members (all, present, written opinions).
 * The vote thresholds count on all the members, so the votes are entered per nominee after this.
 */
export function MeetingSection({ dossier, onSaved }: { dossier: Dossier; onSaved: () => void }) {
  const [date, setDate] = useState('');
  const [total, setTotal] = useState<number | string>('');
  const [present, setPresent] = useState<number | string>('');
  const [written, setWritten] = useState<number | string>('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const readOnly = !dossier.editable;

  useEffect(() => {
    setDate(formatDate(dossier.meetingDate));
    setTotal(dossier.councilTotal ?? '');
    setPresent(dossier.councilPresent ?? '');
    setWritten(dossier.councilWritten ?? '');
  }, [dossier.meetingDate, dossier.councilTotal, dossier.councilPresent, dossier.councilWritten]);

  const save = async () => {
    const errs: Errors = {};
    const iso = date.trim() ? parseDate(date) : null;
    if (date.trim() && !iso) errs.meetingDate = 'Ngày không hợp lệ; hãy nhập dd/mm/yyyy.';
    if (num(total) === null) errs.councilTotal = 'Nhập tổng số thành viên Hội đồng.';
    if (num(present) === null) errs.councilPresent = 'Nhập số thành viên có mặt.';
    setErrors(errs);
    const t = num(total);
    const p = num(present);
    if (Object.keys(errs).length || t === null || p === null) return;
    setBusy(true);
    try {
      await invoke('dossiers.setMeeting', { id: dossier.id, meetingDate: iso, councilTotal: t, councilPresent: p, councilWritten: num(written) ?? 0 });
      notifySuccess('Đã lưu cuộc họp Hội đồng');
      onSaved();
    } catch (e) {
      if (e instanceof ApiError) setErrors(e.fieldMessages());
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const count = (label: string, value: number | string, set: (v: number | string) => void, key: string) => (
    <NumberInput
      label={label}
      value={value}
      onChange={(v) => {
        set(v);
        setErrors({});
      }}
      error={errors[key]}
      min={0}
      max={1000}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      w={170}
    />
  );

  return (
    <Paper withBorder p="sm" component="section" aria-label="Họp Hội đồng Thi đua – Khen thưởng">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Họp Hội đồng Thi đua – Khen thưởng
        </Title>
        <ReadOnlyFields readOnly={readOnly}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label="Ngày họp"
              placeholder="dd/mm/yyyy"
              value={date}
              onChange={(e) => {
                setDate(e.currentTarget.value);
                setErrors({});
              }}
              error={errors.meetingDate}
              w={140}
              autoComplete="off"
            />
            {count('Tổng số thành viên', total, setTotal, 'councilTotal')}
            {count('Số có mặt', present, setPresent, 'councilPresent')}
            {count('Ý kiến bằng văn bản', written, setWritten, 'councilWritten')}
            {!readOnly && (
              <Button mt={25} variant="light" onClick={() => void save()} loading={busy} style={{ flex: 'none' }}>
                Lưu cuộc họp
              </Button>
            )}
          </Group>
        </ReadOnlyFields>
        <Text size="xs" c="dimmed">
          Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng; thành viên vắng mặt cho ý kiến bằng văn bản. Nhập số phiếu của từng người ở
          danh sách đề nghị bên dưới.
        </Text>
      </Stack>
    </Paper>
  );
}
