/**
 * The council's vote (NĐ 98/2023/NĐ-CP, Điều 30 khoản 7; the NĐ 152/2025 values are a rule-set
 * parameter): yes votes as a share of the council's TOTAL membership, absent members voting in
 * writing. Exactly at the threshold passes.
 *
 * - no vote recorded, or a total of 0 → needs evidence (the minutes);
 * - present > total, present + written > total, or yes > present + written → fail: the minutes
 *   contradict themselves and must be corrected before anything else.
 */
import type { VoteFacts } from './facts';
import { minimumCount, percent, percentRounded, reaches, shareText } from './format';
import type { Verdict } from './vocab';

export interface VoteCheck {
  result: Verdict;
  reason: string;
}

export function checkVote(vote: VoteFacts | undefined, threshold: number, secretBallot: boolean): VoteCheck {
  const how = secretBallot ? 'bỏ phiếu kín' : 'biểu quyết';
  if (!vote) {
    return { result: 'evidence', reason: `Chưa có kết quả ${how} của Hội đồng Thi đua – Khen thưởng; cần biên bản họp Hội đồng.` };
  }
  const { totalMembers: total, present, yes, written } = vote;
  if ([total, present, yes, written].some((v) => !Number.isInteger(v) || v < 0)) {
    return { result: 'fail', reason: 'Số liệu biểu quyết phải là số nguyên không âm; hãy sửa theo biên bản họp Hội đồng.' };
  }
  if (total === 0) {
    return { result: 'evidence', reason: 'Chưa có tổng số thành viên Hội đồng nên chưa tính được tỷ lệ phiếu; cần quyết định thành lập, kiện toàn Hội đồng.' };
  }
  if (present > total) {
    return { result: 'fail', reason: `Số thành viên có mặt (${present}) lớn hơn tổng số thành viên Hội đồng (${total}); hãy sửa theo biên bản.` };
  }
  if (present + written > total) {
    return {
      result: 'fail',
      reason: `Số thành viên có mặt (${present}) cộng số ý kiến bằng văn bản (${written}) vượt tổng số thành viên Hội đồng (${total}); hãy sửa theo biên bản.`,
    };
  }
  if (yes > present + written) {
    return {
      result: 'fail',
      reason: `Số phiếu đồng ý (${yes}) lớn hơn số thành viên tham gia ${how} (${present} có mặt, ${written} bằng văn bản); hãy sửa theo biên bản.`,
    };
  }
  const need = minimumCount(threshold, total);
  const turnout = `có mặt ${present}, ý kiến bằng văn bản ${written}`;
  if (reaches(yes, total, threshold)) {
    return {
      result: 'pass',
      reason: `Đạt ${yes}/${total} phiếu đồng ý (${percent(yes, total)}) trên tổng số thành viên Hội đồng (${turnout}); yêu cầu từ ${shareText(threshold)} (ít nhất ${need} phiếu).`,
    };
  }
  return {
    result: 'fail',
    reason: `Chỉ đạt ${yes}/${total} phiếu đồng ý (${percent(yes, total)}) trên tổng số thành viên Hội đồng (${turnout}); yêu cầu từ ${shareText(threshold)} (ít nhất ${need} phiếu).`,
  };
}

/** The council meeting as entered: all members, those present, absent members' written votes. */
export interface CouncilCounts {
  total: number | null;
  present: number | null;
  written: number;
}

export interface CouncilProblem {
  field: 'councilTotal' | 'councilPresent' | 'councilWritten';
  message: string;
}

/**
 * What is wrong with a meeting's counts, per field (present ≤ members; present + written ≤
 * members). Empty when the counts agree; missing counts are not problems here (a form says so).
 */
export function councilProblems(c: CouncilCounts): CouncilProblem[] {
  const out: CouncilProblem[] = [];
  if (c.total !== null && c.total < 1) out.push({ field: 'councilTotal', message: 'Hội đồng phải có ít nhất 1 thành viên.' });
  if (c.total === null || c.present === null || c.total < 1) return out;
  if (c.present > c.total) {
    out.push({ field: 'councilPresent', message: `Số thành viên có mặt (${c.present}) lớn hơn tổng số thành viên (${c.total}).` });
  } else if (c.present + c.written > c.total) {
    out.push({ field: 'councilWritten', message: `Có mặt (${c.present}) cộng ý kiến bằng văn bản (${c.written}) vượt tổng số thành viên (${c.total}).` });
  }
  return out;
}

/** One nominee's line of the vote table, worked out as the clerk types. */
export interface VoteLine {
  /** "88,9%" of the total membership, rounded as printed on the biên bản; null without a count. */
  share: string | null;
  /** Fewest yes votes that reach the threshold; null without a threshold or a membership. */
  need: number | null;
  /** empty: no count yet; invalid: the count contradicts the meeting; pass / fail against the threshold; counted: no threshold applies. */
  outcome: 'empty' | 'invalid' | 'pass' | 'fail' | 'counted';
  /** The outcome in words ("Đạt", "Không đạt: cần ít nhất 8 phiếu", …). */
  text: string;
  /** Why the count cannot be saved; null when it can. */
  error: string | null;
}

/**
 * A nominee's yes votes against the meeting and the threshold (a share of the TOTAL membership,
 * exactly at it passes). A count above present + written, or entered before the meeting's counts,
 * is an error the clerk must fix before saving.
 */
export function voteLine(yes: number | null, c: CouncilCounts, threshold: number | null): VoteLine {
  const total = c.total !== null && c.total > 0 ? c.total : null;
  const need = threshold !== null && total !== null ? minimumCount(threshold, total) : null;
  if (yes === null) return { share: null, need, outcome: 'empty', text: 'Chưa nhập phiếu', error: null };
  if (!Number.isInteger(yes) || yes < 0) {
    return { share: null, need, outcome: 'invalid', text: 'Số phiếu không hợp lệ', error: 'Số phiếu đồng ý phải là số nguyên không âm.' };
  }
  if (total === null || c.present === null) {
    const error = 'Hãy nhập tổng số thành viên và số có mặt của cuộc họp trước khi nhập phiếu.';
    return { share: null, need, outcome: 'invalid', text: 'Chưa có cuộc họp', error };
  }
  const share = percentRounded(yes, total);
  const voters = c.present + c.written;
  if (yes > voters) {
    const error = `Số phiếu đồng ý (${yes}) lớn hơn số thành viên bỏ phiếu (${c.present} có mặt + ${c.written} bằng văn bản = ${voters}).`;
    return { share: null, need, outcome: 'invalid', text: 'Vượt số người bỏ phiếu', error };
  }
  if (threshold === null) return { share, need, outcome: 'counted', text: 'Không cần đạt tỷ lệ', error: null };
  if (reaches(yes, total, threshold)) return { share, need, outcome: 'pass', text: 'Đạt', error: null };
  return { share, need, outcome: 'fail', text: `Không đạt: cần ít nhất ${need} phiếu`, error: null };
}
