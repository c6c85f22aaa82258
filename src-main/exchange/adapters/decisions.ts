// Exchange adapter of decisions (received, returned, decided…): issued by the upper level about
// a unit's registrations, dossiers and initiatives, travelling down in feedback packages.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DecisionData } from '../../../src-shared/records';
import { awardHistory, decisions, recordStatus } from '../../db/schema';
import { awardDef } from '../../services/dossiers';
import { requireInstallation } from '../../services/installation';
import { isoNow, writeAudit, type ServiceContext } from '../../services/core';
import { currentIn, envelopeOf, notAcked, type ContentAdapter, type OwnedRow } from './kit';

const OUTCOMES = "('decided', 'returned', 'declined')";

/**
 * Awards landed by earlier decisions on the same dossier are withdrawn (tombstoned) when a newer
 * outcome is recorded: "Ghi lại kết quả" replaces the previous outcome, it does not add to it.
 */
function withdrawEarlier(ctx: ServiceContext, decisionId: string, dossierId: string): void {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id FROM award_history WHERE source = 'decision' AND deleted = 0 AND decision_id IN
         (SELECT id FROM decisions WHERE subject_type = 'dossier' AND subject_id = ? AND id <> ?)`,
    )
    .all(dossierId, decisionId) as { id: string }[];
  for (const { id } of rows) {
    const before = ctx.db.select().from(awardHistory).where(eq(awardHistory.id, id)).get()!;
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(awardHistory).set(after).where(eq(awardHistory.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'award-history', entityId: id, before, after });
  }
}

/**
 * A dossier decided (number, date, issuer): each of its nominees awarded gets the award in their
 * history, once per decision, so the next streak rule sees it. A decision with per-nominee
 * outcomes awards only those marked `decided` (matched by person or collective, so a nominee
 * the receiver does not hold is skipped); one without awards every nominee. The newest outcome
 * (decided, returned, declined) on a dossier says who holds its award: it replaces what earlier
 * ones landed, and an older one arriving after it changes nothing.
 */
function landAwards(ctx: ServiceContext, decisionId: string, updatedAt: string, d: DecisionData): void {
  if (d.subject.type !== 'dossier' || !['decided', 'returned', 'declined'].includes(d.status)) return;
  const newer = ctx.sqlite
    .prepare(`SELECT 1 FROM decisions WHERE subject_type = 'dossier' AND subject_id = ? AND id <> ? AND deleted = 0 AND status IN ${OUTCOMES} AND updated_at > ?`)
    .get(d.subject.id, decisionId, updatedAt);
  if (newer) return;
  withdrawEarlier(ctx, decisionId, d.subject.id);
  if (d.status !== 'decided' || !d.decision) return;
  const dossier = ctx.sqlite.prepare('SELECT year, award_code awardCode, reference_date referenceDate FROM dossiers WHERE id = ?').get(d.subject.id) as
    | { year: number; awardCode: string; referenceDate: string }
    | undefined;
  if (!dossier) return;
  const award = awardDef(ctx, dossier.awardCode, dossier.referenceDate);
  const nominees = ctx.sqlite.prepare('SELECT subject_type subjectType, subject_id subjectId FROM dossier_nominees WHERE dossier_id = ?').all(d.subject.id) as { subjectType: 'person' | 'collective'; subjectId: string }[];
  const awarded = d.nominees ? new Set(d.nominees.filter((n) => n.status === 'decided').map((n) => `${n.subjectType}:${n.subjectId}`)) : null;
  const landed = ctx.sqlite.prepare('SELECT 1 FROM award_history WHERE decision_id = ? AND subject_id = ? AND deleted = 0');
  const me = requireInstallation(ctx);
  for (const n of nominees) {
    if (awarded && !awarded.has(`${n.subjectType}:${n.subjectId}`)) continue;
    if (landed.get(decisionId, n.subjectId)) continue;
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
      subjectType: n.subjectType, subjectId: n.subjectId, year: dossier.year, awardCode: dossier.awardCode,
      awardName: award?.name ?? (d.decision.award || dossier.awardCode), category: award?.category ?? 'cong-trang',
      decisionNumber: d.decision.number, decisionDate: d.decision.date, issuer: d.decision.issuer, source: 'decision', decisionId,
    };
    ctx.db.insert(awardHistory).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'award-history', entityId: row.id, after: row });
  }
}

/** Sets a record's life-cycle status from a decision, unless a later decision is already in. */
export function applyDecisionStatus(ctx: ServiceContext, decisionId: string, origin: string, updatedAt: string, d: DecisionData): void {
  landAwards(ctx, decisionId, updatedAt, d);
  const existing = ctx.db.select().from(recordStatus).where(eq(recordStatus.recordId, d.subject.id)).get();
  if (existing?.decisionId && existing.updatedAt > updatedAt) return;
  const row = {
    recordType: d.subject.type, recordId: d.subject.id, status: d.status,
    reasons: d.reasons.length ? JSON.stringify(d.reasons) : null,
    decision: d.decision ? JSON.stringify(d.decision) : null,
    decidedBy: origin, decisionId, updatedAt,
  };
  ctx.db.insert(recordStatus).values(row).onConflictDoUpdate({ target: [recordStatus.recordType, recordStatus.recordId], set: row }).run();
}

export const decisionAdapter: ContentAdapter = {
  type: 'decision',
  table: 'decisions',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT x.id, x.rev, x.updated_at updatedAt, x.origin, x.deleted, x.data FROM decisions x
           ${notAcked('decision', 'decisions', 'x')} AND x.subject_origin = @recipient ORDER BY x.created_at, x.id`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & { data: string })[];
    return rows.map((r) => envelopeOf('decision', r, JSON.parse(r.data)));
  },
  current: (ctx, id) => currentIn(ctx, 'decisions', id),
  title: () => null,
  apply(ctx, rec) {
    const d = rec.data as DecisionData;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted,
      subjectType: d.subject.type, subjectId: d.subject.id, subjectOrigin: d.subject.origin, status: d.status, data: JSON.stringify(d),
    };
    const before = ctx.db.select().from(decisions).where(eq(decisions.id, rec.id)).get();
    if (before) ctx.db.update(decisions).set(values).where(eq(decisions.id, rec.id)).run();
    else ctx.db.insert(decisions).values({ ...values, createdAt: rec.updatedAt }).run();
    if (!rec.deleted) applyDecisionStatus(ctx, rec.id, rec.origin, rec.updatedAt, d);
    writeAudit(ctx, { action: 'import', entity: 'decision', entityId: rec.id, before, after: values });
  },
};
