/**
 * Which initiatives (sáng kiến) or research topics (đề tài) may ground an award.
 *
 * - Scope must reach the required level: toàn quốc ≥ tỉnh ≥ cơ sở (Luật TĐKT 2022, Điều 21–23).
 * - Recognition must fall in the achievement period: from 1 January of its first year up to the
 *   reference date (an initiative recognised in January for last year's work still counts for
 *   last year; one recognised after the reference date is not known yet).
 * - One initiative serves one award only (CV 5007/BNV-TĐKT): one whose `usedForAwardId` names
 *   another award use does not count; one that names this dossier (`ownUse`) does.
 * Usable ones come in the order they should be consumed: this dossier's own first, then the
 * narrowest sufficient scope and the oldest, so wider-scope initiatives stay free for higher
 * awards.
 */
import { isValidIsoDate } from '../text/dates';
import type { Solution } from './facts';
import { dateText } from './format';
import { SCOPE_LABELS, SCOPES, scopeCovers, type Scope } from './vocab';

export interface SolutionQuery {
  minScope: Scope;
  /** First day of the achievement period, "yyyy-01-01". */
  from: string;
  /** The reference date. */
  to: string;
  ownUse?: string;
  /** "Sáng kiến" or "Đề tài", for reasons. */
  noun: string;
  /** Cited when an initiative is refused because another award already used it. */
  usedCitation?: string;
}

export interface SolutionPick {
  usable: Solution[];
  /** Why each other one does not count, as Vietnamese clauses. */
  rejected: string[];
}

export const solutionName = (s: Solution, noun: string): string => `${noun} “${s.title?.trim() || s.id}”`;

export function pickSolutions(list: readonly Solution[], q: SolutionQuery): SolutionPick {
  const usable: Solution[] = [];
  const rejected: string[] = [];
  for (const s of list) {
    const name = solutionName(s, q.noun);
    if (s.usedForAwardId !== null && s.usedForAwardId !== q.ownUse) {
      rejected.push(`${name} đã được dùng làm căn cứ cho một khen thưởng khác${q.usedCitation ? ` (${q.usedCitation})` : ''}`);
    } else if (!scopeCovers(s.scope, q.minScope)) {
      rejected.push(`${name} chỉ có phạm vi ảnh hưởng ${SCOPE_LABELS[s.scope]}, cần ${SCOPE_LABELS[q.minScope]} trở lên`);
    } else if (!isValidIsoDate(s.recognisedOn)) {
      rejected.push(`${name} không có ngày công nhận hợp lệ`);
    } else if (s.recognisedOn < q.from) {
      rejected.push(`${name} được công nhận ngày ${dateText(s.recognisedOn)}, trước thời gian tính thành tích (từ ${dateText(q.from)})`);
    } else if (s.recognisedOn > q.to) {
      rejected.push(`${name} được công nhận ngày ${dateText(s.recognisedOn)}, sau ngày tham chiếu ${dateText(q.to)}`);
    } else {
      usable.push(s);
    }
  }
  const own = (s: Solution) => (s.usedForAwardId !== null && s.usedForAwardId === q.ownUse ? 0 : 1);
  usable.sort(
    (a, b) =>
      own(a) - own(b) ||
      SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope) ||
      a.recognisedOn.localeCompare(b.recognisedOn) ||
      a.id.localeCompare(b.id),
  );
  return { usable, rejected };
}
