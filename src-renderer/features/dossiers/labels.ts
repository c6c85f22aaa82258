import type { Dossier } from '../../../src-shared/api';
import { DOSSIER_ROUND_LABELS } from '../../../src-shared/catalog/rounds';
import { AWARD_CATEGORIES, AWARD_CATEGORY_LABELS, EVALUATION_LABELS, EVALUATION_LEVELS, HOLD_LEVEL_LABELS, HOLD_LEVELS, VERDICT_LABELS, type Verdict } from '../../../src-shared/rules/vocab';
import { registrationStatus } from '../registrations/labels';

export type Round = Dossier['round'];

export const ROUND_LABELS: Record<Round, string> = DOSSIER_ROUND_LABELS;
export const ROUND_OPTIONS = (Object.keys(ROUND_LABELS) as Round[]).map((r) => ({ value: r, label: ROUND_LABELS[r] }));

/** "khen thưởng công trạng" → "Khen thưởng công trạng" (the vocabulary is written to sit mid-sentence). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const CATEGORY_OPTIONS = AWARD_CATEGORIES.map((c) => ({ value: c, label: capitalize(AWARD_CATEGORY_LABELS[c]) }));
export const EVALUATION_OPTIONS = EVALUATION_LEVELS.map((l) => ({ value: l, label: `${l} – ${capitalize(EVALUATION_LABELS[l])}` }));
export const HOLD_LEVEL_OPTIONS = HOLD_LEVELS.map((l) => ({ value: l, label: capitalize(HOLD_LEVEL_LABELS[l]) }));
export const HOLD_KIND_LABELS = { discipline: 'Kỷ luật', investigation: 'Đang bị điều tra, thanh tra, kiểm tra, xác minh đơn thư' } as const;

/** Green, red, amber: the colours of an eligibility answer, with a sign that reads without colour. */
export const VERDICT_META: Record<Verdict, { color: string; sign: string; label: string; short: string }> = {
  pass: { color: 'green', sign: '✓', label: VERDICT_LABELS.pass, short: 'Đạt' },
  fail: { color: 'red', sign: '✕', label: VERDICT_LABELS.fail, short: 'Không đạt' },
  evidence: { color: 'yellow', sign: '!', label: VERDICT_LABELS.evidence, short: 'Cần minh chứng' },
};

/** A dossier's status as a clerk reads it (the registrations' words: never sent = "Nháp"). */
export const dossierStatus = registrationStatus;
