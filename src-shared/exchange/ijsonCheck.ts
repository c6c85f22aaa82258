// The fast way to the strict I-JSON parse of ijson.ts: one checking-only pass over the UTF-8 bytes
// (syntax, nesting, duplicate member names, escaped lone surrogates, number range), building no
// value and no string, then the native JSON.parse for the value. A file the pass finds anything
// wrong with goes to parseIJson, which refuses it with exactly the error it always gave (and,
// should the pass ever be stricter than parseIJson, accepts it as parseIJson does). The pass
// accepts exactly what parseIJson accepts; tests/unit/exchange/ijson-fast.test.ts holds both to it.
// Before it, a plain text (no escape, no name twice: nearly every package) is judged quicker still
// by ijsonPlain.ts, which answers only when it is sure.

import { parseIJson } from './ijson';
import { parsePlainIJson } from './ijsonPlain';

const OBJ = 1;
const ARR = 2;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Member names of one object compared by a linear walk up to this many; beyond it, a Map by hash. */
const LINEAR_KEYS = 16;

const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
const hexVal = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** FNV-1a over bytes, 32 bits. */
function fnv(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
  return h | 0;
}

const utf8Decoder = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** The member names of the open objects, on one stack: hash, start, end (exclusive), escaped (0/1) each. */
class Names {
  keys = new Int32Array(256);
  top = 0; // entries
  base: Int32Array;
  maps: (Map<number, number[]> | null)[] = [];
  /** Per open object: 1 while its names have come in strictly rising order, plainly written. */
  sorted: Uint8Array;
  constructor(
    readonly b: Uint8Array,
    maxDepth: number,
  ) {
    this.base = new Int32Array(maxDepth + 1);
    this.sorted = new Uint8Array(maxDepth + 1);
  }

  open(level: number) {
    this.base[level] = this.top;
    this.maps[level] = null;
    this.sorted[level] = 1;
  }

  close(level: number) {
    this.top = this.base[level]!;
    this.maps[level] = null;
  }

