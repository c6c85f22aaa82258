import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  WORK_PLAN_KIND_LABELS, type PlanTask, type PlanTaskInput, type PlanTaskStatus, type WorkPlan, type WorkPlanKind, type WorkPlanListItem,
} from '../../../src-shared/api';
import { deadlineLabel, deadlineLastDay, parseDeadline, planDeadline, shiftDeadline, type PlanDeadline } from '../../../src-shared/rules/planDeadline';
import { cleanText } from '../../../src-shared/text';
import { workPlans, workPlanTasks } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, isoNow, today, writeAudit, type ServiceContext } from '../core';
import { assertOwned, requireInstallation } from '../installation';
import { templateTasks, templateTitle } from './template';

// Kế hoạch công tác thi đua, khen thưởng năm (and the council's own plan): one per unit, year and
// kind; its tasks travel inside it, so any change to a task bumps the plan's rev.

type PlanRow = typeof workPlans.$inferSelect;
type TaskRow = typeof workPlanTasks.$inferSelect;

export function workPlanRow(ctx: ServiceContext, id: string): PlanRow {
  const r = ctx.db.select().from(workPlans).where(eq(workPlans.id, id)).get();
  if (!r || r.deleted) throw notFound('kế hoạch');
  return r;
}

const ORIGIN_NAME = `coalesce((SELECT name FROM units WHERE code = @origin), (SELECT unit_name FROM trusted_keys WHERE unit_code = @origin LIMIT 1), @origin)`;
const originName = (ctx: ServiceContext, origin: string) => (ctx.sqlite.prepare(`SELECT ${ORIGIN_NAME} n`).get({ origin }) as { n: string }).n;

const closed = (s: string) => s === 'done' || s === 'dropped';

function taskOf(ctx: ServiceContext, t: TaskRow, now: string): PlanTask {
  const deadline = planDeadline.parse(JSON.parse(t.deadline));
  const follows = t.followsTaskId
    ? ((ctx.sqlite.prepare('SELECT content FROM work_plan_tasks WHERE id = ?').get(t.followsTaskId) as { content: string } | undefined)?.content ?? null)
    : null;
  return {
    id: t.id, sort: t.sort, content: t.content, leadUnit: t.leadUnit, coordinatingUnits: t.coordinatingUnits, deadline, deadlineLabel: deadlineLabel(deadline),
    dueOn: t.dueOn, status: t.status as PlanTaskStatus, result: t.result, followsTaskId: t.followsTaskId, followsContent: follows,
    overdue: !!t.dueOn && t.dueOn < now && !closed(t.status),
  };
}

const liveTasks = (ctx: ServiceContext, planId: string) =>
  ctx.db.select().from(workPlanTasks).where(eq(workPlanTasks.planId, planId)).all().filter((t) => !t.deleted).sort((a, b) => a.sort - b.sort);

