import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { WorkPlan } from '../../../src-shared/api';
import { formatDate, parseDate } from '../../../src-shared/text';
import { invoke } from '../../api';
import { showFieldErrorsOrNotify } from '../../app/notify';
import { T } from '../../app/strings';

/** The plan's own lines as printed: its name, số and ngày ban hành, and "Mục đích, yêu cầu". */
export function PlanInfoModal(props: { plan: WorkPlan; opened: boolean; onClose: () => void; onSaved: (p: WorkPlan) => void }) {
  const [v, setV] = useState({ title: '', planNumber: '', planDate: '', purpose: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!props.opened) return;
    setErrors({});
    setV({ title: props.plan.title, planNumber: props.plan.planNumber, planDate: formatDate(props.plan.planDate), purpose: props.plan.purpose });
  }, [props.opened, props.plan]);

  const save = async () => {
    const planDate = v.planDate.trim() ? parseDate(v.planDate) : null;
    if (v.planDate.trim() && !planDate) {
      setErrors({ planDate: 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.' });
      return;
    }
    setBusy(true);
    try {
      props.onSaved(await invoke('plans.update', { id: props.plan.id, title: v.title, planNumber: v.planNumber, planDate, purpose: v.purpose }));
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Thông tin kế hoạch" size="lg" centered>
      <Stack gap="sm">
        <TextInput label="Tên kế hoạch" required value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} error={errors.title} />
        <Group grow align="flex-start">
          <TextInput label="Số kế hoạch" placeholder="03/KH-UBND" value={v.planNumber} onChange={(e) => setV({ ...v, planNumber: e.currentTarget.value })} error={errors.planNumber} />
          <TextInput label="Ngày ban hành" placeholder="dd/mm/yyyy" value={v.planDate} onChange={(e) => setV({ ...v, planDate: e.currentTarget.value })} error={errors.planDate} />
        </Group>
        <Textarea label="Mục đích, yêu cầu" description="Mỗi dòng in thành một gạch đầu dòng" autosize minRows={3} value={v.purpose} onChange={(e) => setV({ ...v, purpose: e.currentTarget.value })} error={errors.purpose} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {T.cancel}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {T.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
