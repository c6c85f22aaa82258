/**
 * Reading a clerk's table (rows pasted from Excel, or a sheet of an .xlsx read in the main
 * process) into fields: where the header row is, which column holds which field, and a
 * stable signature of the layout so the mapping can be remembered. Pure: no Node, no DOM.
 *
 * Header words are compared as `headerKey`: folded (no diacritics, đ → d, lower case) words
 * of [a-z0-9] joined by one space, so "Họ, tên", "HỌ TÊN" and "Họ\ntên" are all "ho ten".
 */
import { foldTokens } from '../text/fold';

/** A row of a table with its 1-based line number in the source (for "Dòng 7: ..." messages). */
export interface TableRow {
  line: number;
  cells: string[];
}

export const IMPORT_TARGETS = ['people', 'award-history'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export interface FieldDef<K extends string = string> {
  key: K;
  /** Shown to the clerk in the mapping picker. */
  label: string;
  /**
   * Header words, already as headerKey. A header matches an alias exactly, or, for aliases of
   * two words or more, starts with it ("Họ và tên cán bộ" → "ho va ten").
   */
  aliases: readonly string[];
}

export const PEOPLE_FIELD_KEYS = [
  'fullName', 'familyName', 'middleName', 'givenName', 'birth', 'gender', 'genderMale', 'genderFemale',
  'ethnicity', 'position', 'unit', 'title', 'note',
] as const;
export type PeopleField = (typeof PEOPLE_FIELD_KEYS)[number];

/**
 * The columns a list of people may have. Names come whole ("Họ và tên") or in parts ("Họ",
 * "Tên đệm", "Tên"; "Họ và tên đệm" | "Tên"). Gender comes as one column ("Giới tính",
 * "Nam/Nữ") or as two columns "Nam" and "Nữ" in which the clerk writes an x or the year of
 * birth (a common layout of Vietnamese forms, usually under a merged "Năm sinh" header).
 * A leading "STT"/"TT" column matches nothing and is ignored.
 */
export const PEOPLE_FIELDS: readonly FieldDef<PeopleField>[] = [
  { key: 'fullName', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten ho', 'ho va ten khai sinh'] },
  { key: 'familyName', label: 'Họ', aliases: ['ho', 'ho dem', 'ho va dem', 'ho va ten dem', 'ho va chu dem', 'ho lot'] },
  { key: 'middleName', label: 'Tên đệm', aliases: ['ten dem', 'dem', 'chu dem', 'ten lot', 'lot'] },
  { key: 'givenName', label: 'Tên', aliases: ['ten', 'ten goi'] },
  {
    key: 'birth',
    label: 'Ngày sinh / năm sinh',
    aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'ngay thang sinh', 'sinh ngay', 'ngay sinh nam sinh'],
  },
  { key: 'gender', label: 'Giới tính', aliases: ['gioi tinh', 'nam nu', 'gioi', 'phai'] },
  { key: 'genderMale', label: 'Cột "Nam"', aliases: ['nam'] },
  { key: 'genderFemale', label: 'Cột "Nữ"', aliases: ['nu'] },
  { key: 'ethnicity', label: 'Dân tộc', aliases: ['dan toc'] },
  {
    key: 'position',
    label: 'Chức vụ',
    aliases: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu don vi cong tac', 'chuc vu noi cong tac'],
  },
  {
    key: 'unit',
    label: 'Đơn vị công tác',
    aliases: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan', 'co quan don vi', 'co quan cong tac', 'bo phan cong tac'],
  },
  {
    key: 'title',
    label: 'Danh hiệu đăng ký',
    aliases: ['danh hieu', 'danh hieu dang ky', 'dang ky danh hieu', 'danh hieu thi dua', 'dang ky thi dua', 'danh hieu thi dua dang ky'],
  },
  { key: 'note', label: 'Ghi chú', aliases: ['ghi chu'] },
];

export const AWARD_HISTORY_FIELD_KEYS = [
  'fullName', 'collectiveName', 'birth', 'unit', 'year', 'award', 'category', 'decision', 'decisionNumber', 'decisionDate', 'issuer',
] as const;
export type AwardHistoryField = (typeof AWARD_HISTORY_FIELD_KEYS)[number];

/**
 * The columns of a list of awards already received (khen thưởng đã có): who (a person by name
 * and birth, a collective by name, the unit to tell homonyms apart), the year, the title or
 * form, and the decision, either in columns of its own or as one "Số, ngày quyết định" cell
 * ("Số 152/QĐ-UBND ngày 10/12/2024").
 */
export const AWARD_HISTORY_FIELDS: readonly FieldDef<AwardHistoryField>[] = [
  { key: 'fullName', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten ho', 'ho ten ca nhan', 'ho va ten ca nhan', 'ten ca nhan', 'ca nhan'] },
  { key: 'collectiveName', label: 'Tên tập thể', aliases: ['ten tap the', 'tap the', 'tap the duoc khen', 'tap the duoc khen thuong', 'ten don vi tap the'] },
  {
    key: 'birth',
    label: 'Ngày sinh / năm sinh',
    aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'ngay thang sinh', 'sinh ngay', 'ngay sinh nam sinh'],
  },
  {
    key: 'unit',
    label: 'Đơn vị',
    aliases: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan don vi', 'co quan cong tac', 'chuc vu don vi', 'chuc vu don vi cong tac', 'don vi quan ly'],
  },
  {
    key: 'year',
    label: 'Năm',
    aliases: ['nam', 'nam khen thuong', 'nam duoc khen', 'nam duoc khen thuong', 'nam dat', 'nam dat danh hieu', 'nam thanh tich', 'nam cong nhan'],
  },
  {
    key: 'award',
    label: 'Danh hiệu / hình thức khen thưởng',
    aliases: [
      'danh hieu', 'hinh thuc khen thuong', 'danh hieu hinh thuc khen thuong', 'hinh thuc khen thuong danh hieu', 'danh hieu thi dua',
      'danh hieu khen thuong', 'danh hieu thi dua hinh thuc khen thuong', 'hinh thuc', 'khen thuong', 'noi dung khen thuong', 'danh hieu da dat',
      'khen thuong da co',
    ],
  },
  { key: 'category', label: 'Loại hình khen thưởng', aliases: ['loai hinh', 'loai hinh khen thuong', 'loai khen thuong'] },
  {
    key: 'decision',
    label: 'Số, ngày quyết định (một cột)',
    aliases: ['quyet dinh', 'so ngay quyet dinh', 'so va ngay quyet dinh', 'so ngay qd', 'so quyet dinh ngay', 'quyet dinh so ngay', 'quyet dinh khen thuong'],
  },
  {
    key: 'decisionNumber',
    label: 'Số quyết định',
    aliases: ['so quyet dinh', 'so qd', 'so hieu quyet dinh', 'so ky hieu', 'so hieu', 'so ky hieu quyet dinh', 'quyet dinh so'],
  },
  {
    key: 'decisionDate',
    label: 'Ngày quyết định',
    aliases: ['ngay quyet dinh', 'ngay qd', 'ngay ky', 'ngay ban hanh', 'ngay ky quyet dinh', 'ngay thang nam quyet dinh', 'ngay ra quyet dinh'],
  },
  {
    key: 'issuer',
    label: 'Cơ quan ban hành',
    aliases: [
      'co quan ban hanh', 'cap khen', 'cap khen thuong', 'cap quyet dinh', 'co quan quyet dinh', 'nguoi ky', 'cap ra quyet dinh', 'don vi ban hanh',
      'noi ban hanh', 'co quan khen thuong', 'co quan ban hanh quyet dinh',
    ],
  },
];

export function fieldsFor(target: ImportTarget): readonly FieldDef[] {
  switch (target) {
    case 'people':
      return PEOPLE_FIELDS;
    case 'award-history':
      return AWARD_HISTORY_FIELDS;
  }
}

/** Folded words of a header cell joined by one space: "Họ, tên" → "ho ten". */
export function headerKey(s: string): string {
  return foldTokens(s).join(' ');
}

// ---------------------------------------------------------------------------------------
// Paste

/**
 * Rows as Excel puts them on the clipboard: cells separated by tabs, rows by CRLF (or LF). A
 * cell holding a tab, a line break or a quote is written in double quotes with inner quotes
 * doubled. A cell that merely starts with a quote ("Anh hùng" lao động) is not quoted by
 * Excel, so an opening quote counts only when its closing quote ends the cell; otherwise the
 * quote is kept as text. Empty rows are left out; `line` is the row's 1-based position in the
 * paste (a quoted multi-line cell stays one row), so messages name the row the clerk copied.
 */
export function parsePaste(input: string): TableRow[] {
  const s = input.replace(/^\uFEFF/, '');
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let rowNo = 1;
  let i = 0;
  const endRow = () => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowNo, cells });
    cells = [];
    rowNo++;
  };
  while (i < s.length) {
    // At the start of a cell.
    if (s[i] === '"') {
      const quoted = readQuoted(s, i);
      if (quoted) {
        cells.push(quoted.text);
        i = quoted.end;
        if (i >= s.length) break;
        if (s[i] === '\t') {
          i++;
          if (i >= s.length) cells.push('');
          continue;
        }
        i += s[i] === '\r' && s[i + 1] === '\n' ? 2 : 1;
        endRow();
        continue;
      }
    }
    let j = i;
    while (j < s.length && s[j] !== '\t' && s[j] !== '\n' && s[j] !== '\r') j++;
    cells.push(s.slice(i, j));
    if (j >= s.length) {
      i = j;
      break;
    }
    if (s[j] === '\t') {
      i = j + 1;
      if (i >= s.length) cells.push('');
      continue;
    }
    i = j + (s[j] === '\r' && s[j + 1] === '\n' ? 2 : 1);
    endRow();
  }
  if (cells.length) endRow();
  return rows;
}

