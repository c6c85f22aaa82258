import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IJsonError, parseIJson } from '../../../src-shared/exchange/ijson';
import { checkIJson, parseIJsonFast } from '../../../src-shared/exchange/ijsonCheck';
import { countQuotes, parsePlainIJson } from '../../../src-shared/exchange/ijsonPlain';

type Outcome = { ok: true; value: unknown; keys: string } | { ok: false; problem: string; detail: string; position: number };

/** Key order of every object, so values that are equal but ordered differently do not pass. */
const keyOrder = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.entries(x) : x));

const outcome = (f: () => unknown): Outcome => {
  try {
    const value = f();
    return { ok: true, value, keys: keyOrder(value) };
  } catch (e) {
    if (!(e instanceof IJsonError)) throw e;
    return { ok: false, problem: e.problem, detail: e.detail, position: e.position };
  }
};

const strict = (text: string, maxDepth: number) => outcome(() => parseIJson(text, { maxDepth }));
const fast = (text: string, maxDepth: number) => outcome(() => parseIJsonFast(text, { maxDepth }).value);
const fastBytes = (text: string, maxDepth: number) => outcome(() => parseIJsonFast(text, { maxDepth }, Buffer.from(text, 'utf8')).value);
/** The checking pass alone: it must accept exactly what parseIJson accepts. */
const passes = (text: string, maxDepth: number) => checkIJson(Buffer.from(text, 'utf8'), maxDepth) >= 0;

