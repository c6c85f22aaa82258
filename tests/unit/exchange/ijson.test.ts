import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IJsonError, parseIJson, type IJsonProblem } from '../../../src-shared/exchange/ijson';

const problem = (text: string, maxDepth = 64): IJsonProblem | 'ok' => {
  try {
    parseIJson(text, { maxDepth });
    return 'ok';
  } catch (e) {
    if (e instanceof IJsonError) return e.problem;
    throw e;
  }
};

describe('parseIJson', () => {
  it.each<[string, string, IJsonProblem | 'ok']>([
    ['a plain object', '{"a":1,"b":[true,false,null,"x"],"c":{}}', 'ok'],
    ['whitespace around everything', ' \n{ "a" : [ 1 , 2 ] }\t', 'ok'],
    ['a surrogate pair escaped', '"\\ud83d\\ude00"', 'ok'],
    ['the largest safe integer', '[9007199254740991,-9007199254740991]', 'ok'],
    ['a decimal number', '[1.5,-0.25,2e3]', 'ok'],
    ['a member name twice', '{"a":1,"a":2}', 'duplicate'],
    ['a member name twice, deep', '{"x":[{"id":1,"b":2,"id":1}]}', 'duplicate'],
    ['a member name twice, one written with an escape', '{"ab":1,"\\u0061b":2}', 'duplicate'],
    ['__proto__ twice', '{"__proto__":1,"__proto__":2}', 'duplicate'],
    ['a lone high surrogate escaped', '{"a":"\\ud800"}', 'surrogate'],
    ['a lone low surrogate escaped', '["x\\udc00y"]', 'surrogate'],
    ['a lone surrogate in the text itself', '["\ud800"]', 'surrogate'],
    ['a reversed pair', '"\\udc00\\ud800"', 'surrogate'],
    ['one past the largest safe integer', '[9007199254740992]', 'number'],
    ['a huge negative integer', '{"rev":-99999999999999999999}', 'number'],
    ['an exponent to infinity', '[1e400]', 'number'],
    ['a large float', '[1e300]', 'number'],
    ['a trailing comma', '[1,2,]', 'syntax'],
    ['a trailing comma in an object', '{"a":1,}', 'syntax'],
    ['a leading zero', '[01]', 'syntax'],
    ['NaN', '[NaN]', 'syntax'],
    ['a raw newline in a string', '["a\nb"]', 'syntax'],
    ['a bad escape', '["\\x41"]', 'syntax'],
    ['text after the value', '{} {}', 'syntax'],
    ['nothing', '', 'syntax'],
    ['an unterminated string', '{"a":"b', 'syntax'],
    ['a single quote string', "{'a':1}", 'syntax'],
  ])('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('refuses nesting deeper than the limit without using the call stack', () => {
    expect(problem('[[[1]]]', 3)).toBe('ok');
    expect(problem('[[[[1]]]]', 3)).toBe('depth');
    expect(problem('['.repeat(1_000_000) + ']'.repeat(1_000_000), 32)).toBe('depth');
  });

  it('keeps "__proto__" as an own member, never as the prototype', () => {
    const v = parseIJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('agrees with JSON.parse on every I-JSON value (property)', () => {
    const safe = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'grapheme' }),
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value')),
        fc.dictionary(fc.string(), tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(safe, (v) => {
        const text = JSON.stringify(v);
        expect(parseIJson(text)).toStrictEqual(JSON.parse(text));
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
