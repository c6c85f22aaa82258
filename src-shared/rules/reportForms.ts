/**
 * Báo cáo thành tích forms as versioned data (resources/reports/forms.v1.json) and the pure
 * rules around them: which form a dossier's nominee uses (by the award's subject, the dossier's
 * round and its reference date: NĐ 98/2023 before 01/7/2025, NĐ 152/2025 from then on), what a
 * filled report must satisfy (a decision number on every row of the awards tables, a word limit
 * per section), and how pasted text becomes paragraphs.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../text/dates';

// ---------------------------------------------------------------------------------------------
// Templates

export const REPORT_SUBJECTS = ['individual', 'collective'] as const;
export type ReportSubject = (typeof REPORT_SUBJECTS)[number];
/** Thường xuyên (công trạng, the yearly round), đột xuất, chuyên đề. */
export const REPORT_ROUNDS = ['regular', 'adhoc', 'thematic'] as const;
export type ReportRound = (typeof REPORT_ROUNDS)[number];

const isoDate = z.string().refine(isValidIsoDate, { error: 'Ngày phải có dạng yyyy-mm-dd.' });
const key = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);
const line = z.string().min(1).max(300);

export const particularSchema = z.strictObject({
  key,
  label: line,
  /** A longer field (cơ cấu tổ chức) is edited in a textarea. */
  long: z.boolean().optional(),
});
export type Particular = z.infer<typeof particularSchema>;

export const reportSectionSchema = z.strictObject({
  key,
  /** The numbered heading printed above the clerk's text: "1. Quyền hạn, nhiệm vụ được giao". */
  heading: line,
  /** What the form asks for in this section (shown under the field, not printed). */
  hint: z.string().max(1000),
  /** The part of the form it belongs to: I (particulars side) or II (achievements). */
  part: z.enum(['I', 'II']),
  maxWords: z.number().int().min(100).max(20_000),
});
export type ReportSection = z.infer<typeof reportSectionSchema>;

/** `position` may break into lines with "\n" (the form's long titles print on two or three lines). */
const signatureSchema = z.strictObject({ position: line, hint: line });

export const reportFormSchema = z.strictObject({
  id: z.string().regex(/^(nd98|nd152)-[a-z-]{3,40}$/),
  version: z.number().int().min(1),
  name: line,
  /** Where the form is: "Phụ lục NĐ 152/2025/NĐ-CP, Mẫu số 05". Numbers not verified say so. */
  legalBasis: line,
  subject: z.enum(REPORT_SUBJECTS).nullable(),
  round: z.enum(REPORT_ROUNDS),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  /** The line under "BÁO CÁO THÀNH TÍCH"; {award} is replaced by the award phrase. */
  subtitle: line,
  /** The line under the subtitle (đột xuất, chuyên đề), or null. */
  note: z.string().max(300).nullable(),
  /** Printed pages the form allows, null where the form sets none. */
  pageLimit: z.number().int().min(1).max(50).nullable(),
  partI: z.strictObject({ individual: line, collective: line }),
  partII: line,
  partIII: line.nullable(),
  particulars: z.strictObject({ individual: z.array(particularSchema).max(30), collective: z.array(particularSchema).max(30) }),
  sections: z.strictObject({ individual: z.array(reportSectionSchema).max(12), collective: z.array(reportSectionSchema).max(12) }),
  signatures: z.strictObject({
    individual: z.strictObject({ left: signatureSchema, right: signatureSchema }),
    collective: z.strictObject({ left: signatureSchema, right: signatureSchema }),
  }),
});
export type ReportForm = z.infer<typeof reportFormSchema>;

export const reportFormsFileSchema = z.strictObject({
  formsVersion: z.number().int().min(1),
  note: z.string().max(2000),
  forms: z.array(reportFormSchema).min(1).max(40),
});
export type ReportFormsFile = z.infer<typeof reportFormsFileSchema>;

// ---------------------------------------------------------------------------------------------
// Choosing the form

/** The dossier's round ("annual" | "thematic" | "adhoc") as the forms name it. */
export function reportRoundOf(dossierRound: string): ReportRound {
  if (dossierRound === 'adhoc') return 'adhoc';
  if (dossierRound === 'thematic') return 'thematic';
  return 'regular';
}

/** A household's report is written by the family and follows the individual form (its head's particulars). */
export const reportSubjectOf = (awardSubject: string): ReportSubject => (awardSubject === 'collective' ? 'collective' : 'individual');

/**
 * The form a nominee's report follows: the one in force on the dossier's reference date for the
 * award's subject and the dossier's round (a form with `subject: null` serves both). Null when
 * no form of the file covers the date.
 */
export function reportFormFor(
  forms: readonly ReportForm[],
  q: { awardSubject: string; dossierRound: string; referenceDate: string },
): ReportForm | null {
  const subject = reportSubjectOf(q.awardSubject);
  const round = reportRoundOf(q.dossierRound);
  const fits = forms.filter(
    (f) =>
      f.round === round &&
      (f.subject === null || f.subject === subject) &&
      f.effectiveFrom <= q.referenceDate &&
      (f.effectiveTo === null || q.referenceDate <= f.effectiveTo),
  );
  // The newest version of the newest form wins when a file carries several.
  return fits.sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.version - a.version : a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Text: words and paragraphs

/** Words as a reader counts them: runs of letters or digits (Vietnamese syllables count one each). */
export function countWords(text: string): number {
  const m = text.normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’.,/][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/**
 * Text pasted from Word (or typed) as paragraphs: one per line, blank lines and the
 * non-breaking spaces, tabs and bullets Word leaves dropped, NFC.
 */
export function toParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u000b\f]/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
}

export const paragraphWords = (paras: readonly string[]) => paras.reduce((n, p) => n + countWords(p), 0);

