import { eq } from 'drizzle-orm';
import type { PlanData } from '../../../src-shared/records';
import { deadlineLastDay, planDeadline } from '../../../src-shared/rules/planDeadline';
import { cleanText } from '../../../src-shared/text';
import { workPlans, workPlanTasks } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { currentIn, envelopeOf, outgoingRows, titleIn, type ContentAdapter } from './kit';

// Kế hoạch công tác thi đua, khen thưởng (and the council's plan) goes down with the upper
// level's reference package, its tasks inline. The copy below is read-only; its tasks keep their
// ids, so a unit's own task that follows one still points at it after the next version lands.

export const planAdapter: ContentAdapter = {
  type: 'plan',
  table: 'work_plans',
  outgoing(ctx, q) {
    return outgoingRows(ctx, 'plan', 'work_plans', q, { order: 'x.year, x.kind DESC, x.id' }).map((r) => {
      const p = ctx.db.select().from(workPlans).where(eq(workPlans.id, r.id)).get()!;
      const tasks = ctx.db.select().from(workPlanTasks).where(eq(workPlanTasks.planId, p.id)).all()
        .filter((t) => !t.deleted)
        .sort((a, b) => a.sort - b.sort)
        .map((t) => ({
          id: t.id, sort: t.sort, content: t.content, leadUnit: t.leadUnit, coordinatingUnits: t.coordinatingUnits,
          deadline: planDeadline.parse(JSON.parse(t.deadline)), status: t.status as PlanData['tasks'][number]['status'], result: t.result, followsTaskId: t.followsTaskId,
        }));
      const data: PlanData = { year: p.year, kind: p.kind as PlanData['kind'], title: p.title, planNumber: p.planNumber, planDate: p.planDate, purpose: p.purpose, tasks };
      return envelopeOf('plan', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'work_plans', id),
  title: (ctx, id) => titleIn(ctx, 'work_plans', 'title', id),
  apply(ctx, rec) {
    const d = rec.data as PlanData;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, year: d.year, kind: d.kind, title: cleanText(d.title),
      planNumber: cleanText(d.planNumber), planDate: d.planDate, purpose: d.purpose, source: 'empty',
    };
    const before = ctx.db.select().from(workPlans).where(eq(workPlans.id, rec.id)).get();
    if (before) ctx.db.update(workPlans).set(values).where(eq(workPlans.id, rec.id)).run();
    else ctx.db.insert(workPlans).values({ ...values, createdAt: rec.updatedAt }).run();
    const listed = new Set(d.tasks.map((t) => t.id));
    for (const t of d.tasks) {
      const row = {
        planId: rec.id, sort: t.sort, content: cleanText(t.content), leadUnit: cleanText(t.leadUnit), coordinatingUnits: cleanText(t.coordinatingUnits),
        deadline: JSON.stringify(t.deadline), dueOn: deadlineLastDay(t.deadline, d.year), status: t.status, result: t.result, followsTaskId: t.followsTaskId, deleted: false,
      };
      const cur = ctx.db.select({ id: workPlanTasks.id, planId: workPlanTasks.planId }).from(workPlanTasks).where(eq(workPlanTasks.id, t.id)).get();
      if (cur && cur.planId !== rec.id) continue; // an id of another plan here: never moved between plans
      if (cur) ctx.db.update(workPlanTasks).set(row).where(eq(workPlanTasks.id, t.id)).run();
      else ctx.db.insert(workPlanTasks).values({ id: t.id, ...row }).run();
    }
    ctx.sqlite.prepare('UPDATE work_plan_tasks SET deleted = 1 WHERE plan_id = ? AND id NOT IN (SELECT value FROM json_each(?))').run(rec.id, JSON.stringify([...listed]));
    writeAudit(ctx, { action: 'import', entity: 'work-plan', entityId: rec.id, before, after: { ...values, tasks: d.tasks.length } });
  },
};
