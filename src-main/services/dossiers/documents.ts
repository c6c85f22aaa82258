import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { ATTACHMENT_MAX_BYTES, type DossierDocument } from '../../../src-shared/api';
import { cleanText } from '../../../src-shared/text';
import { attachments, dossierDocuments, dossiers, recordStatus } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext, markEdited } from '../core';
import { awardDef } from './catalogue';
import { dossierEligibility } from './eligibility';
import { getDossier, getDossierRow } from './dossiers';
import { assertOwned } from '../installation';
import { sniffMime } from '../../lib/mime';

// The documents the app prints from what is entered; a scan is optional for them.
const PRINTABLE = new Set(['TO_TRINH', 'BIEN_BAN', 'BCTT_CA_NHAN', 'BCTT_TAP_THE', 'DANH_SACH']);
const perNominee = (code: string) => code.startsWith('BCTT');

export function listDocuments(ctx: ServiceContext, dossierId: string): DossierDocument[] {
  return ctx.db
    .select({ id: dossierDocuments.id, nomineeId: dossierDocuments.nomineeId, docCode: dossierDocuments.docCode, name: dossierDocuments.name, mime: dossierDocuments.mime, size: dossierDocuments.size, sha256: dossierDocuments.sha256, addedAt: dossierDocuments.addedAt })
    .from(dossierDocuments)
    .where(eq(dossierDocuments.dossierId, dossierId))
    .orderBy(dossierDocuments.addedAt)
    .all();
}

/** The required documents of the award in force, each with whether the dossier has it and what is missing. */
export function documentStatus(ctx: ServiceContext, dossierId: string) {
  const { dossier, nominees } = getDossier(ctx, dossierId);
  const docs = listDocuments(ctx, dossierId);
  const award = awardDef(ctx, dossier.awardCode, dossier.referenceDate);
  const required = (award?.requiredDocuments ?? []).map((r) => {
    const missing: string[] = [];
    const has = (nomineeId: string | null) => docs.some((d) => d.docCode === r.code && (nomineeId === null || d.nomineeId === nomineeId));
    if (perNominee(r.code)) {
      // A report is there when scanned, typed in the older free text, or saved by the decree's form (achievement_reports).
      const written = new Set((ctx.sqlite.prepare('SELECT nominee_id id FROM achievement_reports WHERE dossier_id = ?').all(dossierId) as { id: string }[]).map((x) => x.id));
      for (const n of nominees) if (!has(n.id) && !n.report.trim() && !written.has(n.id)) missing.push(`${r.name} của ${n.name}`);
    } else if (r.code === 'BIEN_BAN') {
      if (!has(null) && (dossier.councilTotal === null || nominees.some((n) => n.voteYes === null))) missing.push(`${r.name}: chưa nhập cuộc họp và số phiếu của từng người`);
    } else if (!PRINTABLE.has(r.code) && !has(null)) missing.push(r.name);
    return { code: r.code, name: r.name, template: r.template, note: r.note ?? null, perNominee: perNominee(r.code), printable: PRINTABLE.has(r.code), satisfied: !missing.length, missing };
  });
  const problems = [
    ...(nominees.length ? [] : ['Hồ sơ chưa có người, tập thể nào được đề nghị.']),
    ...required.flatMap((r) => r.missing.map((m) => `Thiếu ${m}.`)),
  ];
  return { required, documents: docs, problems };
}

