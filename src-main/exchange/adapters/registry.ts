// Exchange adapters of the registry: people and collectives, owned by the unit that keeps them.
import { eq } from 'drizzle-orm';
import type { CollectiveData, PersonData, UnitRef } from '../../../src-shared/records';
import { cleanText, fold, joinFullName, nameSortKey } from '../../../src-shared/text';
import { collectives, people } from '../../db/schema';
import { statement, writeAudit } from '../../services/core';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

export const personAdapter: ContentAdapter = {
  type: 'person',
  table: 'people',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT p.id, p.rev, p.updated_at updatedAt, p.origin, p.deleted, p.family_name familyName, p.middle_name middleName,
                p.given_name givenName, p.gender, p.birth_date birthDate, p.birth_year birthYear, p.ethnicity, p.position,
                u.code unitCode, u.name unitName, u.level unitLevel, p.collective_id collectiveId, p.direct_labor directLabor, p.phone,
                p.home_town homeTown, p.residence, p.qualification, p.academic_rank academicRank, p.remote_area remoteArea
           FROM people p LEFT JOIN units u ON u.id = p.unit_id ${notAcked('person', 'people', 'p')} ORDER BY p.seq`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & Omit<PersonData, 'unit' | 'directLabor' | 'remoteArea'> & {
        unitCode: string | null; unitName: string; unitLevel: UnitRef['level']; directLabor: number; remoteArea: number | null;
      })[];
    return rows.map((r) =>
      envelopeOf('person', r, {
        familyName: r.familyName, middleName: r.middleName, givenName: r.givenName, gender: r.gender,
        birthDate: r.birthDate, birthYear: r.birthYear, ethnicity: r.ethnicity, position: r.position,
        unit: r.unitCode ? { code: r.unitCode, name: r.unitName, level: r.unitLevel } : null,
        collectiveId: r.collectiveId, directLabor: r.directLabor === 1, phone: r.phone,
        // Additive: only when known, so a record without them reads the same as before.
        ...particularsOut(r),
        ...(r.remoteArea === null ? {} : { remoteArea: r.remoteArea === 1 }),
      } satisfies PersonData),
    );
  },
  current: (ctx, id) => currentIn(ctx, 'people', id),
  title: (ctx, id) => titleIn(ctx, 'people', 'full_name', id),
  apply(ctx, rec) {
    const d = rec.data as PersonData;
    const parts = { familyName: cleanText(d.familyName), middleName: cleanText(d.middleName), givenName: cleanText(d.givenName) };
    const fullName = joinFullName(parts);
    const collective = d.collectiveId ? (statement(ctx, 'SELECT id FROM collectives WHERE id = ?').get(d.collectiveId) as { id: string } | undefined) : undefined;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, ...parts, fullName,
      sortKey: nameSortKey(parts), searchText: fold(fullName), gender: d.gender, birthDate: d.birthDate, birthYear: d.birthYear,
      ethnicity: d.ethnicity, position: cleanText(d.position), unitId: unitIdFor(ctx, d.unit, rec.origin),
      collectiveId: collective?.id ?? null, directLabor: d.directLabor, phone: d.phone,
      // An older package has none of them: read as not known.
      homeTown: cleanText(d.homeTown ?? ''), residence: cleanText(d.residence ?? ''),
      qualification: cleanText(d.qualification ?? ''), academicRank: cleanText(d.academicRank ?? ''),
      remoteArea: d.remoteArea ?? null,
    };
    // A package of a commune's people is mostly new rows: those go in through one prepared
    // statement (drizzle's per-row query building cost more than the insert); a copy being
    // replaced is read whole for its audit row and updated as before.
    if (statement(ctx, 'SELECT seq FROM people WHERE id = ?').get(rec.id)) {
      const before = ctx.db.select().from(people).where(eq(people.id, rec.id)).get();
      ctx.db.update(people).set(values).where(eq(people.id, rec.id)).run();
      writeAudit(ctx, { action: 'import', entity: 'person', entityId: rec.id, before, after: values });
      return;
    }
    statement(ctx, INSERT_PERSON).run({ ...values, createdAt: rec.updatedAt, deleted: values.deleted ? 1 : 0, directLabor: values.directLabor ? 1 : 0,
      remoteArea: values.remoteArea === null ? null : values.remoteArea ? 1 : 0 });
    writeAudit(ctx, { action: 'import', entity: 'person', entityId: rec.id, after: values });
  },
};

const INSERT_PERSON = `INSERT INTO people (id, origin, rev, created_at, updated_at, deleted, family_name, middle_name, given_name, full_name,
    sort_key, search_text, gender, birth_date, birth_year, ethnicity, position, unit_id, collective_id, direct_labor, phone,
    home_town, residence, qualification, academic_rank, remote_area)
  VALUES (@id, @origin, @rev, @createdAt, @updatedAt, @deleted, @familyName, @middleName, @givenName, @fullName,
    @sortKey, @searchText, @gender, @birthDate, @birthYear, @ethnicity, @position, @unitId, @collectiveId, @directLabor, @phone,
    @homeTown, @residence, @qualification, @academicRank, @remoteArea)`;

type Particulars = Pick<PersonData, 'homeTown' | 'residence' | 'qualification' | 'academicRank'>;
const PARTICULAR_KEYS = ['homeTown', 'residence', 'qualification', 'academicRank'] as const;

/** The báo cáo thành tích particulars a person record carries: the non-empty ones only. */
function particularsOut(r: Particulars): Particulars {
  const out: Particulars = {};
  for (const k of PARTICULAR_KEYS) if (r[k]) out[k] = r[k];
  return out;
}

export const collectiveAdapter: ContentAdapter = {
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
