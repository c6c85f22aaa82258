import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Kế hoạch công tác thi đua, khen thưởng năm (kind 'tdkt') or kế hoạch hoạt động của Hội đồng
 * Thi đua - Khen thưởng (kind 'council'): one per unit, year and kind. The upper level's plan
 * arrives read-only in its reference package (origin = the upper level's code).
 */
export const workPlans = sqliteTable(
  'work_plans',
  {
    ...owned(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(), // tdkt | council
    title: text('title').notNull(),
    planNumber: text('plan_number').notNull().default(''),
    planDate: text('plan_date'),
    /** Mục đích, yêu cầu: printed as section I. */
    purpose: text('purpose').notNull().default(''),
    /** How it was made: empty | previous | template. */
    source: text('source').notNull().default('empty'),
  },
  (t) => [index('work_plans_year_idx').on(t.year, t.kind, t.origin)],
);

/** One task of a plan (a row of the appendix table); travels inside its plan. */
export const workPlanTasks = sqliteTable(
  'work_plan_tasks',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id').notNull().references(() => workPlans.id),
    sort: integer('sort').notNull(),
    content: text('content').notNull(),
    leadUnit: text('lead_unit').notNull().default(''),
    coordinatingUnits: text('coordinating_units').notNull().default(''),
    /** JSON PlanDeadline (src-shared/rules/planDeadline). */
    deadline: text('deadline').notNull(),
    /** The last day of the deadline in the plan's year (null: thường xuyên), for the calendar and home. */
    dueOn: text('due_on'),
    status: text('status').notNull().default('todo'), // todo | doing | done | dropped
    result: text('result').notNull().default(''),
    /** A task of the upper level's plan this one carries out, or null. */
    followsTaskId: text('follows_task_id'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('work_plan_tasks_plan_idx').on(t.planId, t.sort), index('work_plan_tasks_due_idx').on(t.dueOn, t.status)],
);

/**
 * Thông báo công khai (Luật TĐKT 2022, Điều 84 khoản 5): the list of the proposed (from a
 * dossier) or of the awarded (from its recorded decision) posted for a period; one row per print.
 */
export const publicNotices = sqliteTable(
  'public_notices',
  {
    id: text('id').primaryKey(),
    dossierId: text('dossier_id').notNull(),
    kind: text('kind').notNull(), // proposed | awarded
    postedFrom: text('posted_from').notNull(),
    postedTo: text('posted_to').notNull(),
    place: text('place').notNull().default(''),
    printedAt: text('printed_at').notNull(),
    printedBy: text('printed_by').notNull().default(''),
  },
  (t) => [index('public_notices_dossier_idx').on(t.dossierId, t.printedAt)],
);
