import { z } from 'zod';
import { NOMINEE_OUTCOMES } from '../exchange/nomineeOutcomes';
import { AWARD_CATEGORIES, EVALUATION_LEVELS, HOLD_LEVELS } from '../rules/vocab';
import { isoDate, keyset, nextCursor, ok, ownedFields, paging, requiredText, text, uuid } from './common';
import { nomineeProof } from './proofs';

const year = z.number({ error: 'Năm phải là số.' }).int().min(1945, { error: 'Năm không hợp lệ.' }).max(2100, { error: 'Năm không hợp lệ.' });
const subjectType = z.enum(['person', 'collective'], { error: 'Đối tượng phải là cá nhân hoặc tập thể.' });

export const awardHistoryRow = z.object({
  ...ownedFields,
  subjectType, subjectId: z.string(), year: z.number().int(), awardCode: z.string(), awardName: z.string(),
  category: z.enum(AWARD_CATEGORIES), decisionNumber: z.string(), decisionDate: z.string().nullable(), issuer: z.string(),
  source: z.enum(['manual', 'import', 'decision']),
});
export type AwardHistoryRow = z.infer<typeof awardHistoryRow>;

export const awardHistoryInput = z.object({
  subjectType,
  subjectId: uuid,
  year,
  awardCode: text(40, 'Mã khen thưởng').default(''),
  awardName: requiredText(300, 'Tên danh hiệu, hình thức khen thưởng'),
  category: z.enum(AWARD_CATEGORIES, { error: 'Chọn loại hình khen thưởng.' }).default('cong-trang'),
  decisionNumber: text(50, 'Số quyết định').default(''),
  decisionDate: isoDate.nullable().default(null),
  issuer: text(200, 'Cơ quan ban hành').default(''),
});

export const nominee = z.object({
  id: z.string(), subjectType, subjectId: z.string(), name: z.string(), detail: z.string(), summary: z.string(), report: z.string(),
  voteYes: z.number().int().nullable(),
  collectiveFacts: z.object({
    members: z.number().int(), ldtt: z.number().int(), completedTasks: z.number().int(), cstdcs: z.number().int(), disciplined: z.number().int(),
    /** Women among the members: NĐ 152/2025, Điều 4 puts a collective with ≥ 70% women first among equals. */
    women: z.number().int().nullable().optional(),
  }).nullable(),
});
export type Nominee = z.infer<typeof nominee>;

export const dossier = z.object({
  ...ownedFields,
  year: z.number().int(), round: z.enum(['annual', 'thematic', 'adhoc']), movementId: z.string().nullable(), proposingUnitId: z.string(),
  proposingUnitName: z.string().nullable(), awardCode: z.string(), awardName: z.string(), referenceDate: z.string(), title: z.string(),
  meetingDate: z.string().nullable(), councilTotal: z.number().int().nullable(), councilPresent: z.number().int().nullable(),
  councilWritten: z.number().int().nullable(), overrideReason: z.string().nullable(), nomineeCount: z.number().int(),
  status: z.string().nullable(), editable: z.boolean(),
});
export type Dossier = z.infer<typeof dossier>;

export const dossierInput = z.object({
  year,
  round: z.enum(['annual', 'thematic', 'adhoc'], { error: 'Chọn đợt xét: tổng kết năm, chuyên đề hoặc đột xuất.' }),
  movementId: uuid.nullable().default(null),
  awardCode: requiredText(40, 'Danh hiệu, hình thức đề nghị'),
  referenceDate: isoDate,
  title: requiredText(300, 'Tên hồ sơ'),
});
export type DossierValues = z.output<typeof dossierInput>;

const count = (label: string) => z.number({ error: `${label} phải là số.` }).int({ error: `${label} phải là số nguyên.` }).min(0, { error: `${label} không được âm.` }).max(1000, { error: `${label} quá lớn.` });

/** Where a dossier's vote threshold comes from: the council's own setting or the rule set in force. */
export const voteThreshold = z.object({
  share: z.number(), text: z.string(), source: z.enum(['settings', 'law']), citation: z.string(), secretBallot: z.boolean(),
});
export type VoteThreshold = z.infer<typeof voteThreshold>;

