import { formatDate } from '../../src-shared/text';

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 100000 → "100.000" (Vietnamese thousands separator). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** Full birth date as dd/mm/yyyy, else the year alone, else ''. */
/** The year of birth alone, for a "Năm sinh" column (the registration forms ask for the year). */
export function formatBirthYear(birthDate: string | null, birthYear: number | null): string {
  return birthDate ? birthDate.slice(0, 4) : birthYear !== null ? String(birthYear) : '';
}

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

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as local dd/mm/yyyy HH:mm ('' when missing or unreadable). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** 1536 → "1,5 KB"; sizes of package files as a clerk reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(kb / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
