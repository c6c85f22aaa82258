import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PLAN_TASK_STATUS_LABELS, PLAN_TASK_STATUSES, type PlanTask, type PlanTaskStatus, type WorkPlan } from '../../../src-shared/api';
import { invoke } from '../../api';
import { showFieldErrorsOrNotify } from '../../app/notify';
import { T } from '../../app/strings';

const STATUS_OPTIONS = PLAN_TASK_STATUSES.map((s) => ({ value: s, label: PLAN_TASK_STATUS_LABELS[s] }));

/** Adds or edits one task of the plan: content, lead and coordinating units, deadline as typed, status, result, the upper task it follows. */
export function TaskModal(props: { plan: WorkPlan; task: PlanTask | null; opened: boolean; onClose: () => void; onSaved: (p: WorkPlan) => void }) {
  const t = props.task;
  const [v, setV] = useState({ content: '', leadUnit: '', coordinatingUnits: '', deadline: '', status: 'todo' as PlanTaskStatus, result: '', followsTaskId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!props.opened) return;
    setErrors({});
    setV({
      content: t?.content ?? '', leadUnit: t?.leadUnit ?? '', coordinatingUnits: t?.coordinatingUnits ?? '', deadline: t?.deadlineLabel ?? '',
      status: t?.status ?? 'todo', result: t?.result ?? '', followsTaskId: t?.followsTaskId ?? '',
    });
  }, [props.opened, t]);
  const set = (k: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [k]: value }));

  const save = async () => {
    setBusy(true);
    try {
      const p = await invoke('plans.saveTask', { planId: props.plan.id, id: t?.id ?? null, ...v, followsTaskId: v.followsTaskId || null });
      props.onSaved(p);
    } catch (e) {
      showFieldErrorsOrNotify(e, setErrors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t ? 'Sửa công việc của kế hoạch' : 'Thêm công việc vào kế hoạch'} size="lg" centered>
      <Stack gap="sm">
        <Textarea label="Nội dung công việc" required autosize minRows={2} value={v.content} onChange={(e) => set('content')(e.currentTarget.value)} error={errors.content} data-autofocus />
        <Group grow align="flex-start">
          <TextInput label="Đơn vị chủ trì" value={v.leadUnit} onChange={(e) => set('leadUnit')(e.currentTarget.value)} error={errors.leadUnit} />
          <TextInput label="Đơn vị phối hợp" value={v.coordinatingUnits} onChange={(e) => set('coordinatingUnits')(e.currentTarget.value)} error={errors.coordinatingUnits} />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label="Thời hạn"
            description="Một ngày (dd/mm/yyyy), một tháng (tháng 5), một quý (quý II) hoặc “thường xuyên”"
            value={v.deadline}
            onChange={(e) => set('deadline')(e.currentTarget.value)}
            error={errors.deadline}
          />
          <Select label="Tình hình thực hiện" data={STATUS_OPTIONS} value={v.status} onChange={(s) => s && set('status')(s)} allowDeselect={false} />
        </Group>
        {props.plan.upperTasks.length > 0 && (
          <Select
            label="Thực hiện nhiệm vụ của cấp trên"
            placeholder="(không)"
            clearable
            searchable
            data={props.plan.upperTasks.map((u) => ({ value: u.id, label: `${u.deadlineLabel}: ${u.content}` }))}
            value={v.followsTaskId || null}
            onChange={(s) => set('followsTaskId')(s ?? '')}
            error={errors.followsTaskId}
          />
        )}
        <Textarea label="Kết quả" autosize minRows={1} value={v.result} onChange={(e) => set('result')(e.currentTarget.value)} error={errors.result} />
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
