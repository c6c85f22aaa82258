/**
 * Numbers and dates inside Vietnamese reasons: "69%", "66,6%", "15/01/2026", "2023, 2024".
 * Percentages are computed from integers so 7/10 prints "70%", never "70,00000000000001%".
 */
import { formatDate } from '../text/dates';

function decimal(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  return rest === 0 ? String(whole) : `${whole},${rest}`;
}

/**
 * part/whole as a percentage, truncated (not rounded) to one decimal, so a share just under a
 * threshold never prints as the threshold itself ("69,9%", not "70%").
 */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${decimal(Math.floor((part * 1000) / whole))}%`;
}

/**
 * part/whole as printed on a paper (NĐ 30/2020 practice): one decimal rounded half up, decimal
 * comma, no space before "%": 8/9 → "88,9%", 9/9 → "100%".
 */
export function percentRounded(part: number, whole: number): string {
  if (whole <= 0) return '—';
  return `${decimal(Math.floor((part * 1000) / whole + 0.5 + 1e-9))}%`;
}

/** A share from the catalogue (0.8) as a percentage ("80%"). */
export function shareText(share: number): string {
  return `${decimal(Math.round(share * 1000))}%`;
}

/** The smallest count out of `whole` whose share reaches `share`. */
export function minimumCount(share: number, whole: number): number {
  let k = Math.max(0, Math.ceil(share * whole));
  while (k > 0 && (k - 1) / whole >= share) k--;
  while (k < whole && k / whole < share) k++;
  return k;
}

/** True when part/whole reaches share; exactly at the share passes. */
export function reaches(part: number, whole: number, share: number): boolean {
  return whole > 0 && part / whole >= share;
}

export const dateText = (iso: string): string => formatDate(iso) || iso;

export const yearList = (years: readonly number[]): string => [...years].sort((a, b) => a - b).join(', ');
