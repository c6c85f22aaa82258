import type { InitiativeListItem, InitiativeRound } from '../../../src-shared/api';
import type { RoundClock, RoundState } from '../../../src-shared/rules/roundDeadline';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, INITIATIVE_STATUS_LABELS, INITIATIVE_STATUSES, type InitiativeStatus } from '../../../src-shared/rules/initiatives';
import { SCOPE_LABELS, SCOPES, type Scope } from '../../../src-shared/rules/vocab';
import { formatDate } from '../../../src-shared/text';

export const STATUS_COLORS: Record<InitiativeStatus, string> = { draft: 'gray', received: 'blue', recognised: 'green', refused: 'red' };
export const STATUS_OPTIONS = INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }));
export const statusLabel = (s: InitiativeStatus) => INITIATIVE_STATUS_LABELS[s];

/** "Cơ sở", "Cấp tỉnh", "Toàn quốc" as the choices of a form. */
export const scopeLabel = (s: Scope) => (s === 'co-so' ? 'Cơ sở' : SCOPE_LABELS[s].charAt(0).toUpperCase() + SCOPE_LABELS[s].slice(1));
export const SCOPE_OPTIONS = SCOPES.map((s) => ({ value: s, label: scopeLabel(s) }));
export const ROLE_OPTIONS = COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }));

/** A round's state from the clock as a badge colour: expired is the one that asks for action. */
export const ROUND_STATE_COLORS: Record<RoundState, string> = { open: 'green', expired: 'orange', 'kept-open': 'yellow', closed: 'gray' };

/** What the deadline rules read of a round from the contract. */
export const clockOf = (r: InitiativeRound): RoundClock => ({ status: r.status, deadline: r.deadline, keepOpenReason: r.keepOpen?.reason ?? null });

/** An ISO timestamp's day on this computer's calendar, dd/mm/yyyy. */
export function localDay(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  return formatDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
}

/** "Đợt I năm 2026": how the deadline messages name a round. */
export const roundTitle = (r: Pick<InitiativeRound, 'name' | 'year'>) => `${r.name} năm ${r.year}`;

/** A round as a choice in a select, its deadline state said when it matters. */
export const roundOption = (r: InitiativeRound, label: string) => ({
  value: r.id,
  label: r.state === 'expired' ? `${label} (đã hết hạn nhận hồ sơ)` : r.state === 'kept-open' ? `${label} (hết hạn, vẫn nhận)` : label,
});

type Due = Pick<InitiativeListItem, 'dueOn' | 'dueState' | 'daysLeft'>;

/** The three-month limit as a badge: red once past, amber in the last 15 days. */
export function dueBadge(i: Due): { text: string; color: string } | null {
  if (!i.dueOn) return null;
  const day = formatDate(i.dueOn);
  switch (i.dueState) {
    case 'overdue':
      return { text: `Quá hạn ${-(i.daysLeft ?? 0)} ngày (${day})`, color: 'red' };
    case 'soon':
      return { text: i.daysLeft === 0 ? `Hôm nay hết hạn (${day})` : `Còn ${i.daysLeft} ngày (${day})`, color: 'orange' };
    case 'ok':
      return { text: day, color: 'gray' };
    case 'answered':
      return { text: 'Đã trả lời', color: 'green' };
    default:
      return null;
  }
}

/** 33.33 → "33,33". */
export const decimal = (x: number | null) => (x === null ? '—' : String(Math.round(x * 100) / 100).replace('.', ','));
