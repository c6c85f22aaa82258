import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';

type Invoke = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

/**
 * Last year's TĐKT plan, made from the shipped template and carried out (every task done but
 * the second state round, not held), so "Lập từ kế hoạch năm trước" works on demo data.
 */
export async function demoPlans(invoke: Invoke, today: string): Promise<number> {
  const year = Number(today.slice(0, 4)) - 1;
  const plan = await invoke('plans.create', { year, kind: 'tdkt', from: 'template' });
  await invoke('plans.update', { id: plan.id, title: plan.title, planNumber: '03/KH-UBND', planDate: `${year}-01-10`, purpose: plan.purpose });
  for (const t of plan.taskList) {
    const skipped = /đợt 2/.test(t.content);
    await invoke('plans.setTaskStatus', { id: t.id, status: skipped ? 'dropped' : 'done', result: skipped ? 'Xã không có hồ sơ đề nghị đợt này.' : `Đã thực hiện${t.dueOn ? ` trước ngày ${t.dueOn.slice(8, 10)}/${t.dueOn.slice(5, 7)}/${year}` : ''}.` });
  }
  return 1;
}
