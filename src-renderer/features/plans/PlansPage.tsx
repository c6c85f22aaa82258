import { Badge, Button, Group, Paper, ScrollArea, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { WORK_PLAN_KIND_LABELS, type PlanTask, type WorkPlan, type WorkPlanKind } from '../../../src-shared/api';
import { invoke } from '../../api';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { notifyError, notifySuccess } from '../../app/notify';
import { PageFrame } from '../../app/PageFrame';
import { T } from '../../app/strings';
import { PrintButton } from '../registrations/PrintButton';
import { YearSelect } from '../registrations/YearSelect';
import { usePlansStore } from './store';
import { PlanInfoModal } from './PlanInfoModal';
import { TaskModal } from './TaskModal';
import { TaskTable } from './TaskTable';

/**
 * Kế hoạch công tác thi đua, khen thưởng năm (or the council's): this unit's own plan of the year,
 * made from last year's, the template or empty, its tasks marked as they are done; the upper
 * level's plan below it, read-only.
 */
export function PlansPage() {
  const { year, kind, setYear, setKind } = usePlansStore();
  const [own, setOwn] = useState<WorkPlan | null | undefined>(undefined);
  const [upper, setUpper] = useState<WorkPlan[]>([]);
  const [editing, setEditing] = useState<PlanTask | null | 'new'>(null);
  const [deleting, setDeleting] = useState<PlanTask | null>(null);
  const [busy, setBusy] = useState(false);
  const [info, setInfo] = useState(false);

  const load = useCallback(async () => {
    const list = (await invoke('plans.list', { year })).filter((p) => p.kind === kind);
    const mine = list.find((p) => p.editable);
    setOwn(mine ? await invoke('plans.get', { id: mine.id }) : null);
    setUpper(await Promise.all(list.filter((p) => !p.editable).map((p) => invoke('plans.get', { id: p.id }))));
  }, [year, kind]);
  useEffect(() => {
    setOwn(undefined);
    load().catch((e: unknown) => notifyError(e, T.loadFailed));
  }, [load]);

  const create = async (from: 'previous' | 'template' | 'empty') => {
    setBusy(true);
    try {
      const p = await invoke('plans.create', { year, kind, from });
      setOwn(p);
      notifySuccess(`Đã lập kế hoạch năm ${year} (${p.taskList.length} công việc).`);
    } catch (e) {
      notifyError(e, 'Chưa lập được kế hoạch');
    } finally {
      setBusy(false);
    }
  };
  const setStatus = async (t: PlanTask, status: PlanTask['status']) => {
    try {
      setOwn(await invoke('plans.setTaskStatus', { id: t.id, status, result: null }));
    } catch (e) {
      notifyError(e);
    }
  };
  const remove = async () => {
    if (!deleting) return;
    try {
      setOwn(await invoke('plans.deleteTask', { id: deleting.id }));
      setDeleting(null);
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <PageFrame
      title={T.nav.plans}
      actions={
        <>
          <SegmentedControl
            size="xs"
            aria-label="Loại kế hoạch"
            value={kind}
            onChange={(k) => setKind(k as WorkPlanKind)}
            data={[{ value: 'tdkt', label: 'Kế hoạch TĐKT' }, { value: 'council', label: 'Kế hoạch của Hội đồng' }]}
          />
          <YearSelect value={year} onChange={(y) => y && setYear(y)} />
          {own && <PrintButton kind="work-plan" id={own.id} label="In kế hoạch (Word)" size="sm" />}
        </>
      }
    >
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        <Stack gap="md">
          {own === null && (
            <Paper withBorder p="md" data-testid="plan-empty">
              <Text mb="sm">Năm {year} chưa có {WORK_PLAN_KIND_LABELS[kind].toLowerCase()} của đơn vị. Lập kế hoạch:</Text>
              <Group>
                <Button onClick={() => void create('previous')} loading={busy}>
                  Từ kế hoạch năm {year - 1} (dời ngày một năm)
                </Button>
                <Button variant="light" onClick={() => void create('template')} loading={busy}>
                  Từ kế hoạch mẫu
                </Button>
                <Button variant="default" onClick={() => void create('empty')} loading={busy}>
                  Kế hoạch trống
                </Button>
              </Group>
            </Paper>
          )}
          {own && (
            <Stack gap="xs">
              <Group justify="space-between">
                <Group gap="xs">
                  <Title order={3} size="h4">
                    {own.title}
                  </Title>
                  <Badge color="green" variant="light" tt="none" data-testid="plan-done">
                    {own.done}/{own.tasks} đã xong
                  </Badge>
                  {own.overdue > 0 && (
                    <Badge color="red" variant="filled" tt="none" data-testid="plan-overdue">
                      {own.overdue} quá hạn
                    </Badge>
                  )}
                </Group>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setInfo(true)}>
                    Số, ngày, mục đích
                  </Button>
                  <Button size="xs" onClick={() => setEditing('new')}>
                    Thêm công việc
                  </Button>
                </Group>
              </Group>
              <TaskTable tasks={own.taskList} editable label={own.title} onStatus={(t, s) => void setStatus(t, s)} onEdit={setEditing} onDelete={setDeleting} />
            </Stack>
          )}
          {upper.map((u) => (
            <Stack gap="xs" key={u.id} data-testid="upper-plan">
              <Group gap="xs">
                <Title order={3} size="h5">
                  {u.title}
                </Title>
                <Badge color="grape" variant="light" tt="none">
                  Của {u.originName} (chỉ xem)
                </Badge>
              </Group>
              <TaskTable tasks={u.taskList} editable={false} label={`${u.title} của ${u.originName ?? ''}`} />
            </Stack>
          ))}
        </Stack>
      </ScrollArea>
      {own && (
        <TaskModal
          plan={own}
          task={editing === 'new' ? null : editing}
          opened={editing !== null}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setOwn(p);
            setEditing(null);
            notifySuccess(T.saved);
          }}
        />
      )}
      {own && (
        <PlanInfoModal
          plan={own}
          opened={info}
          onClose={() => setInfo(false)}
          onSaved={(p) => {
            setOwn(p);
            setInfo(false);
            notifySuccess(T.saved);
          }}
        />
      )}
      <ConfirmDialog
        opened={!!deleting}
        title="Xóa công việc?"
        message={`Xóa “${deleting?.content ?? ''}” khỏi kế hoạch?`}
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      />
    </PageFrame>
  );
}