const wellFormed = (t: string) => (t as unknown as { isWellFormed(): boolean }).isWellFormed();
const manyKeys = (n: number, extra = '') => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}${extra}}`;

const TRICKY: [string, string, number?][] = [
  ['plain object', '{"a":1,"b":[true,false,null,"x"],"c":{}}'],
  ['whitespace everywhere', ' \n{ "a" : [ 1 , 2 ] ,\r\t"b":{ } }\t'],
  ['a non-JSON space (NBSP)', '[1,\u00a02]'],
  ['empty', ''],
  ['only spaces', '   '],
  ['empty containers', '[[],{},[{}],{"a":[]}]'],
  ['same name in nested and sibling objects', '{"a":{"a":1},"b":[{"a":1},{"a":2}]}'],
  ['duplicate', '{"a":1,"a":2}'],
  ['duplicate after a nested object closed', '{"a":{"b":1,"c":2},"b":3,"a":4}'],
  ['duplicate inside the nested one only', '{"a":{"b":1,"b":2}}'],
  ['duplicate written with an escape', '{"ab":1,"\\u0061b":2}'],
  ['duplicate, raw é and \\u00e9', '{"\u00e9":1,"\\u00e9":2}'],
  ['duplicate, \\/ and /', '{"\\/":1,"/":2}'],
  ['escaped names that differ', '{"\\u0061":1,"\\u0062":2,"a\\n":3,"a\\t":4}'],
  ['__proto__ twice', '{"__proto__":1,"__proto__":2}'],
  ['__proto__ once', '{"__proto__":{"x":1}}'],
  ['17 names, no duplicate', manyKeys(17)],
  ['40 names, the last repeats the 3rd', manyKeys(40, ',"k3":0')],
  ['40 names, the last repeats the 20th with an escape', manyKeys(40, ',"\\u006b19":0')],
  ['2,000 names', manyKeys(2000)],
  ['names in rising order (a canonical file)', `{${Array.from({ length: 40 }, (_, i) => `"k${String(i).padStart(2, '0')}":${i}`).join(',')}}`],
  ['names in rising order, then one again', `{${Array.from({ length: 40 }, (_, i) => `"k${String(i).padStart(2, '0')}":${i}`).join(',')},"k05":1}`],
  ['names in rising order, a prefix before the longer name', '{"a":1,"ab":2,"abc":3,"ab":4}'],
  ['names in rising order, the last written with an escape', '{"a":1,"b":2,"\\u0061":3}'],
  ['a number-like name and its escape', '{"1":1,"\\u0031":2}'],
  ['largest safe', '[9007199254740991,-9007199254740991]'],
  ['one past', '[9007199254740992]'],
  ['a fraction rounding down to the largest safe', '[9007199254740991.4]'],
  ['a fraction rounding past it', '[9007199254740991.6]'],
  ['15 digits and a fraction', '[999999999999999.999999]'],
  ['16 digits', '[1000000000000000]'],
  ['exponents', '[1e15,1E+2,0.5e-3,-0,0.1e1,1e-400]'],
  ['exponent to a huge value', '[1e16]'],
  ['infinite', '[1e400]'],
  ['-1e400', '[-1e400]'],
  ['a very long integer', `[${'9'.repeat(5000)}]`],
  ['1.', '[1.]'],
  ['.5', '[.5]'],
  ['-', '[-]'],
  ['+1', '[+1]'],
  ['01', '[01]'],
  ['-01', '[-01]'],
  ['1e', '[1e]'],
  ['1e+', '[1e+]'],
  ['a number at the root', '42'],
  ['a number at the root with a tail', '42 x'],
  ['a pair escaped', '"\\ud83d\\ude00"'],
  ['a pair raw', '"😀é"'],
  ['lone high', '"\\ud83d"'],
  ['lone low', '"\\ude00"'],
  ['high, high, low', '"\\ud83d\\ud83d\\ude00"'],
  ['pair then lone low', '"\\ud83d\\ude00\\ude00"'],
  ['high then a letter', '"\\ud83dx"'],
  ['high then an escaped letter', '"\\ud83d\\u0041"'],
  ['high then high', '"\\ud83d\\ud83d"'],
  ['high then \\n', '"\\ud83d\\n"'],
  ['high then a bad escape (syntax first)', '"\\ud800\\x"'],
  ['high at the end of the text', '"\\ud800'],
  ['lone surrogate in a name', '{"\\udc00":1}'],
  ['raw lone surrogate', '["\ud800"]'],
  ['short \\u', '"\\u12"'],
  ['bad hex', '"\\u12G4"'],
  ['uppercase hex', '"\\u00E9\\uD83D\\uDE00"'],
  ['every short escape', '"\\"\\\\\\/\\b\\f\\n\\r\\t"'],
  ['bad escape', '"\\a"'],
  ['raw tab in a string', '"a\tb"'],
  ['raw DEL in a string', '"a\u007fb"'],
  ['unterminated', '{"a":"b'],
  ['unterminated after a backslash', '"\\'],
  ['missing comma', '[1 2]'],
  ['missing colon', '{"a" 1}'],
  ['missing value', '{"a":}'],
  ['comma only', '{,}'],
  ['leading comma', '[,1]'],
  ['trailing comma', '[1,2,]'],
  ['trailing comma in an object', '{"a":1,}'],
  ['missing comma between members', '{"a":1 "b":2}'],
  ['one ] too many', '[1]]'],
  ['one ] too few', '[[1]'],
  ['one } too many', '{"a":1}}'],
  ['a name that is not a string', '{a:1}'],
  ['single quotes', "{'a':1}"],
  ['tru', '[tru]'],
  ['nul', 'nul'],
  ['true1', 'true1'],
  ['nulll', '[nulll]'],
  ['two values', '"a" "b"'],
  ['NaN', '[NaN]'],
  ['deep enough', '[[[1]]]', 3],
  ['too deep', '[[[[1]]]]', 3],
  ['too deep, empty at the bottom (allowed)', '[[[[]]]]', 3],
  ['too deep, empty object at the bottom', '[[[{}]]]', 3],
  ['too deep by an object', '[[[{"a":1}]]]', 3],
  ['objects to the limit', '{"a":{"b":{"c":1}}}', 3],
  ['objects past the limit', '{"a":{"b":{"c":{"d":1}}}}', 3],
  ['a million open brackets', '['.repeat(1_000_000), 32],
  // For the plain path (no backslash): names written twice that JSON.parse would quietly merge.
  ['duplicate, the dropped value holds the strings', '{"a":["x","y"],"a":1}'],
  ['duplicate, the kept value holds the strings', '{"a":1,"a":["x","y"]}'],
  ['duplicate of empty objects', '{"a":{},"a":{}}'],
  ['duplicate deep in an array of objects', '[{"a":1},{"b":{"c":"d","c":"d"}}]'],
  ['duplicate, the dropped value too deep', '{"a":[[[[1]]]],"a":1}', 3],
  ['duplicate, the dropped value out of range', '{"a":1e400,"a":1}'],
  ['duplicate number-like names', '{"1":1,"1":2}'],
  ['number-like names, reordered by JSON.parse', '{"2":"b","1":"a","x":"c"}'],
  ['colons, commas and brackets inside strings', '{"a":"b:c,{d}[e]","f":[":",",","{"]}'],
  ['a string that reads like a repeated member', '{"a":"\\"a\\":1"}'],
  ['plain, past the limit by an array', '{"a":{"b":[1]}}', 2],
  ['plain, an empty array at the limit', '{"a":{"b":[]}}', 2],
  ['plain, non-ASCII names and values', '{"Nguyễn":"Đặng","Đỗ":["Hồ",1]}'],
];

describe('parseIJsonFast against parseIJson', () => {
  it.each(TRICKY)('%s', (_name, text, maxDepth = 64) => {
    const want = strict(text, maxDepth);
    expect(fast(text, maxDepth)).toStrictEqual(want);
    if (wellFormed(text)) {
      expect(passes(text, maxDepth)).toBe(want.ok);
      expect(fastBytes(text, maxDepth)).toStrictEqual(want);
    }
  });

  it('reports the longest string as written, at least its length in characters', () => {
    const text = JSON.stringify({ short: 'ab', long: 'Nguyễn'.repeat(100), esc: '\n'.repeat(300) });
    const { longestString } = parseIJsonFast(text, { maxDepth: 8 }, Buffer.from(text));
    expect(longestString).toBe(800); // "Nguyễn" is 8 bytes of UTF-8 (600 characters); 300 × "\n" as written is 600
    expect(longestString).toBeGreaterThanOrEqual('Nguyễn'.repeat(100).length);
  });

  // Texts near JSON: real documents, then cut, repeated, or given a token that may break them.
  const TOKENS = [',', ':', '"a":1', '"a"', '\\ud800', '\\udc00', '\\u0061', '9007199254740992', '1e400', '-', '.', ']', '}', '[', '{', ' ', '"', '\\', 'é', '😀', '\u0001', 'true', 'nul', '0', '01'];
  const nearJson = fc
    .tuple(
      fc.json({ maxDepth: 5 }),
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...TOKENS), fc.constant(null), fc.string({ maxLength: 3 }))), { maxLength: 3 }),
    )
    .map(([text, edits]) => {
      let t = text;
      for (const [at, token] of edits) {
        const i = at % (t.length + 1);
        t = token === null ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + token + t.slice(i);
      }
      return t;
    });
  // Objects whose names repeat, written with and without escapes.
  const withNames = fc
    .array(fc.tuple(fc.constantFrom('a', 'b', '\\u0061', 'é', '\\u00e9', '__proto__', 'k'), fc.json({ maxDepth: 2 })), { maxLength: 24 })
    .map((members) => `{${members.map(([k, v]) => `"${k}":${v}`).join(',')}}`);

  it('accepts and refuses exactly as parseIJson, with the same value or error (property)', () => {
    fc.assert(
      fc.property(fc.oneof(nearJson, withNames), fc.integer({ min: 1, max: 6 }), (text, maxDepth) => {
        const want = strict(text, maxDepth);
        expect(fast(text, maxDepth)).toStrictEqual(want);
        if (wellFormed(text)) {
          expect(passes(text, maxDepth)).toBe(want.ok);
          expect(fastBytes(text, maxDepth)).toStrictEqual(want);
        }
      }),
      { seed: 18, numRuns: 3000 },
    );
  });
});

describe('the plain path (no escape, no name twice)', () => {
  const plain = (text: string, maxDepth = 32) => parsePlainIJson(text, Buffer.from(text, 'utf8'), maxDepth);

  it('answers for a plain package with the value parseIJson gives, and the longest string in characters', () => {
    const text = JSON.stringify({ body: { records: [{ data: { familyName: 'Nguyễn', unit: { code: 'XA-B' } }, rev: 1 }, { data: {}, rev: 2 }] }, tdkt: 1 });
    const got = plain(text);
    expect(got).not.toBeNull();
    expect(keyOrder(got!.value)).toBe(keyOrder(parseIJson(text, { maxDepth: 32 })));
    expect(got!.longestString).toBe('familyName'.length);
  });

  it.each([
    ['a backslash anywhere', JSON.stringify({ note: 'a:b,"c"' })],
    ['a name written twice', '{"a":{"b":"x"},"a":{"b":"x"}}'],
    ['a name written twice, the dropped value empty', '{"a":[],"a":"x"}'],
    ['too deep', '[[1]]', 1],
    ['a number out of range', '[1,9007199254740992]'],
    ['not JSON', '{"a":1,}'],
  ] as [string, string, number?][])('leaves %s to the checking pass', (_name, text, maxDepth) => {
    expect(plain(text, maxDepth)).toBeNull();
  });

  it('counts quote bytes exactly, wherever the bytes start in their buffer (property)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), fc.integer({ min: 0, max: 7 }), (text, shift) => {
        const bytes = Buffer.from(`${'"'.repeat(shift)}${text}`, 'utf8').subarray(shift);
        expect(countQuotes(bytes)).toBe([...bytes].filter((x) => x === 0x22).length);
      }),
      { seed: 18, numRuns: 500 },
    );
    expect(countQuotes(Buffer.from('"'.repeat(9)))).toBe(9);
    expect(countQuotes(Buffer.from('\u00a2"\u2222\u0122'))).toBe(1); // bytes near 0x22 that are not it
  });
});

describe('the plain path and a polluted Object.prototype', () => {
  it('steps aside when Object.prototype has an enumerable name, and the answer stays the same', () => {
    const text = '{"a":{"b":1},"a":{"b":1}}';
    const bytes = Buffer.from('{"a":1}');
    let whilePolluted: unknown;
    let fastWhilePolluted: unknown;
    // Only the calls under test run while it is polluted; expect() itself copies objects by for…in.
    Object.defineProperty(Object.prototype, 'polluted', { value: 1, enumerable: true, configurable: true, writable: true });
    try {
      whilePolluted = parsePlainIJson('{"a":1}', bytes, 8);
      fastWhilePolluted = fast(text, 8);
    } finally {
      delete (Object.prototype as { polluted?: unknown }).polluted;
    }
    expect(whilePolluted).toBeNull();
    expect(fastWhilePolluted).toStrictEqual(strict(text, 8));
    expect(parsePlainIJson('{"a":1}', bytes, 8)).not.toBeNull();
  });
});