/** A quoted cell starting at `start`, if its closing quote is followed by a tab, a line end or the end. */
function readQuoted(s: string, start: number): { text: string; end: number } | null {
  let text = '';
  let i = start + 1;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      if (s[i + 1] === '"') {
        text += '"';
        i += 2;
        continue;
      }
      const next = s[i + 1];
      if (next === undefined || next === '\t' || next === '\r' || next === '\n') return { text, end: i + 1 };
      return null;
    }
    text += ch;
    i++;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Header

/** How well a header cell names a field: 0 none; exact matches beat prefix matches; longer beats shorter. */
function aliasScore(key: string, field: FieldDef): number {
  if (key === '') return 0;
  let best = 0;
  for (const alias of field.aliases) {
    if (key === alias) best = Math.max(best, 1000 + alias.length);
    else if (alias.includes(' ') && key.startsWith(`${alias} `)) best = Math.max(best, alias.length);
  }
  return best;
}

/** The field a header cell names best, with its score; null when it names none. */
export function matchHeader(cell: string, fields: readonly FieldDef[]): { field: string; score: number } | null {
  const key = headerKey(cell);
  let best: { field: string; score: number } | null = null;
  for (const f of fields) {
    const score = aliasScore(key, f);
    if (score > 0 && (!best || score > best.score)) best = { field: f.key, score };
  }
  return best;
}

