import { z } from 'zod';
import { COUNCIL_ROLES, INITIATIVE_STATUSES } from '../rules/initiatives';
import { ROUND_STATES } from '../rules/roundDeadline';
import { SCOPES } from '../rules/vocab';
import { isoDate, keyset, nextCursor, ok, ownedFields, paging, requiredText, text, uuid } from './common';

// Công nhận sáng kiến: rounds with their council and score sheet, applications with authors,
// the council's scores, the decision, and the link to the titles an initiative supports.

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' });
const scope = z.enum(SCOPES, { error: 'Chọn phạm vi ảnh hưởng: cơ sở, cấp tỉnh hoặc toàn quốc.' });

export const scoreCriterion = z.object({
  code: z.string().min(1).max(40).regex(/^[a-z0-9-]+$/, { error: 'Mã tiêu chí chỉ gồm chữ thường không dấu, số và dấu -.' }),
  name: requiredText(200, 'Tên tiêu chí'),
  max: z.number({ error: 'Điểm tối đa phải là số.' }).positive({ error: 'Điểm tối đa phải lớn hơn 0.' }).max(1000, { error: 'Điểm tối đa quá lớn.' }),
});

export const councilMember = z.object({ id: z.string(), name: z.string(), position: z.string(), role: z.enum(COUNCIL_ROLES), sort: z.number().int() });
export type CouncilMember = z.infer<typeof councilMember>;

export const initiativeRound = z.object({
  ...ownedFields,
  year: z.number().int(), number: z.number().int(), name: z.string(), deadline: z.string().nullable(), meetingDate: z.string().nullable(),
  criteria: z.array(scoreCriterion), passMark: z.number(), status: z.enum(['open', 'closed']),
  members: z.array(councilMember), applications: z.number().int(), recognised: z.number().int(), refused: z.number().int(),
  editable: z.boolean(),
  /** From the clock: open, expired (past the deadline), kept-open (past it, still receiving, with a reason), closed (locked). */
  state: z.enum(ROUND_STATES), stateText: z.string(),
  /** The recorded decision to keep receiving after the deadline. */
  keepOpen: z.object({ reason: z.string(), at: z.string(), by: z.string() }).nullable(),
  /** Applications received after the deadline. */
  late: z.number().int(),
});
export type InitiativeRound = z.infer<typeof initiativeRound>;

export const roundInput = z.object({
  year,
  number: z.number({ error: 'Số thứ tự đợt phải là số.' }).int().min(1, { error: 'Số thứ tự đợt từ 1 trở lên.' }).max(12, { error: 'Tối đa 12 đợt một năm.' }),
  name: text(100, 'Tên đợt').default(''),
  deadline: isoDate.nullable().default(null),
  meetingDate: isoDate.nullable().default(null),
  criteria: z.array(scoreCriterion).max(20, { error: 'Tối đa 20 tiêu chí.' }).optional(),
  passMark: z.number({ error: 'Điểm đạt phải là số.' }).optional(),
});
export type RoundValues = z.output<typeof roundInput>;

export const initiativeAuthor = z.object({ personId: z.string(), fullName: z.string(), birthYear: z.number().int().nullable(), position: z.string(), share: z.number() });
export type InitiativeAuthor = z.infer<typeof initiativeAuthor>;

export const trialParticipant = z.object({
  name: requiredText(200, 'Họ và tên người tham gia áp dụng thử'),
  position: text(200, 'Chức vụ').default(''),
  workplace: text(300, 'Nơi công tác').default(''),
  part: text(500, 'Nội dung công việc hỗ trợ').default(''),
});

export const evaluationSheet = z.object({
  id: z.string(), memberId: z.string(), memberName: z.string(), role: z.enum(COUNCIL_ROLES),
  scores: z.record(z.string(), z.number()), total: z.number(), comment: z.string(), updatedAt: z.string(),
});
export type EvaluationSheet = z.infer<typeof evaluationSheet>;

export const councilSummaryShape = z.object({
  members: z.number().int(), scored: z.number().int(), average: z.number().nullable(), byCriterion: z.record(z.string(), z.number().nullable()),
  passMark: z.number(), maxTotal: z.number(), proposal: z.enum(['recognise', 'refuse', 'incomplete']), explanation: z.string(),
});

