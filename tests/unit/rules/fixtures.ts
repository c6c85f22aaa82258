import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import {
  evaluate,
  parseCatalogue,
  ruleSetFor,
  type AwardCategory,
  type Catalogue,
  type CriterionResult,
  type EligibilityResult,
  type EvaluateContext,
  type EvaluationLevel,
  type HistoryEntry,
  type Hold,
  type NomineeFacts,
  type RuleSet,
  type RuleSetParameters,
  type Scope,
  type Solution,
} from '../../../src-shared/rules';

export const CATALOGUE_PATH = path.resolve(__dirname, '../../../resources/awards/catalogue.v1.json');
export const catalogueText = () => fs.readFileSync(CATALOGUE_PATH, 'utf8');

let parsed: Catalogue | undefined;
/** The shipped catalogue, parsed once (a fresh copy each call, so tests may mutate it). */
export function shipped(): Catalogue {
  if (!parsed) {
    const r = parseCatalogue(catalogueText());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    parsed = r.catalogue;
  }
  return structuredClone(parsed);
}

export const ND98 = () => ruleSetFor(shipped(), '2025-06-30');
export const ND152 = () => ruleSetFor(shipped(), '2025-07-01');

/** A copy of the NĐ 152 set with some parameters changed. */
export function withParams(patch: Partial<RuleSetParameters>, base: RuleSet = ND152()): RuleSet {
  return { ...base, id: `${base.id}-TEST`, parameters: { ...base.parameters, ...patch } };
}

export const REF = '2026-01-15';

export const title = (awardCode: string, year: number, category: AwardCategory = 'cong-trang', decisionDate: string | null = null): HistoryEntry => ({
  year,
  awardCode,
  category,
  decisionNumber: `${year}/QĐ-UBND`,
  decisionDate,
});
export const titles = (awardCode: string, ...years: number[]) => years.map((y) => title(awardCode, y));
export const ev = (year: number, level: EvaluationLevel) => ({ year, level });
export const sol = (id: string, recognisedOn: string, scope: Scope = 'co-so', usedForAwardId: string | null = null): Solution => ({
  id,
  title: `Giải pháp ${id}`,
  recognisedOn,
  scope,
  usedForAwardId,
});
export const hold = (kind: Hold['kind'], level: Hold['level'], from: string, to: string | null): Hold => ({ kind, level, from, to });

export function facts(patch: Partial<NomineeFacts> = {}): NomineeFacts {
  return { subject: 'individual', year: 2025, history: [], evaluations: [], initiatives: [], topics: [], holds: [], ...patch };
}

export interface Case {
  name: string;
  award: string;
  facts: Partial<NomineeFacts>;
  refDate?: string;
  ruleSet?: () => RuleSet;
  ctx?: EvaluateContext;
  overall?: EligibilityResult['overall'];
  /** criterion id → expected result and patterns its reason must match. */
  expect?: Record<string, [CriterionResult['result'], ...RegExp[]]>;
  uses?: { initiatives?: string[]; topics?: string[] };
}

export function run(c: Case): EligibilityResult {
  return evaluate(facts(c.facts), c.award, (c.ruleSet ?? ND152)(), c.refDate ?? REF, c.ctx);
}

export function criterion(r: EligibilityResult, id: string): CriterionResult {
  const found = r.criteria.find((x) => x.id === id);
  if (!found) throw new Error(`no criterion ${id} in ${r.criteria.map((x) => x.id).join(', ')}`);
  return found;
}

/** Asserts a case: overall, each named criterion's result and reason patterns, uses. */
export function check(c: Case): EligibilityResult {
  const r = run(c);
  if (c.overall) expect(r.overall).toBe(c.overall);
  for (const [id, [result, ...patterns]] of Object.entries(c.expect ?? {})) {
    const got = criterion(r, id);
    expect(`${id}: ${got.result}`).toBe(`${id}: ${result}`);
    for (const p of patterns) expect(got.reason).toMatch(p);
  }
  if (c.uses?.initiatives) expect(r.uses.initiatives).toEqual(c.uses.initiatives);
  if (c.uses?.topics) expect(r.uses.topics).toEqual(c.uses.topics);
  return r;
}

/** Vietnamese: has at least one letter only Vietnamese uses, and no English validator words. */
export const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
