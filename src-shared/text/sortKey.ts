/**
 * Sort keys giving Vietnamese dictionary order under plain binary comparison (JS `<`,
 * Array.prototype.sort's default, SQLite BINARY collation). Neither JS nor SQLite knows
 * Vietnamese collation (and Intl is not reliable offline/in SQLite), so we precompute a key
 * and store it in an indexed column.
 *
 * Encoding of one field (vietnameseKey), all ASCII so UTF-8 and UTF-16 orders agree:
 *
 *   <rank chars> 0x02 <tone chars>
 *
 *   rank chars, one per letter/digit, in a single pass over the text:
 *     ' ' (0x20)           gap between words (so "Thị" < "Thị Minh" < "Thịnh")
 *     '0'..'9' (0x30-39)   digits, before all letters
 *     0x41..0x61           the 33 letters of LETTERS below, in Vietnamese order
 *     '~' + 4 chars        any other letter: '~' (0x7E) then its lowercase code point in
 *                          base 64, digits 0x30..0x6F, so these sort after z, by code point
 *   0x02                   end of letters; lower than every rank char, so a prefix sorts
 *                          first ("An" < "Anh") and an empty field sorts before any other
 *   tone chars, one per word: '0' ngang < '1' huyền < '2' hỏi < '3' ngã < '4' sắc < '5' nặng
 *
 * Tones are only reached when all letters are equal, and then both sides have the same
 * number of words, hence equal-length tone strings: letters decide, tones break ties.
 * One tone per word (not per vowel) makes old/new tone placement equal ("hoà" = "hòa").
 *
 * nameSortKey = key(tên) 0x01 key(tên đệm) 0x01 key(họ) 0x01. 0x01 is only ever compared
 * with 0x01 (equal letters ⇒ equal-length tones), so fields compare in that order.
 * Case is ignored ("an" and "An" get the same key): add a stable tiebreak (e.g. id) if needed.
 * Punctuation and symbols act as word gaps; input may be NFC or NFD.
 */

const FIELD_END = '\u0001';
const LETTERS_END = '\u0002';
const WORD_GAP = ' ';
const OTHER_LETTER = '~';

// Vietnamese alphabet with f, j, w, z slotted after their Latin neighbours. Modified
// letters are written decomposed (base + U+0306 breve / U+0302 circumflex / U+031B horn)
// because we scan NFD text; đ has no decomposition.
const LETTERS = [
  'a', 'a\u0306', 'a\u0302', 'b', 'c', 'd', '\u0111', 'e', 'e\u0302', 'f', 'g', 'h', 'i', 'j',
  'k', 'l', 'm', 'n', 'o', 'o\u0302', 'o\u031B', 'p', 'q', 'r', 's', 't', 'u', 'u\u031B', 'v',
  'w', 'x', 'y', 'z',
];
const LETTER_RANK = new Map<string, string>(
  LETTERS.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]),
);

const MODIFIERS = new Set(['\u0306', '\u0302', '\u031B']);
// Tone marks after NFD → tone char. Index order is the dictionary tone order.
const TONES = new Map<string, string>([
  ['\u0300', '1'], // huyền
  ['\u0309', '2'], // hỏi
  ['\u0303', '3'], // ngã
  ['\u0301', '4'], // sắc
  ['\u0323', '5'], // nặng
]);
const NO_TONE = '0';

// Look-alikes of đ found in pasted text: ð (lowercase of Ð U+00D0) and ɖ (lowercase of Ɖ).
const D_LIKE = new Set(['\u0111', '\u00F0', '\u0256']);

const IS_MARK = /^\p{M}$/u;
const IS_WORD_CHAR = /^[\p{L}\p{N}]$/u;
const IS_ASCII_DIGIT = /^[0-9]$/;

function otherLetterRank(ch: string): string {
  let cp = ch.codePointAt(0) ?? 0;
  let digits = '';
  for (let i = 0; i < 4; i++) {
    digits = String.fromCharCode(0x30 + (cp % 64)) + digits;
    cp = Math.floor(cp / 64);
  }
  return OTHER_LETTER + digits;
}

/** Binary-comparable key for one word or phrase; see the encoding above. */
export function vietnameseKey(word: string): string {
  const chars = Array.from(word.normalize('NFD').toLowerCase());
  let ranks = '';
  let tones = '';
  let inWord = false;
  let wordTone = NO_TONE;
  const endWord = (): void => {
    if (inWord) tones += wordTone;
    inWord = false;
    wordTone = NO_TONE;
  };

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (IS_MARK.test(ch)) continue; // stray mark with no base (e.g. at the start)
    if (!IS_WORD_CHAR.test(ch)) {
      endWord();
      continue;
    }
    if (!inWord && ranks !== '') ranks += WORD_GAP;
    inWord = true;

    // Gather the whole run of marks after the base. Their order is not "modifier first":
    // canonical ordering puts dot below (ccc 220) before breve/circumflex (230), so
    // "ặ" is a + U+0323 + U+0306.
    let modifier = '';
    while (i + 1 < chars.length && IS_MARK.test(chars[i + 1] ?? '')) {
      const mark = chars[++i] ?? '';
      const tone = TONES.get(mark);
      if (tone !== undefined && wordTone === NO_TONE) wordTone = tone; // first tone wins
      if (modifier === '' && MODIFIERS.has(mark)) modifier = mark;
    }

    const base = D_LIKE.has(ch) ? '\u0111' : ch;
    // A breve/circumflex/horn makes a distinct letter only on the right base (a→ă, o→ơ…);
    // elsewhere (e.g. a foreign ĉ) it is ignored like any other accent.
    const rank = LETTER_RANK.get(base + modifier) ?? LETTER_RANK.get(base);
    if (rank !== undefined) ranks += rank;
    else if (IS_ASCII_DIGIT.test(base)) ranks += base;
    else ranks += otherLetterRank(base);
  }
  endWord();
  return ranks + LETTERS_END + tones;
}

/** Key for sorting people: tên, then tên đệm, then họ (the usual Vietnamese list order). */
export function nameSortKey(parts: {
  familyName: string;
  middleName: string;
  givenName: string;
}): string {
  return (
    vietnameseKey(parts.givenName) +
    FIELD_END +
    vietnameseKey(parts.middleName) +
    FIELD_END +
    vietnameseKey(parts.familyName) +
    FIELD_END
  );
}
