/**
 * Dates are stored as ISO "yyyy-mm-dd" strings and shown the Vietnamese way, "dd/mm/yyyy".
 * Validation is pure arithmetic (no Date object, no clock, no time zone surprises).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, same separator twice ("5/3/2024", "05-03-2024", "05.03.2024"); 4-digit years only,
// because a 2-digit year is ambiguous for birth dates.
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Years below 1000 are always typos ("202" for "2024") in this domain. */
function isPossible(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a real calendar date in strict "yyyy-mm-dd" form. */
export function isValidIsoDate(s: string | null | undefined): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  return isPossible(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "2024-03-05" → "05/03/2024"; '' for null, undefined or anything not a valid ISO date. */
export function formatDate(iso: string | null | undefined): string {
  if (!isValidIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}

/** Accepts d/m/yyyy, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd; ISO or null. */
export function parseDate(input: string): string | null {
  const s = input.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isPossible(y, m, d) ? toIso(y, m, d) : null;
  }
  const dmy = DMY.exec(s);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
    return isPossible(y, m, d) ? toIso(y, m, d) : null;
  }
  return null;
}

/** Calendar days from `today` to `date` (negative once past). Both "yyyy-mm-dd". */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
