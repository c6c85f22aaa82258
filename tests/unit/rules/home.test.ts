import { describe, expect, it } from 'vitest';
import { classifyDue, dueWords, sortTasks, type TaskState } from '../../../src-shared/rules/home';

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
