import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

// FIXED_NOW is 15/03/2026.

const planTables = (h: Awaited<ReturnType<typeof initializedHost>>['h']) => {
  const db = h.context().sqlite;
  return JSON.stringify(['work_plans', 'work_plan_tasks', 'audit'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
};

describe('plans: the year\'s TĐKT plan', () => {
  it('made from the template: the seed plans\' tasks with their deadlines in the year', async () => {
    const { h } = await initializedHost();
    const p = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'template' });
    expect(p.title).toBe('Kế hoạch công tác thi đua, khen thưởng năm 2026');
    expect(p.source).toBe('template');
    const by = (re: RegExp) => p.taskList.find((t) => re.test(t.content))!;
    expect(by(/Cờ thi đua của Chính phủ/)).toMatchObject({ deadlineLabel: 'Tháng 2', dueOn: '2026-02-28', overdue: true });
    expect(by(/đợt 1$/)).toMatchObject({ deadlineLabel: 'Tháng 5', dueOn: '2026-05-31', overdue: false });
    expect(by(/Giáo dục/)).toMatchObject({ dueOn: '2026-09-30' });
    expect(by(/Gửi đăng ký thi đua/)).toMatchObject({ deadlineLabel: 'Quý I', dueOn: '2026-03-31' });
    expect(by(/^Kiểm tra công tác/)).toMatchObject({ content: 'Kiểm tra công tác thi đua, khen thưởng năm 2026', deadlineLabel: '30/11/2026', dueOn: '2026-11-30' });
    expect(by(/đột xuất/)).toMatchObject({ deadlineLabel: 'Thường xuyên', dueOn: null, overdue: false });
    expect(p.overdue).toBe(p.taskList.filter((t) => t.overdue).length);
    const council = await h.call('plans.create', { year: 2026, kind: 'council', from: 'template' });
    expect(council.title).toBe('Kế hoạch hoạt động của Hội đồng Thi đua - Khen thưởng năm 2026');
    expect(council.taskList.length).toBeGreaterThan(3);
    expect((await h.call('plans.list', { year: 2026 })).map((x) => x.kind).sort()).toEqual(['council', 'tdkt']);
  });

  it('made from last year\'s: tasks copied with dates a year later, status and results reset', async () => {
    const { h } = await initializedHost();
    const last = await h.call('plans.create', { year: 2025, kind: 'tdkt', from: 'empty' });
    await h.call('plans.saveTask', { planId: last.id, content: 'Tổng kết công tác thi đua năm 2025', leadUnit: 'Văn phòng', coordinatingUnits: 'Các thôn', deadline: '20/12/2025', status: 'done', result: 'Đã tổ chức' });
    await h.call('plans.saveTask', { planId: last.id, content: 'Đăng ký thi đua', deadline: 'quý I' });
    const p = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'previous' });
    expect(p.title).toBe('Kế hoạch công tác thi đua, khen thưởng năm 2026');
    expect(p.taskList.map((t) => [t.content, t.leadUnit, t.coordinatingUnits, t.deadlineLabel, t.dueOn, t.status, t.result])).toEqual([
      ['Tổng kết công tác thi đua năm 2026', 'Văn phòng', 'Các thôn', '20/12/2026', '2026-12-20', 'todo', ''],
      ['Đăng ký thi đua', '', '', 'Quý I', '2026-03-31', 'todo', ''],
    ]);
    // Last year's stays as it was.
    expect((await h.call('plans.get', { id: last.id })).taskList[0]).toMatchObject({ status: 'done', result: 'Đã tổ chức', dueOn: '2025-12-20' });
  });

  it('a task marked done leaves the overdue count; every change is a new revision of the plan', async () => {
    const { h } = await initializedHost();
    const p = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' });
    const a = await h.call('plans.saveTask', { planId: p.id, content: 'Ban hành kế hoạch', deadline: 'tháng 1' });
    expect(a.overdue).toBe(1);
    expect(a.rev).toBe(2);
    const done = await h.call('plans.setTaskStatus', { id: a.taskList[0]!.id, status: 'done', result: 'Kế hoạch số 05/KH-UBND' });
    expect(done.overdue).toBe(0);
    expect(done.done).toBe(1);
    expect(done.taskList[0]).toMatchObject({ status: 'done', result: 'Kế hoạch số 05/KH-UBND', overdue: false });
    expect(done.rev).toBe(3);
    const gone = await h.call('plans.deleteTask', { id: a.taskList[0]!.id });
    expect(gone.taskList).toEqual([]);
    const named = await h.call('plans.update', { id: p.id, title: 'Kế hoạch công tác thi đua, khen thưởng năm 2026', planNumber: '05/KH-UBND', planDate: '2026-01-12', purpose: 'Dòng một\nDòng hai' });
    expect(named).toMatchObject({ planNumber: '05/KH-UBND', planDate: '2026-01-12', purpose: 'Dòng một\nDòng hai', rev: 5 });
    // Deleted: a new one may be made for the year.
    await h.call('plans.delete', { id: p.id });
    expect(await h.call('plans.list', { year: 2026 })).toEqual([]);
    expect((await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' })).taskList).toEqual([]);
  });

  it('bad input: a Vietnamese message, nothing written', async () => {
    const { h } = await initializedHost();
    const p = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'template' });
    const before = planTables(h);
    const noContent = await h.fail('plans.saveTask', { planId: p.id, content: '   ', deadline: 'tháng 5' });
    expect(noContent.message).toMatch(/nội dung công việc/);
    const badDeadline = await h.fail('plans.saveTask', { planId: p.id, content: 'Họp', deadline: 'sớm nhất có thể' });
    expect(badDeadline.message).toMatch(/không hiểu được.*tháng 5.*quý II.*thường xuyên/);
    const badDate = await h.fail('plans.saveTask', { planId: p.id, content: 'Họp', deadline: '31/02/2026' });
    expect(badDate.message).toMatch(/không có thật/);
    const twice = await h.fail('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' });
    expect(twice.message).toBe('Năm 2026 đã có kế hoạch công tác thi đua, khen thưởng; hãy mở kế hoạch đó để sửa, không lập kế hoạch thứ hai.');
    const noTitle = await h.fail('plans.update', { id: p.id, title: '  ', planNumber: '', planDate: null, purpose: '' });
    expect(noTitle.message).toMatch(/tên kế hoạch/);
    const noPrevious = await h.fail('plans.create', { year: 2026, kind: 'council', from: 'previous' });
    expect(noPrevious.message).toMatch(/Chưa có kế hoạch hoạt động .* năm 2025 để sao chép/);
    expect(planTables(h)).toBe(before);
  });
});
