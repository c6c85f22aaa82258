/**
 * "n lần liên tục": consecutive titles, read from the award history.
 *
 * Convention (used by every built-in rule):
 * - A streak of title T needed for award A assessed for year Y is the years
 *   Y, Y − step, Y − 2·step, … (n of them). `step` is 1 for yearly titles (CSTĐCS) and the
 *   cycle length for titles awarded once per cycle (CSTĐ cấp tỉnh: one per 3 CSTĐCS, so two
 *   "consecutive" provincial titles are 3 years apart; a rule-set parameter).
 * - The streak ends AT Y, the year being assessed, because the built-in rules never count the
 *   title being proposed: CSTĐ cấp tỉnh 2025 needs CSTĐCS 2023, 2024, 2025. The year-Y title
 *   is usually decided in the same review round; when it is the only missing link the engine
 *   answers "needs evidence" (the decision), not "fail".
 * - A year counts by the history entry's `year` (the achievement year), never its decision date.
 * - Only công trạng and phong trào theo đợt awards count: titles given for a đột xuất or chuyên
 *   đề achievement are not grounds for công trạng awards (NĐ 152/2025/NĐ-CP, Điều 4).
 * - A year already counted for an earlier award of the same kind (the latest công trạng award A
 *   before Y) does not count again: one achievement is rewarded once (Luật TĐKT 2022, Điều 5).
 */
import type { HistoryEntry } from './facts';
import type { AwardCategory } from './vocab';

/** Loại hình whose titles count toward công trạng streaks. */
export const STREAK_CATEGORIES: readonly AwardCategory[] = ['cong-trang', 'phong-trao'];

export interface StreakYear {
  year: number;
  status: 'held' | 'missing' | 'excluded' | 'fenced';
  /** held: the entry counted; excluded: an entry of a category that does not count. */
  entry?: HistoryEntry;
  /** fenced: the earlier award of the same kind that already used this year. */
  usedBy?: HistoryEntry;
}

export interface Streak {
  /** Oldest first. */
  years: StreakYear[];
  held: number[];
  ok: boolean;
  /** Everything is there except the title for the assessed year itself. */
  onlyCurrentMissing: boolean;
}

export interface StreakQuery {
  history: readonly HistoryEntry[];
  /** The title that must repeat (e.g. CSTDCS). */
  title: string;
  endYear: number;
  count: number;
  step?: number;
  /** The award being proposed: its earlier công trạng grants fence off the years they used. */
  fenceCode?: string;
}

export function streak(q: StreakQuery): Streak {
  const step = q.step ?? 1;
  const expected = Array.from({ length: q.count }, (_, k) => q.endYear - (q.count - 1 - k) * step);
  const first = expected[0] ?? q.endYear;
  const fence = q.fenceCode
    ? q.history
        .filter((h) => h.awardCode === q.fenceCode && STREAK_CATEGORIES.includes(h.category) && h.year < q.endYear && h.year >= first)
        .sort((a, b) => b.year - a.year)[0]
    : undefined;

  const years = expected.map((year): StreakYear => {
    if (fence && year <= fence.year) return { year, status: 'fenced', usedBy: fence };
    const entries = q.history.filter((h) => h.awardCode === q.title && h.year === year);
    const counted = entries.find((h) => STREAK_CATEGORIES.includes(h.category));
    if (counted) return { year, status: 'held', entry: counted };
    const other = entries[0];
    return other ? { year, status: 'excluded', entry: other } : { year, status: 'missing' };
  });
  const held = years.filter((y) => y.status === 'held').map((y) => y.year);
  const notHeld = years.filter((y) => y.status !== 'held');
  return {
    years,
    held,
    ok: notHeld.length === 0,
    onlyCurrentMissing: notHeld.length === 1 && notHeld[0]?.status === 'missing' && notHeld[0].year === q.endYear,
  };
}