  private text(e: number): string {
    const raw = utf8Decoder.decode(this.b.subarray(this.keys[e * 4 + 1], this.keys[e * 4 + 2]));
    return this.keys[e * 4 + 3] ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  private same(x: number, y: number): boolean {
    const k = this.keys;
    if (k[x * 4] !== k[y * 4]) return false;
    if (k[x * 4 + 3] || k[y * 4 + 3]) return this.text(x) === this.text(y);
    const xs = k[x * 4 + 1]!;
    const len = k[x * 4 + 2]! - xs;
    const ys = k[y * 4 + 1]!;
    if (k[y * 4 + 2]! - ys !== len) return false;
    const b = this.b;
    for (let j = 0; j < len; j++) if (b[xs + j] !== b[ys + j]) return false;
    return true;
  }

  /** Adds the name written at b[start, end) to the object at `level`; false if it has it already. */
  add(level: number, start: number, end: number, escaped: number): boolean {
    if (this.top * 4 + 4 > this.keys.length) {
      const bigger = new Int32Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
    }
    const k = this.keys;
    const e = this.top++;
    k[e * 4 + 1] = start;
    k[e * 4 + 2] = end;
    k[e * 4 + 3] = escaped;
    const base = this.base[level]!;
    if (this.sorted[level]) {
      // Names plainly written in strictly rising byte order (a canonical file's) are all distinct:
      // one comparison with the one before. Anything else and the object is checked in full.
      if (!escaped && (e === base || (!k[e * 4 - 1] && this.before(e - 1, e)))) return true;
      this.sorted[level] = 0;
      for (let x = base; x < e; x++) k[x * 4] = this.hash(x);
    }
    k[e * 4] = this.hash(e);
    if (e - base < LINEAR_KEYS) {
      for (let x = base; x < e; x++) if (this.same(x, e)) return false;
      return true;
    }
    let map = this.maps[level];
    if (!map) {
      map = new Map();
      this.maps[level] = map;
      for (let x = base; x < e; x++) {
        const list = map.get(k[x * 4]!);
        if (list) list.push(x);
        else map.set(k[x * 4]!, [x]);
      }
    }
    const list = map.get(k[e * 4]!);
    if (!list) map.set(k[e * 4]!, [e]);
    else {
      for (const x of list) if (this.same(x, e)) return false;
      list.push(e);
    }
    return true;
  }

  /** The hash of name `e`: of the name it stands for, so "ab" and "\u0061b" meet. */
  private hash(e: number): number {
    const start = this.keys[e * 4 + 1]!;
    const end = this.keys[e * 4 + 2]!;
    if (!this.keys[e * 4 + 3]) return fnv(this.b, start, end);
    const named = utf8Encoder.encode(JSON.parse(`"${utf8Decoder.decode(this.b.subarray(start, end))}"`) as string);
    return fnv(named, 0, named.length);
  }

  /** Whether plain name x sorts strictly before plain name y, byte by byte. */
  private before(x: number, y: number): boolean {
    const b = this.b;
    const k = this.keys;
    const xs = k[x * 4 + 1]!;
    const xl = k[x * 4 + 2]! - xs;
    const ys = k[y * 4 + 1]!;
    const yl = k[y * 4 + 2]! - ys;
    const m = xl < yl ? xl : yl;
    for (let j = 0; j < m; j++) {
      const d = b[xs + j]! - b[ys + j]!;
      if (d) return d < 0;
    }
    return xl < yl;
  }
}

const hex4 = (b: Uint8Array, at: number): number =>
  isHex(b[at]!) && isHex(b[at + 1]!) && isHex(b[at + 2]!) && isHex(b[at + 3]!)
    ? (hexVal(b[at]!) << 12) | (hexVal(b[at + 1]!) << 8) | (hexVal(b[at + 2]!) << 4) | hexVal(b[at + 3]!)
    : -1;

/** A number's text at b[start, end) within ±(2^53 − 1) and finite. */
function numberInRange(b: Uint8Array, start: number, end: number): boolean {
  const v = Number(utf8Decoder.decode(b.subarray(start, end)));
  return Number.isFinite(v) && Math.abs(v) <= MAX_SAFE;
}

/**
 * Whether `b` (UTF-8, valid) is I-JSON as parseIJson judges it with `maxDepth`; -1 if not, else
 * the length in bytes of its longest string as written (an upper bound of its length in UTF-16
 * code units, which is what the package's field limit counts). One loop with the cursor in a
 * local: this runs over every byte of a package and must stay well under JSON.parse's time.
 */
export function checkIJson(b: Uint8Array, maxDepth: number): number {
  const n = b.length;
  let i = 0;
  let c = 0;
  let longest = 0;
  let depth = 0;
  const kinds = new Uint8Array(maxDepth + 1);
  const names = new Names(b, maxDepth);
  // What the next string is: a value (0) or a member name (1).
  let wantName = 0;

  while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
  for (;;) {
    // A member name then its colon, when one is due; then one value.
    if (wantName) {
      while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
      if (b[i] !== 0x22) return -1;
    }
    c = i < n ? b[i]! : -1;
    if (c === 0x22) {
      const start = ++i;
      let escaped = 0;
      for (;;) {
        // Two comparisons a byte: above the quote and not a backslash (past the end, undefined stops it too).
        for (;;) {
          while ((c = b[i]!) > 0x22 && c !== 0x5c) i++;
          if (c !== 0x20 && c !== 0x21) break;
          i++;
        }
        if (i >= n || c < 0x20) return -1;
        if (c === 0x22) break;
        escaped = 1;
        const e = b[i + 1];
        if (e === 0x75) {
          if (i + 5 >= n) return -1;
          const unit = hex4(b, i + 2);
          i += 6;
          if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff)) return -1; // bad, or a low half alone
          if (unit >= 0xd800 && unit <= 0xdbff) {
            // Only an escaped low half completes it: a raw one would make the bytes ill-formed UTF-8.
            if (b[i] !== 0x5c || b[i + 1] !== 0x75 || i + 5 >= n) return -1;
            const low = hex4(b, i + 2);
            if (low < 0xdc00 || low > 0xdfff) return -1;
            i += 6;
          }
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) i += 2;
        else return -1;
      }
      if (i - start > longest) longest = i - start;
      i++;
      if (wantName) {
        if (!names.add(depth - 1, start, i - 1, escaped)) return -1;
        while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
        if (b[i] !== 0x3a) return -1;
        i++;
        while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
        wantName = 0;
        continue;
      }
    } else if (c === 0x7b || c === 0x5b) {
      const kind = c === 0x7b ? OBJ : ARR;
      i++;
      while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
      if (i < n && c === (kind === OBJ ? 0x7d : 0x5d)) {
        // An empty container is a value like any other: it opens no level (as in parseIJson).
        i++;
      } else {
        if (depth >= maxDepth) return -1;
        kinds[depth] = kind;
        if (kind === OBJ) {
          names.open(depth);
          wantName = 1;
        }
        depth++;
        continue;
      }
    } else if (c === 0x74) {
      if (b[i + 1] !== 0x72 || b[i + 2] !== 0x75 || b[i + 3] !== 0x65) return -1;
      i += 4;
    } else if (c === 0x66) {
      if (b[i + 1] !== 0x61 || b[i + 2] !== 0x6c || b[i + 3] !== 0x73 || b[i + 4] !== 0x65) return -1;
      i += 5;
    } else if (c === 0x6e) {
      if (b[i + 1] !== 0x75 || b[i + 2] !== 0x6c || b[i + 3] !== 0x6c) return -1;
      i += 4;
    } else {
      const start = i;
      if (c === 0x2d) i++;
      const intStart = i;
      if (b[i] === 0x30) i++;
      else if (i < n && b[i]! >= 0x31 && b[i]! <= 0x39) while (i < n && isDigit(b[i]!)) i++;
      else return -1;
      const intDigits = i - intStart;
      let exp = false;
      if (b[i] === 0x2e) {
        i++;
        if (!(i < n && isDigit(b[i]!))) return -1;
        while (i < n && isDigit(b[i]!)) i++;
      }
      if (b[i] === 0x65 || b[i] === 0x45) {
        exp = true;
        i++;
        if (b[i] === 0x2b || b[i] === 0x2d) i++;
        if (!(i < n && isDigit(b[i]!))) return -1;
        while (i < n && isDigit(b[i]!)) i++;
      }
      // Up to 15 digits before any fraction: below 10^15, safe whatever follows the point.
      if ((exp || intDigits > 15) && !numberInRange(b, start, i)) return -1;
    }

