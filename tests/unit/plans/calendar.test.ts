import { describe, expect, it } from 'vitest';
import { demoHomeTasks } from '../../../src-main/exchange/demoWork';
import { generateDemo } from '../../../src-main/services/demo';
import { initializedHost } from '../helpers';

// FIXED_NOW is 15/03/2026.

describe('calendar: every dated obligation of the year, with its source', () => {
  it('plan tasks, the registration deadline, initiative answers and rounds, the inspection deadline; overdue, soon, done', async () => {
    const { h } = await initializedHost();
    await generateDemo(h.call, { people: 45 });
    await demoHomeTasks(h.context(), h.call);
    const plan = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'previous' });
    const cal = await h.call('calendar.year', { year: 2026 });
    expect(cal.today).toBe('2026-03-15');
    const sources = new Set(cal.items.map((i) => i.source));
    for (const s of ['plan-task', 'registration', 'initiative', 'inspection'] as const) expect(sources, s).toContain(s);
    // Sorted by day; every item inside the year.
    expect(cal.items.map((i) => i.date)).toEqual([...cal.items.map((i) => i.date)].sort());
    expect(cal.items.every((i) => i.date.startsWith('2026-'))).toBe(true);
    const item = (re: RegExp) => cal.items.find((i) => re.test(i.title))!;
    expect(item(/Cờ thi đua/)).toMatchObject({ date: '2026-02-28', state: 'overdue', source: 'plan-task', recordId: plan.id });
    expect(item(/^Hạn gửi đăng ký thi đua năm 2026/)).toMatchObject({ date: '2026-03-31', state: 'open', source: 'registration', detail: '0/2 bản đăng ký đã gửi.' });
    expect(item(/Bản đồ số/)).toMatchObject({ date: '2026-03-25', state: 'soon', source: 'initiative' });
    // Last year's initiative rounds are in last year's calendar, with last year's plan (all done or dropped).
    const last = await h.call('calendar.year', { year: 2025 });
    expect(last.items.filter((i) => i.source === 'initiative-round').map((i) => [i.date, i.title])).toEqual([
      ['2025-06-30', 'Hạn nhận đơn sáng kiến: Đợt I'], ['2025-11-30', 'Hạn nhận đơn sáng kiến: Đợt II'],
    ]);
    expect(last.items.filter((i) => i.source === 'plan-task').every((i) => i.state === 'done')).toBe(true);
    expect(item(/^Kiểm tra công tác thi đua, khen thưởng năm 2026/)).toMatchObject({ date: '2026-11-30', state: 'open' });
    // "Thường xuyên" has no day: not in the calendar.
    expect(cal.items.some((i) => /đột xuất/.test(i.title) && i.source === 'plan-task')).toBe(false);
    // The initiative answers the home page shows as overdue are overdue here too.
    const home = await h.call('home.tasks', {});
    const overdueAnswers = home.tasks.filter((t) => t.kind === 'initiative' && t.state === 'overdue' && t.dueOn?.startsWith('2026'));
    for (const a of overdueAnswers) expect(cal.items.find((i) => i.source === 'initiative' && i.recordId === a.recordId)?.state).toBe('overdue');

    // Done: the task is marked so, and leaves the overdue count.
    const flag = plan.taskList.find((t) => /Cờ thi đua/.test(t.content))!;
    await h.call('plans.setTaskStatus', { id: flag.id, status: 'done', result: 'Đã gửi' });
    const after = await h.call('calendar.year', { year: 2026 });
    expect(after.items.find((i) => /Cờ thi đua/.test(i.title))!.state).toBe('done');
    // UIDs are stable between reads and unique.
    expect(after.items.map((i) => i.uid)).toEqual(cal.items.map((i) => i.uid));
    expect(new Set(after.items.map((i) => i.uid)).size).toBe(after.items.length);

    const ics = await h.call('calendar.ics', { year: 2026 });
    expect(ics.fileName).toBe('lich-tdkt-2026_XA-TP.ics');
    expect(ics.events).toBe(after.items.length);
    expect(ics.content.match(/BEGIN:VEVENT/g)).toHaveLength(after.items.length);
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20260228');
    expect(ics.content).toContain(`UID:${after.items[0]!.uid}`);
    expect(ics.content).toContain('DTSTAMP:20260315T010000Z');
    for (const line of ics.content.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('the home page lists this year\'s plan tasks due within a fortnight or overdue, not the later ones nor the done ones', async () => {
    const { h } = await initializedHost();
    const plan = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' });
    const p = await h.call('plans.saveTask', { planId: plan.id, content: 'Ban hành kế hoạch TĐKT', leadUnit: 'Văn phòng', deadline: 'tháng 1' });
    await h.call('plans.saveTask', { planId: plan.id, content: 'Tổng hợp đăng ký thi đua', deadline: '20/03/2026' });
    await h.call('plans.saveTask', { planId: plan.id, content: 'Gửi đăng ký lên tỉnh', deadline: 'quý I' });
    await h.call('plans.saveTask', { planId: plan.id, content: 'Sơ kết 6 tháng', deadline: 'tháng 6' });
    await h.call('plans.saveTask', { planId: plan.id, content: 'Phát động thi đua', deadline: 'thường xuyên' });
    const home = await h.call('home.tasks', {});
    const lines = home.tasks.filter((t) => t.kind === 'plan');
    expect(lines.map((t) => [t.title, t.state, t.dueOn, t.page, t.recordId])).toEqual([
      ['Ban hành kế hoạch TĐKT', 'overdue', '2026-01-31', 'plans', plan.id],
      ['Tổng hợp đăng ký thi đua', 'soon', '2026-03-20', 'plans', plan.id],
    ]);
    expect(lines[0]!.detail).toBe('Kế hoạch công tác thi đua, khen thưởng năm 2026; hạn 31/01/2026; chủ trì: Văn phòng.');
    await h.call('plans.setTaskStatus', { id: p.taskList[0]!.id, status: 'done', result: null });
    expect((await h.call('home.tasks', {})).tasks.filter((t) => t.kind === 'plan').map((t) => t.title)).toEqual(['Tổng hợp đăng ký thi đua']);
  });

  it('a task keeps its calendar UID when its text or day changes; two tasks with the same text have two UIDs', async () => {
    const { h } = await initializedHost();
    const plan = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'empty' });
    await h.call('plans.saveTask', { planId: plan.id, content: 'Họp Hội đồng', deadline: 'tháng 4' });
    const p = await h.call('plans.saveTask', { planId: plan.id, content: 'Họp Hội đồng', deadline: 'tháng 10' });
    const uids = async () => (await h.call('calendar.year', { year: 2026 })).items.filter((i) => i.source === 'plan-task').map((i) => [i.title, i.uid]);
    const before = await uids();
    expect(new Set(before.map(([, u]) => u)).size).toBe(2);
    await h.call('plans.saveTask', { planId: plan.id, id: p.taskList[0]!.id, content: 'Họp Hội đồng quý II', deadline: '15/05/2026' });
    const after = await uids();
    expect(after.find(([t]) => t === 'Họp Hội đồng quý II')![1]).toBe(before[0]![1]);
  });
});
