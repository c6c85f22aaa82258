// Tabular formats read in the renderer and main alike: CSV, pasted or spreadsheet rows, header detection, mapping.
/**
 * Turning the data rows of a clerk's list of awards already received (khen thưởng đã có) into
 * checked values, before anything is matched or written: legacy encodings converted per
 * column, NFC and whitespace cleaned, the year, birth and decision date read in the forms
 * clerks type, a one-cell "Số 152/QĐ-UBND ngày 10/12/2024" split, and every problem a
 * Vietnamese sentence naming the line. Also the pure matching of an award's text against the
 * catalogue. Pure: the clock is a parameter.
 */
import { AWARD_CATEGORIES, type AwardCategory } from '../rules/vocab';
import { parseDate } from '../text/dates';
import { fold, foldTokens } from '../text/fold';
import type { LegacyEncoding } from '../text/legacy';
import { cleanText } from '../text/normalize';
import { isColumnNumbersRow, type AwardHistoryField, type Mapping } from './tabular';
import {
  columnEncodings, decodeCell, excelSerialToIso, lineMessage, parseBirth, titleCode, type EncodingChoice, type SheetRow,
} from './tabularRows';

export interface AwardRowValues {
  /** From the column that holds a name: "Họ và tên" → person, "Tên tập thể" → collective. */
  subjectType: 'person' | 'collective' | null;
  name: string;
  birthDate: string | null;
  birthYear: number | null;
  unitName: string;
  year: number | null;
  /** The title or form as written ("LĐTT", "Bằng khen của Chủ tịch UBND tỉnh"). */
  awardText: string;
  /** From a "Loại hình" column; null when absent or empty. */
  category: AwardCategory | null;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
}

export interface NormalizedAwardRow {
  line: number;
  values: AwardRowValues;
  /** Each mapped field's cell text as it was in the file. */
  original: Partial<Record<AwardHistoryField, string>>;
  converted: boolean;
  errors: string[];
  warnings: string[];
}

export const AWARD_LIMITS = { name: 300, unitName: 200, awardText: 300, decisionNumber: 50, issuer: 200 };
/** The first year the contract accepts for an award (awardHistoryInput). */
export const FIRST_AWARD_YEAR = 1945;

// The end of a table (a total row) and a signature block under it, as in a list of people.
const TOTAL_ROW = /^(tong cong|tong so|cong\s*[:(]|cong$)/;

// ---------------------------------------------------------------------------------------
// Values

/** "2024", "Năm 2024", "2024.0" → 2024; null when the cell holds no year. */
export function parseYear(text: string): number | null {
  const m = /^(?:nam\s*)?(\d{4})(?:\.0+)?$/.exec(fold(text).trim());
  return m ? Number(m[1]) : null;
}

const DATE_SHAPE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$|^\d{4}-\d{1,2}-\d{1,2}$/;
const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;
// "ngày 10 tháng 12 năm 2024", as decisions are dated in their own text.
const WORDY_DATE = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/;

/** A decision's date from a cell: dd/mm/yyyy, yyyy-mm-dd (a date cell), an Excel day number, or in words. */
export function parseDecisionDate(text: string): { ok: true; date: string | null } | { ok: false; problem: string } {
  const s = text.trim();
  if (s === '') return { ok: true, date: null };
  if (DATE_SHAPE.test(s)) {
    const iso = parseDate(s);
    return iso ? { ok: true, date: iso } : { ok: false, problem: `ngày quyết định ${s} không có thật` };
  }
  if (EXCEL_SERIAL.test(s)) {
    const iso = excelSerialToIso(Number(s));
    if (iso) return { ok: true, date: iso };
  }
  const w = WORDY_DATE.exec(fold(s));
  if (w) {
    const iso = parseDate(`${w[1]}/${w[2]}/${w[3]}`);
    return iso ? { ok: true, date: iso } : { ok: false, problem: `ngày quyết định "${s}" không có thật` };
  }
  return { ok: false, problem: `ngày quyết định "${s}" không đọc được; hãy ghi dd/mm/yyyy` };
}

/**
 * One "Số, ngày quyết định" cell: "Số 152/QĐ-UBND ngày 10/12/2024", "152/QĐ-UBND, 10/12/2024",
 * "152/QĐ-UBND ngày 10 tháng 12 năm 2024" or just the number. The date is what looks like one;
 * the number is the rest without "Số" and "ngày".
 */
export function splitDecision(text: string): { number: string; dateText: string } {
  const s = cleanText(text);
  const numeric = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*$/u.exec(s);
  const wordy = /(ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})\s*$/iu.exec(s);
  const found = wordy ?? numeric;
  const dateText = found?.[1] ?? '';
  let rest = found ? s.slice(0, found.index) : s;
  rest = rest.replace(/[,;\s]*(ngày|ngay)?[,;:\s]*$/iu, '').replace(/^\s*(số|so)\s*[:.]?\s*/iu, '').trim();
  return { number: rest, dateText };
}

