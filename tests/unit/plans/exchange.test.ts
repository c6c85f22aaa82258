import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { exportFrom, pair, tick } from '../exchange/pair';

describe('the province\'s plan travels down in its reference package', () => {
  it('arrives read-only at the commune; the commune\'s own tasks can follow it; a newer version replaces the tasks', async () => {
    const { clock, prov, xa } = await pair();
    const plan = await prov.call('plans.create', { year: 2026, kind: 'tdkt', from: 'template' });
    const out = tempDir();
    const issued = await prov.call('reference.issue', { outDir: out, expiresDays: 30 });
    const preview = await xa.call('exchange.preview', { path: issued.files[0]!.file });
    expect(preview.rows.find((r) => r.type === 'plan')).toMatchObject({ action: 'new', title: `Kế hoạch công tác thi đua, khen thưởng năm 2026 (${plan.taskList.length} công việc)` });
    expect((await xa.call('exchange.import', { path: issued.files[0]!.file })).applied).toBe(true);

    const [copy] = await xa.call('plans.list', { year: 2026 });
    expect(copy).toMatchObject({ id: plan.id, editable: false, originName: 'Tỉnh Lai Châu', tasks: plan.taskList.length });
    const got = await xa.call('plans.get', { id: plan.id });
    expect(got.taskList.map((t) => [t.id, t.content, t.deadlineLabel])).toEqual(plan.taskList.map((t) => [t.id, t.content, t.deadlineLabel]));
    // Read-only here.
    const refused = await xa.fail('plans.saveTask', { planId: plan.id, content: 'Sửa của xã', deadline: 'tháng 6' });
    expect(refused.code).toBe('READ_ONLY');

    // The commune's own plan: a task following the province's.
    const own = await xa.call('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' });
    const upper = own.upperTasks.find((t) => /Cờ thi đua/.test(t.content))!;
    expect(upper).toBeTruthy();
    const withTask = await xa.call('plans.saveTask', { planId: own.id, content: 'Gửi đề nghị Cờ thi đua lên tỉnh', deadline: '15/02/2026', followsTaskId: upper.id });
    expect(withTask.taskList[0]).toMatchObject({ followsTaskId: upper.id, followsContent: upper.content });

    // In the commune's calendar: the province's tasks (read-only) beside its own.
    const cal = await xa.call('calendar.year', { year: 2026 });
    expect(cal.items.find((i) => i.recordId === plan.id && /Cờ thi đua/.test(i.title))).toMatchObject({ source: 'upper-plan-task', sourceLabel: 'Kế hoạch của cấp trên' });
    expect(cal.items.find((i) => i.title === 'Gửi đề nghị Cờ thi đua lên tỉnh')).toMatchObject({ source: 'plan-task', date: '2026-02-15' });

    // The province drops a task and marks one done: the next reference package brings that down.
    tick(clock);
    const last = plan.taskList.at(-1)!;
    await prov.call('plans.deleteTask', { id: last.id });
    await prov.call('plans.setTaskStatus', { id: upper.id, status: 'done', result: 'Đã trình' });
    const v2 = await prov.call('reference.issue', { outDir: out, expiresDays: 30 });
    expect((await xa.call('exchange.preview', { path: v2.files[0]!.file })).rows.find((r) => r.type === 'plan')!.action).toBe('update');
    await xa.call('exchange.import', { path: v2.files[0]!.file });
    const after = await xa.call('plans.get', { id: plan.id });
    expect(after.taskList.map((t) => t.id)).not.toContain(last.id);
    expect(after.taskList.find((t) => t.id === upper.id)).toMatchObject({ status: 'done', result: 'Đã trình' });
    expect((await xa.call('plans.get', { id: own.id })).taskList[0]!.followsContent).toBe(upper.content);
  });

  it('a plan never goes up in a submission', async () => {
    const { xa } = await pair();
    await xa.call('plans.create', { year: 2026, kind: 'tdkt', from: 'template' });
    const files = await exportFrom(xa, 'T12', { all: true });
    const fs = await import('node:fs');
    const types = files.flatMap((f) => (JSON.parse(fs.readFileSync(f.file, 'utf8')) as { body: { records: { type: string }[] } }).body.records.map((r) => r.type));
    expect(types).toContain('person');
    expect(types).not.toContain('plan');
  });
});
