import { eq } from 'drizzle-orm';
import type { ExchangeRecord } from '../../../src-shared/exchange/envelope';
import type { ChecklistTemplateRecordData, InspectionData, InspectionPlanData, InspectionSelfAssessmentData } from '../../../src-shared/records';
import { checklistItems } from '../../../src-shared/rules/inspections';
import { cleanText } from '../../../src-shared/text';
import { inspectionAnswers, inspectionEvidence, inspectionPlans, inspections, inspectionSelfAssessments, inspectionTemplates } from '../../db/schema';
import { AppError } from '../../errors';
import { writeAudit, markEdited } from '../../services/core';
import { applySelfAnswers, ensureDefaultTemplate, templateRow, templateSections } from '../../services/inspections';
import { findInstallation } from '../../services/installation';
import { currentIn, envelopeOf, outgoingRows, titleIn, unitIdFor, type ContentAdapter } from './kit';

// Kiểm tra công tác TĐKT between installations: a plan (with its checklist version, whole)
// goes down with the province's reference package and up in submissions; an inspection's
// results (answers, self-assessment, evidence by SHA-256) go up. Copies are read-only.

/**
 * A checklist version this installation made, published on its own in the reference package
 * (a version used by a plan also travels inside the plan). Versions never change once saved,
 * so a copy is written once and kept.
 */
