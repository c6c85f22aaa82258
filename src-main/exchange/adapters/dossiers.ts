import { eq } from 'drizzle-orm';
import type { DossierData } from '../../../src-shared/records';
import { cleanText } from '../../../src-shared/text';
import { dossierDocuments, dossierNominees, dossiers } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { listDocuments, getDossier, awardDef, nomineeFacts } from '../../services/dossiers';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

/** A dossier travels whole: its nominees, the council's vote and the list of its scans. */
export const dossierAdapter: ContentAdapter = {
  type: 'dossier',
  table: 'dossiers',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(`SELECT x.id, x.rev, x.updated_at updatedAt, x.origin, x.deleted, u.code unitCode, u.name unitName, u.level unitLevel
                  FROM dossiers x JOIN units u ON u.id = x.proposing_unit_id ${notAcked('dossier', 'dossiers', 'x')} ORDER BY x.created_at, x.id`)
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & { unitCode: string; unitName: string; unitLevel: 'commune' })[];
    return rows.map((r) => {
      const raw = ctx.db.select().from(dossiers).where(eq(dossiers.id, r.id)).get()!;
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
    ctx.db.delete(dossierDocuments).where(eq(dossierDocuments.dossierId, rec.id)).run();
    for (const doc of d.documents) {
      ctx.db.insert(dossierDocuments).values({ ...doc, dossierId: rec.id, addedAt: rec.updatedAt }).run();
    }
    writeAudit(ctx, { action: 'import', entity: 'dossier', entityId: rec.id, before, after: { ...values, nominees: d.nominees.length, documents: d.documents.length } });
  },
};