export const criterionResult = z.object({ id: z.string(), text: z.string(), result: z.enum(['pass', 'fail', 'evidence']), reason: z.string(), citation: z.string() });

export const dossierDocument = z.object({
  id: z.string(), nomineeId: z.string().nullable(), docCode: z.string(), name: z.string(), mime: z.string(), size: z.number().int(),
  sha256: z.string(), addedAt: z.string(),
});
export type DossierDocument = z.infer<typeof dossierDocument>;

export const requiredDocumentStatus = z.object({
  code: z.string(), name: z.string(), template: z.string().nullable(), note: z.string().nullable(),
  /** One per nominee (a report of achievements) rather than one per dossier. */
  perNominee: z.boolean(),
  /** Printed by the app from what is entered (tờ trình, biên bản, báo cáo) rather than scanned. */
  printable: z.boolean(),
  satisfied: z.boolean(),
  /** What is still missing, in Vietnamese; empty when satisfied. */
  missing: z.array(z.string()),
});

/** Largest scan a dossier accepts (a district's e-mail limit is often 25 MB). */
/**
 * A dossier's recorded decision (the newest with an outcome: decided, returned or declined) and
 * each nominee's outcome. A decision made for the whole dossier gives every nominee its status.
 */
export const dossierDecision = z.object({
  decisionId: z.string(),
  status: z.enum(NOMINEE_OUTCOMES),
  decidedBy: z.string(),
  updatedAt: z.string(),
  decision: z.object({ number: z.string(), date: z.string(), issuer: z.string(), award: z.string() }).nullable(),
  note: z.string(),
  reasons: z.array(z.string()),
  /** True when the decision named an outcome per nominee; false when it was for the whole dossier. */
  perNominee: z.boolean(),
  nominees: z.array(z.object({
    nomineeId: z.string(), subjectType, subjectId: z.string(), name: z.string(), status: z.enum(NOMINEE_OUTCOMES), reasons: z.array(z.string()),
  })),
});
export type DossierDecision = z.infer<typeof dossierDecision>;

export const ATTACHMENT_MAX_BYTES = 30 * 1024 * 1024;

const awardList = z.object({
  referenceDate: z.string(), ruleSetId: z.string(), legalBasis: z.string(),
  transition: z.object({ text: z.string(), citation: z.string() }).nullable(),
  awards: z.array(z.object({
    code: z.string(), name: z.string(), kind: z.string(), kindLabel: z.string(), subject: z.string(), subjectLabel: z.string(),
    level: z.string(), levelLabel: z.string(), category: z.string(), authority: z.string(),
    deciders: z.array(z.object({
      levels: z.array(z.string()), decidedBy: z.string(), decidedByLabel: z.string(), submitTo: z.string(), submitToLabel: z.string(),
      viaProvinceBody: z.boolean(), citation: z.string(),
    })),
    legalBasis: z.string(), sameTitleAs: z.string().nullable(),
    reportForm: z.string(), reportFormName: z.string(), reportFormTemplate: z.string(),
    reportForms: z.object({ annual: z.string(), thematic: z.string(), adhoc: z.string() }),
    requiredDocuments: z.array(z.object({ code: z.string(), name: z.string(), template: z.string().nullable(), copies: z.number().int().nullable() })),
    rounds: z.array(z.object({ name: z.string(), month: z.number().int().nullable(), scope: z.string(), citation: z.string() })),
    criteria: z.array(z.object({ id: z.string(), text: z.string(), citation: z.string(), check: z.string() })),
  })),
});

