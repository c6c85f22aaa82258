import { describe, it, expect } from 'vitest';
import {
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  encodingFromFont,
  guessEncoding,
  isUppercaseFont,
  toUnicode,
  type LegacyEncoding,
} from '../../../src-shared/text';

// What exceljs hands back for a legacy cell: each byte read as Windows-1252. Written out
// here rather than using TextDecoder('windows-1252'), which in Node 20 decodes 0x80–0x9F
// as Latin-1 (raw C1 code points). Undefined bytes 0x81 0x8D 0x8F 0x90 0x9D stay C1.
const CP1252_80_9F =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f' + '\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteToText = (b: number): string =>
  b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charAt(b - 0x80) : String.fromCharCode(b);
const bytesToText = (bytes: number[]): string => bytes.map(byteToText).join('');

// ---------------------------------------------------------------------------------------
// Reference tables, transcribed independently of the implementation: UniKey VnConv
// `data.cpp` order (base, sắc, huyền, hỏi, ngã, nặng; the implementation uses ngang,
// huyền, hỏi, ngã, sắc, nặng), as raw legacy bytes. Cross-checked against xvnkb
// tcvn.h / vni.h and XFree86 TCVNtoUCS2.c.
// ---------------------------------------------------------------------------------------

/** Lowercase letters, UniKey order: base, sắc, huyền, hỏi, ngã, nặng. */
const UNIKEY_ROWS: Array<[name: string, letters: string]> = [
  ['a', 'a á à ả ã ạ'],
  ['â', 'â ấ ầ ẩ ẫ ậ'],
  ['ă', 'ă ắ ằ ẳ ẵ ặ'],
  ['e', 'e é è ẻ ẽ ẹ'],
  ['ê', 'ê ế ề ể ễ ệ'],
  ['i', 'i í ì ỉ ĩ ị'],
  ['o', 'o ó ò ỏ õ ọ'],
  ['ô', 'ô ố ồ ổ ỗ ộ'],
  ['ơ', 'ơ ớ ờ ở ỡ ợ'],
  ['u', 'u ú ù ủ ũ ụ'],
  ['ư', 'ư ứ ừ ử ữ ự'],
  ['y', 'y ý ỳ ỷ ỹ ỵ'],
];

/** TCVN3 byte per letter of UNIKEY_ROWS (UniKey SingleByteTables "TCVN3"). */
const TCVN3_REF: Record<string, number[]> = {
  a: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  e: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const TCVN3_CAPITALS_REF: Array<[string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7], ['đ', 0xae],
];

/** VNI-WIN words per letter of UNIKEY_ROWS, lowercase then uppercase (UniKey DoubleByteTables). */
const VNI_REF: Record<string, [lower: number[], upper: number[]]> = {
  a: [[0x0061, 0xf961, 0xf861, 0xfb61, 0xf561, 0xef61], [0x0041, 0xd941, 0xd841, 0xdb41, 0xd541, 0xcf41]],
  â: [[0xe261, 0xe161, 0xe061, 0xe561, 0xe361, 0xe461], [0xc241, 0xc141, 0xc041, 0xc541, 0xc341, 0xc441]],
  ă: [[0xea61, 0xe961, 0xe861, 0xfa61, 0xfc61, 0xeb61], [0xca41, 0xc941, 0xc841, 0xda41, 0xdc41, 0xcb41]],
  e: [[0x0065, 0xf965, 0xf865, 0xfb65, 0xf565, 0xef65], [0x0045, 0xd945, 0xd845, 0xdb45, 0xd545, 0xcf45]],
  ê: [[0xe265, 0xe165, 0xe065, 0xe565, 0xe365, 0xe465], [0xc245, 0xc145, 0xc045, 0xc545, 0xc345, 0xc445]],
  i: [[0x0069, 0x00ed, 0x00ec, 0x00e6, 0x00f3, 0x00f2], [0x0049, 0x00cd, 0x00cc, 0x00c6, 0x00d3, 0x00d2]],
  o: [[0x006f, 0xf96f, 0xf86f, 0xfb6f, 0xf56f, 0xef6f], [0x004f, 0xd94f, 0xd84f, 0xdb4f, 0xd54f, 0xcf4f]],
  ô: [[0xe26f, 0xe16f, 0xe06f, 0xe56f, 0xe36f, 0xe46f], [0xc24f, 0xc14f, 0xc04f, 0xc54f, 0xc34f, 0xc44f]],
  ơ: [[0x00f4, 0xf9f4, 0xf8f4, 0xfbf4, 0xf5f4, 0xeff4], [0x00d4, 0xd9d4, 0xd8d4, 0xdbd4, 0xd5d4, 0xcfd4]],
  u: [[0x0075, 0xf975, 0xf875, 0xfb75, 0xf575, 0xef75], [0x0055, 0xd955, 0xd855, 0xdb55, 0xd555, 0xcf55]],
  ư: [[0x00f6, 0xf9f6, 0xf8f6, 0xfbf6, 0xf5f6, 0xeff6], [0x00d6, 0xd9d6, 0xd8d6, 0xdbd6, 0xd5d6, 0xcfd6]],
  y: [[0x0079, 0xf979, 0xf879, 0xfb79, 0xf579, 0x00ee], [0x0059, 0xd959, 0xd859, 0xdb59, 0xd559, 0x00ce]],
};
const VNI_D_REF: Array<[string, number]> = [['đ', 0x00f1], ['Đ', 0x00d1]];

