import { formatDate } from '../../src-shared/text';

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 100000 → "100.000" (Vietnamese thousands separator). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Full birth date as dd/mm/yyyy, else the year alone, else ''. */
export function formatBirth(birthDate: string | null, birthYear: number | null): string {
  return formatDate(birthDate) || (birthYear !== null ? String(birthYear) : '');
}

/** An ISO timestamp ("2025-07-01T03:04:05Z") as the local calendar date dd/mm/yyyy. */
export function formatTimestampDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}