    // After a value: the next member or item, or the end of its container(s).
    for (;;) {
      while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
      if (depth === 0) return i === n ? longest : -1;
      c = i < n ? b[i]! : -1;
      if (c === 0x2c) {
        i++;
        if (kinds[depth - 1] === OBJ) wantName = 1;
        else while ((c = b[i]!) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) i++;
        break;
      }
      if (c !== (kinds[depth - 1] === OBJ ? 0x7d : 0x5d)) return -1;
      i++;
      depth--;
      if (kinds[depth] === OBJ) names.close(depth);
    }
  }
}

/**
 * parseIJson's answer for `text`, the fast way: `bytes`, when given, must be `text` as UTF-8
 * (the file as read, less any byte-order mark). Returns the value and a bound of its longest
 * string's length in characters (exact for a plain text, else its length as written), or throws
 * the IJsonError parseIJson throws.
 */
export function parseIJsonFast(text: string, opts: { maxDepth: number }, bytes?: Uint8Array): { value: unknown; longestString: number } {
  // A string may hold lone surrogates, which UTF-8 cannot carry: parseIJson judges those.
  const wellFormed = bytes !== undefined || (text as { isWellFormed?: () => boolean }).isWellFormed?.() === true;
  const utf8 = wellFormed ? (bytes ?? utf8Encoder.encode(text)) : undefined;
  // Most files: no escape, no name twice (ijsonPlain.ts); the checking pass for the rest.
  const plain = utf8 && parsePlainIJson(text, utf8, opts.maxDepth);
  if (plain) return plain;
  const longest = utf8 ? checkIJson(utf8, opts.maxDepth) : -1;
  if (longest >= 0) {
    try {
      return { value: JSON.parse(text), longestString: longest };
    } catch {
      // Cannot happen for text the pass accepted; parseIJson has the last word.
    }
  }
  return { value: parseIJson(text, opts), longestString: Infinity };
}