const CATEGORY_WORDS: [RegExp, AwardCategory][] = [
  [/cong trang/, 'cong-trang'],
  [/dot xuat/, 'dot-xuat'],
  [/chuyen de/, 'chuyen-de'],
  [/theo dot|phong trao/, 'phong-trao'],
  [/cong hien/, 'cong-hien'],
  [/doi ngoai/, 'doi-ngoai'],
];

/** "Công trạng", "khen thưởng đột xuất", "chuyen-de" … → the category; null when not recognisable. */
export function parseCategory(text: string): AwardCategory | null {
  const k = foldTokens(text).join(' ');
  if ((AWARD_CATEGORIES as readonly string[]).includes(fold(text).trim())) return fold(text).trim() as AwardCategory;
  return CATEGORY_WORDS.find(([re]) => re.test(k))?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------
// The catalogue

export interface CatalogueAward {
  code: string;
  name: string;
  shortName?: string | undefined;
  subject: string;
  category: string;
  /** 'title' (danh hiệu) or 'form' (hình thức: Giấy khen, Bằng khen…). */
  kind?: string | undefined;
}

/** Words as compared: folded, "UBND" spelled out, "của" and a "(cá nhân)" / "(tập thể)" suffix left out. */
export function awardKey(text: string): string {
  const words = foldTokens(text.replace(/\((cá nhân|tập thể|hộ gia đình)\)\s*$/iu, ''))
    .flatMap((w) => (w === 'ubnd' ? ['uy', 'ban', 'nhan', 'dan'] : [w]))
    .filter((w) => w !== 'cua');
  return words.join(' ');
}

// Other ways clerks write the catalogue's forms (keys as awardKey gives them).
const EXTRA_KEYS: [string, string][] = [
  ['bang khen uy ban nhan dan tinh', 'BK_CT_TINH'],
  ['bang khen tinh', 'BK_CT_TINH'],
  ['bk chu tich uy ban nhan dan tinh', 'BK_CT_TINH'],
  ['bk uy ban nhan dan tinh', 'BK_CT_TINH'],
  ['gk', 'GIAY_KHEN'],
];

/** The catalogue's awards by every key they are written with; a pair (cá nhân / tập thể) shares keys. */
export function awardIndex(awards: readonly CatalogueAward[]): Map<string, CatalogueAward[]> {
  const index = new Map<string, CatalogueAward[]>();
  const put = (key: string, a: CatalogueAward) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.includes(a)) list.push(a);
    index.set(key, list);
  };
  for (const a of awards) {
    put(awardKey(a.name), a);
    if (a.shortName) put(awardKey(a.shortName), a);
    put(foldTokens(a.code).join(''), a);
  }
  for (const [key, code] of EXTRA_KEYS) {
    for (const a of awards) if (a.code === code || a.code === `${code}_TT`) put(key, a);
  }
  return index;
}

export type AwardMatch =
  | { kind: 'catalogue'; award: CatalogueAward }
  | { kind: 'wrong-subject'; award: CatalogueAward }
  | { kind: 'outside' };

/**
 * The catalogue award a row's text names, for a person (individual awards) or a collective.
 * Tried in order: the whole text (name, short name, code, "UBND" spelled out), the usual
 * abbreviations (LĐTT, CSTĐCS…), then the longest name of a form (hình thức) of two words or
 * more the text starts with ("Giấy khen của Chủ tịch UBND xã" is a Giấy khen: the rest names the
 * issuer). A title must be named whole: "Lao động tiên tiến xuất sắc" is not LĐTT. A name that
 * only fits the other kind of subject is reported, not guessed.
 */
