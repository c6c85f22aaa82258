import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Mẫu phiếu kiểm tra công tác thi đua, khen thưởng: sections and items as JSON, stored
 * immutable by version. Editing a template makes a new row (same key, next version); a plan
 * and each inspection keep the id of the version they use.
 */
export const inspectionTemplates = sqliteTable(
  'inspection_templates',
  {
    ...owned(),
    /** The family of versions ("kiem-tra-tdkt"); versions count up within a key. */
    key: text('key').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** shipped (resources/inspections) | local (edited here) | received (came with a plan). */
    source: text('source').notNull(),
    basedOnId: text('based_on_id'),
    /** JSON [{ code, title, items: [{ code, text, guidance, evidence, scale, max, weight, passScore }] }]. */
    sections: text('sections').notNull(),
  },
  (t) => [index('inspection_templates_key_idx').on(t.key, t.version)],
);

/** Kế hoạch kiểm tra of one year: who inspects, with which checklist, by when. */
export const inspectionPlans = sqliteTable(
  'inspection_plans',
  {
    ...owned(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** Last day of the fieldwork; 30/11 of the year unless the plan says otherwise. */
    deadline: text('deadline').notNull(),
    inspectingBody: text('inspecting_body').notNull(),
    planNumber: text('plan_number').notNull().default(''),
    planDate: text('plan_date'),
    templateId: text('template_id').notNull().references(() => inspectionTemplates.id),
    /** JSON [{ name, position, role }]: the inspection team. */
    team: text('team').notNull().default('[]'),
    /** Kiến nghị, đề xuất of the team, printed in the summary report. */
    recommendations: text('recommendations').notNull().default(''),
  },
  (t) => [index('inspection_plans_year_idx').on(t.year, t.deleted)],
);

/** One inspected unit of a plan: the fieldwork, with the template version it opened. */
export const inspections = sqliteTable(
  'inspections',
  {
    ...owned(),
    planId: text('plan_id').notNull().references(() => inspectionPlans.id),
    year: integer('year').notNull(),
    unitId: text('unit_id').notNull(),
    templateId: text('template_id').notNull().references(() => inspectionTemplates.id),
    sort: integer('sort').notNull().default(0),
    plannedFrom: text('planned_from'),
    plannedTo: text('planned_to'),
    status: text('status').notNull(), // planned | in-progress | finished
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
    /** Why the team finished with items unanswered (printed in the minutes). */
    finishReason: text('finish_reason'),
    /** JSON [itemCode]: the items left unanswered when it was finished. */
    unansweredAtFinish: text('unanswered_at_finish').notNull().default('[]'),
    conclusion: text('conclusion').notNull().default(''),
  },
  (t) => [
    index('inspections_plan_idx').on(t.planId, t.sort),
    index('inspections_unit_idx').on(t.unitId),
    index('inspections_year_idx').on(t.year, t.status),
  ],
);

/** The answer to one checklist item in one inspection: the team's, and the unit's own self-assessment. */
export const inspectionAnswers = sqliteTable(
  'inspection_answers',
  {
    inspectionId: text('inspection_id').notNull().references(() => inspections.id),
    itemCode: text('item_code').notNull(),
    /** dat | chua-dat | kad, for Đạt / Chưa đạt items (null: not answered). */
    result: text('result'),
    /** For scored items. */
    score: real('score'),
    findings: text('findings').notNull().default(''),
    documentsSeen: text('documents_seen').notNull().default(''),
    /** team (the inspection team answered) | unit (pre-filled from the unit's self-assessment). */
    source: text('source').notNull().default('team'),
    answeredAt: text('answered_at'),
    selfResult: text('self_result'),
    selfScore: real('self_score'),
    selfNote: text('self_note').notNull().default(''),
    selfAt: text('self_at'),
  },
  (t) => [uniqueIndex('inspection_answers_item_uq').on(t.inspectionId, t.itemCode)],
);

/** Evidence for an item (photo or PDF), by content: the bytes live once in `attachments`. */
export const inspectionEvidence = sqliteTable(
  'inspection_evidence',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id').notNull().references(() => inspections.id),
    itemCode: text('item_code').notNull(),
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [index('inspection_evidence_item_idx').on(t.inspectionId, t.itemCode)],
);

/**
 * Bản tự đánh giá of an inspected unit, filled on its own installation against the checklist
 * version of the plan it received, and sent up; applying it pre-fills the inspection's self
 * answers at the inspecting body. One per inspection.
 */
export const inspectionSelfAssessments = sqliteTable(
  'inspection_self_assessments',
  {
    ...owned(),
    inspectionId: text('inspection_id').notNull(),
    planId: text('plan_id').notNull(),
    templateId: text('template_id').notNull(),
    /** JSON [{ itemCode, result, score, note }]. */
    answers: text('answers').notNull().default('[]'),
    submittedAt: text('submitted_at').notNull(),
  },
  (t) => [uniqueIndex('inspection_self_assessments_inspection_uq').on(t.inspectionId)],
);
