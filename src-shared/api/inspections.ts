import { z } from 'zod';
import { ANSWER_SOURCES, INSPECTION_STATUSES, ITEM_RESULTS, RESULT_SCALES, TEAM_ROLES } from '../rules/inspections';
import { ATTACHMENT_MAX_BYTES } from './dossiers';
import { isoDate, ok, ownedFields, paging, requiredText, text, uuid } from './common';

// Kiểm tra công tác thi đua, khen thưởng: versioned checklist templates, the year's inspection
// plan (team, units, dates), the fieldwork per inspected unit (one call per item answer, with
// evidence), finishing and reopening, and the summary figures of a year.

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' });
const code = (label: string) =>
  z.string({ error: `Vui lòng nhập ${label}.` }).min(1, { error: `Vui lòng nhập ${label}.` }).max(20, { error: `${label} dài tối đa 20 ký tự.` })
    .regex(/^[A-Za-z0-9.-]+$/, { error: `${label} chỉ gồm chữ không dấu, số, dấu chấm và dấu -.` });

export const checklistItem = z.object({
  code: code('mã nội dung'),
  text: requiredText(2000, 'Nội dung kiểm tra'),
  guidance: text(5000, 'Hướng dẫn kiểm tra').default(''),
  evidence: text(2000, 'Tài liệu, minh chứng cần xem').default(''),
  scale: z.enum(RESULT_SCALES, { error: 'Chọn cách đánh giá: Đạt / Chưa đạt, hoặc chấm điểm.' }).default('dat-chuadat'),
  max: z.number({ error: 'Điểm tối đa phải là số.' }).positive({ error: 'Điểm tối đa phải lớn hơn 0.' }).max(1000, { error: 'Điểm tối đa quá lớn.' }).nullable().default(null),
  weight: z.number({ error: 'Hệ số phải là số.' }).positive({ error: 'Hệ số phải lớn hơn 0.' }).max(100, { error: 'Hệ số quá lớn.' }).default(1),
  passScore: z.number({ error: 'Điểm đạt phải là số.' }).min(0, { error: 'Điểm đạt không âm.' }).nullable().default(null),
});
export type ChecklistItemValues = z.output<typeof checklistItem>;

export const checklistSection = z.object({
  code: code('mã phần'),
  title: requiredText(500, 'Tên phần'),
  items: z.array(checklistItem).max(100, { error: 'Mỗi phần tối đa 100 nội dung.' }),
});

export const templateSummary = z.object({
  ...ownedFields,
  key: z.string(), version: z.number().int(), name: z.string(), description: z.string(),
  source: z.enum(['shipped', 'local', 'received']), basedOnId: z.string().nullable(),
  items: z.number().int(),
  /** Plans and inspections that use this version (it never changes, whatever uses it). */
  usedBy: z.number().int(),
  /** The highest version of its key on this installation. */
  latest: z.boolean(),
});
export type InspectionTemplateSummary = z.infer<typeof templateSummary>;

export const checklistTemplate = templateSummary.extend({ sections: z.array(checklistSection) });
export type InspectionTemplate = z.infer<typeof checklistTemplate>;

export const teamMember = z.object({
  name: requiredText(200, 'Họ và tên thành viên đoàn'),
  position: text(300, 'Chức vụ, đơn vị công tác').default(''),
  role: z.enum(TEAM_ROLES, { error: 'Chọn vai trò trong đoàn: Trưởng đoàn, Phó Trưởng đoàn, Thành viên hoặc Thư ký.' }).default('thanh-vien'),
});
export type TeamMember = z.output<typeof teamMember>;

const progress = z.object({ answered: z.number().int(), total: z.number().int(), unanswered: z.array(z.string()) });

export const inspectionListItem = z.object({
  id: z.string(), planId: z.string(), planTitle: z.string(), year: z.number().int(),
  unitId: z.string(), unitCode: z.string(), unitName: z.string(), unitLevel: z.string(),
  templateId: z.string(), templateVersion: z.number().int(),
  plannedFrom: z.string().nullable(), plannedTo: z.string().nullable(), status: z.enum(INSPECTION_STATUSES),
  answered: z.number().int(), total: z.number().int(), notMet: z.number().int(), finishedAt: z.string().nullable(),
  origin: z.string(),
});
export type InspectionListItem = z.infer<typeof inspectionListItem>;