export function listWorkPlans(ctx: ServiceContext, input: { year: number | null }): WorkPlanListItem[] {
  const me = requireInstallation(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.origin, p.year, p.kind, p.title,
              (SELECT count(*) FROM work_plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0) tasks,
              (SELECT count(*) FROM work_plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND t.status = 'done') done,
              (SELECT count(*) FROM work_plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND t.status NOT IN ('done', 'dropped') AND t.due_on < @today) overdue
         FROM work_plans p WHERE p.deleted = 0 AND (@year IS NULL OR p.year = @year)
        ORDER BY p.year DESC, p.origin = @me DESC, p.kind DESC, p.created_at`,
    )
    .all({ year: input.year, today: today(ctx), me: me.unitCode }) as Omit<WorkPlanListItem, 'editable' | 'originName'>[];
  return rows.map((r) => ({ ...r, editable: r.origin === me.unitCode, originName: r.origin === me.unitCode ? null : originName(ctx, r.origin) }));
}

export function getWorkPlan(ctx: ServiceContext, id: string): WorkPlan {
  const p = workPlanRow(ctx, id);
  const me = requireInstallation(ctx);
  const now = today(ctx);
  const taskList = liveTasks(ctx, id).map((t) => taskOf(ctx, t, now));
  const upperTasks = p.origin !== me.unitCode ? [] : (ctx.sqlite
    .prepare(
      `SELECT t.id, t.content, t.deadline FROM work_plan_tasks t JOIN work_plans p ON p.id = t.plan_id
        WHERE p.deleted = 0 AND t.deleted = 0 AND p.year = ? AND p.kind = ? AND p.origin <> ? ORDER BY p.created_at, t.sort`,
    )
    .all(p.year, p.kind, me.unitCode) as { id: string; content: string; deadline: string }[])
    .map((t) => ({ id: t.id, content: t.content, deadlineLabel: deadlineLabel(planDeadline.parse(JSON.parse(t.deadline))) }));
  return {
    id: p.id, origin: p.origin, rev: p.rev, year: p.year, kind: p.kind as WorkPlanKind, title: p.title, planNumber: p.planNumber, planDate: p.planDate,
    purpose: p.purpose, source: p.source as WorkPlan['source'], tasks: taskList.length, done: taskList.filter((t) => t.status === 'done').length,
    overdue: taskList.filter((t) => t.overdue).length, editable: p.origin === me.unitCode, originName: p.origin === me.unitCode ? null : originName(ctx, p.origin),
    taskList, upperTasks,
  };
}

function ownPlanOf(ctx: ServiceContext, year: number, kind: WorkPlanKind): PlanRow | undefined {
  const me = requireInstallation(ctx);
  return ctx.db.select().from(workPlans).all().find((p) => !p.deleted && p.year === year && p.kind === kind && p.origin === me.unitCode);
}

interface NewTask { content: string; leadUnit: string; coordinatingUnits: string; deadline: PlanDeadline }

function insertTask(ctx: ServiceContext, planId: string, year: number, sort: number, t: NewTask, extra: Partial<TaskRow> = {}): TaskRow {
  const row: TaskRow = {
    id: crypto.randomUUID(), planId, sort, content: t.content, leadUnit: t.leadUnit, coordinatingUnits: t.coordinatingUnits,
    deadline: JSON.stringify(t.deadline), dueOn: deadlineLastDay(t.deadline, year), status: 'todo', result: '', followsTaskId: null, deleted: false, ...extra,
  };
  ctx.db.insert(workPlanTasks).values(row).run();
  return row;
}

/** "… năm 2025" → "… năm 2026" in a text copied from last year's plan (whole numbers only). */
const nextYearText = (s: string, from: number, to: number) => s.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));

/** A new plan for a year: empty, a copy of last year's with its dates a year later, or the shipped template. */
export function createWorkPlan(ctx: ServiceContext, input: { year: number; kind: WorkPlanKind; from: 'empty' | 'previous' | 'template' }): WorkPlan {
  const me = requireInstallation(ctx);
  const { year, kind } = input;
  const label = WORK_PLAN_KIND_LABELS[kind];
  if (ownPlanOf(ctx, year, kind)) throw fieldError('year', `Năm ${year} đã có ${label.toLowerCase()}; hãy mở kế hoạch đó để sửa, không lập kế hoạch thứ hai.`);
  let tasks: NewTask[] = [];
  let title = templateTitle(kind, year);
  let purpose = '';
  if (input.from === 'previous') {
    const prev = ownPlanOf(ctx, year - 1, kind);
    if (!prev) throw fieldError('from', `Chưa có ${label.toLowerCase()} năm ${year - 1} để sao chép; hãy lập từ kế hoạch mẫu hoặc lập kế hoạch trống.`);
    title = nextYearText(prev.title, year - 1, year);
    purpose = nextYearText(prev.purpose, year - 1, year);
    tasks = liveTasks(ctx, prev.id).map((t) => ({
      content: nextYearText(t.content, year - 1, year), leadUnit: t.leadUnit, coordinatingUnits: t.coordinatingUnits,
      deadline: shiftDeadline(planDeadline.parse(JSON.parse(t.deadline)), 1),
    }));
  } else if (input.from === 'template') {
    const t = templateTasks(kind, year);
    purpose = t.purpose;
    tasks = t.tasks;
  }
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const row: PlanRow = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, year, kind, title, planNumber: '', planDate: null,
      purpose, source: input.from,
    };
    ctx.db.insert(workPlans).values(row).run();
    tasks.forEach((t, i) => insertTask(ctx, row.id, year, i + 1, t));
    writeAudit(ctx, { action: 'create', entity: 'work-plan', entityId: row.id, after: { ...row, tasks: tasks.length } });
    return getWorkPlan(ctx, row.id);
  });
}

/** Every change to a plan or one of its tasks is a new revision of the plan (the tasks travel inside it). */
function bump(ctx: ServiceContext, p: PlanRow) {
  ctx.db.update(workPlans).set({ rev: p.rev + 1, updatedAt: isoNow(ctx) }).where(eq(workPlans.id, p.id)).run();
}

function editablePlan(ctx: ServiceContext, id: string): PlanRow {
  const p = workPlanRow(ctx, id);
  assertOwned(ctx, p.origin);
  return p;
}

export function updateWorkPlan(ctx: ServiceContext, input: { id: string; title: string; planNumber: string; planDate: string | null; purpose: string }): WorkPlan {
  const p = editablePlan(ctx, input.id);
  const title = cleanText(input.title);
  if (!title) throw fieldError('title', 'Vui lòng nhập tên kế hoạch.');
  const next = { title, planNumber: cleanText(input.planNumber), planDate: input.planDate, purpose: input.purpose.normalize('NFC').trim() };
  return inTransaction(ctx, () => {
    ctx.db.update(workPlans).set(next).where(eq(workPlans.id, p.id)).run();
    bump(ctx, p);
    writeAudit(ctx, { action: 'update', entity: 'work-plan', entityId: p.id, before: p, after: { ...p, ...next } });
    return getWorkPlan(ctx, p.id);
  });
}

export function saveTask(ctx: ServiceContext, input: Required<PlanTaskInput>): WorkPlan {
  const p = editablePlan(ctx, input.planId);
  const content = cleanText(input.content);
  if (!content) throw fieldError('content', 'Vui lòng nhập nội dung công việc.');
  const parsed = parseDeadline(input.deadline);
  if (!parsed.ok) throw fieldError('deadline', parsed.message);
  if (input.followsTaskId) {
    const f = ctx.sqlite
      .prepare('SELECT p.origin FROM work_plan_tasks t JOIN work_plans p ON p.id = t.plan_id WHERE t.id = ? AND t.deleted = 0 AND p.deleted = 0')
      .get(input.followsTaskId) as { origin: string } | undefined;
    if (!f || f.origin === p.origin) throw fieldError('followsTaskId', 'Nhiệm vụ cấp trên được chọn không còn; hãy chọn lại.');
  }
  const values = {
    content, leadUnit: cleanText(input.leadUnit), coordinatingUnits: cleanText(input.coordinatingUnits), deadline: JSON.stringify(parsed.deadline),
    dueOn: deadlineLastDay(parsed.deadline, p.year), status: input.status, result: input.result.normalize('NFC').trim(), followsTaskId: input.followsTaskId,
  };
  return inTransaction(ctx, () => {
    if (input.id) {
      const before = taskRow(ctx, input.id);
      if (before.planId !== p.id) throw notFound('công việc của kế hoạch');
      ctx.db.update(workPlanTasks).set(values).where(eq(workPlanTasks.id, before.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'work-plan-task', entityId: before.id, before, after: { ...before, ...values } });
    } else {
      const sort = (ctx.sqlite.prepare('SELECT coalesce(max(sort), 0) + 1 n FROM work_plan_tasks WHERE plan_id = ?').get(p.id) as { n: number }).n;
      const row = insertTask(ctx, p.id, p.year, sort, { ...values, deadline: parsed.deadline }, { status: values.status, result: values.result, followsTaskId: values.followsTaskId });
      writeAudit(ctx, { action: 'create', entity: 'work-plan-task', entityId: row.id, after: row });
    }
    bump(ctx, p);
    return getWorkPlan(ctx, p.id);
  });
}

function taskRow(ctx: ServiceContext, id: string): TaskRow {
  const t = ctx.db.select().from(workPlanTasks).where(eq(workPlanTasks.id, id)).get();
  if (!t || t.deleted) throw notFound('công việc của kế hoạch');
  return t;
}

export function setTaskStatus(ctx: ServiceContext, input: { id: string; status: PlanTaskStatus; result: string | null }): WorkPlan {
  const t = taskRow(ctx, input.id);
  const p = editablePlan(ctx, t.planId);
  const next = { status: input.status, result: input.result === null ? t.result : input.result.normalize('NFC').trim() };
  return inTransaction(ctx, () => {
    ctx.db.update(workPlanTasks).set(next).where(eq(workPlanTasks.id, t.id)).run();
    bump(ctx, p);
    writeAudit(ctx, { action: 'update', entity: 'work-plan-task', entityId: t.id, before: t, after: { ...t, ...next } });
    return getWorkPlan(ctx, p.id);
  });
}

export function deleteTask(ctx: ServiceContext, id: string): WorkPlan {
  const t = taskRow(ctx, id);
  const p = editablePlan(ctx, t.planId);
  return inTransaction(ctx, () => {
    ctx.db.update(workPlanTasks).set({ deleted: true }).where(eq(workPlanTasks.id, t.id)).run();
    bump(ctx, p);
    writeAudit(ctx, { action: 'delete', entity: 'work-plan-task', entityId: t.id, before: t });
    return getWorkPlan(ctx, p.id);
  });
}

export function deleteWorkPlan(ctx: ServiceContext, id: string) {
  const p = editablePlan(ctx, id);
  inTransaction(ctx, () => {
    ctx.db.update(workPlans).set({ deleted: true, rev: p.rev + 1, updatedAt: isoNow(ctx) }).where(eq(workPlans.id, p.id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'work-plan', entityId: p.id, before: p });
  });
  return { ok: true as const };
}
