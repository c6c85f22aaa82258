import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

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
  (t) => [
    index('dossiers_year_idx').on(t.year, t.deleted),
    // The list's order (newest year, last changed first) read from one index (issue 18).
    index('dossiers_order_idx').on(t.deleted, t.year, t.updatedAt),
  ],
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
 * A clerk's confirmation that the document proving a criterion is in the dossier (mưu trí, sáng
 * tạo trong chiến đấu; a household's contribution; a state-level award's criteria): who, when,
 * which document. Without one the criterion reads "chưa xác nhận minh chứng". No foreign key to
 * dossier_nominees, like achievement_reports: undoing a nominee's removal brings it back.
 */
export const proofConfirmations = sqliteTable(
  'proof_confirmations',
  {
    id: text('id').primaryKey(),
    nomineeId: text('nominee_id').notNull(),
    dossierId: text('dossier_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    document: text('document').notNull(), // "Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban CHQS xã"
    confirmedBy: text('confirmed_by').notNull(),
    confirmedAt: text('confirmed_at').notNull(),
  },
  (t) => [uniqueIndex('proof_confirmations_uq').on(t.nomineeId, t.criterionId), index('proof_confirmations_dossier_idx').on(t.dossierId)],
);
