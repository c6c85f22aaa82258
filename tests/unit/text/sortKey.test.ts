import { describe, it, expect } from 'vitest';
import { nameSortKey, splitFullName, vietnameseKey } from '../../../src-shared/text';

/** Consecutive pairs of an ordered list: each row asserts key(a) < key(b). */
function pairs(ordered: string[]): Array<[string, string]> {
  return ordered.slice(1).map((b, i) => [ordered[i] ?? '', b]);
}

const ALPHABET = '0 1 9 a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const TONE_ORDER = ['Ha', 'Hà', 'Hả', 'Hã', 'Há', 'Hạ'];
// Every vowel, tones in dictionary order: ngang < huyền < hỏi < ngã < sắc < nặng.
const VOWEL_TONES = [
  'a à ả ã á ạ', 'ă ằ ẳ ẵ ắ ặ', 'â ầ ẩ ẫ ấ ậ', 'e è ẻ ẽ é ẹ', 'ê ề ể ễ ế ệ', 'i ì ỉ ĩ í ị',
  'o ò ỏ õ ó ọ', 'ô ồ ổ ỗ ố ộ', 'ơ ờ ở ỡ ớ ợ', 'u ù ủ ũ ú ụ', 'ư ừ ử ữ ứ ự', 'y ỳ ỷ ỹ ý ỵ',
];

describe('vietnameseKey ordering', () => {
  it.each(pairs(ALPHABET))('letter %s < %s', (a, b) => {
    expect(vietnameseKey(a) < vietnameseKey(b)).toBe(true);
    expect(vietnameseKey(a.toUpperCase()) < vietnameseKey(b)).toBe(true);
  });

  it.each(pairs(TONE_ORDER))('tone tie-break %s < %s', (a, b) => {
    expect(vietnameseKey(a) < vietnameseKey(b)).toBe(true);
    expect(vietnameseKey(a.normalize('NFD')) < vietnameseKey(b.normalize('NFD'))).toBe(true);
  });

  it.each(VOWEL_TONES.flatMap((row) => pairs(row.split(' '))))('vowel tone %s < %s', (a, b) => {
    expect(vietnameseKey(a) < vietnameseKey(b)).toBe(true);
    expect(vietnameseKey(a.normalize('NFD')) < vietnameseKey(b.normalize('NFD'))).toBe(true);
  });

  // Tones never change the letter: all six forms of a vowel share the letter part of the key,
  // and it differs between vowels (catches NFD mark order, e.g. "ặ" = a + U+0323 + U+0306).
  it.each(VOWEL_TONES)('%s share one letter rank', (row) => {
    const letterPart = (w: string): string => vietnameseKey(w).split('\u0002')[0] ?? '';
    const forms = row.split(' ');
    for (const f of forms) {
      expect(letterPart(f)).toBe(letterPart(forms[0] ?? ''));
      expect(letterPart(f.normalize('NFD'))).toBe(letterPart(forms[0] ?? ''));
    }
    const others = VOWEL_TONES.filter((r) => r !== row).map((r) => letterPart(r.split(' ')[0] ?? ''));
    expect(others).not.toContain(letterPart(forms[0] ?? ''));
  });

  it.each([
    // letters decide before tones
    ['Hạc', 'Hặc'],
    ['Hặc', 'Hâc'],
    ['Hộ', 'Hơ'],
    ['Hợ', 'Hu'],
    ['Hự', 'Hy'],
    ['Hạ', 'Hai'],
    ['Anh', 'Ánh'],
    ['Ánh', 'Ăn'],
    ['An', 'Anh'],
    ['Anh', 'Ăn'],
    ['Ăn', 'Ân'],
    ['Ân', 'Ấn'],
    ['Ấn', 'Bình'],
    ['Dung', 'Dũng'],
    ['Dũng', 'Dương'],
    ['Dương', 'Đức'],
    ['Dzung', 'Đào'],
    ['Đức', 'Em'],
    ['Ôn', 'Ơn'],
    ['Uyên', 'Ưng'],
    ['Ưng', 'Vân'],
    // word gaps sort before letters, a prefix before its extensions
    ['', 'A'],
    ['Thị', 'Thị Minh'],
    ['Thị Minh', 'Thịnh'],
    ['Tổ 9', 'Tổ A'],
  ])('%j < %j', (a, b) => {
    expect(vietnameseKey(a) < vietnameseKey(b)).toBe(true);
  });

  it.each([
    ['an', 'AN'],
    ['Nguyễn', 'Nguyễn'.normalize('NFD')],
    ['hoà', 'hòa'], // old vs new tone placement
    ['thuỷ', 'thủy'],
    ['Đặng', '\u00D0ặng'], // Ð look-alike
    ['Thị  Minh', 'Thị Minh'],
  ])('%j and %j get the same key', (a, b) => {
    expect(vietnameseKey(a)).toBe(vietnameseKey(b));
  });

  it('keys are plain low ASCII (same order in JS and SQLite BINARY)', () => {
    for (const w of ['Nguyễn Thị Minh Khai', 'Đặng', 'Ưng', '東京', 'Straße', '']) {
      expect(vietnameseKey(w)).toMatch(/^[\x01-\x7e]*$/);
    }
  });

  it('other letters sort after z, deterministically', () => {
    expect(vietnameseKey('z') < vietnameseKey('ß')).toBe(true);
    expect(vietnameseKey('東京')).toBe(vietnameseKey('東京'));
  });
});

