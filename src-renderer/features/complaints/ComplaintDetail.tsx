import { Alert, Badge, Button, Checkbox, CloseButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Complaint } from '../../../src-shared/api';
import { COMPLAINT_KIND_LABELS } from '../../../src-shared/rules/complaints';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { showFieldErrorsOrNotify } from '../../app/notify';

/**
 * One entry of the sổ đơn thư: its steps (add one), the dossiers it is linked to (link, unlink),
 * and "Gửi kèm nội dung" (whether its content goes up with those dossiers). A received copy is read-only.
 */
export function ComplaintDetail(props: { complaint: Complaint | null; onClose: () => void; onChanged: (c: Complaint) => void }) {
  const c = props.complaint;
  const [step, setStep] = useState({ on: '', text: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dossiers, setDossiers] = useState<{ value: string; label: string }[]>([]);
  const [pick, setPick] = useState<string | null>(null);
  useEffect(() => {
    setStep({ on: '', text: '' });
    setErrors({});
    setPick(null);
    if (!c || c.fromUnit) return;
    invoke('dossiers.list', { year: null, open: false, query: '', offset: 0, limit: 200 })
      .then((r) => setDossiers(r.items.filter((d) => d.origin === c.origin).map((d) => ({ value: d.id, label: `${d.title} (${d.year})` }))))
      .catch(() => setDossiers([]));
  }, [c]);
  if (!c) return null;
  const readOnly = !!c.fromUnit;
  const open = c.status === 'open' && !readOnly;

  const run = async (p: Promise<Complaint>) => {
    try {
      props.onChanged(await p);
      setErrors({});
      return true;
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
      return false;
    }
  };
  const addStep = async () => {
    const on = parseDate(step.on);
    if (!on) return setErrors({ on: 'Ngày của bước xử lý không có thật; hãy nhập theo dạng dd/mm/yyyy.' });
    if (await run(invoke('complaints.addStep', { id: c.id, on, text: step.text }))) setStep({ on: '', text: '' });
  };
  const linked = c.subjects.filter((s) => s.type === 'dossier');

  return (
    <Modal opened onClose={props.onClose} size="lg" centered title={`${COMPLAINT_KIND_LABELS[c.kind]} nhận ngày ${formatDate(c.receivedOn)}`}>
      <Stack gap="sm">
        {readOnly && <Alert color="gray" variant="light" p="xs">Đơn thư do {c.fromUnit} ghi và gửi kèm hồ sơ: chỉ xem.</Alert>}
        <Text size="sm">Về: {c.subjects.filter((s) => s.type !== 'dossier').map((s) => s.name).join(', ')}</Text>
        <Text size="sm" c={readOnly && !c.sendContent ? 'dimmed' : undefined}>{readOnly && !c.sendContent ? 'Đơn vị không gửi kèm nội dung đơn.' : c.content}</Text>
        <div>
          <Text size="sm" fw={500}>Các bước xử lý</Text>
          {c.steps.length === 0 && <Text size="xs" c="dimmed">Chưa ghi bước nào.</Text>}
          {c.steps.map((s, i) => <Text key={i} size="sm" data-testid="complaint-step">{formatDate(s.on)}: {s.text}</Text>)}
          {open && (
            <Group gap="xs" align="flex-start" mt={4}>
              <TextInput size="xs" aria-label="Ngày của bước" placeholder="dd/mm/yyyy" w={110} value={step.on} onChange={(e) => setStep({ ...step, on: e.currentTarget.value })} error={errors.on} />
              <TextInput size="xs" aria-label="Nội dung bước" placeholder="Thụ lý, xác minh, đối thoại…" style={{ flex: 1 }} value={step.text} onChange={(e) => setStep({ ...step, text: e.currentTarget.value })} error={errors.text} />
              <Button size="xs" variant="light" onClick={() => void addStep()}>Ghi bước</Button>
            </Group>
          )}
        </div>
        <div>
          <Text size="sm" fw={500}>Hồ sơ liên quan</Text>
          <Group gap={6}>
            {linked.length === 0 && <Text size="xs" c="dimmed">Chưa gắn hồ sơ nào (đơn vẫn đi kèm hồ sơ có tên người bị khiếu nại, tố cáo).</Text>}
            {linked.map((d) => (
              <Badge key={d.id} variant="light" tt="none" size="lg" data-testid="linked-dossier"
                rightSection={open ? <CloseButton size="xs" aria-label={`Bỏ gắn ${d.name}`} onClick={() => void run(invoke('complaints.unlinkDossier', { id: c.id, dossierId: d.id }))} /> : null}>
                {d.name}
              </Badge>
            ))}
          </Group>
          {open && (
            <Group gap="xs" mt={4} align="flex-start">
              <Select size="xs" aria-label="Chọn hồ sơ để gắn" placeholder="Chọn hồ sơ" searchable style={{ flex: 1 }} value={pick} onChange={setPick}
                data={dossiers.filter((d) => !linked.some((l) => l.id === d.value))} error={errors.dossierId} />
              <Button size="xs" variant="light" disabled={!pick} onClick={() => void run(invoke('complaints.linkDossier', { id: c.id, dossierId: pick! })).then((ok) => ok && setPick(null))}>Gắn hồ sơ</Button>
            </Group>
          )}
        </div>
        {!readOnly && (
          <Checkbox label="Gửi kèm nội dung (người gửi, nội dung đơn, các bước, kết luận) khi gửi hồ sơ lên cấp trên"
            description="Không chọn: cấp trên chỉ nhận loại đơn, ngày nhận, người liên quan, đang xác minh hay đã kết luận."
            checked={c.sendContent} onChange={(e) => void run(invoke('complaints.setSendContent', { id: c.id, sendContent: e.currentTarget.checked }))} />
        )}
        <Group justify="flex-end"><Button variant="default" onClick={props.onClose}>Đóng</Button></Group>
      </Stack>
    </Modal>
  );
}
