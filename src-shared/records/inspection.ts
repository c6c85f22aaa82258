import { z } from 'zod';
import { ANSWER_SOURCES, INSPECTION_STATUSES, ITEM_RESULTS, RESULT_SCALES, TEAM_ROLES } from '../rules/inspections';
import { isoDate, str, unitRef, uuid } from './common';

const itemCode = z.string().min(1).max(20).regex(/^[A-Za-z0-9.-]+$/);

/** A checklist version, whole: it travels inside the plan that uses it and is stored as received. */
export const checklistTemplateData = z.object({
  id: uuid,
  key: str(100).min(1),
  version: z.number().int().min(1).max(100_000),
  name: str(300).min(1),
  description: str(5000),
  sections: z
    .array(z.object({
      code: itemCode,
      title: str(500).min(1),
      items: z
        .array(z.object({
          code: itemCode, text: str(2000).min(1), guidance: str(5000), evidence: str(2000), scale: z.enum(RESULT_SCALES),
          max: z.number().positive().max(1000).nullable(), weight: z.number().positive().max(100), passScore: z.number().min(0).max(1000).nullable(),
        }))
        .max(100),
    }))
    .min(1)
    .max(30),
});
export type ChecklistTemplateData = z.infer<typeof checklistTemplateData>;

/**
 * `checklist-template`: a checklist version the province publishes on its own (not yet used by
 * a plan), in its reference package; stored as received and offered for the unit's own plans.
 * The record's id is the version's id.
 */
export const checklistTemplateRecordData = checklistTemplateData.omit({ id: true });
export type ChecklistTemplateRecordData = z.infer<typeof checklistTemplateRecordData>;

/**
 * `inspection-plan`: a kế hoạch kiểm tra with its checklist version, its team and the units to
 * inspect. Goes down with the province's reference package (like movements) so the inspected
 * units know what is coming, and up in a submission as what a unit reports of its own work.
 */
export const inspectionPlanData = z.object({
  year: z.number().int().min(2000).max(2100),
  title: str(500).min(1),
  deadline: isoDate,
  inspectingBody: str(300).min(1),
  planNumber: str(50),
  planDate: isoDate.nullable(),
  template: checklistTemplateData,
  team: z.array(z.object({ name: str(200).min(1), position: str(300), role: z.enum(TEAM_ROLES) })).max(30),
  recommendations: str(20_000),
  units: z
    .array(z.object({ inspectionId: uuid, unit: unitRef, plannedFrom: isoDate.nullable(), plannedTo: isoDate.nullable() }))
    .max(500),
});
export type InspectionPlanData = z.infer<typeof inspectionPlanData>;

const result = z.enum(ITEM_RESULTS).nullable();
const score = z.number().min(0).max(1000).nullable();

/**
 * `inspection`: the fieldwork at one unit, with every answer (the team's and the unit's own
 * self-assessment), the evidence by SHA-256 (the bytes travel as the package's attachments),
 * how it finished and why. Owned by the inspecting body; its plan travels before it.
 */
export const inspectionData = z.object({
  planId: uuid,
  year: z.number().int().min(2000).max(2100),
  unit: unitRef,
  templateId: uuid,
  plannedFrom: isoDate.nullable(),
  plannedTo: isoDate.nullable(),
  status: z.enum(INSPECTION_STATUSES),
  startedAt: z.string().max(40).nullable(),
  finishedAt: z.string().max(40).nullable(),
  finishReason: str(2000).nullable(),
  unansweredAtFinish: z.array(itemCode).max(3000),
  conclusion: str(20_000),
  answers: z
    .array(z.object({
      itemCode, result, score, findings: str(20_000), documentsSeen: str(5000), source: z.enum(ANSWER_SOURCES), answeredAt: z.string().max(40).nullable(),
      self: z.object({ result, score, note: str(5000), at: z.string().max(40) }).nullable(),
    }))
    .max(3000),
  evidence: z
    .array(z.object({
      id: uuid, itemCode, name: str(255).min(1), mime: z.enum(['application/pdf', 'image/jpeg', 'image/png']), size: z.number().int().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/), addedAt: z.string().max(40),
    }))
    .max(1000),
});
export type InspectionData = z.infer<typeof inspectionData>;

/**
 * `inspection-self-assessment`: an inspected unit's own answers for its inspection of a plan it
 * received, against the plan's checklist version. Owned by the unit; goes up; applying it
 * pre-fills the inspection's self answers (the team's answers are never overwritten).
 */
export const inspectionSelfAssessmentData = z.object({
  inspectionId: uuid,
  planId: uuid,
  templateId: uuid,
  unit: unitRef,
  answers: z.array(z.object({ itemCode, result, score, note: str(5000) })).max(3000),
  submittedAt: z.string().max(40),
});
export type InspectionSelfAssessmentData = z.infer<typeof inspectionSelfAssessmentData>;
