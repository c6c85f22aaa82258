import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { UnitSelfAssessment } from '../../../src-shared/api';
import { answerProblems, checklistItems } from '../../../src-shared/rules/inspections';
import { inspectionSelfAssessments, type inspections } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext, markEdited } from '../core';
import { getTemplate, templateRow, templateSections } from './templates';
import { cleanBlock, inspectionRow, itemOf, type SelfAnswer } from './inspections';
import { requireInstallation } from '../installation';

// The inspected unit's side of an inspection: on its own installation it fills in its
// self-assessment for a plan it received, kept as its own record and sent up (the inspecting
// body's copy is applied in exchange/inspectionAdapter.ts through applySelfAnswers).

type Row = typeof inspections.$inferSelect;
type SelfRow = typeof inspectionSelfAssessments.$inferSelect;

/** This installation's inspection in a plan it received (its own unit listed), or a clear refusal. */
function myInspectionIn(ctx: ServiceContext, planId: string): Row {
  const me = requireInstallation(ctx);
  const plan = ctx.sqlite.prepare('SELECT origin, deleted FROM inspection_plans WHERE id = ?').get(planId) as { origin: string; deleted: number } | undefined;
  if (!plan || plan.deleted) throw notFound('kế hoạch kiểm tra');
  if (plan.origin === me.unitCode) {
    throw new AppError('OWN_PLAN', 'Đây là kế hoạch kiểm tra của chính đơn vị mình; hãy nhập bản tự đánh giá của đơn vị được kiểm tra trong cuộc kiểm tra của đơn vị đó.');
  }
  const row = ctx.sqlite
    .prepare('SELECT i.id FROM inspections i JOIN units u ON u.id = i.unit_id WHERE i.plan_id = ? AND i.deleted = 0 AND u.code = ?')
    .get(planId, me.unitCode) as { id: string } | undefined;
  if (!row) throw new AppError('NOT_INSPECTED', `Đơn vị ${me.unitCode} không có tên trong kế hoạch kiểm tra này, nên không có bản tự đánh giá để nhập.`);
  return inspectionRow(ctx, row.id);
}

const sentAt = (ctx: ServiceContext, id: string) =>
  (ctx.sqlite.prepare(`SELECT updated_at t FROM record_status WHERE record_type = 'inspection-self-assessment' AND record_id = ? AND status = 'sent'`).get(id) as { t: string } | undefined)?.t ?? null;

function toSelfAssessment(ctx: ServiceContext, r: Row, s: SelfRow | undefined): UnitSelfAssessment {
  return {
    id: s?.id ?? null, planId: r.planId, inspectionId: r.id, template: getTemplate(ctx, r.templateId),
    answers: s ? (JSON.parse(s.answers) as SelfAnswer[]) : [], rev: s?.rev ?? 0, submittedAt: s?.submittedAt ?? null, sentAt: s ? sentAt(ctx, s.id) : null,
  };
}

const selfRowOf = (ctx: ServiceContext, inspectionId: string) =>
  ctx.db.select().from(inspectionSelfAssessments).where(eq(inspectionSelfAssessments.inspectionId, inspectionId)).get();

/** The inspected unit's own self-assessment for a plan it received (empty until saved). */
export function unitSelfAssessment(ctx: ServiceContext, planId: string): UnitSelfAssessment {
  const r = myInspectionIn(ctx, planId);
  return toSelfAssessment(ctx, r, selfRowOf(ctx, r.id));
}

/**
 * The inspected unit saves its self-assessment (the items given, merged into what it saved
 * before; an item with nothing left is dropped). Stored as its own record, sent up with the
 * next submission; the inspecting body's copy of the inspection is never touched here.
 */
export function saveUnitSelfAssessment(ctx: ServiceContext, input: { planId: string; answers: SelfAnswer[] }): UnitSelfAssessment {
  return inTransaction(ctx, () => {
    const r = myInspectionIn(ctx, input.planId);
    const before = selfRowOf(ctx, r.id);
    const merged = new Map<string, SelfAnswer>((before ? (JSON.parse(before.answers) as SelfAnswer[]) : []).map((a) => [a.itemCode, a]));
    const seen = new Set<string>();
    input.answers.forEach((a, k) => {
      const item = itemOf(ctx, r, a.itemCode);
      if (seen.has(item.code)) throw fieldError(`answers.${k}.itemCode`, `Nội dung ${item.code} có hai lần trong bản tự đánh giá.`);
      seen.add(item.code);
      const problems = answerProblems(item, a);
      if (problems.length) throw fieldError(`answers.${k}`, problems.join(' '));
      const note = cleanBlock(a.note);
      if (a.result === null && a.score === null && !note) merged.delete(item.code);
      else merged.set(item.code, { itemCode: item.code, result: a.result, score: a.score, note });
    });
    const order = new Map(checklistItems(templateSections(templateRow(ctx, r.templateId))).map((it, i) => [it.code, i]));
    const answers = JSON.stringify([...merged.values()].sort((a, b) => (order.get(a.itemCode) ?? 0) - (order.get(b.itemCode) ?? 0)));
    const now = isoNow(ctx);
    if (before) {
      if (before.answers !== answers || before.deleted) {
        ctx.db.update(inspectionSelfAssessments).set({ answers, rev: before.rev + 1, updatedAt: now, submittedAt: now, deleted: false, templateId: r.templateId })
          .where(eq(inspectionSelfAssessments.id, before.id)).run();
        markEdited(ctx, 'inspection-self-assessment', before.id);
      }
    } else {
      ctx.db.insert(inspectionSelfAssessments).values({
        id: crypto.randomUUID(), origin: requireInstallation(ctx).unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
        inspectionId: r.id, planId: r.planId, templateId: r.templateId, answers, submittedAt: now,
      }).run();
    }
    const after = selfRowOf(ctx, r.id)!;
    writeAudit(ctx, { action: before ? 'update' : 'create', entity: 'inspection-self-assessment', entityId: after.id, before, after });
    return toSelfAssessment(ctx, r, after);
  });
}
