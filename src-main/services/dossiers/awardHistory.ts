import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AwardHistoryRow } from '../../../src-shared/api';
import { cleanText } from '../../../src-shared/text';
import { awardHistory, collectives, evaluations, holds, people } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext } from '../core';
import { assertOwned, requireInstallation } from '../installation';

/**
 * The facts the eligibility engine reads about a nominee: the awards they hold (khen thưởng
 * đã có), their yearly task-completion rating, and any discipline or investigation.
 */
function subjectExists(ctx: ServiceContext, type: string, id: string): void {
  const table = type === 'person' ? people : collectives;
  const row = ctx.db.select({ deleted: table.deleted }).from(table).where(eq(table.id, id)).get();
  if (!row || row.deleted) throw fieldError('subjectId', type === 'person' ? 'Không tìm thấy cá nhân.' : 'Không tìm thấy tập thể.');
}

export function listHistory(ctx: ServiceContext, subjectType: string, subjectId: string): AwardHistoryRow[] {
  return ctx.db
    .select()
    .from(awardHistory)
    .where(and(eq(awardHistory.subjectType, subjectType), eq(awardHistory.subjectId, subjectId), eq(awardHistory.deleted, false)))
    .orderBy(awardHistory.year, awardHistory.awardName)
    .all() as AwardHistoryRow[];
}

export function addHistory(
  ctx: ServiceContext,
  input: Omit<AwardHistoryRow, 'id' | 'origin' | 'rev' | 'createdAt' | 'updatedAt' | 'source'> & { source?: AwardHistoryRow['source']; decisionId?: string | null },
): AwardHistoryRow {
  return inTransaction(ctx, () => {
    subjectExists(ctx, input.subjectType, input.subjectId);
    if (input.year > ctx.now().getFullYear()) throw fieldError('year', 'Năm khen thưởng không được ở tương lai.');
    if (input.decisionDate && input.decisionDate > today(ctx)) throw fieldError('decisionDate', 'Ngày quyết định không được ở tương lai.');
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: requireInstallation(ctx).unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
      subjectType: input.subjectType, subjectId: input.subjectId, year: input.year, awardCode: input.awardCode,
      awardName: cleanText(input.awardName), category: input.category, decisionNumber: cleanText(input.decisionNumber),
      decisionDate: input.decisionDate, issuer: cleanText(input.issuer), source: input.source ?? 'manual', decisionId: input.decisionId ?? null,
    };
    ctx.db.insert(awardHistory).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'award-history', entityId: row.id, after: row });
    return ctx.db.select().from(awardHistory).where(eq(awardHistory.id, row.id)).get() as AwardHistoryRow;
  });
}

export function removeHistory(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(awardHistory).where(eq(awardHistory.id, id)).get();
    if (!before || before.deleted) throw notFound('khen thưởng');
    assertOwned(ctx, before.origin);
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(awardHistory).set(after).where(eq(awardHistory.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'award-history', entityId: id, before, after });
    return { ok: true as const };
  });
}

export function listEvaluations(ctx: ServiceContext, personId: string) {
  return ctx.db
    .select({ id: evaluations.id, year: evaluations.year, level: evaluations.level, note: evaluations.note })
    .from(evaluations)
    .where(and(eq(evaluations.personId, personId), eq(evaluations.deleted, false)))
    .orderBy(evaluations.year)
    .all() as { id: string; year: number; level: 'HTXS' | 'HTT' | 'HT' | 'KHT'; note: string }[];
}

/** One rating per person and year: setting it again replaces it (a new rev). */
export function setEvaluation(ctx: ServiceContext, input: { personId: string; year: number; level: string; note: string }): { ok: true } {
  return inTransaction(ctx, () => {
    subjectExists(ctx, 'person', input.personId);
    if (input.year > ctx.now().getFullYear()) throw fieldError('year', 'Chưa thể đánh giá năm chưa đến.');
    const now = isoNow(ctx);
    const before = ctx.db.select().from(evaluations).where(and(eq(evaluations.personId, input.personId), eq(evaluations.year, input.year))).get();
    if (before) {
      const after = { ...before, level: input.level, note: cleanText(input.note), deleted: false, rev: before.rev + 1, updatedAt: now };
      ctx.db.update(evaluations).set(after).where(eq(evaluations.id, before.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'evaluation', entityId: before.id, before, after });
    } else {
      const row = { id: crypto.randomUUID(), origin: requireInstallation(ctx).unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, personId: input.personId, year: input.year, level: input.level, note: cleanText(input.note) };
      ctx.db.insert(evaluations).values(row).run();
      writeAudit(ctx, { action: 'create', entity: 'evaluation', entityId: row.id, after: row });
    }
    return { ok: true as const };
  });
}

export function listHolds(ctx: ServiceContext, personId: string) {
  return ctx.db
    .select({ id: holds.id, kind: holds.kind, level: holds.level, fromDate: holds.fromDate, toDate: holds.toDate, note: holds.note })
    .from(holds)
    .where(and(eq(holds.personId, personId), eq(holds.deleted, false)))
    .orderBy(holds.fromDate)
    .all() as { id: string; kind: 'discipline' | 'investigation'; level: string | null; fromDate: string; toDate: string | null; note: string }[];
}

export function addHold(ctx: ServiceContext, input: { personId: string; kind: string; level: string | null; fromDate: string; toDate: string | null; note: string }): { ok: true } {
  return inTransaction(ctx, () => {
    subjectExists(ctx, 'person', input.personId);
    if (input.kind === 'discipline' && !input.level) throw fieldError('level', 'Chọn hình thức kỷ luật.');
    if (input.toDate && input.toDate < input.fromDate) throw fieldError('toDate', 'Ngày kết thúc phải sau ngày bắt đầu.');
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: requireInstallation(ctx).unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, ...input, note: cleanText(input.note) };
    ctx.db.insert(holds).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'hold', entityId: row.id, after: row });
    return { ok: true as const };
  });
}

export function removeHold(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(holds).where(eq(holds.id, id)).get();
    if (!before || before.deleted) throw notFound('quyết định kỷ luật');
    assertOwned(ctx, before.origin);
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(holds).set(after).where(eq(holds.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'hold', entityId: id, before, after });
    return { ok: true as const };
  });
}