export function matchAward(text: string, subjectType: 'person' | 'collective', index: Map<string, CatalogueAward[]>): AwardMatch {
  const key = awardKey(text);
  if (!key) return { kind: 'outside' };
  let found = index.get(key) ?? index.get(key.replace(/ /g, ''));
  if (!found) {
    const code = titleCode(text);
    if (code) found = index.get(foldTokens(code).join(''));
  }
  if (!found) {
    let best = '';
    for (const [k, list] of index) {
      const form = list.every((a) => a.kind === 'form');
      if (form && k.includes(' ') && key.startsWith(`${k} `) && k.length > best.length) best = k;
    }
    if (best) found = index.get(best);
  }
  if (!found?.length) return { kind: 'outside' };
  const fits = (a: CatalogueAward) => (subjectType === 'person' ? a.subject === 'individual' : a.subject !== 'individual');
  const award = found.find(fits);
  if (award) return { kind: 'catalogue', award };
  return { kind: 'wrong-subject', award: found[0]! };
}

// ---------------------------------------------------------------------------------------
// Rows

/**
 * Values, errors and warnings of each data row of a list of awards. Rows whose mapped cells are
 * all empty are left out, as are a column-numbers row under the header and everything from a
 * "Tổng cộng" row on. Matching the person or collective, the catalogue and the history already
 * recorded is the service's part (it needs the database).
 */
