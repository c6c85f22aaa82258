import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

// FIXED_NOW is 15/03/2026.
describe('calendar: the statistical report deadline', () => {
  it('the year\'s report is due on 15/12 (TT 02/2023), sent to the parent unit; none for a year no template covers', async () => {
    const { h } = await initializedHost();
    const cal = await h.call('calendar.year', { year: 2026 });
    const stats = cal.items.filter((i) => i.source === 'statistics');
    expect(stats).toEqual([expect.objectContaining({
      date: '2026-12-15', title: 'Hạn gửi báo cáo thống kê thi đua, khen thưởng năm 2026', sourceLabel: 'Báo cáo thống kê', state: 'open',
      detail: 'Biểu 0601.N, 0602.N, 0603.N, 0604.N, 0605.N; gửi Tỉnh Lai Châu.',
    })]);
    expect((await h.call('calendar.year', { year: 2025 })).items.find((i) => i.source === 'statistics')).toMatchObject({ date: '2025-12-15', state: 'overdue' });
    expect((await h.call('calendar.year', { year: 2022 })).items.some((i) => i.source === 'statistics')).toBe(false);
    const ics = await h.call('calendar.ics', { year: 2026 });
    expect(ics.content).toContain('DTSTART;VALUE=DATE:20261215');
  });
});
