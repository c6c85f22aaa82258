/**
 * Turning the data rows of a clerk's list of people into checked values, before anything is
 * written: legacy encodings (TCVN3, VNI) converted per cell, NFC and whitespace cleaned, the
 * name split into họ / tên đệm / tên, birth read in the forms clerks use, gender, ethnicity
 * and title read by name or code, and every problem a Vietnamese sentence naming the line.
 * Pure: the clock is a parameter, the legacy decoders are pure functions of src-shared/text.
 */
import { ETHNICITIES } from '../catalog/ethnicities';
import type { Gender } from '../catalog/people';
import { EMULATION_TITLES } from '../catalog/titles';
import { parseDate } from '../text/dates';
import { fold, foldTokens } from '../text/fold';
import { encodingFromFont, guessEncoding, isUppercaseFont, toUnicode, type LegacyEncoding } from '../text/legacy';
import { joinFullName, splitFullName } from '../text/names';
import { cleanText } from '../text/normalize';
import { isColumnNumbersRow, type Mapping, type PeopleField } from './tabular';

export const ENCODING_CHOICES = ['auto', 'unicode', 'tcvn3', 'vni'] as const;
export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

/** One cell as read: its text and, from an .xlsx, the name of its font (TCVN3/VNI give themselves away by font). */
export interface SheetCell {
  text: string;
  font: string | null;
}
export interface SheetRow {
  line: number;
  cells: SheetCell[];
}

export interface PeopleValues {
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  birthYear: number | null;
  /** Ethnicity code (catalog/ethnicities); Kinh ("01") when the cell is empty or absent. */
  ethnicity: string;
  position: string;
  unitName: string;
  /** Emulation title code (catalog/titles), null when the column is absent or empty. */
  title: string | null;
  note: string;
  /** Vùng sâu, vùng xa: Có / Không; null (chưa rõ) when the column is absent or the cell empty. */
  remoteArea: boolean | null;
}

export interface NormalizedPeopleRow {
  line: number;
  values: PeopleValues;
  /** Each mapped field's cell text as it was in the file, for a before/after preview. */
  original: Partial<Record<PeopleField, string>>;
  /** True when a cell was converted from TCVN3 or VNI. */
  converted: boolean;
  errors: string[];
  warnings: string[];
}

export const LIMITS = { fullName: 100, familyName: 40, middleName: 60, givenName: 40, position: 200, unitName: 200, note: 1000 };

// ---------------------------------------------------------------------------------------
// Legacy encodings

// Letters a legacy string read through Windows-1252 never holds (ă đ ơ ư ĩ ũ, Ạ..ỹ, combining
// marks): a cell holding one was typed in Unicode, whatever its font or the clerk's choice says.
const UNICODE_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const COMBINING_MARK = /[\u0300-\u036F]/;
const surelyUnicode = (s: string) => UNICODE_LETTER.test(s) || COMBINING_MARK.test(s);
// Text made only of ASCII reads the same in every encoding.
const ASCII_ONLY = /^[\u0000-\u007F]*$/;

/** The encoding a cell's font declares when it is a legacy font (.VnTime → tcvn3, VNI-Times → vni). */
export function fontEncoding(font: string | null): LegacyEncoding | null {
  if (!font) return null;
  const e = encodingFromFont(font);
  return e === 'tcvn3' || e === 'vni' ? e : null;
}

/** The cell's text in Unicode, decoded from `enc` (the uppercase .VnTimeH-style fonts included). */
export function decodeCell(cell: SheetCell, enc: LegacyEncoding): string {
  if (enc === 'unicode' || ASCII_ONLY.test(cell.text) || surelyUnicode(cell.text)) return cell.text;
  return toUnicode(cell.text, enc, { uppercase: cell.font ? isUppercaseFont(cell.font) : false });
}

/**
 * The encoding of each cell of one column. The clerk's explicit choice wins over everything
 * (that is the override for a wrong font or a wrong guess). On 'auto', a legacy font decides
 * for its cell; the remaining cells are guessed together, since one short name says little
 * but a column of names says a lot. `used` is the encoding of most non-empty cells.
 */