const planDue = z.object({ state: z.enum(['done', 'ok', 'soon', 'overdue']), daysLeft: z.number().int() });

export const inspectionPlan = z.object({
  ...ownedFields,
  year: z.number().int(), title: z.string(), deadline: z.string(), inspectingBody: z.string(), planNumber: z.string(), planDate: z.string().nullable(),
  templateId: z.string(), templateName: z.string(), templateVersion: z.number().int(),
  team: z.array(z.object({ name: z.string(), position: z.string(), role: z.enum(TEAM_ROLES) })),
  recommendations: z.string(),
  /** The units to inspect, in plan order, each with its fieldwork's state. */
  units: z.array(inspectionListItem),
  finished: z.number().int(),
  /** Against the deadline: done, ok, soon (last 15 days), overdue; with the days left (negative once past). */
  due: planDue,
  editable: z.boolean(),
  /** A copy received from the unit that owns it: that unit's name (null for an own plan). */
  originName: z.string().nullable(),
});
export type InspectionPlan = z.infer<typeof inspectionPlan>;

export const planListItem = z.object({
  id: z.string(), year: z.number().int(), title: z.string(), deadline: z.string(), inspectingBody: z.string(), planNumber: z.string(),
  planDate: z.string().nullable(), templateVersion: z.number().int(), units: z.number().int(), inProgress: z.number().int(),
  finished: z.number().int(), origin: z.string(), due: planDue,
  /** A copy received from the unit that owns it: that unit's name (null for an own plan). */
  originName: z.string().nullable(),
});
export type InspectionPlanListItem = z.infer<typeof planListItem>;

export const planInput = z.object({
  year,
  title: text(500, 'Tên kế hoạch').default(''),
  /** Null: 30/11 of the year. */
  deadline: isoDate.nullable().default(null),
  inspectingBody: requiredText(300, 'Cơ quan kiểm tra'),
  planNumber: text(50, 'Số kế hoạch').default(''),
  planDate: isoDate.nullable().default(null),
  /** Null: the latest version of the default checklist. */
  templateId: uuid.nullable().default(null),
  team: z.array(teamMember).max(30, { error: 'Đoàn kiểm tra tối đa 30 thành viên.' }).default([]),
  units: z
    .array(z.object({ unitId: uuid, plannedFrom: isoDate.nullable().default(null), plannedTo: isoDate.nullable().default(null) }))
    .max(500, { error: 'Một kế hoạch tối đa 500 đơn vị được kiểm tra.' })
    .default([]),
  recommendations: text(20_000, 'Kiến nghị, đề xuất').default(''),
});
export type PlanValues = z.output<typeof planInput>;

export const itemAnswer = z.object({
  itemCode: z.string(),
  result: z.enum(ITEM_RESULTS).nullable(),
  score: z.number().nullable(),
  findings: z.string(),
  documentsSeen: z.string(),
  /** team: answered by the inspection team; unit: pre-filled from the unit's self-assessment. */
  source: z.enum(ANSWER_SOURCES),
  answeredAt: z.string().nullable(),
  /** The unit's own answer (tự đánh giá), kept beside the team's. */
  self: z.object({ result: z.enum(ITEM_RESULTS).nullable(), score: z.number().nullable(), note: z.string(), at: z.string() }).nullable(),
});
export type ItemAnswer = z.infer<typeof itemAnswer>;

