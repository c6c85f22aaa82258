/**
 * The award catalogue (danh mục danh hiệu thi đua, hình thức khen thưởng) as versioned data.
 *
 * The app ships `resources/awards/catalogue.v1.json`; a province may replace it with its own
 * reference package. A catalogue holds rule sets, each in force for a period (and, optionally,
 * for one province): a dossier uses the rule set in force on its reference date, so a dossier
 * received before 01/7/2025 is still judged under NĐ 98/2023 and one after it under NĐ
 * 152/2025. Numbers the law leaves to decrees, circulars or provinces (vote thresholds, member
 * shares, streak lengths) are `parameters` of a rule set, never constants in code.
 */
import { z } from 'zod';
import type { UnitLevel } from '../catalog/levels';
import { deciderRouteSchema, type DeciderRoute } from './deciders';
import { checkAwardExtras } from './catalogueChecks';
import { precedenceSchema } from './precedence';
import { REPORT_FORM_IDS, roundSchema } from './awardReportForms';
import { formatDate, isValidIsoDate } from '../text/dates';
import {
  AWARD_CATEGORIES,
  AWARD_KINDS,
  AWARD_SUBJECTS,
  CRITERION_CHECKS,
  EVALUATION_LEVELS,
  HOLD_LEVELS,
} from './vocab';

// ---------------------------------------------------------------------------------------------
// Schema

const text = (max: number) => z.string().min(1).max(max);
const note = z.string().max(2000).optional();
const code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    error: 'Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang (tối đa 40 ký tự).',
  });
const criterionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{0,59}$/, { error: 'Mã tiêu chí chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang.' });
const isoDate = z.string().refine(isValidIsoDate, { error: 'Ngày phải có dạng yyyy-mm-dd và là ngày có thật.' });
const share = z
  .number()
  .min(0, { error: 'Tỷ lệ phải là số từ 0 đến 1 (ví dụ 0.8 là 80%).' })
  .max(1, { error: 'Tỷ lệ phải là số từ 0 đến 1 (ví dụ 0.8 là 80%).' });
const count = (max: number) => z.number().int().min(1).max(max);

