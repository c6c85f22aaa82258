// The quickest way to parseIJson's answer, for the texts nearly every package is: no backslash
// anywhere (so no escape of any kind) and no member name written twice. JSON.parse gives the
// value; one walk over it checks nesting, numbers and string lengths; the `"` bytes of the file,
// counted, prove no name was written twice. Anything else answers null and the checking pass
// (ijsonCheck.ts) decides, so this path can only be quicker, never different.
//
// Why counting quotes is enough: with no backslash in a valid JSON text, every `"` byte opens or
// closes a string (an escaped `\"` is impossible, and UTF-8 multi-byte sequences never hold
// 0x22), so the file holds exactly 2 × (names written + string values written) of them. JSON.parse
// keeps, for a name written twice, only the last member, so the parsed value has those counts less
// each dropped member's name and strings: the two agree if and only if no name was written twice.
// With no member dropped, the value is the text's own tree, and what the walk finds about nesting,
// numbers and lengths is what the checking pass would find.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** What the walk found: strings (names and values) and the longest in UTF-16 code units; ok = 0 once a limit is broken. */
class Tally {
  strings = 0;
  longest = 0;
  ok = 1;
}

/** Counts `v`, a value JSON.parse made, at `depth` non-empty containers deep (as checkIJson counts them). */
function walk(v: unknown, depth: number, maxDepth: number, t: Tally): void {
  if (Array.isArray(v)) {
    if (v.length === 0) return; // an empty container opens no level
    if (depth >= maxDepth) {
      t.ok = 0;
      return;
    }
    for (let i = 0; i < v.length && t.ok; i++) item(v[i], depth + 1, maxDepth, t);
    return;
  }
  // for…in, not Object.keys: no array per object (a third of the walk's time). It sees the own
  // names only, as parsePlainIJson makes sure that Object.prototype has nothing enumerable.
  let empty = true;
  for (const k in v as object) {
    if (empty) {
      if (depth >= maxDepth) {
        t.ok = 0;
        return;
      }
      empty = false;
    }
    t.strings++;
    if (k.length > t.longest) t.longest = k.length;
    item((v as Record<string, unknown>)[k], depth + 1, maxDepth, t);
    if (!t.ok) return;
  }
}

/** Whether an object JSON.parse makes would show for…in any name it does not own (never, unless a library added one). */
function inheritsNames(): boolean {
  for (const _ in {}) return true;
  return false;
}

function item(x: unknown, depth: number, maxDepth: number, t: Tally): void {
  if (typeof x === 'string') {
    t.strings++;
    if (x.length > t.longest) t.longest = x.length;
  } else if (typeof x === 'number') {
    // JSON.parse rounds as Number() does, so this is checkIJson's range test; 1e400 is Infinity.
    if (!(x <= MAX_SAFE && x >= -MAX_SAFE)) t.ok = 0;
  } else if (x !== null && typeof x === 'object') walk(x, depth, maxDepth, t);
}

/** How many bytes of `b` are `"` (0x22): four bytes a step, each byte of the word tested exactly. */
export function countQuotes(b: Uint8Array): number {
  const n = b.length;
  let count = 0;
  let i = 0;
  while (i < n && ((b.byteOffset + i) & 3) !== 0) if (b[i++] === 0x22) count++;
  const words = (n - i) >> 2;
  // (A short text may end before a 4-byte boundary: then there is no word, and no view to make.)
  const w = words > 0 ? new Int32Array(b.buffer, b.byteOffset + i, words) : new Int32Array(0);
  for (let k = 0; k < words; k++) {
    const x = w[k]! ^ 0x22222222; // a quote byte becomes 0
    // Bit 7 of each byte set when that byte is 0: (low 7 bits + 0x7f) carries into bit 7 unless they are 0.
    const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
    count += Math.imul(zero >>> 7, 0x01010101) >>> 24;
  }
  for (i += words * 4; i < n; i++) if (b[i] === 0x22) count++;
  return count;
}

/**
 * parseIJson's value for `text` when the text is plain (no backslash, no name written twice) and
 * breaks no limit, with its longest string's length in UTF-16 code units; null when it is not,
 * or not JSON at all (the caller then judges it the careful way). `bytes` must be `text` as UTF-8.
 */
export function parsePlainIJson(text: string, bytes: Uint8Array, maxDepth: number): { value: unknown; longestString: number } | null {
  if (bytes.indexOf(0x5c) !== -1 || inheritsNames()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const t = new Tally();
  item(value, 0, maxDepth, t);
  if (!t.ok || countQuotes(bytes) !== 2 * t.strings) return null;
  return { value, longestString: t.longest };
}
