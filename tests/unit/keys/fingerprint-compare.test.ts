import { describe, expect, it } from 'vitest';
import { compareFingerprint, fingerprintMismatchMessage, formatFingerprint } from '../../../src-shared/exchange/fingerprint';

const KEY = '0123456789abcdef0123456789abcdef';
const groups = formatFingerprint(KEY).split(' ');
const withGroup = (i: number, g: string) => groups.map((x, j) => (j === i ? g : x)).join(' ');

describe('compareFingerprint: what the clerk read from the paper form, group by group', () => {
  it.each([
    ['the same, spaced', formatFingerprint(KEY), { kind: 'match' }],
    ['the same, upper case with dashes', groups.join('-').toUpperCase(), { kind: 'match' }],
    ['the same, typed together', KEY, { kind: 'match' }],
    ['group 3 misread', withGroup(2, '89ab'.replace('9', '8')), { kind: 'mismatch', groups: [3] }],
    ['groups 1 and 8 misread', groups.map((g, j) => (j === 0 || j === 7 ? 'ffff' : g)).join(' '), { kind: 'mismatch', groups: [1, 8] }],
    ['another key entirely', 'f'.repeat(32), { kind: 'mismatch', groups: [1, 2, 3, 4, 5, 6, 7, 8] }],
    ['a group missing', groups.slice(0, 7).join(' '), { kind: 'malformed', length: 28 }],
    ['a letter that is not hex (o for 0)', withGroup(0, 'o123'), { kind: 'malformed', length: 32 }],
    ['empty', '', { kind: 'malformed', length: 0 }],
  ])('%s', (_name, typed, expected) => {
    expect(compareFingerprint(KEY, typed)).toEqual(expected);
  });
});

describe('fingerprintMismatchMessage never prints the key', () => {
  it.each([
    [{ kind: 'mismatch' as const, groups: [3] }, /không khớp ở nhóm 3 \(đếm từ trái sang\)\. Hãy đọc lại nhóm đó trên phiếu đăng ký khóa của Xã A/],
    [{ kind: 'mismatch' as const, groups: [1, 4, 8] }, /ở nhóm 1, 4 và 8 .* các nhóm đó/],
    [{ kind: 'mismatch' as const, groups: [1, 2, 3, 4, 5, 6, 7, 8] }, /cả 8 nhóm: tệp khóa này không phải khóa ghi trên phiếu/],
    [{ kind: 'malformed' as const, length: 28 }, /cần đủ 8 nhóm.*đã nhập 28 ký tự/],
  ])('%j', (c, re) => {
    const m = fingerprintMismatchMessage(c, 'Xã A');
    expect(m).toMatch(re);
    for (const g of groups) expect(m).not.toContain(g);
  });
});
