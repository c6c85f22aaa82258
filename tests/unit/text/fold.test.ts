import { describe, it, expect } from 'vitest';
import { cleanText, fold, foldTokens, nfc } from '../../../src-shared/text';

// Every Vietnamese vowel with every tone, precomposed (NFC): ngang, huyền, hỏi, ngã, sắc, nặng.
const VOWEL_TONES: Array<[base: string, forms: string]> = [
  ['a', 'a à ả ã á ạ'],
  ['a', 'ă ằ ẳ ẵ ắ ặ'],
  ['a', 'â ầ ẩ ẫ ấ ậ'],
  ['e', 'e è ẻ ẽ é ẹ'],
  ['e', 'ê ề ể ễ ế ệ'],
  ['i', 'i ì ỉ ĩ í ị'],
  ['o', 'o ò ỏ õ ó ọ'],
  ['o', 'ô ồ ổ ỗ ố ộ'],
  ['o', 'ơ ờ ở ỡ ớ ợ'],
  ['u', 'u ù ủ ũ ú ụ'],
  ['u', 'ư ừ ử ữ ứ ự'],
  ['y', 'y ỳ ỷ ỹ ý ỵ'],
];

// One row per (letter, case, normalization form): 12 × 6 × 2 × 2 = 288 rows.
const LETTER_ROWS = VOWEL_TONES.flatMap(([base, forms]) =>
  forms.split(' ').flatMap((lower) =>
    [lower, lower.toUpperCase()].flatMap((letter) => [
      { letter, form: 'NFC' as const, base },
      { letter, form: 'NFD' as const, base },
    ]),
  ),
);

describe('fold: every vowel × tone × case × form', () => {
  it('table is complete and written precomposed', () => {
    expect(LETTER_ROWS).toHaveLength(288);
    for (const [, forms] of VOWEL_TONES) {
      for (const f of forms.split(' ')) {
        expect(f).toHaveLength(1);
        expect(f.normalize('NFC')).toBe(f);
        expect(f.toUpperCase()).not.toBe(f);
      }
    }
  });

  it.each(LETTER_ROWS)('$letter ($form) → $base', ({ letter, form, base }) => {
    const input = letter.normalize(form);
    expect(fold(input)).toBe(base);
  });
});

describe('fold: d look-alikes', () => {
  it.each([
    ['đ', 'd'],
    ['Đ', 'd'],
    ['\u00D0', 'd'], // Ð
    ['\u00F0', 'd'], // ð
    ['\u0189', 'd'], // Ɖ
    ['\u0256', 'd'], // ɖ
    ['Đặng Đức Độ', 'dang duc do'],
    ['\u00D0ặng', 'dang'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('fold: phrases', () => {
  it.each([
    ['Nguyễn Văn', 'nguyen van'],
    ['Nguyễn Văn'.normalize('NFD'), 'nguyen van'],
    ['  NGUYỄN\t\u00A0THỊ   MINH KHAI  ', 'nguyen thi minh khai'],
    ['Thủ tướng Chính phủ', 'thu tuong chinh phu'],
    ['Huân chương Lao động hạng Ba', 'huan chuong lao dong hang ba'],
    ['Chiến sĩ thi đua cơ sở', 'chien si thi dua co so'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it.each(['Nguyễn Văn', 'Đặng Thị Ánh Tuyết', 'Ứng Hoà', 'Trường THPT Lê Quý Đôn'])(
    'NFC and NFD of %s fold identically',
    (s) => {
      expect(s.normalize('NFD')).not.toBe(s.normalize('NFC'));
      expect(fold(s.normalize('NFD'))).toBe(fold(s.normalize('NFC')));
    },
  );
});

describe('foldTokens', () => {
  it.each([
    ['Nguyễn Văn An', ['nguyen', 'van', 'an']],
    ['Nguyễn-Văn, An!', ['nguyen', 'van', 'an']],
    ['  Đội 3 (Tổ 12)  ', ['doi', '3', 'to', '12']],
    ['Q.Đống Đa / TP.Hà Nội', ['q', 'dong', 'da', 'tp', 'ha', 'noi']],
    ['', []],
    [' -- ', []],
  ])('%j → %j', (input, expected) => {
    expect(foldTokens(input)).toEqual(expected);
    expect(foldTokens(input.normalize('NFD'))).toEqual(expected);
  });
});

describe('nfc / cleanText', () => {
  it('nfc composes NFD input', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(nfc(nfd)).toBe('Nguyễn'.normalize('NFC'));
    expect(nfc(nfd)).toHaveLength(6);
  });

  it.each([
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    ['Nguyễn\tVăn\nAn', 'Nguyễn Văn An'],
    ['Nguyễn\u00A0\u00A0Văn\u2003An', 'Nguyễn Văn An'],
    ['\uFEFFNguyễn\u200B Văn\u0000 An\u0007', 'Nguyễn Văn An'],
    ['Ng\u0085uyễn', 'Ng uyễn'],
    ['Nguyễn Văn An'.normalize('NFD'), 'Nguyễn Văn An'.normalize('NFC')],
    ['', ''],
    [' \t\r\n ', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});
