/**
 * RFC 8785 (JSON Canonicalization Scheme): the bytes a package's signature covers.
 *
 * One pass over the value, appending to one string (V8 keeps appends as ropes, flattened once
 * when the UTF-8 bytes are made), so the work is linear in the size of the document and a
 * multi-megabyte attachment string is copied once, not once per enclosing level. Strings that
 * need no escaping (nearly all of them) skip JSON.stringify; object keys already in order (what
 * our own builders produce) skip the sort.
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

/** The canonical JSON text of `value` (throws CanonicalJsonError on what JSON cannot carry). */
export function canonicalJson(value: unknown): string {
  let out = '';
  const write = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        out += quote(v);
        return;
      case 'number':
        if (!Number.isFinite(v)) throw new CanonicalJsonError(`${v} is not a JSON number.`);
        out += String(v); // ECMAScript's shortest round-trip form; String(-0) is "0"
        return;
      case 'boolean':
        out += v ? 'true' : 'false';
        return;
      case 'object': {
        if (v === null) {
          out += 'null';
          return;
        }
        const json = (v as { toJSON?: unknown }).toJSON;
        if (typeof json === 'function') {
          write((json as () => unknown).call(v));
          return;
        }
        if (Array.isArray(v)) {
          out += '[';
          for (let i = 0; i < v.length; i++) {
            if (i) out += ',';
            const item: unknown = v[i];
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out += 'null';
            else write(item);
          }
          out += ']';
          return;
        }
        const obj = v as Record<string, unknown>;
        const keys = Object.keys(obj);
        if (!sortedAlready(keys)) keys.sort(); // the default sort compares UTF-16 code units
        out += '{';
        let first = true;
        for (const k of keys) {
          const item = obj[k];
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
          if (!first) out += ',';
          first = false;
          out += quote(k);
          out += ':';
          write(item);
        }
        out += '}';
        return;
      }
      default:
        throw new CanonicalJsonError(`A ${typeof v} cannot be written as JSON.`);
    }
  };
  write(value);
  return out;
}

/** The canonical JSON of `value` as UTF-8 bytes: what is signed and verified. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
