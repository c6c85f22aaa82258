/**
 * One selection for a dossier's whole printed set (tờ trình, danh sách, quyết định, giấy khen):
 * a nominee is proposed ("đề nghị") when they
 *   - passed the council's vote (or the award needs no vote),
 *   - meet the criteria, or the dossier carries an override reason (which the tờ trình states),
 *   - belong to the proposing unit or one of its subordinate units and collectives.
 * The biên bản alone records everyone voted on, with the result.
 */

export type Verdict = 'pass' | 'fail' | 'evidence';

export interface SelectionCandidate {
  id: string;
  name: string;
  /** true / false from the council's vote; null = no vote entered; 'not-required' = the award needs none. */
  vote: boolean | null | 'not-required';
  /** The engine's verdict on the criteria other than the vote. */
  criteria: Verdict;
  /** The person or collective belongs to the proposing unit (or a unit or collective under it). */
  inUnit: boolean;
}

export type ExclusionReason = 'vote-failed' | 'vote-missing' | 'criteria' | 'other-unit';

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  'vote-failed': 'không đạt tỷ lệ phiếu đồng ý của Hội đồng',
  'vote-missing': 'chưa có kết quả bỏ phiếu của Hội đồng',
  criteria: 'chưa đạt tiêu chuẩn',
  'other-unit': 'không thuộc đơn vị đề nghị',
};

export interface Selection<C extends SelectionCandidate = SelectionCandidate> {
  /** In the dossier's order. */
  selected: C[];
  excluded: { candidate: C; reasons: ExclusionReason[] }[];
  /** Selected only thanks to the dossier's override reason (criteria not all met). */
  overridden: C[];
}

/** Pure: the same candidates and override always give the same selection. */
export function selectNominees<C extends SelectionCandidate>(candidates: readonly C[], overrideReason: string | null): Selection<C> {
  const override = !!overrideReason?.trim();
  const out: Selection<C> = { selected: [], excluded: [], overridden: [] };
  for (const c of candidates) {
    const reasons: ExclusionReason[] = [];
    if (!c.inUnit) reasons.push('other-unit');
    if (c.vote === false) reasons.push('vote-failed');
    if (c.vote === null) reasons.push('vote-missing');
    // "Cần minh chứng" is not a failure: the evidence travels with the dossier.
    const criteriaFail = c.criteria === 'fail';
    if (criteriaFail && !override) reasons.push('criteria');
    if (reasons.length) out.excluded.push({ candidate: c, reasons });
    else {
      out.selected.push(c);
      if (criteriaFail) out.overridden.push(c);
    }
  }
  return out;
}