export function columnEncodings(cells: readonly SheetCell[], choice: EncodingChoice): { perCell: LegacyEncoding[]; used: LegacyEncoding } {
  let perCell: LegacyEncoding[];
  if (choice !== 'auto') perCell = cells.map(() => choice);
  else {
    // Cells that are ASCII or surely Unicode read the same either way: they would only drown
    // the legacy cells of a mixed column (one person added later in Unicode).
    const unfonted = cells.filter((c) => !fontEncoding(c.font) && !ASCII_ONLY.test(c.text) && !surelyUnicode(c.text)).map((c) => c.text);
    const guessed: LegacyEncoding = unfonted.length ? guessEncoding(unfonted.join('\n')) : 'unicode';
    perCell = cells.map((c) => fontEncoding(c.font) ?? guessed);
  }
  const count = new Map<LegacyEncoding, number>();
  cells.forEach((c, i) => {
    if (c.text.trim() === '') return;
    const e = perCell[i] ?? 'unicode';
    count.set(e, (count.get(e) ?? 0) + 1);
  });
  let used: LegacyEncoding = choice === 'auto' ? 'unicode' : choice;
  let best = 0;
  for (const [e, n] of count) {
    if (n > best) [used, best] = [e, n];
  }
  return { perCell, used };
}

/**
 * A header candidate cell as text. Header words are long and distinctive, so each cell is
 * judged alone: its legacy font, else a guess ("Hä vµ tªn" is TCVN3). The clerk's choice of
 * a legacy encoding replaces the font's or the guess's, but never turns a header that reads
 * as Unicode ("Ghi chú") into something else; 'unicode' turns conversion off.
 */
export function decodeHeaderCell(cell: SheetCell, choice: EncodingChoice): string {
  if (choice === 'unicode' || ASCII_ONLY.test(cell.text)) return cleanText(cell.text);
  const font = fontEncoding(cell.font);
  const legacy = font ?? (guessEncoding(cell.text) === 'unicode' ? null : guessEncoding(cell.text));
  if (!legacy) return cleanText(cell.text);
  return cleanText(decodeCell(cell, choice === 'auto' ? legacy : choice));
}

// ---------------------------------------------------------------------------------------
// Values

const ISO_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const DMY_SHAPE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR = /^\d{4}$/;
// Excel stores dates as day numbers; a pasted or General-formatted birth date shows as one.
// Five digits cover 1927-05-18 (10000) to 2173 (99999); four-digit numbers are years.
const EXCEL_SERIAL = /^\d{5}(\.\d+)?$/;

/** Excel day number → ISO date (1900 system; serials after 60 skip Excel's fictitious 29/02/1900). */
export function excelSerialToIso(serial: number): string | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465) return null;
  const days = whole > 60 ? whole - 1 : whole; // days after 1899-12-31
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

type Birth = { date: string | null; year: number | null };

/** Birth from a cell: dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, mm/yyyy, yyyy, or an Excel day number. */
export function parseBirth(text: string, today: string): { ok: true; birth: Birth } | { ok: false; message: string } {
  const s = text.trim();
  if (s === '') return { ok: true, birth: { date: null, year: null } };
  let birth: Birth | null = null;
  if (YEAR.test(s)) birth = { date: null, year: Number(s) };
  else if (ISO_SHAPE.test(s) || DMY_SHAPE.test(s)) {
    const iso = parseDate(s);
    if (!iso) return { ok: false, message: `ngày sinh ${s} không có thật` };
    birth = { date: iso, year: Number(iso.slice(0, 4)) };
  } else if (MONTH_YEAR.test(s)) {
    const [, m, y] = MONTH_YEAR.exec(s) ?? [];
    if (Number(m) < 1 || Number(m) > 12) return { ok: false, message: `ngày sinh ${s} không có thật` };
    birth = { date: null, year: Number(y) };
  } else if (EXCEL_SERIAL.test(s)) {
    const iso = excelSerialToIso(Number(s));
    if (iso) birth = { date: iso, year: Number(iso.slice(0, 4)) };
  }
  if (!birth) return { ok: false, message: `ngày sinh "${s}" không đọc được; hãy ghi dd/mm/yyyy hoặc năm sinh yyyy` };
  const year = birth.year ?? 0;
  if (year > Number(today.slice(0, 4))) return { ok: false, message: 'năm sinh ở tương lai' };
  if (birth.date && birth.date > today) return { ok: false, message: `ngày sinh ${s} ở tương lai` };
  if (year < 1900) return { ok: false, message: 'năm sinh phải từ 1900 trở đi' };
  return { ok: true, birth };
}

