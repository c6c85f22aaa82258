import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { InspectionPlan, InspectionPlanListItem, PlanValues } from '../../../src-shared/api';
import { defaultInspectionDeadline, planDue, type TeamRole } from '../../../src-shared/rules/inspections';
import { cleanText, isValidIsoDate } from '../../../src-shared/text';
import { inspectionPlans, inspections } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext, markEdited } from '../core';
import { cleanBlock, inspectionItems, hasFieldwork } from './inspections';
import { latestDefaultTemplateId, templateRow } from './templates';
import { assertOwned, requireInstallation } from '../installation';

// Kế hoạch kiểm tra: a year's plan with its team, the checklist version it uses and the units
// to inspect. Each unit of the plan is an inspection (the fieldwork), born with the plan.

type Row = typeof inspectionPlans.$inferSelect;

export function planRow(ctx: ServiceContext, id: string): Row {
  const r = ctx.db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id)).get();
  if (!r || r.deleted) throw notFound('kế hoạch kiểm tra');
  return r;
}

export const planTitle = (year: number) => `Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${year}`;

export function getPlan(ctx: ServiceContext, id: string): InspectionPlan {
  const r = planRow(ctx, id);
  const me = requireInstallation(ctx);
  const t = templateRow(ctx, r.templateId);
  const units = inspectionItems(ctx, { planId: r.id });
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, year: r.year, title: r.title, deadline: r.deadline,
    inspectingBody: r.inspectingBody, planNumber: r.planNumber, planDate: r.planDate, templateId: r.templateId, templateName: t.name,
    templateVersion: t.version, team: JSON.parse(r.team) as InspectionPlan['team'], recommendations: r.recommendations, units,
    finished: units.filter((u) => u.status === 'finished').length, editable: r.origin === me.unitCode,
    due: planDue(r.deadline, today(ctx), units.filter((u) => u.status === 'finished').length, units.length),
    originName: r.origin === me.unitCode ? null : originName(ctx, r.origin),
  };
}

/** What the clerk calls the unit a received copy came from: its directory name, else its key's. */
const ORIGIN_NAME = `coalesce((SELECT name FROM units WHERE code = @origin), (SELECT unit_name FROM trusted_keys WHERE unit_code = @origin LIMIT 1), @origin)`;
function originName(ctx: ServiceContext, origin: string): string {
  return (ctx.sqlite.prepare(`SELECT ${ORIGIN_NAME} n`).get({ origin }) as { n: string }).n;
}