export const HEADER_SEARCH_ROWS = 15;

/**
 * Index (into `rows`) of the header row: the first of the first 15 rows in which cells name
 * at least two different fields. A title row above ("DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026",
 * often merged across the table so its text is in every cell) names at most one. Null when
 * no row qualifies; the clerk then picks the header row.
 */
export function detectHeader(rows: readonly (readonly string[])[], fields: readonly FieldDef[]): number | null {
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < n; r++) {
    const named = new Set<string>();
    for (const cell of rows[r] ?? []) {
      const m = matchHeader(cell, fields);
      if (m) named.add(m.field);
    }
    if (named.size >= 2) return r;
  }
  return null;
}

/**
 * Whether the row under the header continues it (a two-row header: "Năm sinh" over "Nam" |
 * "Nữ", "Họ và tên" over "Họ đệm" | "Tên"): every non-empty cell repeats the cell above (a
 * vertical merge, copied down by the reader) or names a field, and at least one cell that
 * differs from the one above names a field. A data row always has a cell that names nothing
 * (a name, a number), so it never qualifies.
 */
export function isSubHeader(header: readonly string[], next: readonly string[] | undefined, fields: readonly FieldDef[]): boolean {
  if (!next) return false;
  let adds = false;
  for (let c = 0; c < next.length; c++) {
    const cell = next[c] ?? '';
    if (headerKey(cell) === '') continue;
    if (headerKey(cell) === headerKey(header[c] ?? '')) continue;
    if (!matchHeader(cell, fields)) return false;
    adds = true;
  }
  return adds;
}