const MALE = new Set(['nam', 'm', 'male', 'trai', 'ong']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'ba']);

/** "Nam" / "Nữ" / "nữ" / "NỮ" / "male" …; null when not recognisable. */
export function parseGender(text: string): Gender | null {
  const k = fold(text).replace(/[^a-z]/g, '');
  if (MALE.has(k)) return 'male';
  if (FEMALE.has(k)) return 'female';
  return null;
}

const ethnicityKey = (s: string) => foldTokens(s).join('');
const ETHNICITY_BY_KEY = new Map<string, string>([
  ...ETHNICITIES.map((e) => [ethnicityKey(e.name), e.code] as [string, string]),
  ...ETHNICITIES.map((e) => [e.code, e.code] as [string, string]),
  ...ETHNICITIES.map((e) => [String(Number(e.code)), e.code] as [string, string]),
  // Other names in common use (Danh mục 121-TCTK lists them as "tên gọi khác").
  ['viet', '01'], ['kinhviet', '01'], ['mong', '08'], ['meo', '08'], ['khmer', '05'], ['khome', '05'],
  ['khmerkrom', '05'], ['ede', '12'], ['rade', '12'], ['jrai', '10'], ['jarai', '10'], ['vankieu', '23'],
  ['bru', '23'], ['khmu', '29'], ['caolan', '15'], ['sanchi', '15'], ['taoi', '31'], ['paco', '31'],
  ['stieng', '22'], ['mnong', '20'], ['raglai', '21'], ['chauro', '32'], ['xodang', '14'], ['sedang', '14'],
]);

/** Ethnicity code by name or code, folded ("H'Mông", "Mông", "hmong" → "08"); null when unknown. */
export function ethnicityCode(text: string): string | null {
  return ETHNICITY_BY_KEY.get(ethnicityKey(text)) ?? null;
}

const titleKey = (s: string) => foldTokens(s).join('');
const TITLE_BY_KEY = new Map<string, string>([
  ...EMULATION_TITLES.map((t) => [titleKey(t.name), t.code] as [string, string]),
  ...EMULATION_TITLES.map((t) => [titleKey(t.code), t.code] as [string, string]),
  // Abbreviations on clerks' lists: LĐTT, CSTĐCS, CSTĐ cơ sở, CSTĐ cấp tỉnh, TTLĐTT, TTLĐXS.
  ['cstdcoso', 'CSTDCS'], ['chiensithiduacapcoso', 'CSTDCS'], ['cstdcaptinh', 'CSTD_TINH'], ['cstdtinh', 'CSTD_TINH'],
  ['cstdtoanquoc', 'CSTD_TQ'], ['cstdtq', 'CSTD_TQ'], ['ldtientien', 'LDTT'],
]);

/** Title code by name, code or usual abbreviation, folded; null when not in the catalogue. */
export function titleCode(text: string): string | null {
  return TITLE_BY_KEY.get(titleKey(text)) ?? null;
}

// ---------------------------------------------------------------------------------------
// Rows

