
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Columns every owned record carries: the exchange format (shared/exchange-format.md) relies
// on id (UUID born where the record is born), origin (owner unit code) and rev (bumped on
// every change). Deletion is a tombstone (deleted = 1, rev bumped), never a DELETE.
const owned = () => ({
  id: text('id').primaryKey(),
  origin: text('origin').notNull(),
  rev: integer('rev').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
});

/** One row: who this installation is. */
export const installation = sqliteTable('installation', {
  singleton: integer('singleton').primaryKey().default(1),
  unitId: text('unit_id').notNull(),
  clerkName: text('clerk_name').notNull(),
  publicKey: text('public_key').notNull(),
  keyId: text('key_id').notNull(),
  keyProtection: text('key_protection').notNull(),
  createdAt: text('created_at').notNull(),
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


/** Other installations' public keys this one trusts (by a person's confirmation or a trust list). */
export const trustedKeys = sqliteTable(
  'trusted_keys',
  {
    keyId: text('key_id').primaryKey(),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    level: text('level').notNull(),
    publicKey: text('public_key').notNull(),
    status: text('status').notNull(), // trusted | revoked
    source: text('source').notNull(), // manual | trust-list
    addedAt: text('added_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('trusted_keys_unit_idx').on(t.unitCode)],
);

/** Small settings of the exchange: installed versions of trust list and reference data. */
export const exchangeSettings = sqliteTable('exchange_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Every package written or read: the idempotency key, sequences for gaps, the outcome. */
export const packages = sqliteTable(
  'packages',
  {
    packageId: text('package_id').notNull(),
    direction: text('direction').notNull(), // in | out
    kind: text('kind').notNull(),
    senderCode: text('sender_code').notNull(),
    senderName: text('sender_name').notNull(),
    senderKeyId: text('sender_key_id').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sequence: integer('sequence').notNull(),
    createdAt: text('created_at').notNull(),
    processedAt: text('processed_at').notNull(),
    result: text('result').notNull(), // written | applied
    counts: text('counts').notNull(), // JSON
    fileName: text('file_name'),
    batchId: text('batch_id'),
    /** In: per-record outcomes [{type, id, rev, result}], what an ack reports back. */
    results: text('results'),
    /** In: the ack package that reported this one back to its sender. */
    ackPackageId: text('ack_package_id'),
  },
  (t) => [
    uniqueIndex('packages_id_dir_uq').on(t.packageId, t.direction),
    index('packages_sender_idx').on(t.direction, t.senderCode, t.recipientCode, t.sequence),
  ],
);

/** What of ours each recipient has been sent and has acknowledged, per record. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sentRev: integer('sent_rev').notNull(),
    ackedRev: integer('acked_rev').notNull().default(0),
    packageId: text('package_id').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId, t.recipientCode] })],
);

/** Where a record stands in the shared life cycle, and the upper level's last word on it. */
export const recordStatus = sqliteTable(
  'record_status',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    status: text('status').notNull(),
    reasons: text('reasons'), // JSON [{field, message}]
    decision: text('decision'), // JSON {number, date, issuer, award}
    decidedBy: text('decided_by'),
    decisionId: text('decision_id'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId] }), index('record_status_status_idx').on(t.status)],
);

/** Decision records: owned by the deciding level, sent down in feedback packages. */
export const decisions = sqliteTable(
  'decisions',
  {
    ...owned(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    subjectOrigin: text('subject_origin').notNull(),
    status: text('status').notNull(),
    data: text('data').notNull(), // JSON of the record's data
  },
  (t) => [index('decisions_subject_idx').on(t.subjectType, t.subjectId), index('decisions_origin_idx').on(t.subjectOrigin)],
);

/** Attachments, stored once by content (SHA-256) however many records use them. */
export const attachments = sqliteTable('attachments', {
  sha256: text('sha256').primaryKey(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/** Small settings of the installation (registration deadline per year, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

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
  (t) => [index('registrations_year_idx').on(t.year, t.deleted), index('registrations_movement_idx').on(t.movementId)],
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

/** Khen thưởng đã có: a person's or collective's award history, the ground of streak rules. */
export const awardHistory = sqliteTable(
  'award_history',
  {
    ...owned(),
    subjectType: text('subject_type').notNull(), // person | collective
    subjectId: text('subject_id').notNull(),
    year: integer('year').notNull(),
    awardCode: text('award_code').notNull(), // catalogue code, or '' for an award outside it
    awardName: text('award_name').notNull(),
    category: text('category').notNull(), // cong-trang | dot-xuat | chuyen-de | phong-trao | cong-hien | doi-ngoai
    decisionNumber: text('decision_number').notNull().default(''),
    decisionDate: text('decision_date'),
    issuer: text('issuer').notNull().default(''),
    source: text('source').notNull(), // manual | import | decision
    decisionId: text('decision_id'),
  },
  (t) => [index('award_history_subject_idx').on(t.subjectType, t.subjectId, t.year)],
);

/** Mức độ hoàn thành nhiệm vụ of a person for a year (HTXS, HTT, HT, KHT). */
export const evaluations = sqliteTable(
  'evaluations',
  {
    ...owned(),
    personId: text('person_id').notNull(),
    year: integer('year').notNull(),
    level: text('level').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('evaluations_person_year_uq').on(t.personId, t.year)],
);

/** Discipline or investigation that holds back commendation while it lasts. */
export const holds = sqliteTable(
  'holds',
  {
    ...owned(),
    personId: text('person_id').notNull(),
    kind: text('kind').notNull(), // discipline | investigation
    level: text('level'), // khien-trach | canh-cao | cach-chuc | buoc-thoi-viec
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('holds_person_idx').on(t.personId)],
);

/** Sáng kiến as the eligibility engine needs them; the initiatives capability fills the rest. */
export const initiatives = sqliteTable('initiatives', {
  ...owned(),
  title: text('title').notNull(),
  year: integer('year').notNull(),
  status: text('status').notNull(), // draft | submitted | recognised | refused
  scope: text('scope'), // co-so | tinh | toan-quoc
  recognisedOn: text('recognised_on'),
  decisionNumber: text('decision_number').notNull().default(''),
  /** The dossier nominee this initiative was counted for: an initiative serves one award only. */
  usedByNomineeId: text('used_by_nominee_id'),
});

export const initiativeAuthors = sqliteTable(
  'initiative_authors',
  {
    initiativeId: text('initiative_id').notNull().references(() => initiatives.id),
    personId: text('person_id').notNull(),
    share: integer('share').notNull(), // percent
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.personId] }), index('initiative_authors_person_idx').on(t.personId)],
);

/** Hồ sơ đề nghị khen thưởng: one award sought for one or more nominees, with the council's vote. */
export const dossiers = sqliteTable(
  'dossiers',
  {
    ...owned(),
    year: integer('year').notNull(),
    round: text('round').notNull(), // annual | thematic | adhoc
    movementId: text('movement_id'),
    proposingUnitId: text('proposing_unit_id').notNull(),
    awardCode: text('award_code').notNull(),
    referenceDate: text('reference_date').notNull(),
    title: text('title').notNull(),
    meetingDate: text('meeting_date'),
    councilTotal: integer('council_total'),
    councilPresent: integer('council_present'),
    councilWritten: integer('council_written'),
    overrideReason: text('override_reason'),
  },
  (t) => [index('dossiers_year_idx').on(t.year, t.deleted)],
);

export const dossierNominees = sqliteTable(
  'dossier_nominees',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull().references(() => dossiers.id),
    subjectType: text('subject_type').notNull(), // person | collective
    subjectId: text('subject_id').notNull(),
    summary: text('summary').notNull().default(''),
    report: text('report').notNull().default(''),
    voteYes: integer('vote_yes'),
    /** For collectives: members, LĐTT, completed tasks, CSTĐCS, disciplined (JSON). */
    collectiveFacts: text('collective_facts'),
    /**
     * On a received dossier: the nominee's facts (history, ratings, initiatives, holds) as the
     * proposing unit held them when it sent the dossier, so the upper level can check too.
     */
    facts: text('facts'),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('dossier_nominees_subject_uq').on(t.dossierId, t.subjectType, t.subjectId)],
);

export const dossierDocuments = sqliteTable(
  'dossier_documents',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull().references(() => dossiers.id),
    nomineeId: text('nominee_id'),
    docCode: text('doc_code').notNull(),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [index('dossier_documents_dossier_idx').on(t.dossierId)],
);

/**
 * What was sent, as it was: each record of each submission package at the rev it had. A
 * dossier edited after sending becomes a new rev; the one sent stays here, with its package.
 */
export const sentRecords = sqliteTable(
  'sent_records',
  {
    packageId: text('package_id').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    rev: integer('rev').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sentAt: text('sent_at').notNull(),
    data: text('data').notNull(), // JSON of the record's data
  },
  (t) => [primaryKey({ columns: [t.packageId, t.recordType, t.recordId] }), index('sent_records_record_idx').on(t.recordType, t.recordId)],
);