/** UniKey double-byte word: low byte = base character, high byte = mark (if any). */
const vniWordText = (word: number): string =>
  bytesToText(word > 0xff ? [word & 0xff, word >> 8] : [word]);

// One row per letter × case: (letter, TCVN3 text, VNI text), all from the reference tables.
type RefRow = { letter: string; tcvn3: string | null; vni: string };
const REF_ROWS: RefRow[] = UNIKEY_ROWS.flatMap(([name, letters]) => {
  const tcvn = TCVN3_REF[name];
  const vni = VNI_REF[name];
  if (!tcvn || !vni) throw new Error(`missing reference row ${name}`);
  return letters.split(' ').flatMap((lower, i) => {
    const upper = lower.toUpperCase();
    const tcvnByte = tcvn[i] ?? -1;
    const capital = TCVN3_CAPITALS_REF.find(([u]) => u === upper);
    return [
      { letter: lower, tcvn3: bytesToText([tcvnByte]), vni: vniWordText(vni[0][i] ?? -1) },
      {
        letter: upper,
        // Capitals: only plain A E I O U Y and Ă Â Ê Ô Ơ Ư exist in TCVN3 (ABC).
        tcvn3: capital ? bytesToText([capital[1]]) : tcvnByte < 0x80 ? upper : null,
        vni: vniWordText(vni[1][i] ?? -1),
      },
    ];
  });
}).concat(
  VNI_D_REF.map(([letter, word]) => ({
    letter,
    tcvn3: bytesToText([TCVN3_CAPITALS_REF.find(([u]) => u === letter)?.[1] ?? -1]),
    vni: vniWordText(word),
  })),
);