export const initiative = z.object({
  ...ownedFields,
  title: z.string(), year: z.number().int(), roundId: z.string().nullable(), roundName: z.string().nullable(), status: z.enum(INITIATIVE_STATUSES),
  addressedTo: z.string(), investor: z.string(), field: z.string(), problem: z.string(), description: z.string(), confidential: z.string(),
  conditions: z.string(), authorBenefits: z.string(), trialBenefits: z.string(), firstAppliedOn: z.string().nullable(),
  trialParticipants: z.array(z.object({ name: z.string(), position: z.string(), workplace: z.string(), part: z.string() })),
  proposedScope: z.enum(SCOPES), receivedOn: z.string().nullable(), receiptNumber: z.string(), receivedLate: z.boolean(),
  /** Why the round was kept open when a late application was received ('' otherwise). */
  receivedLateReason: z.string(),
  dueOn: z.string().nullable(),
  dueState: z.enum(['none', 'ok', 'soon', 'overdue', 'answered']), daysLeft: z.number().int().nullable(),
  scope: z.enum(SCOPES).nullable(), recognisedOn: z.string().nullable(), decisionNumber: z.string(), recognisingBody: z.string(),
  certificateNumber: z.string(), refusalReason: z.string(),
  authors: z.array(initiativeAuthor),
  /** The upper level's decision on a sent application (scope recognised, number, date, issuer). */
  upperDecision: z.object({ scope: z.enum(SCOPES).nullable(), number: z.string(), date: z.string(), issuer: z.string(), certificateNumber: z.string() }).nullable(),
  /** The award this initiative was counted for (one award only), if any. */
  usedBy: z.object({ nomineeId: z.string(), dossierId: z.string().nullable(), dossierTitle: z.string().nullable() }).nullable(),
  editable: z.boolean(),
});
export type Initiative = z.infer<typeof initiative>;

export const initiativeInput = z.object({
  title: requiredText(500, 'Tên sáng kiến'),
  year,
  roundId: uuid.nullable().default(null),
  addressedTo: text(300, 'Tên cơ sở được yêu cầu công nhận').default(''),
  investor: text(500, 'Chủ đầu tư tạo ra sáng kiến').default(''),
  field: text(500, 'Lĩnh vực áp dụng').default(''),
  problem: text(5000, 'Vấn đề mà sáng kiến giải quyết').default(''),
  description: text(100_000, 'Mô tả bản chất của sáng kiến').default(''),
  confidential: text(20_000, 'Thông tin cần được bảo mật').default(''),
  conditions: text(20_000, 'Điều kiện cần thiết để áp dụng').default(''),
  authorBenefits: text(20_000, 'Lợi ích thu được theo ý kiến tác giả').default(''),
  trialBenefits: text(20_000, 'Lợi ích thu được theo ý kiến người áp dụng thử').default(''),
  firstAppliedOn: isoDate.nullable().default(null),
  trialParticipants: z.array(trialParticipant).max(100, { error: 'Tối đa 100 người tham gia áp dụng thử.' }).default([]),
  proposedScope: scope.default('co-so'),
  authors: z
    .array(z.object({ personId: uuid, share: z.number({ error: 'Tỷ lệ đóng góp phải là số.' }) }))
    .max(50, { error: 'Tối đa 50 tác giả.' }),
});
export type InitiativeValues = z.output<typeof initiativeInput>;

export const initiativeListItem = z.object({
  id: z.string(), title: z.string(), year: z.number().int(), roundName: z.string().nullable(), status: z.enum(INITIATIVE_STATUSES),
  authors: z.string(), receivedOn: z.string().nullable(), receivedLate: z.boolean(), dueOn: z.string().nullable(),
  dueState: z.enum(['none', 'ok', 'soon', 'overdue', 'answered']), daysLeft: z.number().int().nullable(),
  scope: z.enum(SCOPES).nullable(), average: z.number().nullable(), scored: z.number().int(), origin: z.string(), exchangeStatus: z.string().nullable(),
});
export type InitiativeListItem = z.infer<typeof initiativeListItem>;

