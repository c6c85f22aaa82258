/**
 * Accent-insensitive folding for search: "Nguyễn Văn Đức" → "nguyen van duc", so a clerk
 * can type without Vietnamese input (Unikey off) and still find people.
 */

// Combining Diacritical Marks block: tones (huyền, hỏi, ngã, sắc, nặng) and the
// letter modifiers (breve ă, circumflex â ê ô, horn ơ ư) all live here after NFD.
const COMBINING_MARKS = /[\u0300-\u036F]/g;
// đ/Đ do not decompose under NFD, and pasted text often carries look-alikes:
// Ð U+00D0 (Icelandic eth), ð U+00F0, Ɖ U+0189 (African D), ɖ U+0256.
const D_LIKE = /[\u0110\u0111\u00D0\u00F0\u0189\u0256]/g;
const WHITESPACE_RUN = /[\s\u0085]+/g;

/** Lowercase, accent-free, whitespace-collapsed form; identical for NFC and NFD input. */
export function fold(s: string): string {
  return s
    .normalize('NFD') // NFC→NFD is implied: NFD of any form is the same string
    .toLowerCase() // before stripping marks: some lowercasings emit marks (İ → i + U+0307)
    .replace(COMBINING_MARKS, '')
    .replace(D_LIKE, 'd')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** Folded words containing only [a-z0-9]; any other character separates tokens. */
export function foldTokens(s: string): string[] {
  return fold(s)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}