export const evidenceFile = z.object({
  id: z.string(), itemCode: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string(), addedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFile>;

export const inspection = inspectionListItem.extend({
  rev: z.number().int(), createdAt: z.string(), updatedAt: z.string(),
  startedAt: z.string().nullable(), finishReason: z.string().nullable(), unansweredAtFinish: z.array(z.string()),
  conclusion: z.string(), inspectingBody: z.string(), editable: z.boolean(),
});
export type Inspection = z.infer<typeof inspection>;

export const inspectionDetail = z.object({
  inspection,
  /** The checklist version this inspection opened (never the newer ones). */
  template: checklistTemplate,
  answers: z.array(itemAnswer),
  evidence: z.array(evidenceFile),
  progress,
});
export type InspectionDetail = z.infer<typeof inspectionDetail>;

const itemCodeInput = z.string({ error: 'Chọn nội dung kiểm tra.' }).min(1, { error: 'Chọn nội dung kiểm tra.' }).max(20, { error: 'Mã nội dung kiểm tra dài tối đa 20 ký tự.' });
const resultInput = z.enum(ITEM_RESULTS, { error: 'Chọn kết quả: Đạt, Chưa đạt hoặc Không áp dụng.' }).nullable().default(null);
const scoreInput = z.number({ error: 'Điểm phải là số.' }).min(0, { error: 'Điểm không âm.' }).max(1000, { error: 'Điểm quá lớn.' }).nullable().default(null);

export const summaryFigures = z.object({
  year: z.number().int(),
  plans: z.number().int(),
  units: z.object({ total: z.number().int(), planned: z.number().int(), inProgress: z.number().int(), finished: z.number().int(), inspected: z.number().int() }),
  results: z.object({ dat: z.number().int(), chuaDat: z.number().int(), kad: z.number().int(), unanswered: z.number().int() }),
  score: z.object({ total: z.number(), max: z.number(), percent: z.number().nullable() }),
  progress: z.object({ answered: z.number().int(), total: z.number().int(), percent: z.number().nullable() }),
  perUnit: z.array(z.object({
    inspectionId: z.string(), unitName: z.string(), status: z.enum(INSPECTION_STATUSES),
    dat: z.number().int(), chuaDat: z.number().int(), kad: z.number().int(), unanswered: z.number().int(), score: z.number(), maxScore: z.number(),
  })),
  items: z.array(z.object({
    code: z.string(), text: z.string(), section: z.string(), scale: z.enum(RESULT_SCALES),
    dat: z.number().int(), chuaDat: z.number().int(), kad: z.number().int(), unanswered: z.number().int(),
    notMetUnits: z.array(z.string()), averageScore: z.number().nullable(),
  })),
  mostNotMet: z.array(z.object({ code: z.string(), text: z.string(), count: z.number().int() })),
  recommendations: z.array(z.object({ planId: z.string(), title: z.string(), text: z.string() })),
});
export type InspectionSummaryFigures = z.infer<typeof summaryFigures>;

/** Largest evidence file (a photo or a scanned PDF), the same limit as dossier attachments. */
export const EVIDENCE_MAX_BYTES = ATTACHMENT_MAX_BYTES;

const selfAnswer = z.object({ itemCode: z.string(), result: z.enum(ITEM_RESULTS).nullable(), score: z.number().nullable(), note: z.string() });

/** An inspected unit's own self-assessment for a plan it received: its outgoing record (empty until saved). */
export const unitSelfAssessment = z.object({
  id: z.string().nullable(), planId: z.string(), inspectionId: z.string(), template: checklistTemplate,
  answers: z.array(selfAnswer), rev: z.number().int(), submittedAt: z.string().nullable(),
  /** When this rev left in a package (null: not sent since the last change). */
  sentAt: z.string().nullable(),
});
export type UnitSelfAssessment = z.infer<typeof unitSelfAssessment>;

export const inspectionsApi = {
  /** Every checklist version on this installation, newest first; the shipped one is loaded on first use. */
  'inspections.templates': { input: z.object({ key: z.string().max(100).nullable().default(null) }).default({ key: null }), output: z.array(templateSummary) },
  'inspections.template': { input: z.object({ id: uuid }), output: checklistTemplate },
  /** Saves an edited copy of a version as the next version of its key; the old one never changes. */
  'inspections.saveTemplate': {
    input: z.object({
      basedOnId: uuid,
      name: requiredText(300, 'Tên mẫu phiếu'),
      description: text(5000, 'Mô tả').default(''),
      sections: z.array(checklistSection).min(1, { error: 'Mẫu phiếu phải có ít nhất một phần.' }).max(30, { error: 'Mẫu phiếu tối đa 30 phần.' }),
    }),
    output: checklistTemplate,
  },

  'inspections.plans': { input: z.object({ year: year.nullable().default(null) }), output: z.array(planListItem) },
  'inspections.getPlan': { input: z.object({ id: uuid }), output: inspectionPlan },
  'inspections.createPlan': { input: planInput, output: inspectionPlan },
  /** Units taken off the plan must not have been inspected yet; started inspections keep their checklist version. */
  'inspections.updatePlan': { input: planInput.extend({ id: uuid }), output: inspectionPlan },
  'inspections.deletePlan': { input: z.object({ id: uuid }), output: ok },
  'inspections.setRecommendations': {
    input: z.object({ planId: uuid, recommendations: text(20_000, 'Kiến nghị, đề xuất') }),
    output: inspectionPlan,
  },

  'inspections.list': {
    input: z.object({
      year: year.nullable().default(null), planId: uuid.nullable().default(null), unitId: uuid.nullable().default(null),
      status: z.enum(INSPECTION_STATUSES).nullable().default(null), ...paging,
    }),
    output: z.object({ total: z.number().int(), items: z.array(inspectionListItem) }),
  },
  'inspections.get': { input: z.object({ id: uuid }), output: inspectionDetail },
  'inspections.update': {
    input: z.object({
      id: uuid, plannedFrom: isoDate.nullable().default(null), plannedTo: isoDate.nullable().default(null),
      conclusion: text(20_000, 'Kết luận').default(''),
    }),
    output: inspection,
  },
  /** planned → in-progress (answering an item does this too). */
  'inspections.start': { input: z.object({ id: uuid }), output: inspection },
  /** One item's answer by the team, saved at once. Empty result and score clear the answer. */
  'inspections.answer': {
    input: z.object({
      inspectionId: uuid, itemCode: itemCodeInput, result: resultInput, score: scoreInput,
      findings: text(20_000, 'Kết quả kiểm tra, tồn tại').default(''),
      documentsSeen: text(5000, 'Tài liệu đã xem').default(''),
    }),
    output: z.object({ answer: itemAnswer, progress, status: z.enum(INSPECTION_STATUSES) }),
  },
  /** The unit's self-assessment: kept per item and pre-fills items the team has not answered (source 'unit'). */
  'inspections.selfAssess': {
    input: z.object({
      inspectionId: uuid,
      answers: z
        .array(z.object({ itemCode: itemCodeInput, result: resultInput, score: scoreInput, note: text(5000, 'Giải trình của đơn vị').default('') }))
        .min(1, { error: 'Chưa có nội dung tự đánh giá nào.' })
        .max(500),
    }),
    output: inspectionDetail,
  },
  /** On the inspected unit's installation: its self-assessment for a received plan that lists it. */
  'inspections.selfAssessment': { input: z.object({ planId: uuid }), output: unitSelfAssessment },
  /** The items given are merged into what was saved (nothing left on an item drops it); sent up with the next submission. */
  'inspections.saveSelfAssessment': {
    input: z.object({
      planId: uuid,
      answers: z
        .array(z.object({ itemCode: itemCodeInput, result: resultInput, score: scoreInput, note: text(5000, 'Giải trình của đơn vị').default('') }))
        .min(1, { error: 'Chưa có nội dung tự đánh giá nào.' })
        .max(500),
    }),
    output: unitSelfAssessment,
  },
  /** Refused while items are unanswered, naming them, unless a reason is given (stored, printed). */
  'inspections.finish': {
    input: z.object({ id: uuid, reason: text(2000, 'Lý do').nullable().default(null), conclusion: text(20_000, 'Kết luận').nullable().default(null) }),
    output: inspection,
  },
  'inspections.reopen': { input: z.object({ id: uuid }), output: inspection },
  'inspections.attach': {
    input: z.object({
      inspectionId: uuid, itemCode: itemCodeInput,
      fileName: requiredText(255, 'Tên tệp'),
      contentBase64: z.string().min(1, { error: 'Tệp trống.' }).max(Math.ceil((EVIDENCE_MAX_BYTES * 4) / 3) + 8, { error: 'Tệp quá lớn: mỗi tệp minh chứng tối đa 30 MB; hãy chụp hoặc quét ở độ phân giải thấp hơn.' }),
    }),
    output: evidenceFile,
  },
  'inspections.detach': { input: z.object({ inspectionId: uuid, evidenceId: uuid }), output: ok },
  'inspections.evidence': {
    input: z.object({ evidenceId: uuid }),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
  },
  /** Figures of a year (or one plan): units, results, scores, items most often not met, recommendations. */
  'inspections.summary': { input: z.object({ year, planId: uuid.nullable().default(null) }), output: summaryFigures },
} as const;