export const criterionSchema = z.strictObject({
  id: criterionId,
  text: text(1000),
  /** Where the law says it, e.g. "Luật TĐKT 2022, Điều 22". */
  citation: text(300),
  /** auto: computed from facts; evidence: needs a document; council: judged at the council's review. */
  check: z.enum(CRITERION_CHECKS),
  note,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const requiredDocumentSchema = z.strictObject({
  code,
  name: text(300),
  /** The statutory template (e.g. "ND152-M01" = Mẫu số 01, Phụ lục NĐ 152/2025), null when none. */
  template: z.string().min(1).max(60).nullable(),
  /** null = set by the bộ/ngành/tỉnh (NĐ 152/2025, Điều 6 khoản 2 điểm c). */
  copies: count(20).nullable(),
  note,
});
export type RequiredDocument = z.infer<typeof requiredDocumentSchema>;

export { DECIDERS, DECIDER_LABELS, deciderRouteSchema, type Decider, type DeciderRoute } from './deciders';

export const awardDefSchema = z.strictObject({
  code,
  name: text(200),
  /** Used inside reasons ("CSTĐCS"); the name when absent. */
  shortName: text(40).optional(),
  kind: z.enum(AWARD_KINDS),
  subject: z.enum(AWARD_SUBJECTS),
  authority: text(300),
  category: z.enum(AWARD_CATEGORIES),
  requiredDocuments: z.array(requiredDocumentSchema).max(30),
  vote: z.strictObject({
    secretBallot: z.boolean(),
    /** Share of the council's TOTAL membership that must vote yes; null = no vote required. */
    threshold: share.nullable(),
  }),
  criteria: z.array(criterionSchema).max(50),
  legalBasis: text(500),
  /** Who decides, by the proposing unit's level; absent when the catalogue does not know. */
  routes: z.array(deciderRouteSchema).max(10).optional(),
  /** The achievement report's regular form (reportForms.ts); đột xuất / chuyên đề dossiers switch form. */
  reportForm: z.enum(REPORT_FORM_IDS),
  /** Another route to the same title (LĐTT of Điều 24 khoản 3 is LĐTT): one of them per year. */
  sameTitleAs: code.optional(),
  /** When the province sends proposals of this award up (its yearly plan's rounds). */
  rounds: z.array(roundSchema).max(10).optional(),
  note,
});
export type AwardDef = z.infer<typeof awardDefSchema>;

export const CSTDCS_ROUTES = ['any-of', 'htxs-and-solution'] as const;
export type CstdcsRoute = (typeof CSTDCS_ROUTES)[number];

export const parametersSchema = z.strictObject({
  /** awardCode → share of the council's total membership; must agree with each award's vote.threshold. */
  voteThresholds: z.record(code, share),
  /** TTLĐTT and TTLĐXS: share of members holding LĐTT (Luật TĐKT 2022, Điều 27, 28: 70%). */
  ldttMemberShare: share,
  /** LĐTT: lowest task-completion level (Luật TĐKT 2022, Điều 24 khoản 1: hoàn thành tốt). */
  ldttMinLevel: z.enum(EVALUATION_LEVELS),
  /** TTLĐXS: share of members who completed their tasks (100%). */
  ttldxsCompletedShare: share,
  /** TTLĐXS: members holding CSTĐCS (at least one). */
  ttldxsMinCstdcs: z.number().int().min(0).max(1000),
  /** CSTĐCS: LĐTT plus one of HTXS / initiative / topic (Luật 2022), or HTXS and one of them (draft amendment). */
  cstdcsRoute: z.enum(CSTDCS_ROUTES),
  /** CSTĐ cấp tỉnh: consecutive CSTĐCS titles (3). */
  cstdTinhStreak: count(10),
  /** CSTĐ toàn quốc: consecutive CSTĐ cấp tỉnh titles (2)… */
  cstdTqStreak: count(10),
  /** …each one cycle apart (3 years: one CSTĐ tỉnh per 3 CSTĐCS). */
  cstdTqStepYears: count(10),
  /** Bằng khen Chủ tịch UBND tỉnh (individual): consecutive CSTĐCS (2)… */
  bkCstdcsStreak: count(10),
  /** …or consecutive HTXS years (2)… */
  bkHtxsYears: count(10),
  /** …with this many initiatives, or this many topics, applied at cơ sở level in those years (2). */
  bkSolutions: count(10),
  /** Bằng khen Chủ tịch UBND tỉnh (collective): consecutive years HTXS or TTLĐXS (2). */
  bkCollectiveYears: count(10),
  /** Discipline at this level or above holds an award back (NĐ 152/2025, Điều 4: any discipline). */
  disciplineBlocksFrom: z.enum(HOLD_LEVELS),
  /** parameter name → why it has this value (e.g. UNCONFIRMED under NĐ 152/2025). */
  notes: z.record(z.string(), text(2000)).optional(),
});
export type RuleSetParameters = z.infer<typeof parametersSchema>;

/** A legal document as a căn cứ prints it (NĐ 30/2020: kind, number, date, issuer, trích yếu). */
export const citationSchema = z.strictObject({
  /** The short name the catalogue's legalBasis uses: "Luật TĐKT 2022", "NĐ 152/2025/NĐ-CP". */
  ref: text(60),
  /** "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022". */
  text: text(500),
  note,
});
export type Citation = z.infer<typeof citationSchema>;

export const ruleSetSchema = z.strictObject({
  id: code,
  /** e.g. "Luật TĐKT 2022; NĐ 98/2023/NĐ-CP". */
  legalBasis: text(500),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  /** null = national; otherwise the province code this set applies to (it beats a national set). */
  province: z.string().min(1).max(60).nullable(),
  note,
  parameters: parametersSchema,
  /** Criteria shared by every award (holds, vote, single use of an achievement), with citations. */
  generalCriteria: z.array(criterionSchema).max(50),
  awards: z.array(awardDefSchema).min(1).max(500),
  /** Full căn cứ texts of the documents the set cites. */
  citations: z.array(citationSchema).max(50).optional(),
  /** Refs every paper of a dossier under this set cites first (the law on local government, the TĐKT law, the decree). */
  bases: z.array(text(60)).max(10).optional(),
  /** Which set judges a dossier whose achievement period began under an earlier set (said on screen and in print). */
  transition: z.strictObject({ text: text(1000), citation: text(300) }).optional(),
  /** Precedence among equals (NĐ 152/2025, Điều 4); absent = the set states none. */
  precedence: precedenceSchema.optional(),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

const PARAMETER_NAMES = Object.keys(parametersSchema.shape);
const MAX_DATE = '9999-12-31';

export const catalogueSchema = z
  .strictObject({
    catalogueVersion: z.number().int().min(1),
    province: z.string().min(1).max(60).nullable(),
    note,
    ruleSets: z.array(ruleSetSchema).min(1).max(200),
  })
  .superRefine((cat, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const seenSets = new Map<string, number>();
    cat.ruleSets.forEach((rs, i) => {
      const at = (...p: PropertyKey[]) => ['ruleSets', i, ...p];
      if (seenSets.has(rs.id)) issue(at('id'), `Mã bộ quy tắc “${rs.id}” bị trùng.`);
      seenSets.set(rs.id, i);
      if (rs.effectiveTo !== null && rs.effectiveTo < rs.effectiveFrom) {
        issue(at('effectiveTo'), `Ngày hết hiệu lực ${formatDate(rs.effectiveTo)} trước ngày có hiệu lực ${formatDate(rs.effectiveFrom)}.`);
      }
      if (cat.province !== null && rs.province !== null && rs.province !== cat.province) {
        issue(at('province'), `Danh mục của tỉnh “${cat.province}” không được chứa bộ quy tắc của tỉnh “${rs.province}”.`);
      }
      // Two sets for the same province in force on the same day would make the choice arbitrary.
      cat.ruleSets.slice(0, i).forEach((other) => {
        if (other.province !== rs.province) return;
        if (rs.effectiveFrom <= (other.effectiveTo ?? MAX_DATE) && other.effectiveFrom <= (rs.effectiveTo ?? MAX_DATE)) {
          issue(at('effectiveFrom'), `Thời gian hiệu lực trùng với bộ quy tắc “${other.id}” cùng phạm vi áp dụng: không xác định được bộ quy tắc nào được dùng.`);
        }
      });

      const codes = new Set<string>();
      rs.awards.forEach((a, j) => {
        if (codes.has(a.code)) issue(at('awards', j, 'code'), `Mã khen thưởng “${a.code}” bị trùng trong bộ quy tắc.`);
        codes.add(a.code);
        const ids = new Set<string>();
        a.criteria.forEach((c, k) => {
          if (ids.has(c.id)) issue(at('awards', j, 'criteria', k, 'id'), `Mã tiêu chí “${c.id}” bị trùng.`);
          ids.add(c.id);
        });
        const levels = new Set<string>();
        (a.routes ?? []).forEach((r, k) => {
          for (const l of r.levels) {
            if (levels.has(l)) issue(at('awards', j, 'routes', k, 'levels'), `Cấp “${l}” có hai cách xác định người quyết định.`);
            levels.add(l);
          }
        });
        const docs = new Set<string>();
        a.requiredDocuments.forEach((d, k) => {
          if (docs.has(d.code)) issue(at('awards', j, 'requiredDocuments', k, 'code'), `Mã giấy tờ “${d.code}” bị trùng.`);
          docs.add(d.code);
        });
        checkAwardExtras(rs, a, (path, message) => issue(at('awards', j, ...path), message));
        const listed = rs.parameters.voteThresholds[a.code];
        if (a.vote.threshold !== null && listed === undefined) {
          issue(at('parameters', 'voteThresholds'), `Thiếu ngưỡng biểu quyết của “${a.code}” (vote.threshold = ${a.vote.threshold}).`);
        }
      });
      const general = new Set<string>();
      rs.generalCriteria.forEach((c, k) => {
        if (general.has(c.id)) issue(at('generalCriteria', k, 'id'), `Mã tiêu chí “${c.id}” bị trùng.`);
        general.add(c.id);
      });
      for (const [awardCode, threshold] of Object.entries(rs.parameters.voteThresholds)) {
        const award = rs.awards.find((a) => a.code === awardCode);
        if (!award) {
          issue(at('parameters', 'voteThresholds', awardCode), `Mã “${awardCode}” không có trong danh sách khen thưởng của bộ quy tắc.`);
        } else if (award.vote.threshold !== threshold) {
          issue(
            at('parameters', 'voteThresholds', awardCode),
            `Ngưỡng biểu quyết của “${awardCode}” (${threshold}) khác với vote.threshold của khen thưởng (${String(award.vote.threshold)}).`,
          );
        }
      }
      for (const name of Object.keys(rs.parameters.notes ?? {})) {
        if (!PARAMETER_NAMES.includes(name)) issue(at('parameters', 'notes', name), `Không có tham số “${name}”.`);
      }
    });
  });
export type Catalogue = z.infer<typeof catalogueSchema>;

// ---------------------------------------------------------------------------------------------
// Parsing with Vietnamese messages

const EXPECTED: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'đối tượng',
  record: 'đối tượng',
  null: 'null',
};

const vietnameseErrors: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'Thiếu trường bắt buộc.';
      return `Sai kiểu dữ liệu: cần ${EXPECTED[iss.expected] ?? iss.expected}.`;
    case 'too_small':
      if (iss.origin === 'string') return 'Không được để trống.';
      if (iss.origin === 'array') return `Cần ít nhất ${String(iss.minimum)} mục.`;
      return `Giá trị phải từ ${String(iss.minimum)} trở lên.`;
    case 'too_big':
      if (iss.origin === 'string') return `Dài quá ${String(iss.maximum)} ký tự.`;
      if (iss.origin === 'array') return `Nhiều quá ${String(iss.maximum)} mục.`;
      return `Giá trị phải từ ${String(iss.maximum)} trở xuống.`;
    case 'invalid_value':
      if (iss.input === undefined) return 'Thiếu trường bắt buộc.';
      return `Giá trị không hợp lệ; chỉ nhận: ${iss.values.map((v) => String(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${iss.keys.join(', ')}.`;
    case 'invalid_format':
      return 'Sai định dạng.';
    case 'invalid_key':
      return 'Khóa không hợp lệ.';
    default:
      return 'Dữ liệu không hợp lệ.';
  }
};

const LIST_WORDS: Record<string, string> = {
  ruleSets: 'bộ quy tắc',
  awards: 'khen thưởng',
  criteria: 'tiêu chí',
  generalCriteria: 'tiêu chí chung',
  requiredDocuments: 'giấy tờ',
};

function child(node: unknown, key: PropertyKey): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  return (node as Record<PropertyKey, unknown>)[key];
}

