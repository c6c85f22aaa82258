import type { InitiativeListItem } from '../../../src-shared/api';
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
