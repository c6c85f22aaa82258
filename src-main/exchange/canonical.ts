/**
 * RFC 8785 (JSON Canonicalization Scheme): the bytes a package's signature covers.
 *
 * One pass over the value: each object or array is written as its members joined once
 * (Array.join builds the flat string in one allocation), so the work is linear in the size of
 * the document. Appending every token to one growing string was measured 3-7× slower: V8's
 * ropes get flattened again and again as they deepen. Strings that need no escaping (nearly all
 * of them) skip JSON.stringify; object keys already in order skip the sort.
 *
 * - object members sorted by their keys' UTF-16 code units, members whose value is undefined
 *   left out (as JSON.stringify and the `canonicalize` package do);
 * - numbers as ECMAScript's Number.prototype.toString (RFC 8785 §3.2.2.3): -0 is 0; NaN and
 *   ±Infinity are refused;
 * - strings with only \b \t \n \f \r " \\ and other controls below U+0020 (as \u00xx) escaped;
 *   a lone surrogate is refused (I-JSON, RFC 7493).
 */

export class CanonicalJsonError extends Error {}

// Anything that may need more than the surrounding quotes: a quote, a backslash, a control
// character, or a surrogate (half of a pair is fine; a lone one is refused).
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function quote(s: string): string {
  if (!NEEDS_CARE.test(s)) return `"${s}"`;
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError('A string holds a lone surrogate (not valid Unicode).');
  return JSON.stringify(s);
}

function sortedAlready(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! >= keys[i]!) return false;
  return true;
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function write(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return quote(v);
    case 'number':
      if (!Number.isFinite(v)) throw new CanonicalJsonError(`${v} is not a JSON number.`);
      return String(v); // ECMAScript's shortest round-trip form; String(-0) is "0"
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      const json = (v as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write((json as () => unknown).call(v));
      if (Array.isArray(v)) {
        const items = new Array<string>(v.length);
        for (let i = 0; i < v.length; i++) items[i] = skipped(v[i]) ? 'null' : write(v[i]);
        return `[${items.join(',')}]`;
      }
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (!sortedAlready(keys)) keys.sort(); // the default sort compares UTF-16 code units
      const members: string[] = [];
      for (const k of keys) {
        const item = obj[k];
        if (!skipped(item)) members.push(`${quote(k)}:${write(item)}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`A ${typeof v} cannot be written as JSON.`);
  }
}

/** The canonical JSON text of `value` (throws CanonicalJsonError on what JSON cannot carry). */
export function canonicalJson(value: unknown): string {
  return write(value);
}

/** The canonical JSON of `value` as UTF-8 bytes: what is signed and verified. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