function label(node: unknown): string {
  const id = child(node, 'id') ?? child(node, 'code');
  return typeof id === 'string' && id ? ` (${id})` : '';
}

/** ["ruleSets", 0, "awards", 2, "vote", "threshold"] → "Bộ quy tắc thứ 1 (…) › khen thưởng thứ 3 (CSTDCS) › trường “vote.threshold”". */
function where(path: readonly PropertyKey[], input: unknown): string {
  const parts: string[] = [];
  let fields: string[] = [];
  const flush = () => {
    if (fields.length) parts.push(`trường “${fields.join('.')}”`);
    fields = [];
  };
  let node = input;
  path.forEach((key, i) => {
    const prev = path[i - 1];
    node = child(node, key);
    const listWord = typeof prev === 'string' ? LIST_WORDS[prev] : undefined;
    if (typeof key === 'number' && listWord) {
      flush();
      parts.push(`${listWord} thứ ${key + 1}${label(node)}`);
    } else if (!(typeof key === 'string' && LIST_WORDS[key] && typeof path[i + 1] === 'number')) {
      fields.push(String(key));
    }
  });
  flush();
  const s = parts.join(' › ');
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : 'Danh mục';
}

export type CatalogueParse = { ok: true; catalogue: Catalogue } | { ok: false; errors: string[] };