/** A printed A4 page of 14-point Times holds about 450 words of body text. */
export const WORDS_PER_PAGE = 450;

// ---------------------------------------------------------------------------------------------
// A filled report

export interface ReportTableRow {
  year: number;
  name: string;
  decisionNumber: string;
  /** ISO date or null when unknown. */
  decisionDate: string | null;
  issuer: string;
}

export interface ReportContent {
  particulars: Record<string, string>;
  sections: Record<string, string[]>;
  titles: ReportTableRow[];
  commendations: ReportTableRow[];
}

export interface ReportProblem {
  field: string;
  message: string;
}

/** The form's sections for a subject. */
export const sectionsOf = (form: ReportForm, subject: ReportSubject) => form.sections[subject];
export const particularsOf = (form: ReportForm, subject: ReportSubject) => form.particulars[subject];

/**
 * What keeps a report from being saved, in Vietnamese: a section longer than the form allows,
 * a section or particular the form does not have, a row of the titles or commendations table
 * without its decision number or award. Empty when the report can be saved.
 */
export function reportProblems(form: ReportForm, subject: ReportSubject, c: ReportContent): ReportProblem[] {
  const out: ReportProblem[] = [];
  const sections = sectionsOf(form, subject);
  const known = new Set(sections.map((s) => s.key));
  for (const k of Object.keys(c.sections)) {
    if (!known.has(k)) out.push({ field: `sections.${k}`, message: `Mục “${k}” không có trong mẫu ${form.name}; hãy mở lại báo cáo theo đúng mẫu.` });
  }
  for (const s of sections) {
    const words = paragraphWords(c.sections[s.key] ?? []);
    if (words > s.maxWords) {
      out.push({
        field: `sections.${s.key}`,
        message: `Mục “${s.heading}” có ${words.toLocaleString('vi-VN')} từ, vượt giới hạn ${s.maxWords.toLocaleString('vi-VN')} từ của mẫu. Hãy rút gọn nội dung (chỉ nêu thành tích tiêu biểu) rồi lưu lại.`,
      });
    }
  }
  const particulars = new Set(particularsOf(form, subject).map((p) => p.key));
  for (const k of Object.keys(c.particulars)) {
    if (!particulars.has(k)) out.push({ field: `particulars.${k}`, message: `Mục “${k}” không có trong phần lý lịch của mẫu ${form.name}.` });
  }
  const rows = (list: ReportTableRow[], table: 'titles' | 'commendations', what: string) =>
    list.forEach((r, i) => {
      if (!r.name.trim()) out.push({ field: `${table}.${i}.name`, message: `Dòng ${i + 1} của bảng ${what}: hãy nhập tên ${what}.` });
      if (!r.decisionNumber.trim()) {
        out.push({
          field: `${table}.${i}.decisionNumber`,
          message: `Dòng ${i + 1} của bảng ${what} (${r.name || 'chưa có tên'}, năm ${r.year}) chưa có số quyết định. Hãy nhập số quyết định (ví dụ 125/QĐ-UBND) hoặc xóa dòng này.`,
        });
      }
    });
  rows(c.titles, 'titles', 'danh hiệu thi đua');
  rows(c.commendations, 'commendations', 'hình thức khen thưởng');
  return out;
}

/** Printed pages of a report with this many words in its sections and rows in its two tables. */
export function pagesFor(words: number, tableRows: number): number {
  // Heading, particulars and signatures take about a page; a table row about a twentieth.
  return Math.max(1, Math.ceil(1 + words / WORDS_PER_PAGE + tableRows / 20));
}

/** Estimated printed pages of the achievement text (for the form's page limit). */
export function estimatedPages(form: ReportForm, subject: ReportSubject, c: ReportContent): number {
  const words = sectionsOf(form, subject).reduce((n, s) => n + paragraphWords(c.sections[s.key] ?? []), 0);
  return pagesFor(words, c.titles.length + c.commendations.length);
}

/**
 * The warning printed with a report longer than its form allows (null within the limit, or when
 * the form sets none). A warning, not a refusal: the clerk may still print and shorten later.
 */
export function pageLimitWarning(form: Pick<ReportForm, 'name' | 'pageLimit'>, pages: number, who: string): string | null {
  if (form.pageLimit === null || pages <= form.pageLimit) return null;
  return `Báo cáo thành tích của ${who} ước khoảng ${pages} trang, vượt giới hạn ${form.pageLimit} trang của mẫu “${form.name}”. Vẫn in được; hãy rút gọn (chỉ nêu thành tích tiêu biểu) trước khi gửi.`;
}

// ---------------------------------------------------------------------------------------------
// The award history split into the form's two tables

const TITLE_NAME = /^(lao động tiên tiến|lao động xuất sắc|chiến sĩ (thi đua|tiên tiến)|tập thể lao động|đơn vị (tiên tiến|quyết thắng)|cờ thi đua|gia đình văn hóa|thôn,? tổ dân phố văn hóa|(thôn|tổ dân phố|bản|ấp|làng) văn hóa|danh hiệu)/iu;

/**
 * Whether an award of the history is a danh hiệu thi đua (the titles table) or a hình thức khen
 * thưởng (the commendations table): by the catalogue's kind when the code is known, else by
 * the name (Luật TĐKT 2022, Điều 8 lists the titles).
 */
export function historyTableOf(awardCode: string, awardName: string, kindOf: (code: string) => 'title' | 'form' | undefined): 'titles' | 'commendations' {
  const kind = awardCode ? kindOf(awardCode) : undefined;
  if (kind) return kind === 'title' ? 'titles' : 'commendations';
  return TITLE_NAME.test(awardName.normalize('NFC').trim()) ? 'titles' : 'commendations';
}
