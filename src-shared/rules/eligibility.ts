/**
 * Eligibility engine: is this nominee eligible for this award under this rule set, on this date?
 *
 * A pure function of the nominee's facts (history, evaluations, initiatives, topics, holds,
 * collective figures, the council's vote), the rule set in force on the reference date and the
 * reference date itself. Each criterion answers
 *   pass      – the facts satisfy it;
 *   fail      – the facts contradict it (or contradict themselves, e.g. more votes than voters);
 *   evidence  – a fact is missing (no evaluation for the year, no vote recorded, one of several
 *               alternatives unproven): the dossier needs a document before anyone can decide;
 * with a Vietnamese reason that names the numbers and a legal citation. Overall: any fail →
 * fail; else any evidence → evidence; else pass.
 *
 * Which criteria exist:
 * - general ones for every award: holds ("hold"), the same title twice for one year ("once",
 *   titles only), the council vote when the award has a threshold ("vote");
 * - the built-in rules of RULES below (ids listed in AUTO_CRITERIA), with numbers taken from the
 *   rule set's parameters;
 * - catalogue criteria marked `evidence` (answered "evidence" until `ctx.confirmed` names them)
 *   and `council` (qualitative; returned in `manual` for the council's review).
 * Texts and citations come from the catalogue (the award's criteria, then the rule set's
 * general criteria); a replacement catalogue that lacks one still gets the award's legal basis.
 *
 * Conventions: streaks → streaks.ts; holds → holds.ts; initiatives → solutions.ts; votes → votes.ts.
 */
import { isValidIsoDate } from '../text/dates';
import { FALLBACK_TEXT, RULES as MAIN_RULES, type Check, type Env, type Rule } from './awardRules';
import { ROUTE_RULES } from './routeRules';
import type { EvaluateContext } from './evaluateContext';
import { awardIn, type RuleSet } from './catalogue';
import type { NomineeFacts } from './facts';
import { dateText } from './format';
import { checkHolds } from './holds';
import { UNCONFIRMED_REASON } from './proofs';
import { checkVote } from './votes';
import { AWARD_SUBJECT_LABELS, type Verdict } from './vocab';

export interface CriterionResult {
  id: string;
  text: string;
  result: Verdict;
  reason: string;
  citation: string;
}

export interface ManualCriterion {
  id: string;
  text: string;
  citation: string;
}

export interface EligibilityResult {
  award: string;
  awardName: string;
  ruleSetId: string;
  refDate: string;
  year: number;
  overall: Verdict;
  criteria: CriterionResult[];
  /** Qualitative criteria the council judges at its review (not part of `overall`). */
  manual: ManualCriterion[];
  /** Initiatives / topics this result relies on: mark them used (one award each) when the award is made. */
  uses: { initiatives: string[]; topics: string[] };
}

export type { EvaluateContext } from './evaluateContext';

/** Ids every rule set should define in `generalCriteria` (text and citation of shared checks). */
export const GENERAL_CRITERIA = ['hold', 'once', 'vote', 'dot-xuat-chuyen-de', 'initiative-once'] as const;

const RULES: Readonly<Record<string, Rule>> = { ...MAIN_RULES, ...ROUTE_RULES };

/** The criterion ids each built-in rule answers (besides hold / once / vote). */
export const AUTO_CRITERIA: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(RULES).map(([code, rule]) => [code, rule.ids]),
);


// ---------------------------------------------------------------------------------------------

function worst(results: readonly { result: Verdict }[]): Verdict {
  if (results.some((r) => r.result === 'fail')) return 'fail';
  if (results.some((r) => r.result === 'evidence')) return 'evidence';
  return 'pass';
}

/**
 * Evaluates one nominee for one award. `refDate` ("yyyy-mm-dd") is the dossier's reference
 * date: holds in force on it block, initiatives recognised after it do not exist yet. The
 * caller chooses `ruleSet` with ruleSetFor(catalogue, refDate, province).
 */