/** A row numbering the columns under a Vietnamese form's header: "(1) (2) (3) …" or "1 2 3 …", increasing. */
export function isColumnNumbersRow(cells: readonly string[]): boolean {
  const nums: number[] = [];
  for (const c of cells) {
    const t = c.trim();
    if (t === '') continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    nums.push(Number(m[1]));
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n > (nums[i - 1] ?? 0));
}

/**
 * Header names per column. With a sub-header row, a column's name is "top\nsub" when they
 * differ ("Năm sinh\nNam"), so the clerk sees both and guessMapping can try the sub-header
 * first. Trailing columns with no name and no data are not trimmed here (width is given).
 */
export function headerNames(top: readonly string[], sub: readonly string[] | null, width: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? '').trim();
    const b = (sub?.[c] ?? '').trim();
    if (b === '' || headerKey(b) === headerKey(t)) out.push(t);
    else if (t === '') out.push(b);
    else out.push(`${t}\n${b}`);
  }
  return out;
}

export type Mapping = Record<string, number | null>;

/**
 * Column index of each field (null: not in the sheet). Each column serves one field; a
 * field takes the column that names it best, leftmost on ties. For a two-part header
 * ("Năm sinh\nNam") the whole name is tried first, then the last part alone, then the first.
 * "Họ và tên" merged over two columns (its text in both, no sub-header) means họ + đệm in
 * the first and tên in the second: the second column becomes givenName.
 */
export function guessMapping(headers: readonly string[], fields: readonly FieldDef[]): Mapping {
  const candidates: { field: string; column: number; score: number }[] = [];
  headers.forEach((h, column) => {
    const parts = h.split('\n').map((p) => p.trim()).filter((p) => p !== '');
    const tries = parts.length < 2 ? [h] : [h, parts[parts.length - 1] ?? '', parts[0] ?? ''];
    const found = tries.map((t) => matchHeader(t, fields));
    // Exact names first (whole, then sub-header, then top), then names that merely start so.
    const rank = found.findIndex((m) => m !== null && m.score >= 1000);
    const at = rank >= 0 ? rank : found.findIndex((m) => m !== null);
    const m = found[at];
    if (m) candidates.push({ field: m.field, column, score: m.score - at * 0.1 });
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: Mapping = Object.fromEntries(fields.map((f) => [f.key, null]));
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== null || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  // "Họ và tên" over two columns: the second holds tên.
  const full = mapping.fullName;
  if (
    full !== null && full !== undefined && 'givenName' in mapping && mapping.givenName === null &&
    !used.has(full + 1) && headerKey(headers[full + 1] ?? '') === headerKey(headers[full] ?? '')
  ) {
    mapping.givenName = full + 1;
  }
  return mapping;
}

/**
 * A stable name for a layout, to remember its mapping: the header keys joined by "|", trailing
 * empty columns dropped. Long layouts keep a readable prefix and a hash of the whole.
 */
export function layoutSignature(headers: readonly string[]): string {
  const keys = headers.map((h) => headerKey(h));
  while (keys.length && keys[keys.length - 1] === '') keys.pop();
  const sig = keys.join('|');
  if (sig.length <= 400) return sig;
  return `${sig.slice(0, 360)}…#${fnv1a(sig)}`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Column letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
