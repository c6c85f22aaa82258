import type { DossierDecision } from '../../../src-shared/api';
import type { NomineeOutcome } from '../../../src-shared/exchange/nomineeOutcomes';
import type { DecisionData } from '../../../src-shared/records';
import type { ServiceContext } from '../core';
import { listNominees } from './dossiers';

/**
 * A dossier's recorded decision and each nominee's outcome, at the deciding level and at the unit
 * that received it in feedback: the newest decision with an outcome (decided, returned, declined),
 * or null. A decision made for the whole dossier (before per-nominee outcomes, or from the CLI)
 * gives every nominee of the dossier its status. Printing reads the number, date and issuer here,
 * and the awarded nominees (`status === 'decided'`).
 */
export function dossierDecision(ctx: ServiceContext, dossierId: string): DossierDecision | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT id, origin, updated_at updatedAt, data FROM decisions
        WHERE subject_type = 'dossier' AND subject_id = ? AND deleted = 0 AND status IN ('decided', 'returned', 'declined')
        ORDER BY updated_at DESC, created_at DESC, id DESC LIMIT 1`,
    )
    .get(dossierId) as { id: string; origin: string; updatedAt: string; data: string } | undefined;
  if (!row) return null;
  const d = JSON.parse(row.data) as DecisionData;
  const status = d.status as NomineeOutcome;
  const reasons = d.reasons.map((r) => r.message);
  const nominees = d.nominees
    ? d.nominees.map((n) => ({ nomineeId: n.nomineeId, subjectType: n.subjectType, subjectId: n.subjectId, name: n.name, status: n.status, reasons: n.reasons.map((r) => r.message) }))
    : listNominees(ctx, dossierId).map((n) => ({ nomineeId: n.id, subjectType: n.subjectType, subjectId: n.subjectId, name: n.name, status, reasons: status === 'decided' ? [] : reasons }));
  return {
    decisionId: row.id,
    status,
    decidedBy: row.origin,
    updatedAt: row.updatedAt,
    decision: d.decision ? { number: d.decision.number, date: d.decision.date, issuer: d.decision.issuer, award: d.decision.award } : null,
    note: d.note,
    reasons,
    perNominee: !!d.nominees,
    nominees,
  };
}
