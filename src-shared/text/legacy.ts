/**
 * Legacy Vietnamese 8-bit encodings: TCVN3 (ABC) and VNI-Windows.
 *
 * Clerks' old Excel lists were typed with fonts that draw Vietnamese letters at Latin-1
 * positions: TCVN3 fonts `.VnTime`, `.VnArial`… (and their all-capitals twins `.VnTimeH`,
 * `.VnArialH`…), VNI fonts `VNI-Times`, `VNI-Helve`… Read back (e.g. by exceljs from an
 * .xlsx) such a cell is the Windows-1252 reading of the legacy bytes: "NguyÔn V¨n An"
 * (TCVN3) or "Nguyeãn Vaên An" (VNI) for "Nguyễn Văn An". This module converts between
 * those strings and NFC Unicode. Pure: no Node, DOM or package imports.
 *
 * Sources of the tables (four independent public tables agree on every letter below):
 * - UniKey's VnConv library (Pham Kim Long), `data.cpp`, as shipped in fcitx/fcitx5-unikey
 *   `unikey/data.cpp`: `SingleByteTables` (TCVN3) and `DoubleByteTables` (VNI-WIN, one
 *   word per letter: low byte = base letter, high byte = mark).
 * - xvnkb (Dao Hai Lam), `tcvn.h` and `vni.h` (github.com/lamdao/xvnkb).
 * - XFree86 X-TrueType `TCVNtoUCS2.c` (TCVN 5712, as in apple-open-source/macos): its
 *   lowercase letters and Ă Â Ê Ô Ơ Ư Đ (0xA1–0xAE, 0xB5–0xFE) are the TCVN3 ones below.
 * - duydev/vietnamese-conversion `src/charsets.ts` (VNI and TCVN3 lowercase).
 *
 * TCVN3 here is the "ABC"/VN3 form used by the .Vn* fonts, as UniKey converts it: the 7
 * capitals Ă Â Ê Ô Ơ Ư Đ exist (0xA1–0xA7), capitals with a tone mark do not; an `H` font
 * draws every code as a capital, so uppercase text is stored with the lowercase codes.
 * The TCVN 5712 "VN1" capitals at 0x01–0x17 / 0x80–0x9F / 0xAF… are not decoded: UniKey
 * (and the .Vn* fonts) treat 0x80–0x9F as the ordinary Windows-1252 symbols.
 */

import { nfc } from './normalize';

export type LegacyEncoding = 'unicode' | 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------------------
// Shared letter inventory
// ---------------------------------------------------------------------------------------

/** Tone order used by every table in this file: ngang, huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

type Vowel = 'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y';
type SixTones<T> = readonly [T, T, T, T, T, T];

/** Precomposed (NFC) lowercase letter for a vowel and a tone index (0–5). */
function letter(vowel: Vowel, tone: number): string {
  return (vowel + (TONE_MARKS[tone] ?? '')).normalize('NFC');
}

// ---------------------------------------------------------------------------------------
// Windows-1252 bytes 0x80–0x9F
// ---------------------------------------------------------------------------------------

/**
 * Windows-1252 characters for bytes 0x80–0x9F (undefined bytes 0x81 0x8D 0x8F 0x90 0x9D
 * absent). Neither TCVN3 nor VNI puts letters there, so a reader that produced the raw C1
 * code point (Latin-1 reading) is normalized to the character a cp1252 reader produces.
 */
