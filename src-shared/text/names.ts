/**
 * Vietnamese full names are written họ (family) + tên đệm (middle, 0..n words) + tên (given).
 * The database keeps the three parts separately because sorting and addressing use tên.
 */
import { cleanText } from './normalize';

export interface NameParts {
  familyName: string;
  middleName: string;
  givenName: string;
}

/**
 * "Nguyễn Thị Minh Khai" → { familyName: "Nguyễn", middleName: "Thị Minh", givenName: "Khai" }.
 * One word is taken as the given name (the part people are called by); two words as họ + tên.
 */
export function splitFullName(full: string): NameParts {
  const cleaned = cleanText(full);
  const words = cleaned === '' ? [] : cleaned.split(' ');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  switch (words.length) {
    case 0:
      return { familyName: '', middleName: '', givenName: '' };
    case 1:
      return { familyName: '', middleName: '', givenName: first };
    default:
      return { familyName: first, middleName: words.slice(1, -1).join(' '), givenName: last };
  }
}

/** Inverse of splitFullName: non-empty parts in họ, đệm, tên order, single-spaced. */
export function joinFullName(parts: NameParts): string {
  return [parts.familyName, parts.middleName, parts.givenName]
    .map(cleanText)
    .filter((p) => p !== '')
    .join(' ');
}
