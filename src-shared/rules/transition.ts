/**
 * Which rule set judges a dossier, said in words for the eligibility panel and the tờ trình.
 *
 * The rule: the set in force on the dossier's reference date (ngày xét) judges it — deciders,
 * procedure, dossier and report forms. A dossier whose achievement year began under an earlier
 * set — its achievement year ended before the reference date's set took effect (the year 2024
 * reviewed from 01/7/2025) — is transitional: the later set still applies, and the statement
 * says so with the set's own `transition` text and citation. A year that ends under the new set
 * (2025) is judged by it without a statement. A meeting held under another set than the
 * reference date's is pointed out.
 */
import { formatDate } from '../text/dates';
import { ruleSetFor, type Catalogue, type RuleSet } from './catalogue';

export interface RuleSetStatement {
  ruleSetId: string;
  legalBasis: string;
  /** The earlier set in force when the achievement year began; null when it is the same set. */
  earlier: { id: string; legalBasis: string; effectiveTo: string | null } | null;
  /** One or two sentences for the clerk and the paper. */
  text: string;
  citation: string | null;
  /** For a paper (the tờ trình) of a transitional dossier: full document names, no internal notes; null otherwise. */
  paperText: string | null;
  /** The council met under another rule set than the reference date's: the clerk should check the date. */
  meetingWarning: string | null;
}

/** "Luật TĐKT 2022; NĐ 152/2025/NĐ-CP" → "Luật Thi đua, khen thưởng năm 2022; Nghị định số 152/2025/NĐ-CP". */
function paperNames(legalBasis: string, skipLaw: boolean): string {
  return legalBasis
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s && !(skipLaw && /^Luật TĐKT/u.test(s)))
    .map((s) => s.replace(/^Luật TĐKT (\d{4})$/u, 'Luật Thi đua, khen thưởng năm $1').replace(/^NĐ (\S+)$/u, 'Nghị định số $1'))
    .join('; ');
}

const tryRuleSet = (cat: Catalogue, date: string, province: string | null): RuleSet | null => {
  try {
    return ruleSetFor(cat, date, province);
  } catch {
    return null;
  }
};

export function ruleSetStatement(
  cat: Catalogue,
  d: { year: number; referenceDate: string; meetingDate: string | null; province?: string | null },
): RuleSetStatement {
  const province = d.province ?? null;
  const rs = ruleSetFor(cat, d.referenceDate, province);
  // The set in force at the end of the achievement year (or on the reference date, if earlier).
  const yearEnd = `${d.year}-12-31` < d.referenceDate ? `${d.year}-12-31` : d.referenceDate;
  const atEnd = tryRuleSet(cat, yearEnd, province);
  const earlier = atEnd && atEnd.id !== rs.id ? atEnd : null;
  const head = `Áp dụng quy định có hiệu lực tại ngày xét ${formatDate(d.referenceDate)}: ${rs.legalBasis}.`;
  let text = head;
  if (earlier) {
    const until = earlier.effectiveTo ? ` (hiệu lực đến ${formatDate(earlier.effectiveTo)})` : '';
    text =
      `Thành tích năm ${d.year} đạt được khi ${earlier.legalBasis}${until} còn hiệu lực; hồ sơ xét ngày ${formatDate(d.referenceDate)} ` +
      `áp dụng ${rs.legalBasis}. ${rs.transition?.text ?? ''}`.trim();
  }
  const met = d.meetingDate ? tryRuleSet(cat, d.meetingDate, province) : null;
  const meetingWarning =
    d.meetingDate && met && met.id !== rs.id
      ? `Ngày họp Hội đồng ${formatDate(d.meetingDate)} thuộc thời gian hiệu lực của ${met.legalBasis}, khác với ngày xét ${formatDate(d.referenceDate)}; hãy sửa ngày xét của hồ sơ cho khớp với ngày họp.`
      : null;
  return {
    ruleSetId: rs.id,
    legalBasis: rs.legalBasis,
    earlier: earlier ? { id: earlier.id, legalBasis: earlier.legalBasis, effectiveTo: earlier.effectiveTo } : null,
    text,
    citation: earlier ? (rs.transition?.citation ?? null) : null,
    paperText: earlier
      ? `Thành tích năm ${d.year} đạt được khi ${paperNames(earlier.legalBasis, true)} còn hiệu lực` +
        `${earlier.effectiveTo ? ` (đến ngày ${formatDate(earlier.effectiveTo)})` : ''}; hồ sơ được xét ngày ${formatDate(d.referenceDate)}, ` +
        `áp dụng quy định có hiệu lực tại ngày xét: ${paperNames(rs.legalBasis, false)}.`
      : null,
    meetingWarning,
  };
}