export function normalizeAwardHistoryRows(
  rows: readonly SheetRow[],
  mapping: Mapping,
  opts: { encoding: EncodingChoice; now: Date },
): { rows: NormalizedAwardRow[]; encodingUsed: Partial<Record<AwardHistoryField, LegacyEncoding>> } {
  const today = opts.now.toISOString().slice(0, 10);
  const thisYear = opts.now.getFullYear();
  const col = (f: AwardHistoryField): number | null => {
    const c = mapping[f];
    return typeof c === 'number' && c >= 0 ? c : null;
  };
  const mapped = (Object.keys(mapping) as AwardHistoryField[]).filter((f) => col(f) !== null);
  const columns = [...new Set(mapped.map((f) => col(f) as number))];

  let data = rows.filter((r) => columns.some((c) => (r.cells[c]?.text ?? '').trim() !== ''));
  if (data[0] && isColumnNumbersRow(columns.map((c) => data[0]?.cells[c]?.text ?? ''))) data = data.slice(1);
  const nameCols = (['fullName', 'collectiveName'] as const).map(col).filter((c): c is number => c !== null);
  const lastLabelCol = nameCols.length ? Math.min(...nameCols) : -1;
  const totalAt = data.findIndex((r) => r.cells.slice(0, lastLabelCol + 1).some((c) => TOTAL_ROW.test(fold(c.text))));
  if (totalAt >= 0) data = data.slice(0, totalAt);

  const decoded = new Map<number, { texts: string[]; converted: boolean[] }>();
  const usedByColumn = new Map<number, LegacyEncoding>();
  for (const c of columns) {
    const cells = data.map((r) => r.cells[c] ?? { text: '', font: null });
    const { perCell, used } = columnEncodings(cells, opts.encoding);
    const texts = cells.map((cell, i) => decodeCell(cell, perCell[i] ?? 'unicode'));
    decoded.set(c, { texts, converted: texts.map((t, i) => t !== cells[i]?.text) });
    usedByColumn.set(c, used);
  }
  const encodingUsed: Partial<Record<AwardHistoryField, LegacyEncoding>> = {};
  for (const f of mapped) encodingUsed[f] = usedByColumn.get(col(f) as number) ?? 'unicode';

  return {
    encodingUsed,
    rows: data.map((row, i) => {
      const original: Partial<Record<AwardHistoryField, string>> = {};
      let converted = false;
      const v = (f: AwardHistoryField): string => {
        const c = col(f);
        if (c === null) return '';
        original[f] = row.cells[c]?.text ?? '';
        const d = decoded.get(c);
        if (d?.converted[i]) converted = true;
        return cleanText(d?.texts[i] ?? '');
      };
      const problems: string[] = [];
      const warnings: string[] = [];

      // Who: a person or a collective, from the column the name is in.
      const person = v('fullName');
      const collective = v('collectiveName');
      let subjectType: AwardRowValues['subjectType'] = null;
      let name = '';
      if (person && collective) problems.push('ghi cả họ tên cá nhân và tên tập thể trên cùng một dòng; mỗi dòng chỉ ghi một đối tượng');
      else if (person) [subjectType, name] = ['person', person];
      else if (collective) [subjectType, name] = ['collective', collective];
      else problems.push('thiếu họ tên cá nhân hoặc tên tập thể');
      if (name.length > AWARD_LIMITS.name) problems.push(`tên dài quá ${AWARD_LIMITS.name} ký tự`);

      let birth: { date: string | null; year: number | null } = { date: null, year: null };
      const b = parseBirth(v('birth'), today);
      if (!b.ok) problems.push(b.message);
      else if (subjectType === 'collective' && v('birth')) warnings.push('tập thể không có năm sinh; bỏ qua cột năm sinh');
      else birth = b.birth;

      const unitName = v('unit');
      if (unitName.length > AWARD_LIMITS.unitName) problems.push(`đơn vị dài quá ${AWARD_LIMITS.unitName} ký tự`);

      let year: number | null = null;
      const yearText = v('year');
      if (yearText === '') problems.push('thiếu năm khen thưởng');
      else {
        year = parseYear(yearText);
        if (year === null) problems.push(`năm "${yearText}" không đọc được; hãy ghi năm bốn chữ số, ví dụ ${thisYear - 1}`);
        else if (year > thisYear) problems.push(`năm ${year} ở tương lai`);
        else if (year < FIRST_AWARD_YEAR) problems.push(`năm ${year} không hợp lệ (từ ${FIRST_AWARD_YEAR} trở đi)`);
        if (year !== null && (year > thisYear || year < FIRST_AWARD_YEAR)) year = null;
      }

      const awardText = v('award');
      if (awardText === '') problems.push('thiếu danh hiệu hoặc hình thức khen thưởng');
      else if (awardText.length > AWARD_LIMITS.awardText) problems.push(`tên danh hiệu, hình thức dài quá ${AWARD_LIMITS.awardText} ký tự`);

      let category: AwardCategory | null = null;
      if (v('category') !== '') {
        category = parseCategory(v('category'));
        if (!category) {
          problems.push(`loại hình "${v('category')}" không rõ; hãy ghi công trạng, đột xuất, chuyên đề, theo đợt, cống hiến hoặc đối ngoại`);
        }
      }

      // The decision: its own columns win over a one-cell "Số …, ngày …".
      const joined = splitDecision(v('decision'));
      const decisionNumber = v('decisionNumber') || joined.number;
      const dateText = v('decisionDate') || joined.dateText;
      let decisionDate: string | null = null;
      const d = parseDecisionDate(dateText);
      if (!d.ok) problems.push(d.problem);
      else decisionDate = d.date;
      if (decisionDate && decisionDate > today) problems.push(`ngày quyết định ${dateText} ở tương lai`);
      else if (decisionDate && year !== null && Number(decisionDate.slice(0, 4)) < year) {
        warnings.push(`ngày quyết định ${dateText} trước năm khen thưởng ${year}; hãy kiểm tra lại`);
      }
      if (decisionNumber.length > AWARD_LIMITS.decisionNumber) problems.push(`số quyết định dài quá ${AWARD_LIMITS.decisionNumber} ký tự`);
      const issuer = v('issuer');
      if (issuer.length > AWARD_LIMITS.issuer) problems.push(`cơ quan ban hành dài quá ${AWARD_LIMITS.issuer} ký tự`);

      return {
        line: row.line,
        values: { subjectType, name, birthDate: birth.date, birthYear: birth.year, unitName, year, awardText, category, decisionNumber, decisionDate, issuer },
        original,
        converted,
        errors: problems.map((p) => lineMessage(row.line, p)),
        warnings: warnings.map((w) => lineMessage(row.line, w)),
      };
    }),
  };
}
