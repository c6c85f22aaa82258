/**
 * Finding the header of a clerk's table: which cells name which field, the header row below
 * any title rows (a merged title repeats its text in every cell), a second header row under
 * merged cells ("Năm sinh" over "Nam" | "Nữ"), the "(1) (2) (3)" column-numbers row, and the
 * name shown for each column. Pure.
 */
import { headerKey, type FieldDef } from './tabularFields';

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
