/**
 * Basic text hygiene for anything a clerk types or pastes (from Word, Excel, web pages).
 * Pure: no Node, DOM or package imports, so both main and renderer can use it.
 */

/** Canonical composition: the same Vietnamese letter must always be the same code points. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

// Invisible characters that sneak in through copy/paste: C0/C1 controls (except the
// whitespace ones, which become spaces below), zero-width space/joiners, word joiner, BOM.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B-\u200D\u2060\uFEFF]/g;
// JS \s covers tab, newline, NBSP and the other Unicode spaces; U+0085 (NEL) is a line break too.
const WHITESPACE_RUN = /[\s\u0085]+/g;

/** NFC, strip control/invisible characters, collapse whitespace runs to one space, trim. */
export function cleanText(s: string): string {
  return nfc(s).replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}