const CP1252_C1: ReadonlyMap<string, string> = new Map(
  (
    [
      [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026],
      [0x86, 0x2020], [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160],
      [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019],
      [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
      [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153],
      [0x9e, 0x017e], [0x9f, 0x0178],
    ] as const
  ).map(([byte, cp]) => [String.fromCharCode(byte), String.fromCharCode(cp)]),
);

// ---------------------------------------------------------------------------------------
// TCVN3 (ABC)
// ---------------------------------------------------------------------------------------

/** TCVN3 byte of each lowercase vowel × tone (tone order as TONE_MARKS). */
const TCVN3_VOWELS: Readonly<Record<Vowel, SixTones<number>>> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
/** The only capitals TCVN3 (ABC) has, plus đ. */
const TCVN3_OTHERS: ReadonlyArray<readonly [string, number]> = [
  ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
  ['đ', 0xae],
];

/** Legacy character (as read via cp1252) → Unicode letter; ASCII letters omitted. */
const TCVN3_DECODE = new Map<string, string>();
/** Unicode letter (NFC) → legacy character; lowercase letters and the 7 capitals. */
const TCVN3_ENCODE = new Map<string, string>();
for (const [vowel, bytes] of Object.entries(TCVN3_VOWELS) as Array<[Vowel, SixTones<number>]>) {
  bytes.forEach((byte, tone) => {
    if (byte < 0x80) return; // plain a e i o u y
    const ch = String.fromCharCode(byte);
    TCVN3_DECODE.set(ch, letter(vowel, tone));
    TCVN3_ENCODE.set(letter(vowel, tone), ch);
  });
}
for (const [uni, byte] of TCVN3_OTHERS) {
  TCVN3_DECODE.set(String.fromCharCode(byte), uni);
  TCVN3_ENCODE.set(uni, String.fromCharCode(byte));
}

/** Decoding plus how many Latin-1 characters (U+00A1–U+00FF) had no TCVN3 meaning. */
function decodeTcvn3Counting(s: string): { text: string; stray: number } {
  let out = '';
  let stray = 0;
  for (const ch of s) {
    const mapped = TCVN3_DECODE.get(ch) ?? CP1252_C1.get(ch);
    if (mapped !== undefined) out += mapped;
    else {
      const code = ch.charCodeAt(0);
      if (code >= 0xa1 && code <= 0xff) stray++;
      out += ch;
    }
  }
  return { text: out, stray };
}

/**
 * TCVN3 (ABC) text, as read through Windows-1252 (or Latin-1), → NFC Unicode.
 * `uppercase`: the cell used an all-capitals `H` font (.VnTimeH…), which draws every
 * code, lowercase ones included, as a capital: the result is uppercased.
 * Characters with no TCVN3 meaning (ASCII, unused Latin-1 positions, anything above
 * U+00FF, e.g. already-Unicode text) pass through; raw C1 code points U+0080–U+009F
 * become their Windows-1252 characters.
 */
export function decodeTcvn3(s: string, opts?: { uppercase?: boolean }): string {
  const text = nfc(decodeTcvn3Counting(s).text);
  return opts?.uppercase ? text.toUpperCase() : text;
}

/**
 * NFC Unicode → TCVN3 string as exceljs reads it (each legacy byte as its Windows-1252
 * character: plain vowels stay ASCII, every other Vietnamese letter is in U+00A1–U+00FE).
 *
 * Capitals with a tone mark (Á Ấ Ễ Ủ Ỵ…) do not exist in TCVN3 (ABC):
 * - `{ uppercaseFont: true }`: the text is meant for an `H` font (.VnTimeH), which draws
 *   lowercase codes as capitals, so every letter (ASCII too) is written with its
 *   lowercase code; decode it back with `{ uppercase: true }`.
 * - otherwise a `RangeError` names the first such letter. (UniKey silently writes the
 *   lowercase code, losing the capital; lowercase the letter first to get that.)
 * Characters outside the Vietnamese repertoire pass through unchanged; Latin-1 ones
 * (e.g. "ü") then read back as the TCVN3 letter at that position.
 */
export function encodeTcvn3(s: string, opts?: { uppercaseFont?: boolean }): string {
  const src = nfc(opts?.uppercaseFont ? s.toLowerCase() : s);
  let out = '';
  for (const ch of src) {
    const mapped = TCVN3_ENCODE.get(ch);
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lower = ch.toLowerCase();
    if (lower !== ch && TCVN3_ENCODE.has(lower)) {
      throw new RangeError(
        `TCVN3 has no capital "${ch}" (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}): ` +
          'use { uppercaseFont: true } for an H font (.VnTimeH) or lowercase it',
      );
    }
    out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// VNI-Windows
// ---------------------------------------------------------------------------------------

// Mark characters, lowercase forms (the capital forms are their Latin-1 uppercase,
// 0x20 lower: ù/Ù 0xF9/0xD9, …), in TONE_MARKS order (the first entry is "no mark").
/** Tone marks alone: huyền ø, hỏi û, ngã õ, sắc ù, nặng ï. */
const VNI_TONE: SixTones<string> = ['', '\u00f8', '\u00fb', '\u00f5', '\u00f9', '\u00ef'];
/** Circumflex (â) alone and fused with each tone: à å ã á ä. */
const VNI_CIRCUMFLEX: SixTones<string> = ['\u00e2', '\u00e0', '\u00e5', '\u00e3', '\u00e1', '\u00e4'];
/** Breve (ê) alone and fused with each tone: è ú ü é ë. */
const VNI_BREVE: SixTones<string> = ['\u00ea', '\u00e8', '\u00fa', '\u00fc', '\u00e9', '\u00eb'];

/** Lowercase VNI spelling of every vowel × tone. */
const VNI_VOWELS: Readonly<Record<Vowel, SixTones<string>>> = {
  a: sixTones('a', VNI_TONE),
  ă: sixTones('a', VNI_BREVE),
  â: sixTones('a', VNI_CIRCUMFLEX),
  e: sixTones('e', VNI_TONE),
  ê: sixTones('e', VNI_CIRCUMFLEX),
  // i with a tone is one character: ì 0xEC, ỉ 0xE6, ĩ 0xF3, í 0xED, ị 0xF2.
  i: ['i', '\u00ec', '\u00e6', '\u00f3', '\u00ed', '\u00f2'],
  o: sixTones('o', VNI_TONE),
  ô: sixTones('o', VNI_CIRCUMFLEX),
  ơ: sixTones('\u00f4', VNI_TONE), // ơ is ô 0xF4
  u: sixTones('u', VNI_TONE),
  ư: sixTones('\u00f6', VNI_TONE), // ư is ö 0xF6
  // ỵ is one character: î 0xEE.
  y: ['y', 'y\u00f8', 'y\u00fb', 'y\u00f5', 'y\u00f9', '\u00ee'],
};
const VNI_D = '\u00f1'; // đ is ñ 0xF1, Đ is Ñ 0xD1

function sixTones(base: string, marks: SixTones<string>): SixTones<string> {
  return [base + marks[0], base + marks[1], base + marks[2], base + marks[3], base + marks[4], base + marks[5]];
}

/** Every character that is only ever a mark in VNI (both cases). */
const VNI_MARK_CHARS = new Set(
  [...VNI_TONE, ...VNI_CIRCUMFLEX, ...VNI_BREVE].filter((m) => m !== '').flatMap((m) => [m, m.toUpperCase()]),
);

/** VNI spelling (1 or 2 characters) → Unicode letter; both cases. */
const VNI_DECODE = new Map<string, string>();
/** Unicode letter (NFC) → VNI spelling; both cases. */
const VNI_ENCODE = new Map<string, string>();
function addVni(uni: string, vni: string): void {
  for (const [u, v] of [
    [uni, vni],
    [uni.toUpperCase(), vni.toUpperCase()],
  ] as const) {
    if (v.length > 1 || v !== u) VNI_DECODE.set(v, u);
    VNI_ENCODE.set(u, v);
  }
  // Lenient reading: a capital base with a lowercase mark, or the reverse.
  if (vni.length === 2) {
    const base = vni.charAt(0);
    const mark = vni.charAt(1);
    VNI_DECODE.set(base + mark.toUpperCase(), uni);
    VNI_DECODE.set(base.toUpperCase() + mark, uni.toUpperCase());
  }
}
for (const [vowel, spellings] of Object.entries(VNI_VOWELS) as Array<[Vowel, SixTones<string>]>) {
  spellings.forEach((vni, tone) => addVni(letter(vowel, tone), vni));
}
addVni('đ', VNI_D);

/** Decoding plus how many VNI mark characters were not attached to a base letter. */
function decodeVniCounting(s: string): { text: string; stray: number } {
  let out = '';
  let stray = 0;
  let i = 0;
  while (i < s.length) {
    const two = VNI_DECODE.get(s.slice(i, i + 2));
    if (two !== undefined && i + 1 < s.length) {
      out += two;
      i += 2;
      continue;
    }
    const ch = s.charAt(i);
    const one = VNI_DECODE.get(ch) ?? CP1252_C1.get(ch);
    if (one !== undefined) out += one;
    else {
      if (VNI_MARK_CHARS.has(ch)) stray++;
      out += ch;
    }
    i += 1;
  }
  return { text: out, stray };
}

/**
 * VNI-Windows text, as read through Windows-1252 (or Latin-1), → NFC Unicode.
 * A base letter followed by its mark character(s) becomes one letter ("eã" → "ễ");
 * a mark in the other case than its base is accepted ("aÙ" → "á"). Marks with no base,
 * ASCII and anything above U+00FF pass through; raw C1 code points U+0080–U+009F become
 * their Windows-1252 characters.
 */
export function decodeVni(s: string): string {
  return nfc(decodeVniCounting(s).text);
}

/**
 * NFC Unicode → VNI-Windows string as exceljs reads it. VNI has every capital (the marks
 * have capital forms), so this is lossless for the Vietnamese repertoire. Other
 * characters pass through unchanged (Latin-1 ones such as "ù" then read back as marks).
 */
export function encodeVni(s: string): string {
  let out = '';
  for (const ch of nfc(s)) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------------------------------
// Fonts
// ---------------------------------------------------------------------------------------

/** Common fonts whose text is Unicode (lowercase, single spaces). */
const UNICODE_FONTS = new Set([
  'times new roman', 'arial', 'arial narrow', 'arial unicode ms', 'arial black',
  'calibri', 'calibri light', 'cambria', 'cambria math', 'candara', 'consolas', 'constantia',
  'corbel', 'courier new', 'georgia', 'palatino linotype', 'book antiqua', 'segoe ui',
  'tahoma', 'verdana', 'microsoft sans serif', 'trebuchet ms', 'aptos', 'aptos narrow',
  'aptos display', 'roboto', 'noto sans', 'noto serif', 'liberation sans', 'liberation serif',
  'dejavu sans', 'dejavu serif', 'helvetica', 'helvetica neue',
]);

function normalizeFontName(fontName: string | null | undefined): string {
  return (fontName ?? '').trim().replace(/\s+/g, ' ');
}

/**
 * Encoding implied by a cell's font name: `.Vn…` (ABC fonts: .VnTime, .VnArial,
 * .VnTimeH…) → 'tcvn3'; `VNI-…` / `VNI …` (VNI-Times, VNI-Helve, VNI-Top…) → 'vni'; a
 * known Unicode font (Times New Roman, Arial, Calibri…) → 'unicode'; otherwise null.
 * Case-insensitive.
 */
export function encodingFromFont(fontName: string | null | undefined): LegacyEncoding | null {
  const name = normalizeFontName(fontName).toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (/^vni[-_ ]/.test(name)) return 'vni';
  if (UNICODE_FONTS.has(name)) return 'unicode';
  return null;
}

/**
 * A TCVN3 all-capitals font: `.Vn…H` (.VnTimeH, .VnArialH, .VnArial NarrowH…). The final
 * H must be a capital (".VnSmith" would not count) unless the whole name is lowercase.
 */
export function isUppercaseFont(fontName: string | null | undefined): boolean {
  const name = normalizeFontName(fontName);
  if (!/^\.vn./i.test(name)) return false;
  return name.endsWith('H') || (name === name.toLowerCase() && name.endsWith('h'));
}

// ---------------------------------------------------------------------------------------
// Guessing
// ---------------------------------------------------------------------------------------

// Characters that only Unicode text can contain: Vietnamese letters above U+00FF and
// combining marks (NFD input). A legacy string read through cp1252 never has them.
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[\u0300-\u036f]/;
// Candidate words: letters of ASCII and Latin-1 (where both legacy encodings live).
const WORD = /[A-Za-z\u00a1-\u00ff]+/g;

const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Vowel nuclei (without tone), longest first so the regex tries them first.
const NUCLEI = [
  'iêu', 'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi',
  'oo', 'ôi', 'ơi', 'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'uy', 'ưa', 'ưi', 'ươ', 'ưu', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:${NUCLEI.join('|')})(ch|nh|ng|[cmnpt])?$`,
);

/** Loose check that a word is one Vietnamese syllable (any case, NFC or NFD). */
function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_RE) ?? [];
  if (tones.length > 1) return false;
  const bare = decomposed.replace(TONE_RE, '').normalize('NFC');
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  // A stop coda (c ch p t) only takes sắc or nặng.
  const coda = m[1];
  if (coda !== undefined && /^(c|ch|p|t)$/.test(coda)) {
    return tones[0] === '\u0301' || tones[0] === '\u0323';
  }
  return true;
}

/**
 * Heuristic encoding of a text without font information. Plain ASCII and text with
 * Unicode-only Vietnamese letters → 'unicode'. Otherwise each word holding a Latin-1
 * letter is read three ways (as is, as TCVN3, as VNI) and each reading scores the words
 * that come out as well-formed Vietnamese syllables with no leftover legacy characters;
 * the best score wins, ties going to 'unicode', then 'tcvn3'.
 */
export function guessEncoding(s: string): LegacyEncoding {
  if (/^[\u0000-\u007f]*$/.test(s) || UNICODE_ONLY.test(s)) return 'unicode';
  let unicode = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const word of s.match(WORD) ?? []) {
    if (!/[^A-Za-z]/.test(word)) continue; // ASCII words say nothing
    if (isVietnameseSyllable(word)) unicode++;
    const t = decodeTcvn3Counting(word);
    if (t.stray === 0 && isVietnameseSyllable(t.text)) tcvn3++;
    const v = decodeVniCounting(word);
    if (v.stray === 0 && isVietnameseSyllable(v.text)) vni++;
  }
  if (unicode >= tcvn3 && unicode >= vni) return 'unicode';
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** Text in `enc` → NFC Unicode. `uppercase` applies to TCVN3 (an `H` font). */
export function toUnicode(s: string, enc: LegacyEncoding, opts?: { uppercase?: boolean }): string {
  switch (enc) {
    case 'tcvn3':
      return decodeTcvn3(s, opts);
    case 'vni':
      return decodeVni(s);
    case 'unicode':
      return nfc(s);
  }
}
