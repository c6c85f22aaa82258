/**
 * From header names to columns: which column holds which field, a stable signature of the
 * layout so the clerk's mapping can be remembered, and Excel's column letters for messages.
 * Pure.
 */
import { headerKey, type FieldDef } from './tabularFields';
import { matchHeader } from './tabularHeader';

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