export const dossiersApi = {
  'awards.catalogue': {
    input: z.object({ referenceDate: isoDate }),
    output: z.object({
      ruleSetId: z.string(), legalBasis: z.string(),
      awards: z.array(z.object({ code: z.string(), name: z.string(), subject: z.string(), category: z.string(), kind: z.string(), authority: z.string() })),
    }),
  },
  /** Every award of the rule set in force on the date, with level, deciders, legal basis, report forms, documents and rounds. */
  'awards.list': { input: z.object({ referenceDate: isoDate }), output: awardList },
  'awards.history': { input: z.object({ subjectType, subjectId: uuid }), output: z.array(awardHistoryRow) },
  'awards.addHistory': { input: awardHistoryInput, output: awardHistoryRow },
  'awards.removeHistory': { input: z.object({ id: uuid }), output: ok },
  'evaluations.list': {
    input: z.object({ personId: uuid }),
    output: z.array(z.object({ id: z.string(), year: z.number().int(), level: z.enum(EVALUATION_LEVELS), note: z.string() })),
  },
  'evaluations.set': {
    input: z.object({ personId: uuid, year, level: z.enum(EVALUATION_LEVELS, { error: 'Chọn mức độ hoàn thành nhiệm vụ.' }), note: text(300, 'Ghi chú').default('') }),
    output: ok,
  },
  'holds.list': {
    input: z.object({ personId: uuid }),
    output: z.array(z.object({ id: z.string(), kind: z.enum(['discipline', 'investigation']), level: z.string().nullable(), fromDate: z.string(), toDate: z.string().nullable(), note: z.string() })),
  },
  'holds.add': {
    input: z.object({
      personId: uuid, kind: z.enum(['discipline', 'investigation'], { error: 'Chọn kỷ luật hoặc đang bị điều tra, xem xét.' }),
      level: z.enum(HOLD_LEVELS).nullable().default(null), fromDate: isoDate, toDate: isoDate.nullable().default(null), note: text(500, 'Ghi chú').default(''),
    }),
    output: ok,
  },
  'holds.remove': { input: z.object({ id: uuid }), output: ok },

  'dossiers.list': {
    /** `open`: the open work of every year (unfinished, or this year's); `year` is then ignored. */
    input: z.object({ year: year.nullable().default(null), open: z.boolean().default(false), query: z.string().max(200).default(''), ...paging, ...keyset }),
    output: z.object({ total: z.number().int(), items: z.array(dossier), next: nextCursor }),
  },
  'dossiers.get': { input: z.object({ id: uuid }), output: z.object({ dossier, nominees: z.array(nominee) }) },
  'dossiers.create': { input: dossierInput, output: dossier },
  'dossiers.update': { input: dossierInput.extend({ id: uuid }), output: dossier },
  'dossiers.delete': { input: z.object({ id: uuid }), output: ok },
  'dossiers.setMeeting': {
    input: z.object({
      id: uuid, meetingDate: isoDate.nullable(), councilTotal: count('Tổng số thành viên'), councilPresent: count('Số thành viên có mặt'),
      councilWritten: count('Số ý kiến bằng văn bản').default(0),
    }),
    output: dossier,
  },
  /** The share of the council's total membership this dossier's award needs; null = no vote required. */
  'dossiers.voteThreshold': { input: z.object({ id: uuid }), output: voteThreshold.nullable() },
  /** The meeting and every nominee's yes votes in one save: all rows or none. */
  'dossiers.setVotes': {
    input: z.object({
      id: uuid, meetingDate: isoDate.nullable(), councilTotal: count('Tổng số thành viên'), councilPresent: count('Số thành viên có mặt'),
      councilWritten: count('Số ý kiến bằng văn bản').default(0),
      votes: z.array(z.object({ nomineeId: uuid, voteYes: count('Số phiếu đồng ý').nullable() })).max(1000),
    }),
    output: z.object({ dossier, nominees: z.array(nominee) }),
  },
  'dossiers.addNominee': {
    input: z.object({ dossierId: uuid, subjectType, subjectId: uuid, summary: text(2000, 'Tóm tắt thành tích').default('') }),
    output: nominee,
  },
  'dossiers.updateNominee': {
    input: z.object({
      dossierId: uuid, nomineeId: uuid, summary: text(2000, 'Tóm tắt thành tích').default(''), report: text(200_000, 'Báo cáo thành tích').default(''),
      /** Left out = unchanged (the vote table saves votes; the nominee's details leave them alone). */
      voteYes: count('Số phiếu đồng ý').nullable().optional(),
      collectiveFacts: z.object({
        members: count('Số thành viên'), ldtt: count('Số LĐTT'), completedTasks: count('Số hoàn thành nhiệm vụ'), cstdcs: count('Số CSTĐCS'), disciplined: count('Số bị kỷ luật'),
        women: count('Số thành viên nữ').nullable().optional(),
      }).nullable().default(null),
    }),
    output: nominee,
  },
  'dossiers.removeNominee': { input: z.object({ dossierId: uuid, nomineeId: uuid }), output: ok },
  /** Undoes a removal: the nominee comes back with its report, votes and initiatives. */
  'dossiers.restoreNominee': { input: z.object({ dossierId: uuid, nomineeId: uuid }), output: nominee },
  'dossiers.eligibility': {
    input: z.object({ id: uuid }),
    output: z.object({
      ruleSetId: z.string(),
      /** Which rule set judges the dossier and why (a transitional dossier says so, with its citation). */
      statement: z.object({ text: z.string(), citation: z.string().nullable(), paperText: z.string().nullable(), transitional: z.boolean(), meetingWarning: z.string().nullable() }),
      /** Nominee ids in the order NĐ 152/2025, Điều 4 puts equally qualified nominees (women first). */
      precedenceOrder: z.array(z.string()),
      nominees: z.array(z.object({
        nomineeId: z.string(), name: z.string(), overall: z.enum(['pass', 'fail', 'evidence']), criteria: z.array(criterionResult),
        /** Who the nominee is in the registry: a person's id or a collective's id (the other is null). */
        personId: z.string().nullable(), collectiveId: z.string().nullable(),
        /** Recognised initiatives this nominee's award relies on: marked used when the dossier is ready to send. */
        initiativesUsed: z.array(z.string()),
        precedence: z.array(z.object({ id: z.string(), priority: z.boolean(), text: z.string(), citation: z.string() })),
        /** Entries of the sổ đơn thư about this nominee still being verified: each holds the award (criterion "complaint"). */
        complaints: z.array(z.object({ id: z.string(), kind: z.string(), receivedOn: z.string() })),
        /** Criteria proven by a document (dossiers.confirmProof), each with its confirmation or null: "chưa xác nhận minh chứng". */
        proofs: z.array(nomineeProof),
      })),
    }),
  },
  'dossiers.documents': {
    input: z.object({ id: uuid }),
    output: z.object({ required: z.array(requiredDocumentStatus), documents: z.array(dossierDocument), problems: z.array(z.string()) }),
  },
  'dossiers.attach': {
    input: z.object({
      dossierId: uuid, nomineeId: uuid.nullable().default(null), docCode: requiredText(40, 'Loại giấy tờ'),
      fileName: requiredText(255, 'Tên tệp'),
      // base64 of at most ATTACHMENT_MAX_BYTES, refused with the limit named beyond it
      contentBase64: z.string().min(1, { error: 'Tệp trống.' }).max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 8, { error: 'Tệp quá lớn: mỗi tệp đính kèm tối đa 30 MB; hãy quét ở độ phân giải 200 dpi hoặc chia nhỏ tệp.' }),
    }),
    output: dossierDocument,
  },
  'dossiers.detach': { input: z.object({ dossierId: uuid, documentId: uuid }), output: ok },
  'dossiers.attachment': {
    input: z.object({ documentId: uuid }),
    output: z.object({ fileName: z.string(), mime: z.string(), contentBase64: z.string() }),
  },
  /** "Sẵn sàng gửi": only when complete and nobody fails a criterion, unless a recorded override reason is given. */
  'dossiers.markReady': {
    input: z.object({ id: uuid, overrideReason: text(1000, 'Lý do').nullable().default(null) }),
    output: dossier,
  },
  'dossiers.decision': { input: z.object({ id: uuid }), output: dossierDecision.nullable() },
} as const;
