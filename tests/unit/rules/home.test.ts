import { describe, expect, it } from 'vitest';
import { backupTask, classifyDue, dueWords, sortTasks, type TaskState } from '../../../src-shared/rules/home';

describe('classifyDue: where a task stands against its deadline', () => {
  const today = '2026-03-15';
  it.each<[string | null, TaskState, number | null]>([
    [null, 'open', null], // a returned dossier: no date, waits for the clerk
    ['2026-03-14', 'overdue', -1],
    ['2025-12-31', 'overdue', -74],
    ['2026-03-15', 'soon', 0], // the deadline day itself is still "soon"
    ['2026-03-30', 'soon', 15], // the 15th day before is the first "soon" one
    ['2026-03-31', 'open', 16],
    ['2026-12-31', 'open', 291],
  ])('due %s → %s (%s days left)', (dueOn, state, daysLeft) => {
    expect(classifyDue(dueOn, today)).toEqual({ state, daysLeft });
  });

  it('the "soon" window can be narrowed', () => {
    expect(classifyDue('2026-03-20', today, 3).state).toBe('open');
    expect(classifyDue('2026-03-18', today, 3).state).toBe('soon');
  });
});

describe('sortTasks: the order a clerk reads them in', () => {
  it('overdue (longest overdue first), then soon, then open; undated last within its state; then by title', () => {
    const t = (title: string, state: TaskState, dueOn: string | null) => ({ title, state, dueOn });
    const sorted = sortTasks([
      t('E mở', 'open', null), t('D sắp', 'soon', '2026-03-20'), t('B quá', 'overdue', '2026-03-10'),
      t('A quá', 'overdue', '2026-01-01'), t('C sắp', 'soon', '2026-03-16'), t('F mở', 'open', '2026-05-01'), t('Đ mở', 'open', null),
    ]);
    expect(sorted.map((x) => x.title)).toEqual(['A quá', 'B quá', 'C sắp', 'D sắp', 'F mở', 'Đ mở', 'E mở']);
  });
});

describe('dueWords', () => {
  it.each<[number | null, string]>([
    [null, ''], [-3, 'Quá hạn 3 ngày'], [0, 'Hạn hôm nay'], [5, 'Còn 5 ngày'],
  ])('%s → "%s"', (d, words) => expect(dueWords(d)).toBe(words));
});

describe('backupTask: a copy on a USB stick at least every 7 days', () => {
  const today = '2026-03-15';
  it.each<[string | null, string, string | null, string | null]>([
    // last copy on a stick, installed on, expected title, expected deadline
    ['2026-03-10', '2025-01-01', null, null], // 5 days ago: nothing to do
    ['2026-03-08', '2025-01-01', null, null], // 7 days ago: the deadline is today, not past
    ['2026-03-07', '2025-01-01', 'Chưa sao lưu ra USB từ 07/03/2026', '2026-03-14'],
    ['2025-12-01', '2025-01-01', 'Chưa sao lưu ra USB từ 01/12/2025', '2025-12-08'],
    [null, '2026-03-12', null, null], // installed 3 days ago: not yet
    [null, '2026-02-01', 'Chưa sao lưu ra USB lần nào', '2026-02-08'],
  ])('last %s, installed %s → %s', (last, installed, title, dueOn) => {
    const t = backupTask(last, installed, today);
    if (!title) expect(t).toBeNull();
    else expect(t).toMatchObject({ title, dueOn });
  });
  it('says how long ago, and the interval can be changed', () => {
    expect(backupTask('2026-03-01', '2025-01-01', today)!.detail).toMatch(/^Lần sao lưu ra USB gần nhất cách đây 14 ngày; nên sao lưu .* ít nhất 7 ngày một lần/);
    expect(backupTask(null, '2026-02-13', today)!.detail).toMatch(/^Đã dùng 30 ngày mà chưa sao lưu ra USB/);
    expect(backupTask('2026-03-01', '2025-01-01', today, 30)).toBeNull();
  });
});
