// The review date of a typical example: reminded on the home page within a month (and once past), and shown in the year's calendar.
import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

const model = (name: string, reviewOn: string | null) => ({ kind: 'model' as const, name, stages: [{ stage: 'phat-hien' as const, on: '2025-02-01' }], reviewOn });

describe('typical example review reminders', () => {
  it('lists a review due within 30 days or past on the home page, not a later one', async () => {
    const { h } = await initializedHost(); // today: 15/03/2026
    const soon = await h.call('examples.create', model('Mô hình chè sạch', '2026-04-10'));
    const late = await h.call('examples.create', model('Mô hình nuôi cá lồng', '2026-03-01'));
    await h.call('examples.create', model('Mô hình khu dân cư văn minh', '2026-06-01'));
    await h.call('examples.create', model('Mô hình không hẹn', null));
    const tasks = (await h.call('home.tasks', {})).tasks.filter((t) => t.kind === 'example');
    expect(tasks.map((t) => [t.recordId, t.state, t.page])).toEqual([
      [late.id, 'overdue', 'examples'],
      [soon.id, 'open', 'examples'],
    ]);
    expect(tasks[0]!.title).toBe('Rà soát điển hình tiên tiến: Mô hình nuôi cá lồng');
    expect(tasks[0]!.detail).toMatch(/ngày rà soát 01\/03\/2026/);
  });

  it('puts every review date of the year in the calendar', async () => {
    const { h } = await initializedHost();
    const x = await h.call('examples.create', model('Mô hình chè sạch', '2026-06-01'));
    await h.call('examples.create', model('Mô hình năm sau', '2027-01-05'));
    const items = (await h.call('calendar.year', { year: 2026 })).items.filter((i) => i.source === 'example-review');
    expect(items).toEqual([expect.objectContaining({ date: '2026-06-01', recordId: x.id, sourceLabel: 'Rà soát điển hình tiên tiến', state: 'open' })]);
  });
});
