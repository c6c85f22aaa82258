import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/** One row: who this installation is. */
export const installation = sqliteTable('installation', {
  singleton: integer('singleton').primaryKey().default(1),
  unitId: text('unit_id').notNull(),
  clerkName: text('clerk_name').notNull(),
  publicKey: text('public_key').notNull(),
  keyId: text('key_id').notNull(),
  keyProtection: text('key_protection').notNull(),
  createdAt: text('created_at').notNull(),
  /** When the current key was made (null: at setup, `created_at`); set by a key rotation. */
  keyCreatedAt: text('key_created_at'),
  /** The key the current one replaced, for the registration form and the audit trail. */
  previousKeyId: text('previous_key_id'),
});

/** The administrative hierarchy as data: levels and parents, mergers of 2025 included. */
export const units = sqliteTable(
  'units',
  {
    ...owned(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    level: text('level').notNull(),
    parentId: text('parent_id'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mergedIntoId: text('merged_into_id'),
  },
  (t) => [
    uniqueIndex('units_code_uq').on(t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_level_idx').on(t.level),
  ],
);

/** Tập thể: a department, thôn, school… under a unit. */
export const collectives = sqliteTable(
  'collectives',
  {
    ...owned(),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    kind: text('kind').notNull(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    memberCount: integer('member_count').notNull().default(0),
  },
  (t) => [
    index('collectives_unit_idx').on(t.unitId),
    index('collectives_list_idx').on(t.deleted, t.nameFolded),
    // The list's order (name, then id) read from one index, so a page needs no sort (issue 18).
    index('collectives_order_idx').on(t.deleted, t.nameFolded, t.id),
  ],
);

/**
 * Cá nhân. `seq` is an integer rowid alias so the FTS5 index (created in a hand-written
 * migration, see migrations/) can point at rows cheaply; `id` is the UUID the world sees.
 */
export const people = sqliteTable(
  'people',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    origin: text('origin').notNull(),
    rev: integer('rev').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    familyName: text('family_name').notNull(), // họ
    middleName: text('middle_name').notNull(), // tên đệm
    givenName: text('given_name').notNull(), // tên
    fullName: text('full_name').notNull(),
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(), // folded full name, fed to FTS5
    gender: text('gender').notNull(),
    birthDate: text('birth_date'),
    birthYear: integer('birth_year'),
    ethnicity: text('ethnicity').notNull(),
    position: text('position').notNull().default(''),
    unitId: text('unit_id').references(() => units.id),
    collectiveId: text('collective_id').references(() => collectives.id),
    directLabor: integer('direct_labor', { mode: 'boolean' }).notNull().default(false),
    phone: text('phone'),
    /** Lives or works in a vùng sâu, vùng xa, vùng đặc biệt khó khăn; null = not known (the review counts it "không rõ"). */
    remoteArea: integer('remote_area', { mode: 'boolean' }),
    // The particulars the báo cáo thành tích asks for (NĐ 152/2025 forms), '' when not known.
    homeTown: text('home_town').notNull().default(''), // quê quán
    residence: text('residence').notNull().default(''), // trú quán (nơi ở hiện nay)
    qualification: text('qualification').notNull().default(''), // trình độ chuyên môn, nghiệp vụ
    academicRank: text('academic_rank').notNull().default(''), // học hàm, học vị
  },
  (t) => [
    uniqueIndex('people_id_uq').on(t.id),
    index('people_list_idx').on(t.deleted, t.sortKey),
    index('people_unit_idx').on(t.unitId, t.deleted, t.sortKey),
    index('people_collective_idx').on(t.collectiveId),
    index('people_match_idx').on(t.searchText, t.birthYear),
  ],
);

/** Every write appends a row here in the same transaction: who, when, what, before/after. */
export const audit = sqliteTable(
  'audit',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(), // create | update | delete | import | init
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

/** Small settings of the installation (registration deadline per year, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Unsaved form contents (a clerk's half-typed record), one row per form: `key` names the form
 * and its record ("person:new", "person:<id>"). Kept here rather than in the browser's storage
 * so a draft survives a crash and lives with the clerk's data. Not a record: never exchanged.
 */
export const drafts = sqliteTable('drafts', {
  key: text('key').primaryKey(),
  label: text('label').notNull(),
  value: text('value').notNull(), // JSON of the form's own draft shape
  baseRev: integer('base_rev'), // the record's rev when editing began (null for a new record)
  savedAt: text('saved_at').notNull(),
});

/**
 * Sổ văn bản đi: the numbers this installation gave its papers, per year and kind (tờ trình,
 * quyết định…). A number is taken once; the next one offered is the highest taken plus one.
 */
export const outgoingNumbers = sqliteTable(
  'outgoing_numbers',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    number: integer('number').notNull(),
    /** As printed: "05/QĐ-UBND". */
    printed: text('printed').notNull(),
    issuedOn: text('issued_on').notNull(),
    refType: text('ref_type'),
    refId: text('ref_id'),
    summary: text('summary').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('outgoing_numbers_year_kind_number').on(t.year, t.kind, t.number), index('outgoing_numbers_ref_idx').on(t.refType, t.refId)],
);