// Expected Vietnamese list order: by tên, then tên đệm, then họ.
const ORDERED_NAMES = [
  'An',
  'Lê An',
  'Nguyễn Văn An',
  'Trần Văn An',
  'Lê Thị Anh',
  'Nguyễn Thị Minh Anh',
  'Phạm Thị Ánh',
  'Vũ Ngọc Ân',
  'Đỗ Văn Ấn',
  'Bùi Thị Bình',
  'Lê Thị Bình',
  'Nguyễn Văn Bình',
  'Hồ Văn Dung',
  'Nguyễn Văn Dũng',
  'Trần Văn Dũng',
  'Đặng Văn Dương',
  'Đỗ Thị Đức',
  'Dương Văn Đức',
  'Đặng Văn Đức',
  'Nguyễn Thu Hà',
  'Trần Thị Hạ',
  'Phan Thanh Hải',
  'Trịnh Xuân Vinh',
  'Hoàng Thị Xuân',
  'Lương Thị Yến',
];

// A fixed scramble (reverse, then interleave) so the test never depends on input order.
function scramble<T>(xs: T[]): T[] {
  const r = [...xs].reverse();
  return [...r.filter((_, i) => i % 2 === 0), ...r.filter((_, i) => i % 2 === 1)];
}

function sortByName(names: string[]): string[] {
  return names
    .map((n) => ({ n, k: nameSortKey(splitFullName(n)) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((x) => x.n);
}

describe('nameSortKey', () => {
  it('sorts realistic full names in Vietnamese order', () => {
    expect(sortByName(scramble(ORDERED_NAMES))).toEqual(ORDERED_NAMES);
  });

  it('sorts NFD input the same way', () => {
    const nfd = ORDERED_NAMES.map((n) => n.normalize('NFD'));
    expect(sortByName(scramble(nfd))).toEqual(nfd);
  });

  it('sorts a mix of NFC and NFD input', () => {
    const mixed = ORDERED_NAMES.map((n, i) => (i % 2 ? n.normalize('NFD') : n));
    expect(sortByName(scramble(mixed))).toEqual(mixed);
  });

  it('default Array.sort on keys agrees (binary comparison)', () => {
    const keys = ORDERED_NAMES.map((n) => nameSortKey(splitFullName(n)));
    expect([...scramble(keys)].sort()).toEqual(keys);
  });

  it.each(pairs(ORDERED_NAMES))('%s < %s', (a, b) => {
    expect(nameSortKey(splitFullName(a)) < nameSortKey(splitFullName(b))).toBe(true);
  });

  it.each([
    // [earlier, later, why]
    [
      { familyName: '', middleName: '', givenName: '' },
      { familyName: '', middleName: '', givenName: 'A' },
      'empty given first',
    ],
    [
      { familyName: 'Nguyễn', middleName: '', givenName: 'An' },
      { familyName: 'A', middleName: 'A', givenName: 'An' },
      'empty middle first',
    ],
    [
      { familyName: '', middleName: 'Văn', givenName: 'An' },
      { familyName: 'A', middleName: 'Văn', givenName: 'An' },
      'empty family first',
    ],
    [
      { familyName: 'Á', middleName: 'Á', givenName: 'An' },
      { familyName: 'A', middleName: 'A', givenName: 'Án' },
      'given tone outranks middle and family letters',
    ],
    [
      { familyName: 'Ý', middleName: 'Ý', givenName: 'Ân' },
      { familyName: 'A', middleName: 'A', givenName: 'Ấn' },
      'given decides before middle/family',
    ],
  ])('%o < %o (%s)', (a, b) => {
    expect(nameSortKey(a) < nameSortKey(b)).toBe(true);
  });
});
