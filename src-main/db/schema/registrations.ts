import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';
import { collectives, units } from './core';

/** Phong trào thi đua: launched by a unit; the province distributes its own in reference packages. */
export const movements = sqliteTable(
  'movements',
  {
    ...owned(),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    kind: text('kind').notNull(), // regular | periodic | thematic
    launchedByCode: text('launched_by_code').notNull(),
    launchedByName: text('launched_by_name').notNull(),
    year: integer('year').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    theme: text('theme').notNull().default(''),
    slogan: text('slogan').notNull().default(''),
    targets: text('targets').notNull().default('[]'), // JSON [{text, value, unit}]
    criteria: text('criteria').notNull().default('[]'), // JSON [{text}]
    legalBasis: text('legal_basis').notNull().default(''),
  },
  (t) => [index('movements_year_idx').on(t.year, t.deleted)],
);

/**
 * Đăng ký thi đua of a unit or collective for a year under a movement: the titles aimed at
 * and the commitments; its individual registrations are rows of registration_entries.
 */
export const registrations = sqliteTable(
  'registrations',
  {
    ...owned(),
    year: integer('year').notNull(),
    movementId: text('movement_id').notNull(),
    registrantKind: text('registrant_kind').notNull(), // unit | collective
    unitId: text('unit_id').references(() => units.id),
    collectiveId: text('collective_id').references(() => collectives.id),
    registrantName: text('registrant_name').notNull(),
    titles: text('titles').notNull().default('[]'), // JSON [titleCode]
    commitments: text('commitments').notNull().default('[]'), // JSON [{text, target, unit}]
    registeredOn: text('registered_on').notNull(),
    signerName: text('signer_name').notNull().default(''),
    signerPosition: text('signer_position').notNull().default(''),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    lateNote: text('late_note'),
  },
  (t) => [
    index('registrations_year_idx').on(t.year, t.deleted), index('registrations_movement_idx').on(t.movementId),
    // The list's order (newest year, then unit and name) read from one index (issue 18).
    index('registrations_order_idx').on(t.deleted, sql`${t.year} DESC`, t.origin, t.registrantName),
  ],
);

/** Individual registrations (cá nhân đăng ký) inside a registration. */
export const registrationEntries = sqliteTable(
  'registration_entries',
  {
    id: text('id').primaryKey(),
    registrationId: text('registration_id').notNull().references(() => registrations.id),
    personId: text('person_id').notNull(),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('registration_entries_person_uq').on(t.registrationId, t.personId),
    index('registration_entries_person_idx').on(t.personId),
  ],
);

/** Column mappings of spreadsheet layouts the clerk has imported before, by header signature. */
export const importLayouts = sqliteTable('import_layouts', {
  signature: text('signature').primaryKey(),
  target: text('target').notNull(),
  mapping: text('mapping').notNull(), // JSON {field: columnIndex}
  updatedAt: text('updated_at').notNull(),
});
