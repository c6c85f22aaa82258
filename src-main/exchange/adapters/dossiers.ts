import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DossierData } from '../../../src-shared/records';
import { cleanText } from '../../../src-shared/text';
import { dossierDocuments, dossierNominees, dossiers } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { listDocuments, getDossier, awardDef, nomineeFacts, dossierProofs } from '../../services/dossiers';
import type { ProofConfirmation } from '../../../src-shared/rules/proofs';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

type NomineeData = DossierData['nominees'][number];
interface ReportRow { templateId: string; templateVersion: number; content: string }

function reportAndProofs(report: ReportRow | undefined, proofs: ProofConfirmation[] | undefined): Pick<NomineeData, 'achievementReport' | 'proofs'> {
  return {
    ...(report ? { achievementReport: { templateId: report.templateId, templateVersion: report.templateVersion, content: JSON.parse(report.content) as NonNullable<NomineeData['achievementReport']>['content'] } } : {}),
    ...(proofs?.length ? { proofs } : {}),
  };
}

function applyReportAndProofs(ctx: Parameters<ContentAdapter['apply']>[0], rec: { id: string; rev: number; updatedAt: string }, n: NomineeData): void {
  const r = n.achievementReport;
  if (r) {
    ctx.sqlite
      .prepare('INSERT INTO achievement_reports (nominee_id, dossier_id, template_id, template_version, content, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(n.id, rec.id, r.templateId, r.templateVersion, JSON.stringify(r.content), rec.rev, rec.updatedAt);
  }
  const insert = ctx.sqlite.prepare(
    `INSERT INTO proof_confirmations (id, nominee_id, dossier_id, criterion_id, document, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (nominee_id, criterion_id) DO NOTHING`,
  );
  for (const p of n.proofs ?? []) insert.run(crypto.randomUUID(), n.id, rec.id, p.criterionId, cleanText(p.document), cleanText(p.confirmedBy), p.confirmedAt);
}

/** A dossier travels whole: its nominees, the council's vote and the list of its scans. */
export const dossierAdapter: ContentAdapter = {
  type: 'dossier',
  table: 'dossiers',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(`SELECT x.id, x.rev, x.updated_at updatedAt, x.origin, x.deleted, u.code unitCode, u.name unitName, u.level unitLevel
                  FROM dossiers x JOIN units u ON u.id = x.proposing_unit_id ${notAcked('dossier', 'dossiers', 'x')} ORDER BY x.created_at, x.id`)
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & { unitCode: string; unitName: string; unitLevel: 'commune' })[];
    const reportOf = ctx.sqlite.prepare('SELECT template_id templateId, template_version templateVersion, content FROM achievement_reports WHERE nominee_id = ?');
    return rows.map((r) => {
      const raw = ctx.db.select().from(dossiers).where(eq(dossiers.id, r.id)).get()!;
      const proofs = r.deleted ? new Map() : dossierProofs(ctx, r.id);
      const { dossier, nominees } = r.deleted ? { dossier: null, nominees: [] } : getDossier(ctx, r.id);
      const data: DossierData = {
        year: raw.year, round: raw.round as DossierData['round'], movementId: raw.movementId, awardCode: raw.awardCode,
        awardName: dossier?.awardName ?? raw.awardCode, referenceDate: raw.referenceDate, title: raw.title,
        proposingUnit: { code: r.unitCode, name: r.unitName, level: r.unitLevel },
        meeting: raw.councilTotal === null ? null : { date: raw.meetingDate, total: raw.councilTotal, present: raw.councilPresent ?? 0, written: raw.councilWritten ?? 0 },
        overrideReason: raw.overrideReason,
        nominees: nominees.map((n) => ({
          id: n.id, subjectType: n.subjectType, subjectId: n.subjectId, name: n.name, summary: n.summary, report: n.report, voteYes: n.voteYes,
          collectiveFacts: n.collectiveFacts,
          facts: nomineeFacts(ctx, n, { year: raw.year, referenceDate: raw.referenceDate, councilTotal: raw.councilTotal, councilPresent: raw.councilPresent, councilWritten: raw.councilWritten },
            awardDef(ctx, raw.awardCode, raw.referenceDate)?.subject ?? (n.subjectType === 'person' ? 'individual' : 'collective')) as DossierData['nominees'][number]['facts'],
          // Additive: present only when there is something, so an older receiver's record reads as before.
          ...reportAndProofs(reportOf.get(n.id) as ReportRow | undefined, proofs.get(n.id)),
        })),
        documents: r.deleted ? [] : listDocuments(ctx, r.id).map((d) => ({ id: d.id, nomineeId: d.nomineeId, docCode: d.docCode, sha256: d.sha256, name: d.name, mime: d.mime, size: d.size })),
      };
      return envelopeOf('dossier', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'dossiers', id),
  title: (ctx, id) => titleIn(ctx, 'dossiers', 'title', id),
  apply(ctx, rec) {
    const d = rec.data as DossierData;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, year: d.year, round: d.round,
      movementId: d.movementId, proposingUnitId: unitIdFor(ctx, d.proposingUnit, rec.origin)!, awardCode: d.awardCode,
      referenceDate: d.referenceDate, title: cleanText(d.title), meetingDate: d.meeting?.date ?? null, councilTotal: d.meeting?.total ?? null,
      councilPresent: d.meeting?.present ?? null, councilWritten: d.meeting?.written ?? null, overrideReason: d.overrideReason,
    };
    const before = ctx.db.select().from(dossiers).where(eq(dossiers.id, rec.id)).get();
    if (before) ctx.db.update(dossiers).set(values).where(eq(dossiers.id, rec.id)).run();
    else ctx.db.insert(dossiers).values({ ...values, createdAt: rec.updatedAt }).run();
    // Nominees and the list of scans travel whole with each rev: replace them.
    ctx.db.delete(dossierNominees).where(eq(dossierNominees.dossierId, rec.id)).run();
    d.nominees.forEach((n, i) => {
      ctx.db.insert(dossierNominees).values({
        id: n.id, dossierId: rec.id, subjectType: n.subjectType, subjectId: n.subjectId, summary: n.summary, report: n.report,
        voteYes: n.voteYes, collectiveFacts: n.collectiveFacts ? JSON.stringify(n.collectiveFacts) : null,
        facts: n.facts ? JSON.stringify(n.facts) : null, position: i + 1,
      }).run();
    });
    // The reports and proof confirmations travel with their nominees: replaced with each rev too.
    ctx.sqlite.prepare('DELETE FROM achievement_reports WHERE dossier_id = ?').run(rec.id);
    ctx.sqlite.prepare('DELETE FROM proof_confirmations WHERE dossier_id = ?').run(rec.id);
    for (const n of d.nominees) applyReportAndProofs(ctx, rec, n);
    ctx.db.delete(dossierDocuments).where(eq(dossierDocuments.dossierId, rec.id)).run();
    for (const doc of d.documents) {
      ctx.db.insert(dossierDocuments).values({ ...doc, dossierId: rec.id, addedAt: rec.updatedAt }).run();
    }
    writeAudit(ctx, { action: 'import', entity: 'dossier', entityId: rec.id, before, after: { ...values, nominees: d.nominees.length, documents: d.documents.length } });
  },
};
