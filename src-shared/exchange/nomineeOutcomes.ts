// Per-nominee outcomes of an upper level's decision on a dossier: who is awarded, who is sent
// back to be completed, who is not eligible. Pure rules shared by the decision record's schema,
// the service that records a decision and the screens.

export const NOMINEE_OUTCOMES = ['decided', 'returned', 'declined'] as const;
export type NomineeOutcome = (typeof NOMINEE_OUTCOMES)[number];

export const NOMINEE_OUTCOME_LABELS: Record<NomineeOutcome, string> = {
  decided: 'Khen thưởng',
  returned: 'Trả lại',
  declined: 'Không đủ điều kiện',
};

export interface OutcomeLine {
  nomineeId: string;
  name: string;
  status: NomineeOutcome;
  reasons: { message: string }[];
}

/** The `field` a dossier-level reason carries for one nominee, so a screen can put it beside that row. */
export const nomineeField = (nomineeId: string) => `nominee:${nomineeId}`;

// The record's dossier-level reasons keep the limits every build reads (100 reasons of 1000 characters).
const MAX_REASONS = 100;
const clip = (s: string) => (s.length > 1000 ? `${s.slice(0, 999)}…` : s);

/**
 * The dossier-level status a set of per-nominee outcomes gives, and the reasons a reader that
 * knows only the dossier-level status (an older build) shows:
 * - anyone awarded → `decided` (the decision names the award; the others are listed as reasons);
 * - nobody awarded, someone returned → `returned` (the unit can complete and resend);
 * - everyone not eligible → `declined`.
 */
export function dossierOutcome(lines: readonly OutcomeLine[]): {
  status: NomineeOutcome;
  reasons: { field: string | null; message: string }[];
} {
  const status: NomineeOutcome = lines.some((l) => l.status === 'decided')
    ? 'decided'
    : lines.some((l) => l.status === 'returned')
      ? 'returned'
      : 'declined';
  const others = lines.filter((l) => l.status !== 'decided');
  const reasons: { field: string | null; message: string }[] = others.slice(0, others.length > MAX_REASONS ? MAX_REASONS - 1 : MAX_REASONS).map((l) => ({
    field: nomineeField(l.nomineeId),
    message: clip(`${l.name} — ${NOMINEE_OUTCOME_LABELS[l.status]}: ${l.reasons.map((r) => r.message).join('; ')}`),
  }));
  if (others.length > MAX_REASONS) reasons.push({ field: null, message: `… và ${others.length - reasons.length} người khác không được khen thưởng (xem kết quả từng người).` });
  return { status, reasons };
}

/**
 * Nominees given two different outcomes in one decision, as Vietnamese sentences (empty: none).
 * The same outcome twice is not a contradiction.
 */
export function outcomeConflicts(lines: readonly Pick<OutcomeLine, 'nomineeId' | 'name' | 'status'>[]): string[] {
  const seen = new Map<string, Set<NomineeOutcome>>();
  const names = new Map<string, string>();
  for (const l of lines) {
    if (!seen.has(l.nomineeId)) seen.set(l.nomineeId, new Set());
    seen.get(l.nomineeId)!.add(l.status);
    if (l.name && !names.has(l.nomineeId)) names.set(l.nomineeId, l.name);
  }
  return [...seen]
    .filter(([, s]) => s.size > 1)
    .map(([id, s]) => {
      const outcomes = [...s].map((x) => NOMINEE_OUTCOME_LABELS[x]).join(' và ');
      return `${names.get(id) ?? id} được ghi hai kết quả khác nhau (${outcomes}) trong cùng một quyết định; mỗi người chỉ được một kết quả.`;
    });
}
