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
import { minimumCount, percent, reaches, shareText } from './format';
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