describe('reference tables', () => {
  it('cover every Vietnamese letter: 12 vowels × 6 tones × 2 cases + đ Đ', () => {
    expect(REF_ROWS).toHaveLength(146);
    expect(new Set(REF_ROWS.map((r) => r.letter)).size).toBe(146);
    for (const r of REF_ROWS) expect(r.letter.normalize('NFC')).toBe(r.letter);
  });

  it('TCVN3 codes are distinct and legacy text stays within Latin-1', () => {
    const codes = REF_ROWS.flatMap((r) => (r.tcvn3 && r.tcvn3.charCodeAt(0) >= 0x80 ? [r.tcvn3] : []));
    // 60 toned lowercase + ă â ê ô ơ ư đ + Ă Â Ê Ô Ơ Ư Đ; plain vowels are ASCII.
    // (ý is 0xFD in TCVN3 as in Latin-1: the one letter whose legacy form is itself.)
    expect(new Set(codes).size).toBe(74);
    for (const c of codes) expect(c.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    for (const r of REF_ROWS) expect(r.vni).toMatch(/^[\u0020-\u007e\u00a0-\u00ff]{1,2}$/);
  });
});

// ---------------------------------------------------------------------------------------
// Every letter: encoder output matches the references; decode(encode(x)) === x
// ---------------------------------------------------------------------------------------

describe('TCVN3: every letter', () => {
  const withCode = REF_ROWS.filter((r): r is RefRow & { tcvn3: string } => r.tcvn3 !== null);
  const capitalsWithoutCode = REF_ROWS.filter((r) => r.tcvn3 === null);

  it('partition: 146 letters = 86 with a code + 60 capitals only an H font can show', () => {
    expect(withCode).toHaveLength(86);
    expect(capitalsWithoutCode).toHaveLength(60);
  });

  it.each(withCode)('$letter ↔ $tcvn3', ({ letter, tcvn3 }) => {
    expect(encodeTcvn3(letter)).toBe(tcvn3);
    expect(decodeTcvn3(tcvn3)).toBe(letter);
    expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
  });

  it.each(capitalsWithoutCode)('$letter: no TCVN3 capital → RangeError unless H font', ({ letter }) => {
    expect(() => encodeTcvn3(letter)).toThrow(RangeError);
  });

  // H-font path for every capital: stored as the lowercase code, drawn as a capital.
  it.each(REF_ROWS.filter((r) => r.letter !== r.letter.toLowerCase()))(
    'H font: $letter round-trips through the lowercase code',
    ({ letter }) => {
      const lowerRow = REF_ROWS.find((r) => r.letter === letter.toLowerCase());
      const encoded = encodeTcvn3(letter, { uppercaseFont: true });
      expect(encoded).toBe(lowerRow?.tcvn3);
      expect(decodeTcvn3(encoded, { uppercase: true })).toBe(letter);
    },
  );
});

describe('VNI: every letter', () => {
  it.each(REF_ROWS)('$letter ↔ $vni', ({ letter, vni }) => {
    expect(encodeVni(letter)).toBe(vni);
    expect(decodeVni(vni)).toBe(letter);
    expect(decodeVni(encodeVni(letter))).toBe(letter);
  });

  it('a whole alphabet string round-trips (letters side by side do not merge)', () => {
    const all = REF_ROWS.map((r) => r.letter).join('');
    expect(decodeVni(encodeVni(all))).toBe(all);
    const spaced = REF_ROWS.map((r) => r.letter).join(' ');
    expect(decodeVni(encodeVni(spaced))).toBe(spaced);
  });

  it('accepts a mark in the other case than its base', () => {
    expect(decodeVni('aÙ')).toBe('á');
    expect(decodeVni('Aù')).toBe('Á');
    expect(decodeVni('NGUYEãN')).toBe('NGUYỄN');
  });
});

// ---------------------------------------------------------------------------------------
// Real-world samples
// ---------------------------------------------------------------------------------------

describe('decodeTcvn3: real-world samples', () => {
  it.each([
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['§Æng ThÞ Hoa', 'Đặng Thị Hoa'],
    ['Hµ Néi', 'Hà Nội'],
    ['Thµnh phè Hå ChÝ Minh', 'Thành phố Hồ Chí Minh'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tr\u00adêng TiÓu häc Lª Lîi', 'Trường Tiểu học Lê Lợi'],
    ['Phßng Gi¸o dôc vµ §µo t¹o', 'Phòng Giáo dục và Đào tạo'],
    ['B¶o Th¾ng', 'Bảo Thắng'],
    ['B¸t X¸t', 'Bát Xát'],
  ])('%j → %j', (input, expected) => {
    expect(decodeTcvn3(input)).toBe(expected);
    expect(encodeTcvn3(expected)).toBe(input);
  });

  it.each([
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['céng hoµ x· héi chñ nghÜa viÖt nam', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['danh s¸ch khen th\u00adëng', 'DANH SÁCH KHEN THƯỞNG'],
  ])('H font (.VnTimeH): %j → %j', (input, expected) => {
    expect(decodeTcvn3(input, { uppercase: true })).toBe(expected);
    expect(toUnicode(input, 'tcvn3', { uppercase: true })).toBe(expected);
  });

  it('without the H-font flag, capital toned letters come back lowercase (TCVN3 has none)', () => {
    expect(decodeTcvn3('CéNG HOµ')).toBe('CộNG HOà');
  });
});

describe('decodeVni: real-world samples', () => {
  it.each([
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Ñaëng Thò Hoa', 'Đặng Thị Hoa'],
    ['Haø Noäi', 'Hà Nội'],
    ['Thaønh phoá Hoà Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Tröôøng Tieåu hoïc Leâ Lôïi', 'Trường Tiểu học Lê Lợi'],
    ['UÛy ban nhaân daân', 'Ủy ban nhân dân'],
    ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
  ])('%j → %j', (input, expected) => {
    expect(decodeVni(input)).toBe(expected);
    expect(encodeVni(expected)).toBe(input);
  });
});

// ---------------------------------------------------------------------------------------
// Windows-1252 vs raw C1 code points (bytes 0x80–0x9F)
// ---------------------------------------------------------------------------------------

const C1_BYTES = Array.from({ length: 32 }, (_, i) => 0x80 + i);

describe('bytes 0x80–0x9F: cp1252 character and raw C1 code point decode alike', () => {
  it('reference cp1252 row has 32 entries, 27 defined', () => {
    expect(CP1252_80_9F).toHaveLength(32);
    expect([...CP1252_80_9F].filter((c) => c.charCodeAt(0) > 0xff)).toHaveLength(27);
  });

  it.each(C1_BYTES.map((b) => ({ hex: b.toString(16).toUpperCase(), byte: b })))(
    '0x$hex',
    ({ byte }) => {
      const asCp1252 = bytesToText([byte]);
      const asLatin1 = String.fromCharCode(byte);
      for (const decode of [decodeTcvn3, decodeVni]) {
        expect(decode(asCp1252)).toBe(asCp1252);
        expect(decode(asLatin1)).toBe(asCp1252);
      }
    },
  );

  it.each([
    ['\u201cHµ Néi\u201d \u2013 2024\u2026', '\u201cHà Nội\u201d \u2013 2024\u2026'],
    ['\u0093Hµ Néi\u0094 \u0096 2024\u0085', '\u201cHà Nội\u201d \u2013 2024\u2026'],
  ])('TCVN3 in text: %j', (input, expected) => {
    expect(decodeTcvn3(input)).toBe(expected);
  });

  it.each([
    ['\u201cHaø Noäi\u201d \u2013 2024', '\u201cHà Nội\u201d \u2013 2024'],
    ['\u0093Haø Noäi\u0094 \u0096 2024', '\u201cHà Nội\u201d \u2013 2024'],
  ])('VNI in text: %j', (input, expected) => {
    expect(decodeVni(input)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------------------

describe('encodingFromFont / isUppercaseFont', () => {
  it.each<[string | null | undefined, LegacyEncoding | null, boolean]>([
    ['.VnTime', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArial', 'tcvn3', false],
    ['.VnArialH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['.VnArial Narrow', 'tcvn3', false],
    ['.VnAvantH', 'tcvn3', true],
    ['  .VnTime  ', 'tcvn3', false],
    ['.VNTIMEH', 'tcvn3', true],
    ['.vntimeh', 'tcvn3', true],
    ['VNI-Times', 'vni', false],
    ['VNI-Helve', 'vni', false],
    ['VNI-Top', 'vni', false],
    ['VNI-Helve-Condense', 'vni', false],
    ['VNI Times', 'vni', false],
    ['vni-times', 'vni', false],
    ['Times New Roman', 'unicode', false],
    ['times new roman', 'unicode', false],
    ['Times  New   Roman', 'unicode', false],
    ['Arial', 'unicode', false],
    ['Calibri', 'unicode', false],
    ['Tahoma', 'unicode', false],
    ['Segoe UI', 'unicode', false],
    ['Aptos Narrow', 'unicode', false],
    ['Wingdings', null, false],
    ['VNITimes', null, false],
    ['VnTime', null, false],
    ['', null, false],
    [null, null, false],
    [undefined, null, false],
  ])('%j → %s (uppercase font: %s)', (font, enc, upper) => {
    expect(encodingFromFont(font)).toBe(enc);
    expect(isUppercaseFont(font)).toBe(upper);
  });
});

// ---------------------------------------------------------------------------------------
// guessEncoding
// ---------------------------------------------------------------------------------------

describe('guessEncoding', () => {
  it.each<[string, LegacyEncoding]>([
    // Unicode Vietnamese (NFC and NFD), including names made only of Latin-1 letters.
    ['Nguyễn Văn An', 'unicode'],
    ['Nguyễn Văn An'.normalize('NFD'), 'unicode'],
    ['Đặng Thị Hoa', 'unicode'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'unicode'],
    ['Lê Hà', 'unicode'],
    ['Tô Lâm', 'unicode'],
    ['Lý Tú', 'unicode'],
    ['Hà Tây', 'unicode'],
    // ASCII
    ['', 'unicode'],
    ['Nguyen Van An', 'unicode'],
    ['UBND 2024-01-05, To 3', 'unicode'],
    // TCVN3
    ['NguyÔn V¨n An', 'tcvn3'],
    ['§Æng ThÞ Hoa', 'tcvn3'],
    ['Hµ Néi', 'tcvn3'],
    ['Tr\u00adêng TiÓu häc Lª Lîi', 'tcvn3'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3'],
    ['Phßng Gi¸o dôc vµ §µo t¹o', 'tcvn3'],
    // VNI
    ['Nguyeãn Vaên An', 'vni'],
    ['Ñaëng Thò Hoa', 'vni'],
    ['Haø Noäi', 'vni'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni'],
    ['Tröôøng Tieåu hoïc Leâ Lôïi', 'vni'],
  ])('%j → %s', (input, expected) => {
    expect(guessEncoding(input)).toBe(expected);
  });

  it('guessed encoding + toUnicode recovers the text', () => {
    for (const s of ['NguyÔn V¨n An', 'Nguyeãn Vaên An', 'Nguyễn Văn An']) {
      expect(toUnicode(s, guessEncoding(s))).toBe('Nguyễn Văn An');
    }
  });
});

// ---------------------------------------------------------------------------------------
// Identity on ASCII, NFC output, toUnicode
// ---------------------------------------------------------------------------------------

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

describe('plain ASCII is the identity', () => {
  it.each([
    ['decodeTcvn3', (s: string) => decodeTcvn3(s)],
    ['decodeVni', (s: string) => decodeVni(s)],
    ['encodeTcvn3', (s: string) => encodeTcvn3(s)],
    ['encodeVni', (s: string) => encodeVni(s)],
    ['toUnicode tcvn3', (s: string) => toUnicode(s, 'tcvn3')],
    ['toUnicode vni', (s: string) => toUnicode(s, 'vni')],
    ['toUnicode unicode', (s: string) => toUnicode(s, 'unicode')],
  ])('%s', (_name, fn) => {
    expect(fn(PRINTABLE_ASCII)).toBe(PRINTABLE_ASCII);
    expect(fn('Nguyen Van An\t12/03/1980\n')).toBe('Nguyen Van An\t12/03/1980\n');
    expect(fn('')).toBe('');
  });
});

describe('output is NFC', () => {
  it('decoders return NFC even when the input mixes in NFD Unicode', () => {
    const nfdTail = ' Nội'.normalize('NFD');
    for (const out of [decodeTcvn3(`Hµ${nfdTail}`), decodeVni(`Haø${nfdTail}`)]) {
      expect(out).toBe('Hà Nội');
      expect(out.normalize('NFC')).toBe(out);
    }
  });

  it('every decoded letter is NFC; encoders accept NFD input', () => {
    for (const r of REF_ROWS) {
      const d = decodeVni(r.vni);
      expect(d.normalize('NFC')).toBe(d);
      expect(encodeVni(r.letter.normalize('NFD'))).toBe(r.vni);
      if (r.tcvn3 !== null) expect(encodeTcvn3(r.letter.normalize('NFD'))).toBe(r.tcvn3);
    }
  });

  it('toUnicode(unicode) normalizes to NFC', () => {
    expect(toUnicode('Nguyễn'.normalize('NFD'), 'unicode')).toBe('Nguyễn');
  });
});

describe('toUnicode dispatch', () => {
  it.each<[string, LegacyEncoding, string]>([
    ['NguyÔn V¨n An', 'tcvn3', 'Nguyễn Văn An'],
    ['Nguyeãn Vaên An', 'vni', 'Nguyễn Văn An'],
    ['Nguyễn Văn An', 'unicode', 'Nguyễn Văn An'],
    // Letters above U+00FF (here ễ ă) cannot be legacy bytes: they pass through.
    ['Nguyễn Văn An', 'tcvn3', 'Nguyễn Văn An'],
    ['Nguyễn Văn An', 'vni', 'Nguyễn Văn An'],
  ])('%j as %s → %j', (input, enc, expected) => {
    expect(toUnicode(input, enc)).toBe(expected);
  });
});
