import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Đợt xét công nhận sáng kiến of one year (đợt I mid-year, đợt II at year end by default), with
 * the council's scoring criteria and pass mark: each round keeps its own, so a past round is
 * judged by the sheet its council used.
 */
export const initiativeRounds = sqliteTable(
  'initiative_rounds',
  {
    ...owned(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    /** Last day applications are taken into this round. */
    deadline: text('deadline'),
    meetingDate: text('meeting_date'),
    /** JSON [{ code, name, max }]: the criteria each council member scores. */
    criteria: text('criteria').notNull(),
    /** Average total score at or above which the council proposes recognition. */
    passMark: real('pass_mark').notNull(),
    status: text('status').notNull(), // open | closed
    /** "Vẫn nhận hồ sơ sau hạn": why the round keeps taking applications after its deadline, when and by whom. */
    keepOpenReason: text('keep_open_reason'),
    keepOpenAt: text('keep_open_at'),
    keepOpenBy: text('keep_open_by'),
  },
  (t) => [index('initiative_rounds_year_idx').on(t.year, t.number)],
);

/** Hội đồng sáng kiến of a round: who scores, in what role (chủ tịch, thư ký, ủy viên). */
export const initiativeCouncilMembers = sqliteTable(
  'initiative_council_members',
  {
    id: text('id').primaryKey(),
    roundId: text('round_id').notNull().references(() => initiativeRounds.id),
    name: text('name').notNull(),
    position: text('position').notNull().default(''),
    role: text('role').notNull(), // chu-tich | pho-chu-tich | thu-ky | uy-vien
    sort: integer('sort').notNull(),
  },
  (t) => [index('initiative_council_round_idx').on(t.roundId)],
);

/** Đơn yêu cầu công nhận sáng kiến and what became of it (Điều lệ Sáng kiến, TT 18/2013). */
export const initiatives = sqliteTable(
  'initiatives',
  {
    ...owned(),
    title: text('title').notNull(),
    titleFolded: text('title_folded').notNull().default(''),
    year: integer('year').notNull(),
    roundId: text('round_id').references(() => initiativeRounds.id),
    status: text('status').notNull(), // draft | received | recognised | refused
    addressedTo: text('addressed_to').notNull().default(''),
    investor: text('investor').notNull().default(''),
    field: text('field').notNull().default(''),
    problem: text('problem').notNull().default(''),
    description: text('description').notNull().default(''),
    confidential: text('confidential').notNull().default(''),
    conditions: text('conditions').notNull().default(''),
    authorBenefits: text('author_benefits').notNull().default(''),
    trialBenefits: text('trial_benefits').notNull().default(''),
    firstAppliedOn: text('first_applied_on'),
    /** JSON [{ name, position, workplace, part }]: who took part in the trial application. */
    trialParticipants: text('trial_participants').notNull().default('[]'),
    /** Scope the authors ask for (cơ sở, or a wider one sought from the upper level). */
    proposedScope: text('proposed_scope').notNull().default('co-so'),
    receivedOn: text('received_on'),
    receiptNumber: text('receipt_number').notNull().default(''),
    /** Received after its round's deadline (allowed only while the round is kept open, and said on screen). */
    receivedLate: integer('received_late', { mode: 'boolean' }).notNull().default(false),
    /** Why the round was still taking applications when this one was received late (the round's reason, kept at receipt). */
    receivedLateReason: text('received_late_reason').notNull().default(''),
    /** Điều lệ Sáng kiến Điều 7 k1: the answer is due three months after acceptance. */
    dueOn: text('due_on'),
    scope: text('scope'), // co-so | tinh | toan-quoc, once recognised
    recognisedOn: text('recognised_on'),
    decisionNumber: text('decision_number').notNull().default(''),
    recognisingBody: text('recognising_body').notNull().default(''),
    certificateNumber: text('certificate_number').notNull().default(''),
    refusalReason: text('refusal_reason').notNull().default(''),
    /** The dossier nominee this initiative was counted for: an initiative serves one award only. */
    usedByNomineeId: text('used_by_nominee_id'),
  },
  (t) => [
    index('initiatives_year_idx').on(t.year, t.createdAt), index('initiatives_round_idx').on(t.roundId), index('initiatives_due_idx').on(t.status, t.dueOn),
    // The list's order (newest year, last received first) read from one index (issue 18).
    index('initiatives_order_idx').on(t.deleted, t.year, t.createdAt),
  ],
);

export const initiativeAuthors = sqliteTable(
  'initiative_authors',
  {
    initiativeId: text('initiative_id').notNull().references(() => initiatives.id),
    personId: text('person_id').notNull(),
    /** Tỷ lệ đóng góp in percent, two decimals at most; an initiative's shares total 100. */
    share: real('share').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.personId] }), index('initiative_authors_person_idx').on(t.personId)],
);

/** Phiếu đánh giá: one council member's scores for one application. */
export const initiativeEvaluations = sqliteTable(
  'initiative_evaluations',
  {
    id: text('id').primaryKey(),
    initiativeId: text('initiative_id').notNull().references(() => initiatives.id),
    memberId: text('member_id').notNull().references(() => initiativeCouncilMembers.id),
    /** JSON { criterionCode: score }. */
    scores: text('scores').notNull(),
    total: real('total').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('initiative_evaluations_member_uq').on(t.initiativeId, t.memberId)],
);