// The end of a table: a total row ("Tổng cộng", "Tổng số: 25", "Cộng:"), after which come
// signatures and notes. Looked for only left of and in the name column: "Công an xã" in a
// unit column, or "tổng số ngày công" in a note, is data.
const TOTAL_ROW = /^(tong cong|tong so|cong\s*[:(]|cong$)/;
// Signature-block words that sometimes sit in the table's columns below the last person.
const SIGNATURE = /^(nguoi lap( bieu)?|thu truong|lanh dao|xac nhan|ky ten|\(?ky,? ghi ro|chu tich|ngay .*thang .*nam)/;

/**
 * Values, errors and warnings of each data row of a list of people. `rows` are the rows under
 * the header; `mapping` gives each field's column. Rows whose mapped cells are all empty are
 * left out (line numbers of the others are kept), as are a column-numbers row right under the
 * header ("(1) (2) (3)") and everything from a "Tổng cộng" row on. Two rows with the same
 * folded name and birth year are the same person: the second one is an error.
 */
export function normalizePeopleRows(
  rows: readonly SheetRow[],
  mapping: Mapping,
  opts: { encoding: EncodingChoice; now: Date },
): { rows: NormalizedPeopleRow[]; encodingUsed: Partial<Record<PeopleField, LegacyEncoding>> } {
  const today = opts.now.toISOString().slice(0, 10);
  const col = (f: PeopleField): number | null => {
    const c = mapping[f];
    return typeof c === 'number' && c >= 0 ? c : null;
  };
  const mapped = (Object.keys(mapping) as PeopleField[]).filter((f) => col(f) !== null);
  const columns = [...new Set(mapped.map((f) => col(f) as number))];

  let data = rows.filter((r) => columns.some((c) => (r.cells[c]?.text ?? '').trim() !== ''));
  if (data[0] && isColumnNumbersRow(columns.map((c) => data[0]?.cells[c]?.text ?? ''))) data = data.slice(1);
  const nameCols = (['fullName', 'familyName', 'givenName'] as const).map(col).filter((c): c is number => c !== null);
  const lastLabelCol = nameCols.length ? Math.min(...nameCols) : -1;
  const totalAt = data.findIndex((r) => r.cells.slice(0, lastLabelCol + 1).some((c) => TOTAL_ROW.test(fold(c.text))));
  if (totalAt >= 0) data = data.slice(0, totalAt);

  // Encodings per column, over the column's cells together.
  const decoded = new Map<number, { texts: string[]; converted: boolean[] }>();
  const usedByColumn = new Map<number, LegacyEncoding>();
  for (const c of columns) {
    const cells = data.map((r) => r.cells[c] ?? { text: '', font: null });
    const { perCell, used } = columnEncodings(cells, opts.encoding);
    const texts = cells.map((cell, i) => decodeCell(cell, perCell[i] ?? 'unicode'));
    decoded.set(c, { texts, converted: texts.map((t, i) => t !== cells[i]?.text) });
    usedByColumn.set(c, used);
  }
  const encodingUsed: Partial<Record<PeopleField, LegacyEncoding>> = {};
  for (const f of mapped) encodingUsed[f] = usedByColumn.get(col(f) as number) ?? 'unicode';

  const out: NormalizedPeopleRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((row, i) => {
    const original: Partial<Record<PeopleField, string>> = {};
    let converted = false;
    const get = (f: PeopleField): string => {
      const c = col(f);
      if (c === null) return '';
      original[f] = row.cells[c]?.text ?? '';
      const d = decoded.get(c);
      if (d?.converted[i]) converted = true;
      return cleanText(d?.texts[i] ?? '');
    };
    const cell = Object.fromEntries(mapped.map((f) => [f, get(f)])) as Partial<Record<PeopleField, string>>;
    const v = (f: PeopleField) => cell[f] ?? '';

    const problems: string[] = [];
    const warnings: string[] = [];

    // Name: whole, or in columns (họ | tên đệm | tên; "họ và tên đệm" | tên; "Họ và tên" over two columns).
    const words = (t: string) => (t === '' ? [] : t.split(' '));
    let parts: { familyName: string; middleName: string; givenName: string };
    if (col('fullName') !== null && col('givenName') !== null && v('givenName') !== '') {
      const head = words(v('fullName'));
      if (head.length >= 2 && fold(head.at(-1) ?? '') === fold(v('givenName'))) parts = splitFullName(v('fullName'));
      else parts = { familyName: head[0] ?? '', middleName: head.slice(1).join(' '), givenName: v('givenName') };
    } else if (col('fullName') !== null) {
      parts = splitFullName(v('fullName'));
    } else {
      const family = words(v('familyName'));
      parts = col('middleName') === null
        ? { familyName: family[0] ?? '', middleName: family.slice(1).join(' '), givenName: v('givenName') }
        : { familyName: v('familyName'), middleName: v('middleName'), givenName: v('givenName') };
    }
    const fullName = joinFullName(parts);

    if (fullName === '' && [...mapped].every((f) => v(f) === '' || SIGNATURE.test(fold(v(f))))) return; // signature block
    if (fullName === '') problems.push('thiếu họ tên');
    else if (parts.givenName === '') problems.push('thiếu tên (chỉ có họ và tên đệm)');
    else if (fullName.length > LIMITS.fullName) problems.push(`họ và tên dài quá ${LIMITS.fullName} ký tự`);
    else {
      if (parts.familyName.length > LIMITS.familyName) problems.push(`họ dài quá ${LIMITS.familyName} ký tự`);
      if (parts.middleName.length > LIMITS.middleName) problems.push(`tên đệm dài quá ${LIMITS.middleName} ký tự`);
      if (parts.givenName.length > LIMITS.givenName) problems.push(`tên dài quá ${LIMITS.givenName} ký tự`);
    }
    if (/\d/.test(fullName)) warnings.push('họ tên có chữ số; hãy kiểm tra lại');

    // Gender, and birth written in a "Nam" or "Nữ" column.
    let gender: Gender | null = null;
    let birthText = v('birth');
    if (col('gender') !== null && v('gender') !== '') {
      gender = parseGender(v('gender'));
      if (!gender) problems.push(`giới tính "${v('gender')}" không rõ; hãy ghi Nam hoặc Nữ`);
    }
    const maleCol = col('genderMale') !== null;
    const femaleCol = col('genderFemale') !== null;
    if (!gender && (maleCol || femaleCol)) {
      const m = v('genderMale');
      const f = v('genderFemale');
      if (m !== '' && f !== '') problems.push('đánh dấu cả cột Nam và cột Nữ');
      else if (m !== '') gender = 'male';
      else if (f !== '') gender = 'female';
      else if (maleCol !== femaleCol && fullName !== '') gender = maleCol ? 'female' : 'male'; // only one column: empty means the other
      const marked = m !== '' && f !== '' ? '' : m || f;
      if (marked && !/^[x✓✔v*+1]$/i.test(marked) && birthText === '') birthText = marked;
    }

    let birth: Birth = { date: null, year: null };
    const b = parseBirth(birthText, today);
    if (b.ok) birth = b.birth;
    else problems.push(b.message);

    let ethnicity = '01';
    if (v('ethnicity') !== '') {
      const code = ethnicityCode(v('ethnicity'));
      if (code) ethnicity = code;
      else problems.push(`dân tộc "${v('ethnicity')}" không có trong danh mục`);
    }

    let title: string | null = null;
    if (v('title') !== '') {
      title = titleCode(v('title'));
      const def = EMULATION_TITLES.find((t) => t.code === title);
      if (!title || !def) problems.push(`danh hiệu "${v('title')}" không có trong danh mục`);
      else if (def.subject !== 'individual') {
        problems.push(`danh hiệu "${def.name}" dành cho ${def.subject === 'household' ? 'hộ gia đình' : 'tập thể'}, không đăng ký cho cá nhân`);
        title = null;
      }
    }

    const remoteArea = yesNo(v('remoteArea'));
    if (remoteArea === undefined) problems.push(`vùng sâu, vùng xa "${v('remoteArea')}" không rõ; hãy ghi Có hoặc Không (để trống nếu chưa rõ)`);

    const position = v('position');
    const unitName = v('unit');
    const note = v('note');
    if (position.length > LIMITS.position) problems.push(`chức vụ dài quá ${LIMITS.position} ký tự`);
    if (unitName.length > LIMITS.unitName) problems.push(`đơn vị công tác dài quá ${LIMITS.unitName} ký tự`);
    if (note.length > LIMITS.note) problems.push(`ghi chú dài quá ${LIMITS.note} ký tự`);

    if (fullName !== '' && problems.length === 0) {
      const key = `${fold(fullName)}|${birth.year ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`trùng với dòng ${first} (cùng họ tên và năm sinh)`);
      else seen.set(key, row.line);
    }

    out.push({
      line: row.line,
      values: { ...parts, fullName, gender, birthDate: birth.date, birthYear: birth.year, ethnicity, position, unitName, title, note, remoteArea: remoteArea ?? null },
      original,
      converted,
      errors: problems.map((p) => lineMessage(row.line, p)),
      warnings: warnings.map((w) => lineMessage(row.line, w)),
    });
  });
  return { rows: out, encodingUsed };
}

/** A Có / Không cell: true, false, null when empty, undefined when it is neither. */
const yesNo = (text: string): boolean | null | undefined => {
  const t = fold(text).trim();
  return t === '' ? null : /^(co|c|x|v|1|yes|✓|✔)$/u.test(t) ? true : /^(khong|k|ko|0|no|-)$/u.test(t) ? false : undefined;
};

/** "Dòng 7: thiếu họ tên." */
export function lineMessage(line: number, problem: string): string {
  return `Dòng ${line}: ${problem}.`;
}