export function listPlans(ctx: ServiceContext, input: { year: number | null }): InspectionPlanListItem[] {
  const me = requireInstallation(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.id, p.year, p.title, p.deadline, p.inspecting_body inspectingBody, p.plan_number planNumber, p.plan_date planDate,
              t.version templateVersion, p.origin,
              (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0) units,
              (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0 AND i.status = 'in-progress') inProgress,
              (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0 AND i.status = 'finished') finished
         FROM inspection_plans p JOIN inspection_templates t ON t.id = p.template_id
        WHERE p.deleted = 0 AND (? IS NULL OR p.year = ?)
        ORDER BY p.year DESC, p.plan_date DESC, p.created_at DESC`,
    )
    .all(input.year, input.year) as Omit<InspectionPlanListItem, 'originName' | 'due'>[];
  const now = today(ctx);
  return rows.map((p) => ({ ...p, due: planDue(p.deadline, now, p.finished, p.units), originName: p.origin === me.unitCode ? null : originName(ctx, p.origin) }));
}

function clean(ctx: ServiceContext, input: PlanValues) {
  for (const [k, v] of [['deadline', input.deadline], ['planDate', input.planDate]] as const) {
    if (v && !isValidIsoDate(v)) throw fieldError(k, 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  }
  const inspectingBody = cleanText(input.inspectingBody);
  if (!inspectingBody) throw fieldError('inspectingBody', 'Vui lòng nhập cơ quan kiểm tra.');
  const team = input.team.map((m, i) => {
    const name = cleanText(m.name);
    if (!name) throw fieldError(`team.${i}.name`, 'Vui lòng nhập họ và tên thành viên đoàn.');
    return { name, position: cleanText(m.position), role: m.role as TeamRole };
  });
  if (team.filter((m) => m.role === 'truong-doan').length > 1) throw fieldError('team', 'Đoàn kiểm tra chỉ có một Trưởng đoàn.');
  const seen = new Set<string>();
  const unitName = ctx.sqlite.prepare('SELECT name, deleted FROM units WHERE id = ?');
  const units = input.units.map((u, i) => {
    const unit = unitName.get(u.unitId) as { name: string; deleted: number } | undefined;
    if (!unit || unit.deleted) throw fieldError(`units.${i}.unitId`, 'Đơn vị được kiểm tra không có trong danh mục đơn vị; hãy chọn lại.');
    if (seen.has(u.unitId)) throw fieldError(`units.${i}.unitId`, `${unit.name} có hai lần trong kế hoạch; mỗi đơn vị chỉ kiểm tra một lần.`);
    seen.add(u.unitId);
    for (const v of [u.plannedFrom, u.plannedTo]) if (v && !isValidIsoDate(v)) throw fieldError(`units.${i}.plannedFrom`, 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
    if (u.plannedFrom && u.plannedTo && u.plannedTo < u.plannedFrom) throw fieldError(`units.${i}.plannedTo`, `Ngày kết thúc kiểm tra ${unit.name} trước ngày bắt đầu.`);
    return { ...u, name: unit.name };
  });
  const templateId = input.templateId ?? latestDefaultTemplateId(ctx);
  templateRow(ctx, templateId);
  return {
    plan: {
      year: input.year, title: cleanText(input.title) || planTitle(input.year), deadline: input.deadline ?? defaultInspectionDeadline(input.year),
      inspectingBody, planNumber: cleanText(input.planNumber), planDate: input.planDate, templateId, team: JSON.stringify(team),
      recommendations: cleanBlock(input.recommendations),
    },
    units,
  };
}

type Insp = typeof inspections.$inferSelect;

/** Brings the plan's inspections in line with its unit list; started fieldwork keeps its checklist version. */
function syncUnits(ctx: ServiceContext, plan: Row, units: ReturnType<typeof clean>['units']) {
  const now = isoNow(ctx);
  const current = ctx.db.select().from(inspections).where(eq(inspections.planId, plan.id)).all().filter((i) => !i.deleted);
  const wanted = new Map(units.map((u, i) => [u.unitId, { ...u, sort: i + 1 }]));
  for (const i of current) {
    if (wanted.has(i.unitId)) continue;
    if (hasFieldwork(ctx, i)) {
      const name = (ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(i.unitId) as { name: string } | undefined)?.name ?? i.unitId;
      throw fieldError('units', `${name} đã được kiểm tra (có kết quả đánh giá); không bỏ đơn vị này khỏi kế hoạch được.`);
    }
    const after = { ...i, deleted: true, rev: i.rev + 1, updatedAt: now };
    ctx.db.update(inspections).set(after).where(eq(inspections.id, i.id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'inspection', entityId: i.id, before: i });
  }
  for (const [unitId, u] of wanted) {
    const existing = current.find((i) => i.unitId === unitId);
    if (!existing) {
      const row: Insp = {
        id: crypto.randomUUID(), origin: plan.origin, rev: 1, createdAt: now, updatedAt: now, deleted: false, planId: plan.id, year: plan.year, unitId,
        templateId: plan.templateId, sort: u.sort, plannedFrom: u.plannedFrom, plannedTo: u.plannedTo, status: 'planned', startedAt: null, finishedAt: null,
        finishReason: null, unansweredAtFinish: '[]', conclusion: '',
      };
      ctx.db.insert(inspections).values(row).run();
      writeAudit(ctx, { action: 'create', entity: 'inspection', entityId: row.id, after: row });
      continue;
    }
    // A unit not yet inspected follows the plan's checklist version; one already started keeps its own.
    const templateId = existing.status === 'planned' && !hasFieldwork(ctx, existing) ? plan.templateId : existing.templateId;
    const values = { sort: u.sort, plannedFrom: u.plannedFrom, plannedTo: u.plannedTo, year: plan.year, templateId };
    if (Object.entries(values).some(([k, v]) => existing[k as keyof Insp] !== v)) {
      const after = { ...existing, ...values, rev: existing.rev + 1, updatedAt: now };
      ctx.db.update(inspections).set(after).where(eq(inspections.id, existing.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'inspection', entityId: existing.id, before: existing, after });
      markEdited(ctx, 'inspection', existing.id);
    }
  }
}

export function createPlan(ctx: ServiceContext, input: PlanValues): InspectionPlan {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const { plan, units } = clean(ctx, input);
    const now = isoNow(ctx);
    const row: Row = { id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, ...plan };
    ctx.db.insert(inspectionPlans).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'inspection-plan', entityId: row.id, after: row });
    syncUnits(ctx, row, units);
    return getPlan(ctx, row.id);
  });
}

function ownedPlan(ctx: ServiceContext, id: string): Row {
  const r = planRow(ctx, id);
  assertOwned(ctx, r.origin);
  return r;
}

export function updatePlan(ctx: ServiceContext, input: PlanValues & { id: string }): InspectionPlan {
  return inTransaction(ctx, () => {
    const before = ownedPlan(ctx, input.id);
    const { plan, units } = clean(ctx, input);
    if (plan.year !== before.year) {
      const started = ctx.db.select().from(inspections).where(eq(inspections.planId, before.id)).all().some((i) => !i.deleted && hasFieldwork(ctx, i));
      if (started) throw fieldError('year', 'Kế hoạch đã có đơn vị được kiểm tra; không đổi được năm của kế hoạch.');
    }
    const after: Row = { ...before, ...plan, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(inspectionPlans).set(after).where(eq(inspectionPlans.id, before.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'inspection-plan', entityId: before.id, before, after });
    markEdited(ctx, 'inspection-plan', before.id);
    syncUnits(ctx, after, units);
    return getPlan(ctx, before.id);
  });
}

export function setRecommendations(ctx: ServiceContext, input: { planId: string; recommendations: string }): InspectionPlan {
  return inTransaction(ctx, () => {
    const before = ownedPlan(ctx, input.planId);
    const recommendations = cleanBlock(input.recommendations);
    if (recommendations !== before.recommendations) {
      const after: Row = { ...before, recommendations, rev: before.rev + 1, updatedAt: isoNow(ctx) };
      ctx.db.update(inspectionPlans).set(after).where(eq(inspectionPlans.id, before.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'inspection-plan', entityId: before.id, before: { recommendations: before.recommendations }, after: { recommendations } });
      markEdited(ctx, 'inspection-plan', before.id);
    }
    return getPlan(ctx, before.id);
  });
}

/** A plan goes (as a tombstone) only while none of its units has been inspected. */
export function deletePlan(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ownedPlan(ctx, id);
    const list = ctx.db.select().from(inspections).where(eq(inspections.planId, before.id)).all().filter((i) => !i.deleted);
    if (list.some((i) => hasFieldwork(ctx, i))) {
      throw new AppError('PLAN_IN_USE', 'Kế hoạch đã có đơn vị được kiểm tra (có kết quả đánh giá); không xóa được. Hãy bỏ các kết quả trước, hoặc giữ kế hoạch.');
    }
    const now = isoNow(ctx);
    for (const i of list) {
      ctx.db.update(inspections).set({ deleted: true, rev: i.rev + 1, updatedAt: now }).where(eq(inspections.id, i.id)).run();
      writeAudit(ctx, { action: 'delete', entity: 'inspection', entityId: i.id, before: i });
    }
    ctx.db.update(inspectionPlans).set({ deleted: true, rev: before.rev + 1, updatedAt: now }).where(eq(inspectionPlans.id, before.id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'inspection-plan', entityId: before.id, before });
    return { ok: true as const };
  });
}