export const initiativesApi = {
  'initiatives.rounds': { input: z.object({ year }), output: z.array(initiativeRound) },
  /** Đợt I (deadline 30/6) and đợt II (30/11) of a year, with the default score sheet. */
  'initiatives.createDefaultRounds': { input: z.object({ year }), output: z.array(initiativeRound) },
  'initiatives.createRound': { input: roundInput, output: initiativeRound },
  'initiatives.updateRound': { input: roundInput.extend({ id: uuid }), output: initiativeRound },
  'initiatives.setRoundStatus': { input: z.object({ id: uuid, status: z.enum(['open', 'closed']) }), output: initiativeRound },
  /** "Vẫn nhận hồ sơ sau hạn": a reason keeps an expired round receiving (recorded); null withdraws it. */
  'initiatives.keepRoundOpen': { input: z.object({ id: uuid, reason: text(1000, 'Lý do vẫn nhận hồ sơ').nullable() }), output: initiativeRound },
  'initiatives.setCouncil': {
    input: z.object({
      roundId: uuid,
      members: z
        .array(z.object({
          id: uuid.nullable().default(null),
          name: requiredText(200, 'Họ và tên thành viên'),
          position: text(200, 'Chức vụ').default(''),
          role: z.enum(COUNCIL_ROLES, { error: 'Chọn vai trò trong Hội đồng.' }),
        }))
        .max(30, { error: 'Hội đồng tối đa 30 thành viên.' }),
    }),
    output: initiativeRound,
  },

  'initiatives.list': {
    input: z.object({
      year: year.nullable().default(null), roundId: uuid.nullable().default(null), status: z.enum(INITIATIVE_STATUSES).nullable().default(null),
      query: z.string().max(200).default(''), ...paging, ...keyset,
      /** The open work of every year (not yet answered, or this year's); `year` is then ignored. */
      open: z.boolean().default(false),
    }),
    output: z.object({ total: z.number().int(), items: z.array(initiativeListItem), next: nextCursor }),
  },
  'initiatives.get': {
    input: z.object({ id: uuid }),
    output: z.object({ initiative, sheets: z.array(evaluationSheet), summary: councilSummaryShape.nullable(), criteria: z.array(scoreCriterion) }),
  },
  'initiatives.create': { input: initiativeInput, output: initiative },
  'initiatives.update': { input: initiativeInput.extend({ id: uuid }), output: initiative },
  'initiatives.delete': { input: z.object({ id: uuid }), output: ok },
  /** Tiếp nhận đơn: the receipt (giấy biên nhận) and the three-month limit start here. */
  'initiatives.receive': {
    input: z.object({ id: uuid, receivedOn: isoDate, receiptNumber: text(50, 'Số biên nhận').default('') }),
    output: initiative,
  },
  'initiatives.assignRound': { input: z.object({ id: uuid, roundId: uuid.nullable() }), output: initiative },
  'initiatives.score': {
    input: z.object({
      initiativeId: uuid, memberId: uuid,
      scores: z.record(z.string().max(40), z.number({ error: 'Điểm phải là số.' })).refine((r) => Object.keys(r).length <= 20),
      comment: text(5000, 'Nhận xét').default(''),
    }),
    output: evaluationSheet,
  },
  'initiatives.updateScore': {
    input: z.object({
      sheetId: uuid,
      scores: z.record(z.string().max(40), z.number({ error: 'Điểm phải là số.' })).refine((r) => Object.keys(r).length <= 20),
      comment: text(5000, 'Nhận xét').default(''),
    }),
    output: evaluationSheet,
  },
  'initiatives.removeScore': { input: z.object({ sheetId: uuid }), output: ok },
  'initiatives.decide': {
    input: z.discriminatedUnion('outcome', [
      z.object({
        id: uuid, outcome: z.literal('recognised'), scope: scope.default('co-so'),
        recognisingBody: requiredText(300, 'Cơ quan công nhận'), decisionNumber: requiredText(50, 'Số quyết định'), decisionDate: isoDate,
        certificateNumber: text(50, 'Số giấy chứng nhận').default(''),
      }),
      z.object({
        id: uuid, outcome: z.literal('refused'), recognisingBody: requiredText(300, 'Cơ quan xét'), decisionNumber: text(50, 'Số văn bản').default(''),
        decisionDate: isoDate, refusalReason: requiredText(5000, 'Lý do không công nhận'),
      }),
    ], { error: 'Chọn kết quả: công nhận hoặc không công nhận.' }),
    output: initiative,
  },
  /** Undo a decision taken by mistake, while the initiative has not been counted for an award. */
  'initiatives.undoDecision': { input: z.object({ id: uuid }), output: initiative },
  /** Initiatives of which a person is an author, with their scope and the award they served. */
  'initiatives.ofPerson': { input: z.object({ personId: uuid }), output: z.array(initiative) },
  /** Applications waiting for an answer, nearest limit first, with the counts the overview shows. */
  'initiatives.deadlines': {
    input: z.object({ year: year.nullable().default(null) }),
    output: z.object({ waiting: z.number().int(), soon: z.number().int(), overdue: z.number().int(), items: z.array(initiativeListItem) }),
  },
} as const;
