import crypto from 'node:crypto';
import type { ProofConfirmationOut } from '../../../src-shared/api';
import { proofCriteria, type ProofConfirmation, type ProofCriterion } from '../../../src-shared/rules/proofs';
import { cleanText } from '../../../src-shared/text';
import { fieldError, notFound } from '../../errors';
import { currentActor, inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { ruleSet } from './catalogue';
import { bump, owned } from './dossiers';

/*
 * Minh chứng: a clerk confirms, per nominee, that the document proving a criterion (mưu trí,
 * sáng tạo trong chiến đấu; a household's contribution; a state-level award's criteria) is in
 * the dossier. The eligibility panel reads them (dossierEligibility); unconfirmed criteria stay
 * "chưa xác nhận minh chứng".
 */

interface Row extends ProofConfirmation { id: string; nomineeId: string; dossierId: string }

const SELECT = `SELECT id, nominee_id nomineeId, dossier_id dossierId, criterion_id criterionId, document, confirmed_by confirmedBy, confirmed_at confirmedAt
  FROM proof_confirmations`;

/** Every confirmation of a dossier, by nominee. */
export function dossierProofs(ctx: ServiceContext, dossierId: string): Map<string, ProofConfirmation[]> {
  const out = new Map<string, ProofConfirmation[]>();
  for (const r of ctx.sqlite.prepare(`${SELECT} WHERE dossier_id = ? ORDER BY confirmed_at`).all(dossierId) as Row[]) {
    const list = out.get(r.nomineeId) ?? [];
    list.push({ criterionId: r.criterionId, document: r.document, confirmedBy: r.confirmedBy, confirmedAt: r.confirmedAt });
    out.set(r.nomineeId, list);
  }
  return out;
}

/** The nominee's dossier (this unit's own: a received one is read-only) and the award's proof criteria. */
function target(ctx: ServiceContext, nomineeId: string, criterionId: string) {
  const ref = ctx.sqlite.prepare('SELECT dossier_id dossierId FROM dossier_nominees WHERE id = ?').get(nomineeId) as { dossierId: string } | undefined;
  if (!ref) throw notFound('người được đề nghị');
  const dossier = owned(ctx, ref.dossierId);
  const criteria: ProofCriterion[] = proofCriteria(ruleSet(ctx, dossier.referenceDate), dossier.awardCode);
  const criterion = criteria.find((c) => c.id === criterionId);
  if (!criterion) {
    throw fieldError(
      'criterionId',
      criteria.length
        ? `Tiêu chí “${criterionId}” không cần xác nhận minh chứng cho hình thức của hồ sơ này; hãy chọn một trong: ${criteria.map((c) => c.text).join('; ')}.`
        : 'Hình thức khen thưởng của hồ sơ này không có tiêu chí nào cần xác nhận minh chứng.',
    );
  }
  return { dossier, criterion };
}

const auditId = (nomineeId: string, criterionId: string) => `${nomineeId}:${criterionId}`;

export function confirmProof(ctx: ServiceContext, input: { nomineeId: string; criterionId: string; document: string }): ProofConfirmationOut {
  return inTransaction(ctx, () => {
    const { dossier } = target(ctx, input.nomineeId, input.criterionId);
    const document = cleanText(input.document);
    if (!document) throw fieldError('document', 'Hãy ghi văn bản minh chứng (số, ngày, cơ quan ban hành), ví dụ: Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã.');
    const before = ctx.sqlite.prepare(`${SELECT} WHERE nominee_id = ? AND criterion_id = ?`).get(input.nomineeId, input.criterionId) as Row | undefined;
    const after: Row = {
      id: before?.id ?? crypto.randomUUID(), nomineeId: input.nomineeId, dossierId: dossier.id, criterionId: input.criterionId,
      document, confirmedBy: currentActor(ctx), confirmedAt: isoNow(ctx),
    };
    ctx.sqlite
      .prepare(
        `INSERT INTO proof_confirmations (id, nominee_id, dossier_id, criterion_id, document, confirmed_by, confirmed_at)
         VALUES (@id, @nomineeId, @dossierId, @criterionId, @document, @confirmedBy, @confirmedAt)
         ON CONFLICT (nominee_id, criterion_id) DO UPDATE SET document = excluded.document, confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at`,
      )
      .run(after);
    writeAudit(ctx, { action: before ? 'update' : 'create', entity: 'proof-confirmation', entityId: auditId(input.nomineeId, input.criterionId), before, after });
    bump(ctx, dossier, {}, 'confirm proof');
    return { criterionId: after.criterionId, document: after.document, confirmedBy: after.confirmedBy, confirmedAt: after.confirmedAt };
  });
}

export function unconfirmProof(ctx: ServiceContext, input: { nomineeId: string; criterionId: string }): { ok: true } {
  return inTransaction(ctx, () => {
    const ref = ctx.sqlite.prepare('SELECT dossier_id dossierId FROM dossier_nominees WHERE id = ?').get(input.nomineeId) as { dossierId: string } | undefined;
    if (!ref) throw notFound('người được đề nghị');
    const dossier = owned(ctx, ref.dossierId);
    const before = ctx.sqlite.prepare(`${SELECT} WHERE nominee_id = ? AND criterion_id = ?`).get(input.nomineeId, input.criterionId) as Row | undefined;
    if (!before) throw notFound('xác nhận minh chứng');
    ctx.sqlite.prepare('DELETE FROM proof_confirmations WHERE id = ?').run(before.id);
    writeAudit(ctx, { action: 'delete', entity: 'proof-confirmation', entityId: auditId(input.nomineeId, input.criterionId), before });
    bump(ctx, dossier, {}, 'withdraw proof');
    return { ok: true as const };
  });
}
