// A strict I-JSON (RFC 7493) parser for package files: what JSON.parse lets through silently
// (a member name given twice, where JSON.parse keeps the last one; a lone surrogate; an integer
// that does not survive as a double) is refused here, before any signature is checked. Kept apart
// from canonicalization (exchange/crypto.ts): parsing decides what the file says, JCS what was signed.
// Iterative, so a hostile file nested a million deep cannot exhaust the stack.

export type IJsonProblem = 'syntax' | 'duplicate' | 'surrogate' | 'number' | 'depth';

export class IJsonError extends Error {
  constructor(
    readonly problem: IJsonProblem,
    /** The member name, number or character concerned, for the message (short). */
    readonly detail: string,
    readonly position: number,
  ) {
    super(`I-JSON ${problem} at ${position}: ${detail}`);
    this.name = 'IJsonError';
  }
}

const WS = /[ \t\n\r]*/y;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

type Frame = { obj: Record<string, unknown>; key: string } | { arr: unknown[] };

/**
 * Parses `text` as I-JSON: no duplicate member names, no lone surrogates (raw or escaped),
 * numbers finite and within ±(2^53 − 1), containers nested at most `maxDepth` deep.
 * Throws IJsonError naming the problem; never returns a partial value.
 */
export function parseIJson(text: string, opts: { maxDepth: number } = { maxDepth: 64 }): unknown {
  // isWellFormed (ES2024) is native and fast; the regex finds where, or stands in for it.
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed?.();
  const raw = wellFormed ? null : LONE_SURROGATE.exec(text);
  if (raw) throw new IJsonError('surrogate', `U+${raw[0].charCodeAt(0).toString(16).toUpperCase()}`, raw.index);
  let pos = 0;
  const fail = (problem: IJsonProblem, detail: string, at = pos): never => {
    throw new IJsonError(problem, detail.slice(0, 80), at);
  };
  const ws = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const expect = (ch: string) => {
    if (text[pos] !== ch) fail('syntax', `expected "${ch}"`);
    pos++;
  };

  const readString = (): string => {
    expect('"');
    let out = '';
    let escaped = false;
    for (;;) {
      PLAIN.lastIndex = pos;
      PLAIN.exec(text);
      out += text.slice(pos, PLAIN.lastIndex);
      pos = PLAIN.lastIndex;
      const c = text[pos];
      if (c === '"') {
        pos++;
        break;
      }
      if (c !== '\\') fail('syntax', c === undefined ? 'unterminated string' : 'control character in a string');
      const e = text[pos + 1];
      if (e === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!HEX4.test(hex)) fail('syntax', 'bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
        escaped = true;
      } else {
        const v = e === undefined ? undefined : ESCAPES[e];
        if (v === undefined) fail('syntax', 'bad escape');
        out += v;
        pos += 2;
      }
    }
    if (escaped) {
      const bad = LONE_SURROGATE.exec(out);
      if (bad) fail('surrogate', `\\u${bad[0].charCodeAt(0).toString(16).toUpperCase()}`);
    }
    return out;
  };

  const readNumber = (): number => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m || !m[0]) return fail('syntax', 'unexpected character');
    const n = Number(m[0]);
    if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) fail('number', m[0]);
    pos = NUMBER.lastIndex;
    return n;
  };

  const literal = (word: string, value: unknown) => {
    if (text.startsWith(word, pos)) {
      pos += word.length;
      return value;
    }
    return fail('syntax', 'unexpected character');
  };

  const stack: Frame[] = [];
  const push = (f: Frame) => {
    if (stack.length >= opts.maxDepth) fail('depth', String(stack.length + 1));
    stack.push(f);
  };
  const readKey = (obj: Record<string, unknown>): string => {
    ws();
    const at = pos;
    const key = readString();
    if (Object.prototype.hasOwnProperty.call(obj, key)) fail('duplicate', key, at);
    ws();
    expect(':');
    return key;
  };

  ws();
  for (;;) {
    // Read one value; containers open a frame and go round again for their first member.
    let value: unknown;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[pos] === '}') {
        pos++;
        value = obj;
      } else {
        push({ obj, key: readKey(obj) });
        ws();
        continue;
      }
    } else if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        value = arr;
      } else {
        push({ arr });
        continue;
      }
    } else if (c === '"') value = readString();
    else if (c === 't') value = literal('true', true);
    else if (c === 'f') value = literal('false', false);
    else if (c === 'n') value = literal('null', null);
    else value = readNumber();

    // Hand the finished value to its container; close containers as their ends arrive.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        ws();
        if (pos !== text.length) fail('syntax', 'text after the end');
        return value;
      }
      if ('obj' in top) {
        // An own property even for "__proto__", as JSON.parse does, so no prototype is ever set.
        Object.defineProperty(top.obj, top.key, { value, writable: true, enumerable: true, configurable: true });
        ws();
        if (text[pos] === ',') {
          pos++;
          top.key = readKey(top.obj);
          ws();
          break;
        }
        expect('}');
        stack.pop();
        value = top.obj;
      } else {
        top.arr.push(value);
        ws();
        if (text[pos] === ',') {
          pos++;
          ws();
          break;
        }
        expect(']');
        stack.pop();
        value = top.arr;
      }
    }
  }
}
