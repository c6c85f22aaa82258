import { eq } from 'drizzle-orm';
import type { CollectiveData, DecisionData, PersonData, UnitRef } from '../../src-shared/records';
import { cleanText, fold, joinFullName, nameSortKey } from '../../src-shared/text';
import crypto from 'node:crypto';
import { awardHistory, collectives, decisions, people, recordStatus } from '../db/schema';
import { awardDef } from '../services/catalogue';
import { requireInstallation } from '../services/installation';
import { writeAudit } from '../services/audit';
import { isoNow, type ServiceContext } from '../services/context';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './adapterKit';
import { dossierAdapter } from './dossierAdapter';
import { initiativeAdapter } from './initiativeAdapter';
import { checklistTemplateAdapter, inspectionAdapter, inspectionPlanAdapter, inspectionSelfAssessmentAdapter } from './inspectionAdapter';
import { movementAdapter, registrationAdapter } from './registrationAdapters';

export type { ContentAdapter } from './adapterKit';

const personAdapter: ContentAdapter = {
  type: 'person',
  table: 'people',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT p.id, p.rev, p.updated_at updatedAt, p.origin, p.deleted, p.family_name familyName, p.middle_name middleName,
                p.given_name givenName, p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position,
                u.code unitCode, u.name unitName, u.level unitLevel, p.collective_id collectiveId, p.direct_labor directLabor, p.phone
           FROM people p LEFT JOIN units u ON u.id = p.unit_id ${notAcked('person', 'people', 'p')} ORDER BY p.seq`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & Omit<PersonData, 'unit' | 'directLabor'> & { unitCode: string | null; unitName: string; unitLevel: UnitRef['level']; directLabor: number })[];
    return rows.map((r) =>
      envelopeOf('person', r, {
        familyName: r.familyName, middleName: r.middleName, givenName: r.givenName, gender: r.gender,
        birthDate: r.birthDate, birthYear: r.birthYear, ethnicity: r.ethnicity, position: r.position,
        unit: r.unitCode ? { code: r.unitCode, name: r.unitName, level: r.unitLevel } : null,
        collectiveId: r.collectiveId, directLabor: r.directLabor === 1, phone: r.phone,
      } satisfies PersonData),
    );
  },
  current: (ctx, id) => currentIn(ctx, 'people', id),
  title: (ctx, id) => titleIn(ctx, 'people', 'full_name', id),
  apply(ctx, rec) {
    const d = rec.data as PersonData;
    const parts = { familyName: cleanText(d.familyName), middleName: cleanText(d.middleName), givenName: cleanText(d.givenName) };
    const fullName = joinFullName(parts);
    const collective = d.collectiveId ? ctx.db.select({ id: collectives.id }).from(collectives).where(eq(collectives.id, d.collectiveId)).get() : undefined;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, ...parts, fullName,
      sortKey: nameSortKey(parts), searchText: fold(fullName), gender: d.gender, birthDate: d.birthDate, birthYear: d.birthYear,
      ethnicity: d.ethnicity, position: cleanText(d.position), unitId: unitIdFor(ctx, d.unit, rec.origin),
      collectiveId: collective?.id ?? null, directLabor: d.directLabor, phone: d.phone,
    };
    const before = ctx.db.select().from(people).where(eq(people.id, rec.id)).get();
    if (before) ctx.db.update(people).set(values).where(eq(people.id, rec.id)).run();
    else ctx.db.insert(people).values({ ...values, createdAt: rec.updatedAt }).run();
    writeAudit(ctx, { action: 'import', entity: 'person', entityId: rec.id, before, after: values });
  },
};

const collectiveAdapter: ContentAdapter = {
  type: 'collective',
  table: 'collectives',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT c.id, c.rev, c.updated_at updatedAt, c.origin, c.deleted, c.name, c.kind, c.member_count memberCount,
                u.code unitCode, u.name unitName, u.level unitLevel
           FROM collectives c JOIN units u ON u.id = c.unit_id ${notAcked('collective', 'collectives', 'c')} ORDER BY c.created_at, c.id`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & Omit<CollectiveData, 'unit'> & { unitCode: string; unitName: string; unitLevel: UnitRef['level'] })[];
    return rows.map((r) =>
      envelopeOf('collective', r, {
        name: r.name, kind: r.kind, memberCount: r.memberCount, unit: { code: r.unitCode, name: r.unitName, level: r.unitLevel },
      } satisfies CollectiveData),
    );
  },
  current: (ctx, id) => currentIn(ctx, 'collectives', id),
  title: (ctx, id) => titleIn(ctx, 'collectives', 'name', id),
  apply(ctx, rec) {
    const d = rec.data as CollectiveData;
    const name = cleanText(d.name);
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, name, nameFolded: fold(name),
      kind: d.kind, unitId: unitIdFor(ctx, d.unit, rec.origin)!, memberCount: d.memberCount,
    };
    const before = ctx.db.select().from(collectives).where(eq(collectives.id, rec.id)).get();
    if (before) ctx.db.update(collectives).set(values).where(eq(collectives.id, rec.id)).run();
    else ctx.db.insert(collectives).values({ ...values, createdAt: rec.updatedAt }).run();
    writeAudit(ctx, { action: 'import', entity: 'collective', entityId: rec.id, before, after: values });
  },
};

/**
 * A dossier decided (number, date, issuer): each of its nominees gets the award in their
 * history, once per decision, so the next streak rule sees it.
 */
function landAwards(ctx: ServiceContext, decisionId: string, d: DecisionData): void {
  if (d.status !== 'decided' || d.subject.type !== 'dossier' || !d.decision) return;
  const dossier = ctx.sqlite.prepare('SELECT year, award_code awardCode, reference_date referenceDate FROM dossiers WHERE id = ?').get(d.subject.id) as
    | { year: number; awardCode: string; referenceDate: string }
    | undefined;
  if (!dossier) return;
  const award = awardDef(ctx, dossier.awardCode, dossier.referenceDate);
  const nominees = ctx.sqlite.prepare('SELECT subject_type subjectType, subject_id subjectId FROM dossier_nominees WHERE dossier_id = ?').all(d.subject.id) as { subjectType: 'person' | 'collective'; subjectId: string }[];
  const landed = ctx.sqlite.prepare('SELECT 1 FROM award_history WHERE decision_id = ? AND subject_id = ? AND deleted = 0');
  const me = requireInstallation(ctx);
  for (const n of nominees) {
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
  landAwards(ctx, decisionId, d);
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

const decisionAdapter: ContentAdapter = {
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

export const CONTENT_ADAPTERS: Record<string, ContentAdapter> = {
  collective: collectiveAdapter,
  person: personAdapter,
  movement: movementAdapter,
  registration: registrationAdapter,
  dossier: dossierAdapter,
  initiative: initiativeAdapter,
  'checklist-template': checklistTemplateAdapter,
  'inspection-plan': inspectionPlanAdapter,
  inspection: inspectionAdapter,
  'inspection-self-assessment': inspectionSelfAssessmentAdapter,
  decision: decisionAdapter,
};
