import { EMULATION_TITLES, MOVEMENT_KIND_LABELS, MOVEMENT_KINDS, titleName } from '../../../src-shared/catalog/titles';
import { STATUS_LABELS } from '../../../src-shared/exchange/status';
import { statusColor } from '../exchange/labels';

/** Titles a unit, a collective or a household registers for (the registration's own titles). */
export const COLLECTIVE_TITLE_OPTIONS = EMULATION_TITLES.filter((t) => t.subject !== 'individual').map((t) => ({ value: t.code, label: t.name }));
/** Titles of the people in the list below a registration. */
export const INDIVIDUAL_TITLE_OPTIONS = EMULATION_TITLES.filter((t) => t.subject === 'individual').map((t) => ({ value: t.code, label: t.name }));
export const DEFAULT_INDIVIDUAL_TITLE = 'LDTT';

export const KIND_OPTIONS = MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }));

export function titlesText(codes: string[]): string {
  return codes.map(titleName).join('; ');
}

/** "Còn 12 ngày" / "Hôm nay là hạn cuối" / "Đã quá hạn 5 ngày", with a colour. */
export function daysLeftLabel(daysLeft: number): { text: string; color: string } {
  if (daysLeft > 0) return { text: `Còn ${daysLeft} ngày`, color: daysLeft <= 7 ? 'orange' : 'green' };
  if (daysLeft === 0) return { text: 'Hôm nay là hạn cuối', color: 'orange' };
  return { text: `Đã quá hạn ${-daysLeft} ngày`, color: 'red' };
}

/** A registration's status as a clerk reads it; a registration never sent is a draft ("Nháp"). */
export function registrationStatus(status: string | null): { label: string; color: string } {
  const s = status ?? 'draft';
  return { label: (STATUS_LABELS as Record<string, string>)[s] ?? s, color: statusColor(s) };
}

export function currentYear(): number {
  return new Date().getFullYear();
}

/** The years a clerk picks from: five back, one ahead (registrations are made early in the year). */
export function yearOptions(selected: number): { value: string; label: string }[] {
  const now = currentYear();
  const years = new Set<number>([selected]);
  for (let y = now + 1; y >= now - 5; y--) years.add(y);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
}

/** Today as dd/mm/yyyy on this computer's calendar. */
export function todayText(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}
