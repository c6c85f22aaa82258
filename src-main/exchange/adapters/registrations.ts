import { eq } from 'drizzle-orm';
import type { MovementData, RegistrationData } from '../../../src-shared/records';
import { cleanText, fold } from '../../../src-shared/text';
import { collectives, movements, registrationEntries, registrations } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { currentIn, envelopeOf, notAcked, titleIn, unitIdFor, type ContentAdapter, type OwnedRow } from './kit';

type MovementRow = typeof movements.$inferSelect;

export const movementAdapter: ContentAdapter = {
  type: 'movement',
  table: 'movements',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(`SELECT x.*, x.updated_at updatedAt FROM movements x ${notAcked('movement', 'movements', 'x')} ORDER BY x.created_at, x.id`)
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & Record<string, unknown>)[];
    return rows.map((r) =>
      envelopeOf('movement', r, {
        name: r.name, kind: r.kind, launchedBy: { code: r.launched_by_code, name: r.launched_by_name }, year: r.year,
        startDate: r.start_date, endDate: r.end_date, theme: r.theme, slogan: r.slogan,
        targets: JSON.parse(r.targets as string), criteria: JSON.parse(r.criteria as string), legalBasis: r.legal_basis,
      } as MovementData),
    );
  },
  current: (ctx, id) => currentIn(ctx, 'movements', id),
  title: (ctx, id) => titleIn(ctx, 'movements', 'name', id),
  apply(ctx, rec) {
    const d = rec.data as MovementData;
    const name = cleanText(d.name);
    const values: Omit<MovementRow, 'createdAt'> = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, name, nameFolded: fold(name),
      kind: d.kind, launchedByCode: d.launchedBy.code, launchedByName: cleanText(d.launchedBy.name), year: d.year,
      startDate: d.startDate, endDate: d.endDate, theme: cleanText(d.theme), slogan: cleanText(d.slogan),
      targets: JSON.stringify(d.targets), criteria: JSON.stringify(d.criteria), legalBasis: d.legalBasis,
    };
    const before = ctx.db.select().from(movements).where(eq(movements.id, rec.id)).get();
    if (before) ctx.db.update(movements).set(values).where(eq(movements.id, rec.id)).run();
    else ctx.db.insert(movements).values({ ...values, createdAt: rec.updatedAt }).run();
    writeAudit(ctx, { action: 'import', entity: 'movement', entityId: rec.id, before, after: values });
  },
};

export const registrationAdapter: ContentAdapter = {
  type: 'registration',
  table: 'registrations',
  outgoing(ctx, q) {
    const rows = ctx.sqlite
      .prepare(
        `SELECT x.*, x.updated_at updatedAt, m.name movementName, u.code unitCode, u.name unitName, u.level unitLevel
           FROM registrations x LEFT JOIN movements m ON m.id = x.movement_id LEFT JOIN units u ON u.id = x.unit_id
           ${notAcked('registration', 'registrations', 'x')} ORDER BY x.created_at, x.id`,
      )
      .all({ ...q, all: q.all ? 1 : 0 }) as (OwnedRow & Record<string, unknown>)[];
    const entries = ctx.sqlite.prepare(
      `SELECT e.id, e.person_id personId, coalesce(p.full_name, '') fullName, e.title, e.note FROM registration_entries e
         LEFT JOIN people p ON p.id = e.person_id WHERE e.registration_id = ? ORDER BY e.position`,
    );
    return rows.map((r) =>
      envelopeOf('registration', r, {
        year: r.year, movementId: r.movement_id, movementName: r.movementName ?? '', registrantKind: r.registrant_kind,
        unit: r.unitCode ? { code: r.unitCode, name: r.unitName, level: r.unitLevel } : null, collectiveId: r.collective_id,
        registrantName: r.registrant_name, titles: JSON.parse(r.titles as string), commitments: JSON.parse(r.commitments as string),
        registeredOn: r.registered_on, signerName: r.signer_name, signerPosition: r.signer_position, late: r.late === 1,
        lateNote: r.late_note, entries: entries.all(r.id),
      } as RegistrationData),
    );
  },
  current: (ctx, id) => currentIn(ctx, 'registrations', id),
  title: (ctx, id) => titleIn(ctx, 'registrations', `registrant_name || ' (' || year || ')'`, id),
  apply(ctx, rec) {
    const d = rec.data as RegistrationData;
    const collective = d.collectiveId ? ctx.db.select({ id: collectives.id }).from(collectives).where(eq(collectives.id, d.collectiveId)).get() : undefined;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, year: d.year,
      movementId: d.movementId, registrantKind: d.registrantKind, unitId: unitIdFor(ctx, d.unit, rec.origin),
      collectiveId: collective?.id ?? null, registrantName: cleanText(d.registrantName), titles: JSON.stringify(d.titles),
      commitments: JSON.stringify(d.commitments), registeredOn: d.registeredOn, signerName: cleanText(d.signerName),
      signerPosition: cleanText(d.signerPosition), late: d.late, lateNote: d.lateNote,
    };
    const before = ctx.db.select().from(registrations).where(eq(registrations.id, rec.id)).get();
    if (before) ctx.db.update(registrations).set(values).where(eq(registrations.id, rec.id)).run();
    else ctx.db.insert(registrations).values({ ...values, createdAt: rec.updatedAt }).run();
    // The list travels whole with each rev: replace it.
    ctx.db.delete(registrationEntries).where(eq(registrationEntries.registrationId, rec.id)).run();
    d.entries.forEach((e, i) => {
      ctx.db.insert(registrationEntries).values({ id: e.id, registrationId: rec.id, personId: e.personId, title: e.title, note: cleanText(e.note), position: i + 1 }).run();
    });
    writeAudit(ctx, { action: 'import', entity: 'registration', entityId: rec.id, before, after: { ...values, entries: d.entries.length } });
  },
};
