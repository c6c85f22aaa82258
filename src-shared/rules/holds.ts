/**
 * Holds on commendation (NĐ 152/2025/NĐ-CP, Điều 4): no award or proposal while the nominee is
 * under disciplinary review, investigation, inspection, or a complaint being verified; after a
 * discipline ends, achievements count only from the end of the disciplinary period.
 *
 * Convention:
 * - Only holds that began on or before the reference date exist for the decision.
 * - In force on the reference date (no end, or ending on/after it):
 *     investigation → blocks; discipline still being considered (level null) → blocks;
 *     discipline at or above `blocksFrom` → blocks; a lighter one → ignored.
 * - Ended before the reference date: a discipline at or above `blocksFrom` whose period touches
 *   the achievement period (1 January of its first year … 31 December of the assessed year)
 *   blocks, because those achievements predate the end of the discipline. Ended
 *   investigations and reviews that ended without a penalty are ignored.
 */
import type { Hold } from './facts';
import { dateText } from './format';
import { atLeastHold, HOLD_LEVEL_LABELS, type HoldLevel } from './vocab';

export interface HoldQuery {
  refDate: string;
  fromYear: number;
  toYear: number;
  blocksFrom: HoldLevel;
}

export interface HoldCheck {
  ok: boolean;
  reason: string;
}

const period = (h: Hold) => (h.to ? `từ ${dateText(h.from)} đến ${dateText(h.to)}` : `từ ${dateText(h.from)}`);
const yearsText = (a: number, b: number) => (a === b ? `năm ${a}` : `${a}–${b}`);

export function checkHolds(holds: readonly Hold[], q: HoldQuery): HoldCheck {
  const windowStart = `${q.fromYear}-01-01`;
  const windowEnd = `${q.toYear}-12-31`;
  const active: string[] = [];
  const past: string[] = [];
  for (const h of holds) {
    if (h.from > q.refDate) continue;
    const inForce = h.to === null || h.to >= q.refDate;
    if (h.kind === 'investigation') {
      if (inForce) active.push(`Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư (${period(h)})`);
    } else if (h.level === null) {
      if (inForce) active.push(`Đang bị xem xét kỷ luật (${period(h)})`);
    } else if (atLeastHold(h.level, q.blocksFrom)) {
      if (inForce) {
        active.push(`Đang trong thời hạn kỷ luật ${HOLD_LEVEL_LABELS[h.level]} (${period(h)})`);
      } else if ((h.to ?? h.from) >= windowStart && h.from <= windowEnd) {
        past.push(
          `Bị kỷ luật ${HOLD_LEVEL_LABELS[h.level]} ${period(h)}, trùng thời gian tính thành tích (${yearsText(q.fromYear, q.toYear)}): ` +
            'thành tích chỉ được tính từ khi hết thời hạn kỷ luật',
        );
      }
    }
  }
  if (active.length || past.length) {
    const parts = [active.length ? `${active.join('; ')}: chưa xét khen thưởng.` : '', past.length ? `${past.join('; ')}.` : ''];
    return { ok: false, reason: parts.filter(Boolean).join(' ') };
  }
  return {
    ok: true,
    reason: `Không đang bị xem xét kỷ luật, điều tra vào ngày ${dateText(q.refDate)}; không bị kỷ luật trong thời gian tính thành tích (${yearsText(q.fromYear, q.toYear)}).`,
  };
}
