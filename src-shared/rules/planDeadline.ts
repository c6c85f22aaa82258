import { z } from 'zod';
import { formatDate, isValidIsoDate, parseDate } from '../text/dates';

// Kế hoạch công tác thi đua, khen thưởng: a task is due on a day, within a month or a quarter of
// the plan's year, or "thường xuyên" (all year, no last day). As data, with pure functions.

export const PLAN_DEADLINE_KINDS = ['date', 'month', 'quarter', 'ongoing'] as const;

export const planDeadline = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: z.string().refine(isValidIsoDate, { error: 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.' }) }),
  z.object({ kind: z.literal('month'), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal('ongoing') }),
]);
export type PlanDeadline = z.infer<typeof planDeadline>;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** Days of month `m` (1..12) of `year`. */
function monthDays(year: number, m: number): number {
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/**
 * The last day a task may be done ("yyyy-mm-dd"): the day itself, the month's or the
 * quarter's last day in the plan's year; null for "thường xuyên" (never overdue).
 */
export function deadlineLastDay(d: PlanDeadline, year: number): string | null {
  switch (d.kind) {
    case 'date': return d.date;
    case 'month': return `${year}-${pad(d.month)}-${pad(monthDays(year, d.month))}`;
    case 'quarter': {
      const m = d.quarter * 3;
      return `${year}-${pad(m)}-${pad(monthDays(year, m))}`;
    }
    case 'ongoing': return null;
  }
}

/** How a clerk writes it: "05/02/2026", "Tháng 5", "Quý II", "Thường xuyên". */
export function deadlineLabel(d: PlanDeadline): string {
  switch (d.kind) {
    case 'date': return formatDate(d.date);
    case 'month': return `Tháng ${d.month}`;
    case 'quarter': return `Quý ${ROMAN[d.quarter - 1]}`;
    case 'ongoing': return 'Thường xuyên';
  }
}

/** The same deadline a year later (for a plan made from last year's): 29/02 becomes 28/02. */
export function shiftDeadline(d: PlanDeadline, years: number): PlanDeadline {
  if (d.kind !== 'date') return d;
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
  const ny = y + years;
  return { kind: 'date', date: `${ny}-${pad(m)}-${pad(Math.min(day, monthDays(ny, m)))}` };
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Reads what a clerk typed: a date (dd/mm/yyyy), "tháng 5" / "T5", "quý II" / "quý 2" / "Q2",
 * "thường xuyên". Anything else is a Vietnamese message saying what to write.
 */
export function parseDeadline(text: string): { ok: true; deadline: PlanDeadline } | { ok: false; message: string } {
  const s = fold(text);
  const bad = { ok: false as const, message: `Thời hạn "${text.trim()}" không hiểu được; hãy ghi một ngày (dd/mm/yyyy), một tháng (tháng 5), một quý (quý II) hoặc "thường xuyên".` };
  if (!s) return { ok: false, message: 'Vui lòng nhập thời hạn (một ngày, một tháng, một quý hoặc "thường xuyên").' };
  if (s === 'thuong xuyen') return { ok: true, deadline: { kind: 'ongoing' } };
  const month = /^(?:thang|t)\s*0?(\d{1,2})$/.exec(s);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? { ok: true, deadline: { kind: 'month', month: m } } : bad;
  }
  const quarter = /^(?:quy|q)\s*(iv|iii|ii|i|[1-4])$/.exec(s);
  if (quarter) {
    const q = quarter[1]!;
    const n = /^\d$/.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase() as (typeof ROMAN)[number]) + 1;
    return { ok: true, deadline: { kind: 'quarter', quarter: n } };
  }
  if (/^\d/.test(s)) {
    const iso = parseDate(s);
    return iso ? { ok: true, deadline: { kind: 'date', date: iso } } : { ok: false, message: `Ngày "${text.trim()}" không có thật; hãy nhập theo dạng dd/mm/yyyy.` };
  }
  return bad;
}

/** The quarter (1..4) a deadline falls in, for the appendix's "Quý I … Quý IV" groups; null for "thường xuyên". */
export function deadlineQuarter(d: PlanDeadline, year: number): number | null {
  const last = deadlineLastDay(d, year);
  if (!last) return null;
  if (Number(last.slice(0, 4)) !== year) return Number(last.slice(0, 4)) < year ? 1 : 4;
  return Math.ceil(Number(last.slice(5, 7)) / 3);
}

export const QUARTER_ROMAN = ROMAN;
