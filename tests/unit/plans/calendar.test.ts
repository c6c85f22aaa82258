import { describe, expect, it } from 'vitest';
import { demoHomeTasks } from '../../../src-main/exchange/demoWork';
import { generateDemo } from '../../../src-main/services/demo';
import { addWorkingDays, APPRAISAL_WORKING_DAYS } from '../../../src-main/services/calendar/obligations';
import { exportFrom, pair } from '../exchange/pair';
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
    const item = (re: RegExp) => cal.items.find((i) => re.test(i.title) && i.source !== 'state-round')!;
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
    expect(after.items.find((i) => /Cờ thi đua/.test(i.title) && i.source === 'plan-task')!.state).toBe('done');
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

describe('calendar: dossiers received from below, and the state-level rounds', () => {
  it.each([
    ['2026-03-15', 1, '2026-03-16'], // a Sunday: the next Monday
    ['2026-03-13', 1, '2026-03-16'], // a Friday: the weekend is skipped
    ['2026-03-14', 5, '2026-03-20'],
    ['2026-03-15', 20, '2026-04-10'], // four weeks
    ['2026-12-24', 20, '2027-01-21'], // across the year
    ['2026-03-16', 0, '2026-03-16'],
  ])('%s + %i working days = %s', (from, days, due) => {
    expect(addWorkingDays(from, days)).toBe(due);
  });

  it('a dossier received from a commune is due 20 working days after it arrived, and done once the province has answered it', async () => {
    const { prov, xa, an, dung } = await pair();
    const d1 = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS năm 2025' });
    await xa.call('dossiers.addNominee', { dossierId: d1.id, subjectType: 'person', subjectId: an.id });
    const d2 = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'Đề nghị LĐTT năm 2025' });
    await xa.call('dossiers.addNominee', { dossierId: d2.id, subjectType: 'person', subjectId: dung.id });
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });

    const appraisals = async () => (await prov.call('calendar.year', { year: 2026 })).items.filter((i) => i.source === 'dossier-appraisal');
    expect(APPRAISAL_WORKING_DAYS).toBe(20);
    // Received on 15/03/2026 (the test clock): due on Friday 10/04/2026.
    expect(await appraisals()).toEqual([
      expect.objectContaining({ date: '2026-04-10', title: 'Thẩm định hồ sơ "Đề nghị CSTĐCS năm 2025" của Xã Tân Phong', recordId: d1.id, state: 'open', sourceLabel: 'Thẩm định hồ sơ khen thưởng' }),
      expect.objectContaining({ date: '2026-04-10', title: 'Thẩm định hồ sơ "Đề nghị LĐTT năm 2025" của Xã Tân Phong', recordId: d2.id, state: 'open' }),
    ]);
    expect((await appraisals())[0]!.detail).toBe('Nhận ngày 15/03/2026; thẩm định trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ (chưa trừ ngày nghỉ lễ).');
    await prov.call('exchange.decide', { subjectType: 'dossier', subjectId: d1.id, status: 'decided', decision: { number: '125/QĐ-UBND', date: '2026-03-15', issuer: 'UBND tỉnh Lai Châu', award: 'Chiến sĩ thi đua cơ sở' } });
    expect((await appraisals()).map((i) => [i.recordId, i.state])).toEqual([[d1.id, 'done'], [d2.id, 'open']]);
    // Not in another year's calendar; the commune appraises nothing of its own.
    expect((await prov.call('calendar.year', { year: 2025 })).items.some((i) => i.source === 'dossier-appraisal')).toBe(false);
    expect((await xa.call('calendar.year', { year: 2026 })).items.some((i) => i.source === 'dossier-appraisal')).toBe(false);
  });

  it('the state-level rounds of the catalogue: tháng 2 (Cờ thi đua của Chính phủ), tháng 5 and tháng 9, on the month\'s last day; a past one is not overdue', async () => {
    const { h } = await initializedHost();
    const cal = await h.call('calendar.year', { year: 2026 });
    const rounds = cal.items.filter((i) => i.source === 'state-round');
    expect(rounds.map((i) => [i.date, i.state])).toEqual([['2026-02-28', 'past'], ['2026-05-31', 'open'], ['2026-09-30', 'open']]);
    expect(rounds[0]!.title).toBe('Đề nghị tặng Cờ thi đua của Chính phủ (tháng 2)');
    expect(rounds[1]!.title).toMatch(/^Đợt 1: khen thưởng cấp Nhà nước .* \(tháng 5\)$/);
    expect(rounds[1]!.detail).toMatch(/Gồm: .*Bằng khen của Thủ tướng Chính phủ/);
    expect(rounds[1]!.detail).toMatch(/Ngày gửi cụ thể theo kế hoạch của tỉnh\. Căn cứ: /);
    expect(rounds.every((i) => i.sourceLabel === 'Đợt khen thưởng cấp Nhà nước')).toBe(true);
    // The province's own rounds (tháng 7, tháng 12) are not state-level.
    expect(rounds.some((i) => /tỉnh/.test(i.title))).toBe(false);
    const ics = await h.call('calendar.ics', { year: 2026 });
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20260531');
  });
});
