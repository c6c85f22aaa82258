import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalBytes, canonicalJson } from '../../../src-main/exchange/canonical';

// The test data of RFC 8785's reference implementation (github.com/cyberphone/json-canonicalization,
// testdata/input and testdata/output), as JSON text in and canonical text out.
const VECTORS: [name: string, input: string, output: string][] = [
  ['arrays', '[\n  56,\n  {\n    "d": true,\n    "10": null,\n    "1": [ ]\n  }\n]', '[56,{"1":[],"10":null,"d":true}]'],
  ['french', '{\n  "peach": "This sorting order",\n  "péché": "is wrong according to French",\n  "pêche": "but canonicalization MUST",\n  "sin":   "ingnore locale"\n}\n',
    '{"peach":"This sorting order","péché":"is wrong according to French","pêche":"but canonicalization MUST","sin":"ingnore locale"}'],
  ['structures', '{\n  "1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0},\n  "10": { },\n  "": "empty",\n  "a": { },\n  "111": [ { } ],\n  "A": { }\n}',
    '{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}'],
  ['unicode', '{\n  "Unnormalized Unicode":"\\u1e0d\\u0307"\n}\n', '{"Unnormalized Unicode":"\u1e0d\u0307"}'],
  ['values', '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
    '{"escaping":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}'],
  ['weird', '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}\n',
    '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","😂":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}'],
];

// RFC 8785 Appendix B: IEEE-754 bit patterns and their serialization.
const NUMBERS: [hex: string, text: string][] = [
  ['0000000000000000', '0'], ['8000000000000000', '0'], ['0000000000000001', '5e-324'], ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'], ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'], ['c340000000000000', '-9007199254740992'], ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'], ['44b52d02c7e14af6', '1e+23'], ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'], ['444b1ae4d6e2ef4f', '999999999999999900000'], ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'], ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'], ['41b3de4355555554', '333333333.33333325'], ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'], ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'], ['43143ff3c1cb0959', '1424953923781206.2'],
];
const fromHex = (hex: string) => Buffer.from(hex, 'hex').readDoubleBE(0);

/** mulberry32: a seeded generator, so a failing document can be found again. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const ALPHABET = ['a', 'B', 'z', '0', '"', '\\', '/', '\n', '\t', '\u0000', '\u001f', '\u007f', 'đ', 'Đ', 'ễ', 'e\u0301', '€', '\u2028', '😂', '\ud83d\ude02', '\ufb33', '\u05d3\u05bc', ' '];
  const string = () => Array.from({ length: int(12) }, () => ALPHABET[int(ALPHABET.length)]!).join('');
  const number = () => {
    switch (int(6)) {
      case 0: return int(1000) - 500;
      case 1: return (next() - 0.5) * 10 ** (int(40) - 20);
      case 2: return fromHex(Array.from({ length: 16 }, () => '0123456789abcdef'[int(16)]).join('').replace(/^7ff|^fff/, '3ff'));
      case 3: return -0;
      case 4: return Number.MAX_SAFE_INTEGER - int(3);
      default: return next();
    }
  };
  const value = (depth: number): unknown => {
    const k = depth > 4 ? int(4) : int(7);
    if (k === 0) return string();
    if (k === 1) return number();
    if (k === 2) return [true, false, null][int(3)];
    if (k === 3) return int(2) ? string() : number();
    if (k === 4 || k === 5) return Object.fromEntries(Array.from({ length: int(6) }, () => [string(), value(depth + 1)]));
    return Array.from({ length: int(5) }, () => value(depth + 1));
  };
  return { value };
}

describe('canonical JSON (RFC 8785)', () => {
  it.each(VECTORS)('the reference test vector "%s"', (_name, input, output) => {
    expect(canonicalJson(JSON.parse(input))).toBe(output);
    expect(canonicalBytes(JSON.parse(input)).equals(Buffer.from(output, 'utf8'))).toBe(true);
  });

  it('the simpleString vector byte for byte (testdata/outhex)', () => {
    const hex = '22 74 68 69 73 20 69 73 20 61 20 74 65 73 74 20 73 74 72 69 6E 67 20 31 32 33 35 22';
    expect(canonicalBytes('this is a test string 1235').toString('hex')).toBe(hex.replace(/ /g, '').toLowerCase());
  });

  it.each(NUMBERS)('Appendix B: the double %s is written %s', (hex, text) => {
    expect(canonicalJson(fromHex(hex))).toBe(text);
    expect(canonicalJson([fromHex(hex)])).toBe(`[${text}]`);
  });

  it('refuses NaN, Infinity, lone surrogates, functions and bigints; skips undefined members as JSON does', () => {
    for (const bad of [NaN, Infinity, -Infinity, { a: NaN }, ['\ud83d'], { '\ude02': 1 }, 'a\udc00b', 10n, () => 1]) {
      expect(() => canonicalJson(bad)).toThrow(CanonicalJsonError);
    }
    expect(canonicalJson({ b: undefined, a: [undefined, 1] })).toBe('{"a":[null,1]}');
    expect(canonicalJson({ at: new Date('2026-01-02T03:04:05.000Z') })).toBe('{"at":"2026-01-02T03:04:05.000Z"}');
  });

  it('matches the canonicalize package on 3,000 random documents (seeded)', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const doc = generator(seed).value(0);
      const ours = canonicalJson(doc);
      if (ours !== canonicalize(doc)) throw new Error(`seed ${seed}: ${ours} ≠ ${canonicalize(doc)}`);
      // Canonical text is a fixed point: parsing it back and canonicalizing again changes nothing.
      expect(canonicalJson(JSON.parse(ours))).toBe(ours);
    }
  });

  it('keeps a large attachment string intact, key order applied at every depth', () => {
    const data = 'QUJD'.repeat(500_000);
    const doc = { z: 1, body: { records: [{ b: 2, a: 1 }], attachments: [{ data, name: 'x.pdf' }] }, a: 'đ' };
    const text = canonicalJson(doc);
    expect(text).toBe(`{"a":"đ","body":{"attachments":[{"data":"${data}","name":"x.pdf"}],"records":[{"a":1,"b":2}]},"z":1}`);
    expect(text).toBe(canonicalize(doc));
  });
});