/**
 * Validates a catalogue (a parsed object or its JSON text). Never throws: each error is one
 * Vietnamese line naming where it is ("Bộ quy tắc thứ 1 (VN-ND98-2023) › khen thưởng thứ 2
 * (CSTDCS) › trường “vote.threshold”: Tỷ lệ phải là số từ 0 đến 1 …").
 */
export function parseCatalogue(json: unknown): CatalogueParse {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json) as unknown;
    } catch (_e) {
      return { ok: false, errors: ['Tệp danh mục khen thưởng không phải JSON hợp lệ.'] };
    }
  }
  const r = catalogueSchema.safeParse(data, { error: vietnameseErrors });
  if (r.success) return { ok: true, catalogue: r.data };
  return { ok: false, errors: r.error.issues.map((iss) => `${where(iss.path, data)}: ${iss.message}`) };
}

// ---------------------------------------------------------------------------------------------
// Choosing a rule set

/** A catalogue problem a clerk can act on; the message is Vietnamese. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

const inForce = (rs: RuleSet, date: string) => rs.effectiveFrom <= date && date <= (rs.effectiveTo ?? MAX_DATE);

/**
 * The rule set in force on `refDate` (the dossier's reference date, "yyyy-mm-dd") for
 * `province`: a set made for that province beats a national one; among several (a malformed
 * catalogue), the one that took effect last wins. Throws CatalogueError when none applies.
 */