export function evaluate(
  facts: NomineeFacts,
  awardCode: string,
  ruleSet: RuleSet,
  refDate: string,
  ctx: EvaluateContext = {},
): EligibilityResult {
  if (!isValidIsoDate(refDate)) throw new Error(`Ngày tham chiếu “${refDate}” không hợp lệ (cần dạng yyyy-mm-dd).`);
  const base = { award: awardCode, ruleSetId: ruleSet.id, refDate, year: facts.year, manual: [], uses: { initiatives: [], topics: [] } };
  const award = awardIn(ruleSet, awardCode);
  if (!award) {
    return {
      ...base,
      awardName: awardCode,
      overall: 'fail',
      criteria: [
        {
          id: 'catalogue',
          text: FALLBACK_TEXT.catalogue ?? 'catalogue',
          result: 'fail',
          reason: `Bộ quy tắc “${ruleSet.id}” (${ruleSet.legalBasis}) không có danh hiệu, hình thức khen thưởng mã “${awardCode}”.`,
          citation: ruleSet.legalBasis,
        },
      ],
    };
  }

  const describe = (id: string) => award.criteria.find((c) => c.id === id) ?? ruleSet.generalCriteria.find((c) => c.id === id);
  const env: Env = {
    facts,
    award,
    p: ruleSet.parameters,
    refDate,
    year: facts.year,
    ctx,
    uses: { initiatives: [], topics: [] },
    short: (code) => {
      const a = awardIn(ruleSet, code);
      return a ? (a.shortName ?? a.name) : code;
    },
    cite: (id) => describe(id)?.citation ?? ruleSet.legalBasis,
  };
  const finish = (checks: Check[], manual: ManualCriterion[]): EligibilityResult => {
    const criteria = checks.map((c) => {
      const d = describe(c.id);
      return { id: c.id, text: d?.text ?? FALLBACK_TEXT[c.id] ?? c.id, result: c.result, reason: c.reason, citation: d?.citation ?? award.legalBasis };
    });
    return { ...base, awardName: award.name, overall: worst(criteria), criteria, manual, uses: env.uses };
  };

  if (facts.subject !== award.subject) {
    return finish(
      [
        {
          id: 'subject',
          result: 'fail',
          reason: `${award.name} dành cho ${AWARD_SUBJECT_LABELS[award.subject]}; đối tượng được đề nghị là ${AWARD_SUBJECT_LABELS[facts.subject]}.`,
        },
      ],
      [],
    );
  }

  const rule = RULES[award.code];
  const checks: Check[] = [];

  const hold = checkHolds(facts.holds, {
    refDate,
    fromYear: rule?.firstYear?.(env) ?? facts.year,
    toYear: facts.year,
    blocksFrom: env.p.disciplineBlocksFrom,
  });
  checks.push({ id: 'hold', result: hold.ok ? 'pass' : 'fail', reason: hold.reason });

  if (award.kind === 'title') {
    // Two routes to one title (LĐTT of Điều 24 khoản 1 and khoản 3) are the same title.
    const same = (code: string) => code === award.code || code === award.sameTitleAs || awardIn(ruleSet, code)?.sameTitleAs === award.code;
    const dup = facts.history.find((h) => same(h.awardCode) && h.year === facts.year);
    checks.push(
      dup
        ? {
            id: 'once',
            result: 'fail',
            reason: `Đã được tặng ${awardIn(ruleSet, dup.awardCode)?.name ?? award.name} năm ${facts.year}${dup.decisionNumber ? ` (quyết định số ${dup.decisionNumber}${dup.decisionDate ? ` ngày ${dateText(dup.decisionDate)}` : ''})` : ''}.`,
          }
        : { id: 'once', result: 'pass', reason: `Chưa được tặng ${award.name} năm ${facts.year}.` },
    );
  }

  if (rule) checks.push(...rule.run(env));

  const manual: ManualCriterion[] = [];
  for (const c of award.criteria) {
    if (checks.some((x) => x.id === c.id)) continue;
    if (c.check === 'auto') {
      checks.push({ id: c.id, result: 'evidence', reason: 'Phần mềm chưa có quy tắc tự động cho tiêu chí này; cán bộ cần kiểm tra theo hồ sơ.' });
    } else if (c.check === 'evidence') {
      const proof = ctx.confirmed?.[c.id]?.trim();
      checks.push(
        proof
          ? { id: c.id, result: 'pass', reason: `Đã xác nhận minh chứng: ${proof}.` }
          : { id: c.id, result: 'evidence', reason: UNCONFIRMED_REASON },
      );
    } else {
      manual.push({ id: c.id, text: c.text, citation: c.citation });
    }
  }

  if (award.vote.threshold !== null) {
    const threshold = ruleSet.parameters.voteThresholds[award.code] ?? award.vote.threshold;
    const v = checkVote(facts.vote, threshold, award.vote.secretBallot);
    checks.push({ id: 'vote', result: v.result, reason: v.reason });
  }

  return finish(checks, manual);
}
