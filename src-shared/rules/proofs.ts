/**
 * Criteria proven by a document (minh chứng): they pass only when a clerk has confirmed, for one
 * nominee, that the document is in the dossier — who confirmed, when, and which document.
 * Unconfirmed, they read "chưa xác nhận minh chứng" (not a pass).
 *
 * Which criteria: every catalogue criterion of the award marked `check: "evidence"` (a
 * household's contribution, Luật Điều 75; the criteria of a state-level award a province
 * proposes; Cờ thi đua của UBND tỉnh's lead of its cluster…), and the Chiến sĩ thi đua cơ sở
 * route "mưu trí, sáng tạo trong chiến đấu" (Luật TĐKT 2022, Điều 23) where the rule set takes
 * any one of the achievements (cstdcsRoute "any-of").
 */
import { awardIn, type RuleSet } from './catalogue';
import { dateText } from './format';

export interface ProofCriterion {
  id: string;
  text: string;
  citation: string;
}

export interface ProofConfirmation {
  criterionId: string;
  /** The document that proves it, as the clerk names it (number, date, issuer). */
  document: string;
  confirmedBy: string;
  /** ISO timestamp of the confirmation. */
  confirmedAt: string;
}

/** The pseudo-criterion of the CSTĐCS rule: an achievement route proven by a competent body's paper. */
export const COMBAT_PROOF = 'cstdcs.combat';

/** The criteria of an award that need a confirmed document, in the catalogue's order. */
export function proofCriteria(ruleSet: RuleSet, awardCode: string): ProofCriterion[] {
  const award = awardIn(ruleSet, awardCode);
  if (!award) return [];
  const out: ProofCriterion[] = award.criteria.filter((c) => c.check === 'evidence').map(({ id, text, citation }) => ({ id, text, citation }));
  if (award.code === 'CSTDCS' && ruleSet.parameters.cstdcsRoute === 'any-of') {
    const achievement = award.criteria.find((c) => c.id === 'cstdcs.achievement');
    out.push({
      id: COMBAT_PROOF,
      text: 'Mưu trí, sáng tạo trong chiến đấu (lực lượng vũ trang, dân quân tự vệ): có văn bản xác nhận của cấp có thẩm quyền',
      citation: achievement?.citation ?? 'Luật Thi đua, khen thưởng 2022, Điều 23',
    });
  }
  return out;
}

/** How a confirmation reads in a criterion's reason: the document, then who confirmed it and when. */
export const confirmationText = (c: ProofConfirmation): string =>
  `${c.document} — ${c.confirmedBy} xác nhận ngày ${dateText(c.confirmedAt.slice(0, 10))}`;

/**
 * The engine's `confirmed` map for one nominee: criterion id → what proves it, only for the
 * criteria this award needs proven (a confirmation left from another award or rule set counts
 * for nothing).
 */
export function confirmedProofs(criteria: readonly ProofCriterion[], confirmations: readonly ProofConfirmation[]): Record<string, string> {
  const wanted = new Set(criteria.map((c) => c.id));
  const out: Record<string, string> = {};
  for (const c of confirmations) if (wanted.has(c.criterionId) && c.document.trim()) out[c.criterionId] = confirmationText(c);
  return out;
}

/** The reason of a criterion still waiting for its document. */
export const UNCONFIRMED_REASON =
  'Chưa xác nhận minh chứng: cần văn bản chứng minh trong hồ sơ (báo cáo thành tích, văn bản xác nhận của cấp có thẩm quyền); cán bộ xác nhận ở mục “Minh chứng” của người này.';
