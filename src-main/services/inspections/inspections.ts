import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  EVIDENCE_MAX_BYTES, type EvidenceFile, type Inspection, type InspectionDetail, type InspectionListItem, type InspectionSummaryFigures, type ItemAnswer,
} from '../../../src-shared/api';
import {
  answerProblems, checklistItems, inspectionSummary, itemOutcome, progressOf, type AnswerValue, type ChecklistSection, type InspectionStatus, type ItemResult,
} from '../../../src-shared/rules/inspections';
import { cleanText, isValidIsoDate, nfc } from '../../../src-shared/text';
import { attachments, inspectionAnswers, inspectionEvidence, inspections } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext, markEdited } from '../core';
import { sniffMime } from '../../lib/mime';
import { getTemplate, templateRow, templateSections } from './templates';
import { assertOwned, requireInstallation } from '../installation';

// The fieldwork of one inspected unit: it opens the checklist version of its plan and keeps
// it; every item's answer is saved at once; finishing with items unanswered needs a reason.

type Row = typeof inspections.$inferSelect;
type AnswerRow = typeof inspectionAnswers.$inferSelect;

/** Multi-line text (findings, conclusions): NFC, invisible characters out, line breaks kept. */
export function cleanBlock(s: string): string {
  return nfc(s)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => cleanText(l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function inspectionRow(ctx: ServiceContext, id: string): Row {
  const r = ctx.db.select().from(inspections).where(eq(inspections.id, id)).get();
  if (!r || r.deleted) throw notFound('cuộc kiểm tra');
  return r;
}

function answerRows(ctx: ServiceContext, inspectionId: string): AnswerRow[] {
  return ctx.db.select().from(inspectionAnswers).where(eq(inspectionAnswers.inspectionId, inspectionId)).all();
}

const answerMap = (rows: readonly AnswerRow[]) =>
  new Map<string, AnswerValue>(rows.map((a) => [a.itemCode, { result: a.result as ItemResult | null, score: a.score }]));

/** True once anything was recorded: an answer, a self-assessment, evidence, or the fieldwork started. */
export function hasFieldwork(ctx: ServiceContext, i: Pick<Row, 'id' | 'status'>): boolean {
  if (i.status !== 'planned') return true;
  return !!ctx.sqlite.prepare('SELECT 1 FROM inspection_answers WHERE inspection_id = ? UNION ALL SELECT 1 FROM inspection_evidence WHERE inspection_id = ? LIMIT 1').get(i.id, i.id);
}

interface ListRow {
  id: string; planId: string; planTitle: string; year: number; unitId: string; unitCode: string; unitName: string; unitLevel: string;
  templateId: string; templateVersion: number; plannedFrom: string | null; plannedTo: string | null; status: InspectionStatus;
  finishedAt: string | null; origin: string;
}

const LIST_SQL = `SELECT i.id, i.plan_id planId, p.title planTitle, i.year, i.unit_id unitId, coalesce(u.code, '') unitCode, coalesce(u.name, '') unitName,
                         coalesce(u.level, '') unitLevel, i.template_id templateId, t.version templateVersion, i.planned_from plannedFrom,
                         i.planned_to plannedTo, i.status, i.finished_at finishedAt, i.origin
                    FROM inspections i JOIN inspection_plans p ON p.id = i.plan_id JOIN inspection_templates t ON t.id = i.template_id
                    LEFT JOIN units u ON u.id = i.unit_id`;

/**
 * Checklist versions parsed once per call: a list or a year's summary holds many inspections
 * on a handful of versions, and a version never changes.
 */
function sectionsReader(ctx: ServiceContext): (templateId: string) => ChecklistSection[] {
  const parsed = new Map<string, ChecklistSection[]>();
  return (id) => parsed.get(id) ?? parsed.set(id, templateSections(templateRow(ctx, id))).get(id)!;
}

/** The answers (result and score) of many inspections in one query, by inspection. */
function answersOf(ctx: ServiceContext, ids: readonly string[]): Map<string, Map<string, AnswerValue>> {
  const rows = ctx.sqlite
    .prepare('SELECT inspection_id inspectionId, item_code itemCode, result, score FROM inspection_answers WHERE inspection_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as Pick<AnswerRow, 'inspectionId' | 'itemCode' | 'result' | 'score'>[];
  const out = new Map<string, Map<string, AnswerValue>>(ids.map((id) => [id, new Map()]));
  for (const a of rows) out.get(a.inspectionId)!.set(a.itemCode, { result: a.result as ItemResult | null, score: a.score });
  return out;
}

function toListItems(ctx: ServiceContext, rows: readonly ListRow[]): InspectionListItem[] {
  const sectionsOf = sectionsReader(ctx);
  const answers = answersOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => {
    const sections = sectionsOf(r.templateId);
    const a = answers.get(r.id)!;
    const p = progressOf(sections, a);
    const notMet = checklistItems(sections).filter((it) => itemOutcome(it, a.get(it.code)) === 'chua-dat').length;
    return { ...r, answered: p.answered, total: p.total, notMet };
  });
}

export function inspectionItems(ctx: ServiceContext, f: { planId?: string; id?: string }): InspectionListItem[] {
  const rows = ctx.sqlite
    .prepare(`${LIST_SQL} WHERE i.deleted = 0 AND (? IS NULL OR i.plan_id = ?) AND (? IS NULL OR i.id = ?) ORDER BY i.sort, u.name`)
    .all(f.planId ?? null, f.planId ?? null, f.id ?? null, f.id ?? null) as ListRow[];
  return toListItems(ctx, rows);
}

export function listInspections(
  ctx: ServiceContext,
  input: { year: number | null; planId: string | null; unitId: string | null; status: InspectionStatus | null; offset: number; limit: number },
): { total: number; items: InspectionListItem[] } {
  const where = `WHERE i.deleted = 0 AND p.deleted = 0 AND (? IS NULL OR i.year = ?) AND (? IS NULL OR i.plan_id = ?) AND (? IS NULL OR i.unit_id = ?) AND (? IS NULL OR i.status = ?)`;
  const args = [input.year, input.year, input.planId, input.planId, input.unitId, input.unitId, input.status, input.status];
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM inspections i JOIN inspection_plans p ON p.id = i.plan_id ${where}`).get(...args) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(`${LIST_SQL} ${where} ORDER BY i.year DESC, p.created_at DESC, i.sort, u.name LIMIT ? OFFSET ?`)
    .all(...args, input.limit, input.offset) as ListRow[];
  return { total, items: toListItems(ctx, rows) };
}

function toInspection(ctx: ServiceContext, r: Row): Inspection {
  const me = requireInstallation(ctx);
  const [item] = inspectionItems(ctx, { id: r.id });
  if (!item) throw notFound('cuộc kiểm tra');
  const plan = ctx.sqlite.prepare('SELECT inspecting_body b FROM inspection_plans WHERE id = ?').get(r.planId) as { b: string };
  return {
    ...item, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, startedAt: r.startedAt, finishReason: r.finishReason,
    unansweredAtFinish: JSON.parse(r.unansweredAtFinish) as string[], conclusion: r.conclusion, inspectingBody: plan.b, editable: r.origin === me.unitCode,
  };
}

const toAnswer = (a: AnswerRow): ItemAnswer => ({
  itemCode: a.itemCode, result: a.result as ItemResult | null, score: a.score, findings: a.findings, documentsSeen: a.documentsSeen,
  source: a.source as ItemAnswer['source'], answeredAt: a.answeredAt,
  self: a.selfAt ? { result: a.selfResult as ItemResult | null, score: a.selfScore, note: a.selfNote, at: a.selfAt } : null,
});

function listEvidence(ctx: ServiceContext, inspectionId: string): EvidenceFile[] {
  return ctx.db
    .select({ id: inspectionEvidence.id, itemCode: inspectionEvidence.itemCode, name: inspectionEvidence.name, mime: inspectionEvidence.mime, size: inspectionEvidence.size, sha256: inspectionEvidence.sha256, addedAt: inspectionEvidence.addedAt })
    .from(inspectionEvidence)
    .where(eq(inspectionEvidence.inspectionId, inspectionId))
    .orderBy(inspectionEvidence.addedAt)
    .all();
}

export function getInspection(ctx: ServiceContext, id: string): InspectionDetail {
  const r = inspectionRow(ctx, id);
  const template = getTemplate(ctx, r.templateId);
  const rows = answerRows(ctx, r.id);
  const order = new Map(checklistItems(template.sections).map((it, i) => [it.code, i]));
  return {
    inspection: toInspection(ctx, r),
    template,
    answers: rows.map(toAnswer).sort((a, b) => (order.get(a.itemCode) ?? 0) - (order.get(b.itemCode) ?? 0)),
    evidence: listEvidence(ctx, r.id),
    progress: progressOf(template.sections, answerMap(rows)),
  };
}

function ownedInspection(ctx: ServiceContext, id: string): Row {
  const r = inspectionRow(ctx, id);
  assertOwned(ctx, r.origin);
  return r;
}

function notFinished(r: Row, unitName: () => string) {
  if (r.status === 'finished') {
    throw new AppError('INSPECTION_FINISHED', `Đã kết thúc kiểm tra ${unitName()}; hãy mở lại cuộc kiểm tra trước khi sửa kết quả.`);
  }
}

const unitNameOf = (ctx: ServiceContext, r: Row) => () =>
  (ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(r.unitId) as { name: string } | undefined)?.name ?? 'đơn vị này';

export function itemOf(ctx: ServiceContext, r: Row, code: string) {
  const item = checklistItems(templateSections(templateRow(ctx, r.templateId))).find((i) => i.code === code);
  if (!item) throw fieldError('itemCode', `Mẫu phiếu của cuộc kiểm tra này không có nội dung mã "${code}".`);
  return item;
}

/** Every change bumps the inspection's rev, so the exchange sends the new state. */
function bump(ctx: ServiceContext, r: Row, values: Partial<Row>, what: string) {
  const after = { ...r, ...values, rev: r.rev + 1, updatedAt: isoNow(ctx) };
  ctx.db.update(inspections).set(after).where(eq(inspections.id, r.id)).run();
  writeAudit(ctx, { action: 'update', entity: 'inspection', entityId: r.id, before: r, after: { ...after, change: what } });
  markEdited(ctx, 'inspection', r.id);
  return after;
}

export function updateInspection(ctx: ServiceContext, input: { id: string; plannedFrom: string | null; plannedTo: string | null; conclusion: string }): Inspection {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, input.id);
    for (const v of [input.plannedFrom, input.plannedTo]) if (v && !isValidIsoDate(v)) throw fieldError('plannedFrom', 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
    if (input.plannedFrom && input.plannedTo && input.plannedTo < input.plannedFrom) throw fieldError('plannedTo', 'Ngày kết thúc kiểm tra trước ngày bắt đầu.');
    const values = { plannedFrom: input.plannedFrom, plannedTo: input.plannedTo, conclusion: cleanBlock(input.conclusion) };
    if (Object.entries(values).some(([k, v]) => r[k as keyof Row] !== v)) bump(ctx, r, values, 'fields');
    return toInspection(ctx, inspectionRow(ctx, r.id));
  });
}

export function startInspection(ctx: ServiceContext, id: string): Inspection {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, id);
    if (r.status === 'planned') bump(ctx, r, { status: 'in-progress', startedAt: isoNow(ctx) }, 'start');
    return toInspection(ctx, inspectionRow(ctx, r.id));
  });
}

function upsertAnswer(ctx: ServiceContext, inspectionId: string, itemCode: string, values: Partial<AnswerRow>) {
  const existing = ctx.db.select().from(inspectionAnswers).where(and(eq(inspectionAnswers.inspectionId, inspectionId), eq(inspectionAnswers.itemCode, itemCode))).get();
  if (existing) {
    ctx.db.update(inspectionAnswers).set(values).where(and(eq(inspectionAnswers.inspectionId, inspectionId), eq(inspectionAnswers.itemCode, itemCode))).run();
  } else {
    ctx.db.insert(inspectionAnswers).values({ inspectionId, itemCode, ...values }).run();
  }
  return { before: existing ?? null, after: ctx.db.select().from(inspectionAnswers).where(and(eq(inspectionAnswers.inspectionId, inspectionId), eq(inspectionAnswers.itemCode, itemCode))).get()! };
}

/** One item's answer by the team, saved at once; the first answer starts the fieldwork. */
export function answerItem(
  ctx: ServiceContext,
  input: { inspectionId: string; itemCode: string; result: ItemResult | null; score: number | null; findings: string; documentsSeen: string },
) {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, input.inspectionId);
    notFinished(r, unitNameOf(ctx, r));
    const item = itemOf(ctx, r, input.itemCode);
    const problems = answerProblems(item, input);
    if (problems.length) throw fieldError(input.score !== null ? 'score' : 'result', problems.join(' '));
    const answered = input.result !== null || input.score !== null;
    const { before, after } = upsertAnswer(ctx, r.id, item.code, {
      result: input.result, score: input.score, findings: cleanBlock(input.findings), documentsSeen: cleanBlock(input.documentsSeen),
      source: 'team', answeredAt: answered ? isoNow(ctx) : null,
    });
    writeAudit(ctx, { action: 'update', entity: 'inspection-answer', entityId: r.id, before, after });
    const started = r.status === 'planned' ? { status: 'in-progress', startedAt: isoNow(ctx) } : {};
    const now = bump(ctx, r, started, `answer ${item.code}`);
    const sections = templateSections(templateRow(ctx, r.templateId));
    return { answer: toAnswer(after), progress: progressOf(sections, answerMap(answerRows(ctx, r.id))), status: now.status as InspectionStatus };
  });
}

/**
 * The unit's self-assessment (tự đánh giá), item by item: kept beside the team's answer, and
 * pre-filling the items the team has not answered yet (marked source 'unit').
 */
export type SelfAnswer = { itemCode: string; result: ItemResult | null; score: number | null; note: string };

/**
 * Stores a self-assessment beside the team's answers and pre-fills the items the team has not
 * answered (source 'unit'). Refused, nothing stored, on an unknown or repeated item or a bad value.
 */
export function applySelfAnswers(ctx: ServiceContext, r: Row, answers: readonly SelfAnswer[], at: string, opts: { whole?: boolean } = {}): void {
  const seen = new Set<string>();
  const checked = answers.map((a, k) => {
    const item = itemOf(ctx, r, a.itemCode);
    if (seen.has(item.code)) throw fieldError(`answers.${k}.itemCode`, `Nội dung ${item.code} có hai lần trong bản tự đánh giá.`);
    seen.add(item.code);
    const problems = answerProblems(item, a);
    if (problems.length) throw fieldError(`answers.${k}`, problems.join(' '));
    return { a, item };
  });
  for (const { a, item } of checked) {
    const existing = answerRows(ctx, r.id).find((x) => x.itemCode === item.code);
    const teamAnswered = existing?.source === 'team' && (existing.result !== null || existing.score !== null);
    const self = { selfResult: a.result, selfScore: a.score, selfNote: cleanBlock(a.note), selfAt: at };
    // A finished inspection keeps its results: the unit's answers are only shown beside them.
    const prefill = teamAnswered || r.status === 'finished'
      ? {}
      : { result: a.result, score: a.score, source: 'unit', answeredAt: a.result !== null || a.score !== null ? at : null };
    upsertAnswer(ctx, r.id, item.code, { ...self, ...prefill });
  }
  // A received self-assessment is the unit's whole current version: what it no longer says
  // goes, and so does a pre-filled result the team has not confirmed.
  if (opts.whole) {
    for (const x of answerRows(ctx, r.id)) {
      if (x.selfAt === null || seen.has(x.itemCode)) continue;
      const unconfirmed = x.source === 'unit' && r.status !== 'finished';
      upsertAnswer(ctx, r.id, x.itemCode, {
        selfResult: null, selfScore: null, selfNote: '', selfAt: null,
        ...(unconfirmed ? { result: null, score: null, answeredAt: null, source: 'team' } : {}),
      });
    }
  }
}

export function selfAssess(ctx: ServiceContext, input: { inspectionId: string; answers: SelfAnswer[] }): InspectionDetail {
  return inTransaction(ctx, () => {
    // Entered by the inspecting body from the unit's own form; a unit that received the plan
    // fills it on its own installation (saveUnitSelfAssessment) and sends it up.
    const r = ownedInspection(ctx, input.inspectionId);
    notFinished(r, unitNameOf(ctx, r));
    applySelfAnswers(ctx, r, input.answers, isoNow(ctx));
    writeAudit(ctx, { action: 'update', entity: 'inspection-self-assessment', entityId: r.id, after: input.answers });
    bump(ctx, r, {}, 'self-assessment');
    return getInspection(ctx, r.id);
  });
}

/** Kết thúc kiểm tra: refused with the unanswered items named, unless a reason is given (stored and printed). */
export function finishInspection(ctx: ServiceContext, input: { id: string; reason: string | null; conclusion: string | null }): Inspection {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, input.id);
    if (r.status === 'finished') return toInspection(ctx, r);
    const sections = templateSections(templateRow(ctx, r.templateId));
    const { unanswered } = progressOf(sections, answerMap(answerRows(ctx, r.id)));
    const reason = input.reason ? cleanBlock(input.reason) : '';
    if (unanswered.length && !reason) {
      const message = `Còn ${unanswered.length} nội dung chưa đánh giá: ${unanswered.join(', ')}. Hãy đánh giá các nội dung này, hoặc ghi lý do kết thúc kiểm tra (lý do được lưu và in trong biên bản).`;
      throw new AppError('UNANSWERED_ITEMS', message, [{ path: 'reason', message }]);
    }
    const now = isoNow(ctx);
    bump(ctx, r, {
      status: 'finished', startedAt: r.startedAt ?? now, finishedAt: now, finishReason: unanswered.length ? reason : null,
      unansweredAtFinish: JSON.stringify(unanswered), ...(input.conclusion !== null ? { conclusion: cleanBlock(input.conclusion) } : {}),
    }, 'finish');
    return toInspection(ctx, inspectionRow(ctx, r.id));
  });
}

export function reopenInspection(ctx: ServiceContext, id: string): Inspection {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, id);
    if (r.status === 'finished') bump(ctx, r, { status: 'in-progress', finishedAt: null, finishReason: null, unansweredAtFinish: '[]' }, 'reopen');
    return toInspection(ctx, inspectionRow(ctx, r.id));
  });
}

export function attachEvidence(
  ctx: ServiceContext,
  input: { inspectionId: string; itemCode: string; fileName: string; contentBase64: string },
): EvidenceFile {
  const bytes = Buffer.from(input.contentBase64.replace(/^data:[^,]*,/, ''), 'base64');
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    throw fieldError('contentBase64', `Tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB): mỗi tệp minh chứng tối đa ${EVIDENCE_MAX_BYTES / 1048576} MB.`);
  }
  const mime = sniffMime(bytes);
  if (!mime) throw fieldError('contentBase64', `"${input.fileName}" không phải ảnh JPEG, PNG hay tệp PDF thật (nội dung tệp không khớp); hãy chụp, quét lại hoặc lưu lại đúng định dạng.`);
  const name = cleanText(input.fileName).replace(/[\\/:*?"<>|]/g, '_');
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, input.inspectionId);
    notFinished(r, unitNameOf(ctx, r));
    const item = itemOf(ctx, r, input.itemCode);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const now = isoNow(ctx);
    // Stored once by content, however many inspections or dossiers use the same file.
    ctx.db.insert(attachments).values({ sha256, name, mime, size: bytes.length, data: bytes, createdAt: now }).onConflictDoNothing().run();
    const row = { id: crypto.randomUUID(), inspectionId: r.id, itemCode: item.code, sha256, name, mime, size: bytes.length, addedAt: now };
    ctx.db.insert(inspectionEvidence).values(row).run();
    bump(ctx, r, {}, `evidence ${item.code}: ${name}`);
    const { inspectionId: _i, ...out } = row;
    return out;
  });
}

export function detachEvidence(ctx: ServiceContext, input: { inspectionId: string; evidenceId: string }): { ok: true } {
  return inTransaction(ctx, () => {
    const r = ownedInspection(ctx, input.inspectionId);
    notFinished(r, unitNameOf(ctx, r));
    const before = ctx.db.select().from(inspectionEvidence).where(and(eq(inspectionEvidence.id, input.evidenceId), eq(inspectionEvidence.inspectionId, r.id))).get();
    if (!before) throw notFound('tệp minh chứng');
    ctx.db.delete(inspectionEvidence).where(eq(inspectionEvidence.id, before.id)).run();
    bump(ctx, r, {}, `remove evidence ${before.itemCode}: ${before.name}`);
    return { ok: true as const };
  });
}

export function readEvidence(ctx: ServiceContext, evidenceId: string) {
  const e = ctx.db.select().from(inspectionEvidence).where(eq(inspectionEvidence.id, evidenceId)).get();
  if (!e) throw notFound('tệp minh chứng');
  const file = ctx.db.select().from(attachments).where(eq(attachments.sha256, e.sha256)).get();
  if (!file) throw new AppError('ATTACHMENT_MISSING', 'Nội dung tệp minh chứng chưa có trên máy này.');
  return { fileName: e.name, mime: e.mime, contentBase64: file.data.toString('base64') };
}

/** Summary figures of a year (or one plan of it), for the report and its chart. */
export function inspectionSummaryOf(ctx: ServiceContext, input: { year: number; planId: string | null }): InspectionSummaryFigures {
  const plans = ctx.sqlite
    .prepare('SELECT id, title, recommendations FROM inspection_plans WHERE deleted = 0 AND year = ? AND (? IS NULL OR id = ?) ORDER BY plan_date, created_at')
    .all(input.year, input.planId, input.planId) as { id: string; title: string; recommendations: string }[];
  const scope = `FROM inspections i JOIN inspection_plans p ON p.id = i.plan_id LEFT JOIN units u ON u.id = i.unit_id
                  WHERE i.deleted = 0 AND p.deleted = 0 AND p.year = @year AND (@planId IS NULL OR i.plan_id = @planId)`;
  const rows = ctx.sqlite
    .prepare(`SELECT i.id, coalesce(u.name, '') unitName, i.status, i.template_id templateId ${scope} ORDER BY p.created_at, i.sort, u.name`)
    .all(input) as { id: string; unitName: string; status: InspectionStatus; templateId: string }[];
  // A year holds thousands of inspections on a handful of checklist versions: each version is
  // parsed once and all answers are read in one query, not one per inspection.
  const sectionsOf = sectionsReader(ctx);
  const answers = answersOf(ctx, rows.map((r) => r.id));
  return inspectionSummary(input.year, plans, rows.map((r) => ({
    id: r.id, unitName: r.unitName, status: r.status, sections: sectionsOf(r.templateId), answers: answers.get(r.id)!,
  })));
}