export function attachDocument(
  ctx: ServiceContext,
  input: { dossierId: string; nomineeId: string | null; docCode: string; fileName: string; contentBase64: string },
): DossierDocument {
  const bytes = Buffer.from(input.contentBase64.replace(/^data:[^,]*,/, ''), 'base64');
  if (bytes.length > ATTACHMENT_MAX_BYTES) {
    throw fieldError('contentBase64', `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB): mỗi tệp đính kèm tối đa ${ATTACHMENT_MAX_BYTES / 1048576} MB.`);
  }
  const mime = sniffMime(bytes);
  if (!mime) throw fieldError('contentBase64', `"${input.fileName}" không phải tệp PDF, JPEG hay PNG thật (nội dung tệp không khớp); hãy quét lại hoặc lưu lại đúng định dạng.`);
  const name = cleanText(input.fileName).replace(/[\\/:*?"<>|]/g, '_');
  return inTransaction(ctx, () => {
    const d = ctx.db.select().from(dossiers).where(eq(dossiers.id, input.dossierId)).get();
    if (!d || d.deleted) throw notFound('hồ sơ');
    assertOwned(ctx, d.origin);
    if (input.nomineeId && !getDossier(ctx, d.id).nominees.some((n) => n.id === input.nomineeId)) throw notFound('người được đề nghị');
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const now = isoNow(ctx);
    // Stored once by content, however many dossiers use the same scan.
    ctx.db.insert(attachments).values({ sha256, name, mime, size: bytes.length, data: bytes, createdAt: now }).onConflictDoNothing().run();
    const row = { id: crypto.randomUUID(), dossierId: d.id, nomineeId: input.nomineeId, docCode: input.docCode, sha256, name, mime, size: bytes.length, addedAt: now };
    ctx.db.insert(dossierDocuments).values(row).run();
    ctx.db.update(dossiers).set({ rev: d.rev + 1, updatedAt: now }).where(eq(dossiers.id, d.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'dossier', entityId: d.id, after: { attached: row } });
    markEdited(ctx, 'dossier', d.id);
    return row;
  });
}

export function detachDocument(ctx: ServiceContext, input: { dossierId: string; documentId: string }): { ok: true } {
  return inTransaction(ctx, () => {
    const d = ctx.db.select().from(dossiers).where(eq(dossiers.id, input.dossierId)).get();
    if (!d || d.deleted) throw notFound('hồ sơ');
    assertOwned(ctx, d.origin);
    const before = ctx.db.select().from(dossierDocuments).where(and(eq(dossierDocuments.id, input.documentId), eq(dossierDocuments.dossierId, d.id))).get();
    if (!before) throw notFound('tệp đính kèm');
    ctx.db.delete(dossierDocuments).where(eq(dossierDocuments.id, before.id)).run();
    ctx.db.update(dossiers).set({ rev: d.rev + 1, updatedAt: isoNow(ctx) }).where(eq(dossiers.id, d.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'dossier', entityId: d.id, before: { attached: before } });
    markEdited(ctx, 'dossier', d.id);
    return { ok: true as const };
  });
}

export function readAttachment(ctx: ServiceContext, documentId: string) {
  const doc = ctx.db.select().from(dossierDocuments).where(eq(dossierDocuments.id, documentId)).get();
  if (!doc) throw notFound('tệp đính kèm');
  const file = ctx.db.select().from(attachments).where(eq(attachments.sha256, doc.sha256)).get();
  if (!file) throw new AppError('ATTACHMENT_MISSING', 'Nội dung tệp đính kèm chưa có trên máy này.');
  return { fileName: doc.name, mime: doc.mime, contentBase64: file.data.toString('base64') };
}

/**
 * "Sẵn sàng gửi" (status ready): the dossier is complete and no nominee fails a criterion, or
 * the clerk gives a reason to send it anyway, which is recorded, audited and printed.
 */
export function markReady(ctx: ServiceContext, input: { id: string; overrideReason: string | null }) {
  return inTransaction(ctx, () => {
    const d = ctx.db.select().from(dossiers).where(eq(dossiers.id, input.id)).get();
    if (!d || d.deleted) throw notFound('hồ sơ');
    assertOwned(ctx, d.origin);
    const problems = [...documentStatus(ctx, d.id).problems];
    const verdicts = dossierEligibility(ctx, d.id).nominees;
    for (const n of verdicts) {
      for (const c of n.criteria) if (c.result === 'fail') problems.push(`${n.name}: ${c.reason}`);
    }
    const reason = input.overrideReason ? cleanText(input.overrideReason) : null;
    if (problems.length && !reason) {
      throw new AppError('NOT_READY', `Hồ sơ chưa đủ điều kiện gửi: ${problems.join(' ')} Hãy bổ sung, hoặc ghi lý do vẫn gửi (lý do được lưu và in kèm hồ sơ).`);
    }
    const now = isoNow(ctx);
    ctx.db.update(dossiers).set({ overrideReason: problems.length ? reason : null, updatedAt: now }).where(eq(dossiers.id, d.id)).run();
    const status = { recordType: 'dossier', recordId: d.id, status: 'ready', reasons: null, decision: null, decidedBy: null, decisionId: null, updatedAt: now };
    ctx.db.insert(recordStatus).values(status).onConflictDoUpdate({ target: [recordStatus.recordType, recordStatus.recordId], set: status }).run();
    for (const n of verdicts) markInitiativesUsed(ctx, n.nomineeId, n.initiativesUsed);
    writeAudit(ctx, { action: 'update', entity: 'dossier', entityId: d.id, before: { status: 'draft' }, after: { status: 'ready', overrideReason: problems.length ? reason : null, problems } });
    return getDossierRow(ctx, d.id);
  });
}

/**
 * An initiative serves one award only (CV 5007/BNV-TĐKT): once a dossier that relies on it is
 * ready to send, it is marked as this nominee's, and the ones the nominee no longer needs are
 * released. Another dossier's nominee sees it as used from then on.
 */
export function markInitiativesUsed(ctx: ServiceContext, nomineeId: string, initiativeIds: readonly string[]): void {
  ctx.sqlite.prepare(`UPDATE initiatives SET used_by_nominee_id = NULL WHERE used_by_nominee_id = ? AND id NOT IN (SELECT value FROM json_each(?))`).run(nomineeId, JSON.stringify(initiativeIds));
  const mark = ctx.sqlite.prepare('UPDATE initiatives SET used_by_nominee_id = ? WHERE id = ? AND used_by_nominee_id IS NULL');
  for (const id of initiativeIds) {
    if (mark.run(nomineeId, id).changes) writeAudit(ctx, { action: 'update', entity: 'initiative', entityId: id, after: { usedByNomineeId: nomineeId } });
  }
}