export function ruleSetFor(catalogue: Catalogue, refDate: string, province: string | null = null): RuleSet {
  if (!isValidIsoDate(refDate)) throw new CatalogueError(`Ngày tham chiếu “${refDate}” không hợp lệ (cần dạng yyyy-mm-dd).`);
  const latest = (sets: RuleSet[]) => sets.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  const candidates = catalogue.ruleSets.filter((rs) => inForce(rs, refDate));
  const own = province === null ? undefined : latest(candidates.filter((rs) => rs.province === province));
  const chosen = own ?? latest(candidates.filter((rs) => rs.province === null));
  if (chosen) return chosen;
  const where = province === null ? '' : ` cho tỉnh “${province}”`;
  throw new CatalogueError(
    `Danh mục khen thưởng (phiên bản ${catalogue.catalogueVersion}) không có bộ quy tắc nào có hiệu lực ngày ${formatDate(refDate)}${where}. ` +
      'Hãy kiểm tra ngày tham chiếu của hồ sơ hoặc cập nhật danh mục khen thưởng.',
  );
}

/** The award with this code in the rule set, if it has one. */
export const awardIn = (ruleSet: RuleSet, awardCode: string): AwardDef | undefined =>
  ruleSet.awards.find((a) => a.code === awardCode);

/** Who decides this award when a unit of this level proposes it (the rule set is the reference date's). */
export const routeFor = (award: AwardDef | undefined, level: UnitLevel | string): DeciderRoute | null =>
  award?.routes?.find((r) => (r.levels as string[]).includes(level)) ?? null;