export const checklistTemplateAdapter: ContentAdapter = {
  type: 'checklist-template',
  table: 'inspection_templates',
  outgoing(ctx, q) {
    const rows = outgoingRows(ctx, 'checklist-template', 'inspection_templates', q, { where: "AND x.source = 'local'", order: 'x.key, x.version, x.id' });
    return rows.map((r) => {
      const t = ctx.db.select().from(inspectionTemplates).where(eq(inspectionTemplates.id, r.id)).get()!;
      const data: ChecklistTemplateRecordData = { key: t.key, version: t.version, name: t.name, description: t.description, sections: JSON.parse(t.sections) };
      return envelopeOf('checklist-template', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'inspection_templates', id),
  title: (ctx, id) =>
    (ctx.sqlite.prepare(`SELECT name || ' - phiên bản ' || version t FROM inspection_templates WHERE id = ?`).get(id) as { t: string } | undefined)?.t ?? null,
  apply(ctx, rec) {
    const d = rec.data as ChecklistTemplateRecordData;
    ensureDefaultTemplate(ctx);
    if (ctx.db.select({ id: inspectionTemplates.id }).from(inspectionTemplates).where(eq(inspectionTemplates.id, rec.id)).get()) return;
    const row = {
      id: rec.id, origin: rec.origin, rev: rec.rev, createdAt: rec.updatedAt, updatedAt: rec.updatedAt, deleted: rec.deleted, key: d.key, version: d.version,
      name: cleanText(d.name), description: d.description, source: 'received', basedOnId: null, sections: JSON.stringify(d.sections),
    };
    ctx.db.insert(inspectionTemplates).values(row).run();
    writeAudit(ctx, { action: 'import', entity: 'inspection-template', entityId: rec.id, after: { key: d.key, version: d.version, from: rec.origin } });
  },
};

type UnitRow = { code: string; name: string; level: InspectionData['unit']['level'] };
const unitRefOf = (ctx: Parameters<ContentAdapter['apply']>[0], unitId: string): UnitRow =>
  ctx.sqlite.prepare('SELECT code, name, level FROM units WHERE id = ?').get(unitId) as UnitRow;

export const inspectionPlanAdapter: ContentAdapter = {
  type: 'inspection-plan',
  table: 'inspection_plans',
  outgoing(ctx, q) {
    const rows = outgoingRows(ctx, 'inspection-plan', 'inspection_plans', q);
    return rows.map((r) => {
      const p = ctx.db.select().from(inspectionPlans).where(eq(inspectionPlans.id, r.id)).get()!;
      const t = ctx.db.select().from(inspectionTemplates).where(eq(inspectionTemplates.id, p.templateId)).get()!;
      const units = ctx.db.select().from(inspections).where(eq(inspections.planId, p.id)).all()
        .filter((i) => !i.deleted)
        .sort((a, b) => a.sort - b.sort)
        .map((i) => ({ inspectionId: i.id, unit: unitRefOf(ctx, i.unitId), plannedFrom: i.plannedFrom, plannedTo: i.plannedTo }));
      const data: InspectionPlanData = {
        year: p.year, title: p.title, deadline: p.deadline, inspectingBody: p.inspectingBody, planNumber: p.planNumber, planDate: p.planDate,
        template: { id: t.id, key: t.key, version: t.version, name: t.name, description: t.description, sections: JSON.parse(t.sections) },
        team: JSON.parse(p.team), recommendations: p.recommendations, units,
      };
      return envelopeOf('inspection-plan', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'inspection_plans', id),
  title: (ctx, id) => titleIn(ctx, 'inspection_plans', 'title', id),
  apply(ctx, rec) {
    const d = rec.data as InspectionPlanData;
    // The checklist version arrives whole and is kept as it was: versions never change. The
    // shipped one is loaded first, so that it is known here as shipped, not as received.
    ensureDefaultTemplate(ctx);
    const t = d.template;
    if (!ctx.db.select({ id: inspectionTemplates.id }).from(inspectionTemplates).where(eq(inspectionTemplates.id, t.id)).get()) {
      ctx.db.insert(inspectionTemplates).values({
        id: t.id, origin: rec.origin, rev: 1, createdAt: rec.updatedAt, updatedAt: rec.updatedAt, deleted: false, key: t.key, version: t.version,
        name: cleanText(t.name), description: t.description, source: 'received', basedOnId: null, sections: JSON.stringify(t.sections),
      }).run();
      writeAudit(ctx, { action: 'import', entity: 'inspection-template', entityId: t.id, after: { key: t.key, version: t.version, from: rec.origin } });
    }
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, year: d.year, title: cleanText(d.title),
      deadline: d.deadline, inspectingBody: cleanText(d.inspectingBody), planNumber: cleanText(d.planNumber), planDate: d.planDate, templateId: t.id,
      team: JSON.stringify(d.team), recommendations: d.recommendations,
    };
    const before = ctx.db.select().from(inspectionPlans).where(eq(inspectionPlans.id, rec.id)).get();
    if (before) ctx.db.update(inspectionPlans).set(values).where(eq(inspectionPlans.id, rec.id)).run();
    else ctx.db.insert(inspectionPlans).values({ ...values, createdAt: rec.updatedAt }).run();
    // Each unit of the plan has its inspection; one not received yet is a placeholder at rev 0,
    // which the owner's first inspection record replaces.
    const listed = new Set(d.units.map((u) => u.inspectionId));
    d.units.forEach((u, i) => {
      const unitId = unitIdFor(ctx, u.unit, rec.origin)!;
      const cur = ctx.db.select().from(inspections).where(eq(inspections.id, u.inspectionId)).get();
      if (cur) {
        ctx.db.update(inspections).set({ sort: i + 1, plannedFrom: u.plannedFrom, plannedTo: u.plannedTo, unitId, year: d.year, deleted: rec.deleted }).where(eq(inspections.id, cur.id)).run();
      } else {
        ctx.db.insert(inspections).values({
          id: u.inspectionId, origin: rec.origin, rev: 0, createdAt: rec.updatedAt, updatedAt: rec.updatedAt, deleted: rec.deleted, planId: rec.id, year: d.year,
          unitId, templateId: t.id, sort: i + 1, plannedFrom: u.plannedFrom, plannedTo: u.plannedTo, status: 'planned', startedAt: null, finishedAt: null,
          finishReason: null, unansweredAtFinish: '[]', conclusion: '',
        }).run();
      }
    });
    ctx.sqlite.prepare('UPDATE inspections SET deleted = 1 WHERE plan_id = ? AND origin = ? AND rev = 0 AND id NOT IN (SELECT value FROM json_each(?))')
      .run(rec.id, rec.origin, JSON.stringify([...listed]));
    writeAudit(ctx, { action: 'import', entity: 'inspection-plan', entityId: rec.id, before, after: { ...values, units: d.units } });
  },
};

/** Results need their plan and checklist version: here already, or earlier in the same package. */
function inspectionRefusal(ctx: Parameters<ContentAdapter['apply']>[0], rec: ExchangeRecord, pkg: readonly ExchangeRecord[]): string | null {
  const d = rec.data as InspectionData;
  const planHere = !!ctx.db.select({ id: inspectionPlans.id }).from(inspectionPlans).where(eq(inspectionPlans.id, d.planId)).get();
  const planInPkg = pkg.find((r) => r.type === 'inspection-plan' && r.id === d.planId && !r.deleted);
  const templateHere = !!ctx.db.select({ id: inspectionTemplates.id }).from(inspectionTemplates).where(eq(inspectionTemplates.id, d.templateId)).get();
  const templateInPkg = pkg.some((r) =>
    (r.type === 'checklist-template' && r.id === d.templateId) || (r.type === 'inspection-plan' && (r.data as InspectionPlanData).template.id === d.templateId));
  if ((planHere || planInPkg) && (templateHere || templateInPkg)) return null;
  return `Kết quả kiểm tra ${d.unit.name} năm ${d.year} đến trước kế hoạch kiểm tra của nó; hãy đề nghị đơn vị ${rec.origin} gửi lại tất cả (gửi kèm kế hoạch).`;
}

export const inspectionAdapter: ContentAdapter = {
  type: 'inspection',
  table: 'inspections',
  outgoing(ctx, q) {
    const rows = outgoingRows(ctx, 'inspection', 'inspections', q, { where: 'AND x.rev > 0' });
    return rows.map((r) => {
      const x = ctx.db.select().from(inspections).where(eq(inspections.id, r.id)).get()!;
      const answers = ctx.db.select().from(inspectionAnswers).where(eq(inspectionAnswers.inspectionId, x.id)).all()
        .sort((a, b) => a.itemCode.localeCompare(b.itemCode))
        .map((a) => ({
          itemCode: a.itemCode, result: a.result as InspectionData['answers'][number]['result'], score: a.score, findings: a.findings, documentsSeen: a.documentsSeen,
          source: a.source as 'team' | 'unit', answeredAt: a.answeredAt,
          self: a.selfAt ? { result: a.selfResult as InspectionData['answers'][number]['result'], score: a.selfScore, note: a.selfNote, at: a.selfAt } : null,
        }));
      const evidence = ctx.db.select().from(inspectionEvidence).where(eq(inspectionEvidence.inspectionId, x.id)).all()
        .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id))
        .map(({ inspectionId: _i, ...e }) => ({ ...e, mime: e.mime as InspectionData['evidence'][number]['mime'] }));
      const data: InspectionData = {
        planId: x.planId, year: x.year, unit: unitRefOf(ctx, x.unitId), templateId: x.templateId, plannedFrom: x.plannedFrom, plannedTo: x.plannedTo,
        status: x.status as InspectionData['status'], startedAt: x.startedAt, finishedAt: x.finishedAt, finishReason: x.finishReason,
        unansweredAtFinish: JSON.parse(x.unansweredAtFinish), conclusion: x.conclusion, answers, evidence,
      };
      return envelopeOf('inspection', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'inspections', id),
  title: (ctx, id) =>
    (ctx.sqlite.prepare(`SELECT coalesce(u.name, '') || ' - kiểm tra năm ' || i.year t FROM inspections i LEFT JOIN units u ON u.id = i.unit_id WHERE i.id = ?`).get(id) as { t: string } | undefined)?.t ?? null,
  refusal: (ctx, rec, pkg) => inspectionRefusal(ctx, rec, pkg),
  apply(ctx, rec) {
    const d = rec.data as InspectionData;
    const refused = inspectionRefusal(ctx, rec, []);
    if (refused) throw new AppError('MISSING_PLAN', refused);
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, planId: d.planId, year: d.year,
      unitId: unitIdFor(ctx, d.unit, rec.origin)!, templateId: d.templateId, plannedFrom: d.plannedFrom, plannedTo: d.plannedTo, status: d.status,
      startedAt: d.startedAt, finishedAt: d.finishedAt, finishReason: d.finishReason, unansweredAtFinish: JSON.stringify(d.unansweredAtFinish),
      conclusion: d.conclusion,
    };
    const before = ctx.db.select().from(inspections).where(eq(inspections.id, rec.id)).get();
    if (before) ctx.db.update(inspections).set(values).where(eq(inspections.id, rec.id)).run();
    else ctx.db.insert(inspections).values({ ...values, createdAt: rec.updatedAt, sort: 0 }).run();
    // Answers and evidence travel whole with each rev.
    ctx.db.delete(inspectionAnswers).where(eq(inspectionAnswers.inspectionId, rec.id)).run();
    for (const a of d.answers) {
      ctx.db.insert(inspectionAnswers).values({
        inspectionId: rec.id, itemCode: a.itemCode, result: a.result, score: a.score, findings: a.findings, documentsSeen: a.documentsSeen, source: a.source,
        answeredAt: a.answeredAt, selfResult: a.self?.result ?? null, selfScore: a.self?.score ?? null, selfNote: a.self?.note ?? '', selfAt: a.self?.at ?? null,
      }).run();
    }
    ctx.db.delete(inspectionEvidence).where(eq(inspectionEvidence.inspectionId, rec.id)).run();
    for (const e of d.evidence) ctx.db.insert(inspectionEvidence).values({ ...e, inspectionId: rec.id }).run();
    writeAudit(ctx, { action: 'import', entity: 'inspection', entityId: rec.id, before, after: { ...values, answers: d.answers.length, evidence: d.evidence.length } });
  },
};

/**
 * A self-assessment lands only on the inspection it answers, kept here (the inspecting body
 * received the plan's units long before), sent by that inspected unit, against its checklist.
 */
function selfAssessmentRefusal(ctx: Parameters<ContentAdapter['apply']>[0], rec: ExchangeRecord): string | null {
  const d = rec.data as InspectionSelfAssessmentData;
  const insp = ctx.db.select().from(inspections).where(eq(inspections.id, d.inspectionId)).get();
  if (!insp || insp.deleted || insp.planId !== d.planId) {
    return `Bản tự đánh giá của ${d.unit.name} không khớp cuộc kiểm tra nào trong kế hoạch kiểm tra trên máy này (kế hoạch đã bị xóa hoặc bỏ đơn vị này).`;
  }
  const unitCode = (ctx.sqlite.prepare('SELECT code FROM units WHERE id = ?').get(insp.unitId) as { code: string } | undefined)?.code;
  if (unitCode !== rec.origin) {
    return `Bản tự đánh giá gửi từ đơn vị ${rec.origin}, nhưng cuộc kiểm tra này là của đơn vị ${unitCode ?? 'khác'}; chỉ đơn vị được kiểm tra mới gửi được bản tự đánh giá của mình.`;
  }
  const known = new Set(checklistItems(templateSections(templateRow(ctx, insp.templateId))).map((it) => it.code));
  const unknown = d.answers.map((a) => a.itemCode).filter((c) => !known.has(c));
  if (unknown.length) {
    return `Bản tự đánh giá của ${d.unit.name} có nội dung không có trong mẫu phiếu của kế hoạch kiểm tra (mã ${unknown.join(', ')}); hãy đề nghị đơn vị ${rec.origin} nhận lại kế hoạch kiểm tra mới nhất và tự đánh giá lại.`;
  }
  return null;
}

/**
 * An inspected unit's own self-assessment goes up; at the inspecting body it pre-fills the
 * inspection's self answers as `inspections.selfAssess` does (team answers never overwritten).
 */
export const inspectionSelfAssessmentAdapter: ContentAdapter = {
  type: 'inspection-self-assessment',
  table: 'inspection_self_assessments',
  outgoing(ctx, q) {
    const rows = outgoingRows(ctx, 'inspection-self-assessment', 'inspection_self_assessments', q);
    return rows.map((r) => {
      const s = ctx.db.select().from(inspectionSelfAssessments).where(eq(inspectionSelfAssessments.id, r.id)).get()!;
      const i = ctx.db.select({ unitId: inspections.unitId }).from(inspections).where(eq(inspections.id, s.inspectionId)).get()!;
      const data: InspectionSelfAssessmentData = {
        inspectionId: s.inspectionId, planId: s.planId, templateId: s.templateId, unit: unitRefOf(ctx, i.unitId),
        answers: JSON.parse(s.answers) as InspectionSelfAssessmentData['answers'], submittedAt: s.submittedAt,
      };
      return envelopeOf('inspection-self-assessment', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'inspection_self_assessments', id),
  title: (ctx, id) =>
    (ctx.sqlite.prepare(`SELECT 'Tự đánh giá của ' || coalesce(u.name, '') || ' năm ' || i.year t FROM inspection_self_assessments s JOIN inspections i ON i.id = s.inspection_id LEFT JOIN units u ON u.id = i.unit_id WHERE s.id = ?`).get(id) as { t: string } | undefined)?.t ?? null,
  refusal: (ctx, rec) => selfAssessmentRefusal(ctx, rec),
  apply(ctx, rec) {
    const d = rec.data as InspectionSelfAssessmentData;
    const refused = selfAssessmentRefusal(ctx, rec);
    if (refused) throw new AppError('SELF_ASSESSMENT_REFUSED', refused);
    const insp = ctx.db.select().from(inspections).where(eq(inspections.id, d.inspectionId)).get()!;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted, inspectionId: d.inspectionId, planId: d.planId,
      templateId: d.templateId, answers: JSON.stringify(d.answers), submittedAt: d.submittedAt,
    };
    const before = ctx.db.select().from(inspectionSelfAssessments).where(eq(inspectionSelfAssessments.id, rec.id)).get();
    if (before) ctx.db.update(inspectionSelfAssessments).set(values).where(eq(inspectionSelfAssessments.id, rec.id)).run();
    else ctx.db.insert(inspectionSelfAssessments).values({ ...values, createdAt: rec.updatedAt }).run();
    // Pre-fill the inspection kept here (not a copy received from elsewhere); its next rev carries the answers on.
    if (insp.origin === findInstallation(ctx)?.unitCode) {
      applySelfAnswers(ctx, insp, rec.deleted ? [] : d.answers, d.submittedAt, { whole: true });
      ctx.db.update(inspections).set({ rev: insp.rev + 1, updatedAt: rec.updatedAt }).where(eq(inspections.id, insp.id)).run();
      markEdited(ctx, 'inspection', insp.id);
    }
    writeAudit(ctx, { action: 'import', entity: 'inspection-self-assessment', entityId: rec.id, before, after: { ...values, answers: d.answers } });
  },
};
