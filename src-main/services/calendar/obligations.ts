import type { CalendarItem } from '../../../src-shared/api';
import type { RuleSet } from '../../../src-shared/rules/catalogue';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../core';
import { ruleSet } from '../dossiers';

/** A calendar line before its state and UID; `key` makes the obligation itself unique (a task's id). */
/** `info`: a date to know, not a task of this unit (a state-level round): once gone by it is "past", never overdue. */
export type Draft = Omit<CalendarItem, 'sourceLabel' | 'state' | 'uid'> & { done: boolean; key?: string; info?: boolean };

/**
 * Appraisal of a received dossier: 20 working days from the receipt of a complete dossier. The
 * number is stated for the commune's CSTĐCS (QĐ 638/QĐ-BNV) and for the central Cờ thi đua của
 * Chính phủ (QĐ 311/QĐ-BNV; domain reference §4.3, §4.4, §9); that the province's own awards
 * take the same 20 days is UNCONFIRMED (each province's quy định sets it). Public holidays (Tết,
 * 30/4, 2/9…) are not known here and are NOT skipped: the day shown may be a few days early.
 */
export const APPRAISAL_WORKING_DAYS = 20;

/** `days` working days (Monday to Friday) after the day `iso`; the day itself is not counted. */
export function addWorkingDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  for (let left = days; left > 0; ) {
    d.setUTCDate(d.getUTCDate() + 1);
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** The local calendar day of a stored timestamp (as `today` reads the clock). */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** This level's answers that end the appraisal (a returned dossier comes back complete and starts again). */
const ANSWERED = new Set(['returned', 'reviewed', 'forwarded', 'decided', 'declined']);

/**
 * Each dossier a unit below sent up, due 20 working days after the last package that brought it
 * (a dossier returned for more papers and sent again counts from its new receipt); done once
 * this level has answered it. Only those whose day falls inside [from, to].
 */
export function appraisalDrafts(ctx: ServiceContext, me: { unitCode: string }, from: string, to: string): Draft[] {
  // A receipt up to two months before the year can fall due inside it.
  const since = new Date(`${from}T00:00:00`);
  since.setMonth(since.getMonth() - 2);
  const rows = ctx.sqlite
    .prepare(
      `SELECT d.id, d.title, coalesce(u.name, d.origin) unitName, max(p.processed_at) receivedAt, s.status, s.decided_by decidedBy
         FROM packages p, json_each(p.results) r
         JOIN dossiers d ON d.id = json_extract(r.value, '$.id')
         LEFT JOIN units u ON u.code = d.origin
         LEFT JOIN record_status s ON s.record_type = 'dossier' AND s.record_id = d.id
        WHERE p.direction = 'in' AND p.processed_at >= ? AND json_extract(r.value, '$.type') = 'dossier'
          AND json_extract(r.value, '$.result') <> 'rejected' AND d.deleted = 0 AND d.origin <> ?
        GROUP BY d.id`,
    )
    .all(since.toISOString(), me.unitCode) as { id: string; title: string; unitName: string; receivedAt: string; status: string | null; decidedBy: string | null }[];
  const out: Draft[] = [];
  for (const r of rows) {
    const received = localDay(r.receivedAt);
    const date = addWorkingDays(received, APPRAISAL_WORKING_DAYS);
    if (date < from || date > to) continue;
    out.push({
      date, title: `Thẩm định hồ sơ "${r.title}" của ${r.unitName}`,
      detail: `Nhận ngày ${formatDate(received)}; thẩm định trong ${APPRAISAL_WORKING_DAYS} ngày làm việc kể từ khi nhận đủ hồ sơ (chưa trừ ngày nghỉ lễ).`,
      source: 'dossier-appraisal', recordId: r.id, done: !!r.decidedBy && !!r.status && ANSWERED.has(r.status),
    });
  }
  return out;
}

const STATE_DECIDERS = new Set(['president', 'prime-minister']);

/**
 * The rounds in which state-level awards (decided by the Chủ tịch nước or the Thủ tướng) are
 * proposed, from the award catalogue (seed plans: tháng 2 for the Cờ thi đua của Chính phủ, tháng
 * 5 and tháng 9 for the two rounds of the others). A round has a month, not a day: it is shown on
 * the month's last day, the day itself being the province's plan. Each month is read from the
 * rule set in force in it. A round whose month is over is shown as "Đã qua", not overdue and not done: it
 * is a date to know, not something this unit failed to do.
 */
export function stateRoundDrafts(ctx: ServiceContext, year: number): Draft[] {
  const out: Draft[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    let rs: RuleSet | null;
    try {
      rs = ruleSet(ctx, first);
    } catch {
      rs = null; // no rule set for that day: no rounds
    }
    if (!rs) continue;
    const rounds = new Map<string, { name: string; scope: string[]; citation: string; awards: string[] }>();
    for (const a of rs.awards) {
      const routes = a.routes ?? [];
      if (!routes.length || !routes.every((r) => STATE_DECIDERS.has(r.decidedBy))) continue;
      for (const r of a.rounds ?? []) {
        if (r.month !== month) continue;
        const g = rounds.get(r.name) ?? { name: r.name, scope: [], citation: r.citation, awards: [] };
        if (!g.scope.includes(r.scope)) g.scope.push(r.scope);
        g.awards.push(a.shortName ?? a.name);
        rounds.set(r.name, g);
      }
    }
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    for (const g of rounds.values()) {
      out.push({
        date: last, title: `${g.name} (tháng ${month})`,
        detail: `${g.scope.join('; ')}. Gồm: ${[...new Set(g.awards)].join(', ')}. Ngày gửi cụ thể theo kế hoạch của tỉnh. Căn cứ: ${g.citation}.`,
        source: 'state-round', recordId: null, done: false, info: true, key: `${rs.id}|${g.name}|${month}`,
      });
    }
  }
  return out;
}
