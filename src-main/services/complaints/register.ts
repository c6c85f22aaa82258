import crypto from 'node:crypto';
import type { Complaint, ComplaintInput, ComplaintSubject } from '../../../src-shared/api';
import { complaintTimeLimit, COMPLAINT_KIND_LABELS, type ComplaintKind, type OpenComplaint } from '../../../src-shared/rules/complaints';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { complaints, complaintSubjects } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { inTransaction, isoNow, today, writeAudit, type ServiceContext } from '../core';
import { membership } from '../dossiers';
import { originCode, requireInstallation } from '../installation';

interface Row {
  id: string; origin: string; rev: number; createdAt: string; updatedAt: string; receivedOn: string; sender: string; anonymous: number;
  kind: ComplaintKind; content: string; handler: string; dueOn: string | null; steps: string; conclusion: string | null; closedOn: string | null;
  sendContent: number; fromUnit: string | null;
}

const COLUMNS = `id, origin, rev, created_at createdAt, updated_at updatedAt, received_on receivedOn, sender, anonymous, kind, content, handler,
  due_on dueOn, steps, conclusion, closed_on closedOn, send_content sendContent,
  CASE WHEN origin = (SELECT u.code FROM installation i JOIN units u ON u.id = i.unit_id) THEN NULL
       ELSE coalesce((SELECT u.name FROM units u WHERE u.code = complaints.origin), origin) END fromUnit`;

function subjectsOf(ctx: ServiceContext, ids: readonly string[]): Map<string, ComplaintSubject[]> {
  const out = new Map<string, ComplaintSubject[]>();
  if (!ids.length) return out;
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.complaint_id complaintId, s.subject_type type, s.subject_id id,
              coalesce(p.full_name, c.name, d.title, '(đã xóa)') name
         FROM complaint_subjects s
         LEFT JOIN people p ON s.subject_type = 'person' AND p.id = s.subject_id
         LEFT JOIN collectives c ON s.subject_type = 'collective' AND c.id = s.subject_id
         LEFT JOIN dossiers d ON s.subject_type = 'dossier' AND d.id = s.subject_id
        WHERE s.complaint_id IN (SELECT value FROM json_each(?)) ORDER BY s.rowid`,
    )
    .all(JSON.stringify(ids)) as (ComplaintSubject & { complaintId: string })[];
  for (const { complaintId, ...s } of rows) out.set(complaintId, [...(out.get(complaintId) ?? []), s]);
  return out;
}

function toComplaint(r: Row, subjects: ComplaintSubject[]): Complaint {
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, receivedOn: r.receivedOn, sender: r.sender,
    anonymous: r.anonymous === 1, kind: r.kind, content: r.content, handler: r.handler, subjects, dueOn: r.dueOn,
    limitBasis: complaintTimeLimit(r.kind, r.receivedOn, r.anonymous === 1).basis,
    steps: JSON.parse(r.steps) as Complaint['steps'], conclusion: r.conclusion, closedOn: r.closedOn,
    status: r.closedOn ? 'closed' : 'open', sendContent: r.sendContent === 1, fromUnit: r.fromUnit,
  };
}

/** The register, newest first; `status` picks the open (being verified) or the closed ones. */
export function listComplaints(ctx: ServiceContext, input: { status: 'open' | 'closed' | 'all' }): Complaint[] {
  const where = input.status === 'open' ? 'AND closed_on IS NULL' : input.status === 'closed' ? 'AND closed_on IS NOT NULL' : '';
  const rows = ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM complaints WHERE deleted = 0 ${where} ORDER BY received_on DESC, created_at DESC`).all() as Row[];
  const subjects = subjectsOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => toComplaint(r, subjects.get(r.id) ?? []));
}

export function getComplaint(ctx: ServiceContext, id: string): Complaint {
  const r = ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM complaints WHERE id = ? AND deleted = 0`).get(id) as Row | undefined;
  if (!r) throw notFound('đơn thư');
  return toComplaint(r, subjectsOf(ctx, [id]).get(id) ?? []);
}

function checkDate(ctx: ServiceContext, field: string, label: string, date: string) {
  if (!isValidIsoDate(date)) throw fieldError(field, `${label} không có thật; hãy nhập theo dạng dd/mm/yyyy.`);
  const now = today(ctx);
  if (date > now) throw fieldError(field, `${label} (${formatDate(date)}) sau ngày hôm nay (${formatDate(now)}); hãy kiểm tra lại ngày.`);
}

/** Every person, collective and dossier named must exist and belong to this unit (or a unit below it). */
function checkSubjects(ctx: ServiceContext, input: ComplaintInput) {
  const me = requireInstallation(ctx);
  if (!input.personIds.length && !input.collectiveIds.length) {
    throw fieldError('personIds', 'Hãy chọn ít nhất một cá nhân hoặc tập thể bị khiếu nại, tố cáo (đơn thư về thi đua, khen thưởng).');
  }
  for (const id of input.personIds) {
    const p = ctx.sqlite.prepare('SELECT full_name name FROM people WHERE id = ? AND deleted = 0').get(id) as { name: string } | undefined;
    if (!p) throw fieldError('personIds', `Không tìm thấy cá nhân mã ${id} trong danh mục; hãy chọn lại người bị khiếu nại, tố cáo.`);
    const m = membership(ctx, me.unitId, 'person', id);
    if (!m.inUnit) {
      throw fieldError('personIds', `${p.name} thuộc ${m.unitName ?? 'đơn vị khác'}, không thuộc ${me.unitName}; sổ đơn thư chỉ ghi đơn về cá nhân, tập thể do đơn vị mình quản lý. Hãy chuyển đơn cho đơn vị quản lý người này.`);
    }
  }
  for (const id of input.collectiveIds) {
    const c = ctx.sqlite.prepare('SELECT name FROM collectives WHERE id = ? AND deleted = 0').get(id) as { name: string } | undefined;
    if (!c) throw fieldError('collectiveIds', `Không tìm thấy tập thể mã ${id} trong danh mục; hãy chọn lại tập thể bị khiếu nại, tố cáo.`);
    const m = membership(ctx, me.unitId, 'collective', id);
    if (!m.inUnit) {
      throw fieldError('collectiveIds', `${c.name} thuộc ${m.unitName ?? 'đơn vị khác'}, không thuộc ${me.unitName}; sổ đơn thư chỉ ghi đơn về cá nhân, tập thể do đơn vị mình quản lý. Hãy chuyển đơn cho đơn vị quản lý tập thể này.`);
    }
  }
  for (const id of input.dossierIds) {
    const d = ctx.sqlite.prepare('SELECT title, origin FROM dossiers WHERE id = ? AND deleted = 0').get(id) as { title: string; origin: string } | undefined;
    if (!d) throw fieldError('dossierIds', `Không tìm thấy hồ sơ mã ${id}; hãy chọn lại hồ sơ liên quan.`);
    if (d.origin !== me.unitCode) throw fieldError('dossierIds', `Hồ sơ “${d.title}” là hồ sơ của đơn vị khác (${d.origin}); sổ đơn thư chỉ gắn với hồ sơ của đơn vị mình.`);
  }
}

/** Registers an entry with the people, collectives and dossiers it concerns: one transaction, audited. */
export function createComplaint(ctx: ServiceContext, input: ComplaintInput): Complaint {
  checkDate(ctx, 'receivedOn', 'Ngày nhận đơn', input.receivedOn);
  const sender = cleanText(input.sender);
  const anonymous = input.anonymous || !sender;
  if (input.anonymous && sender) throw fieldError('sender', 'Đơn nặc danh thì không ghi người gửi; hãy bỏ tên người gửi hoặc bỏ chọn “Đơn nặc danh”.');
  const content = input.content.normalize('NFC').trim();
  if (!content) throw fieldError('content', 'Vui lòng nhập nội dung đơn.');
  checkSubjects(ctx, input);
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    const limit = complaintTimeLimit(input.kind, input.receivedOn, anonymous);
    const row = {
      id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false,
      receivedOn: input.receivedOn, sender, anonymous, kind: input.kind, content, handler: cleanText(input.handler),
      dueOn: limit.dueOn, steps: '[]', conclusion: null, closedOn: null, sendContent: input.sendContent,
    };
    ctx.db.insert(complaints).values(row).run();
    const subjects = [
      ...[...new Set(input.personIds)].map((id) => ({ subjectType: 'person', subjectId: id })),
      ...[...new Set(input.collectiveIds)].map((id) => ({ subjectType: 'collective', subjectId: id })),
      ...[...new Set(input.dossierIds)].map((id) => ({ subjectType: 'dossier', subjectId: id })),
    ];
    for (const s of subjects) ctx.db.insert(complaintSubjects).values({ complaintId: row.id, ...s }).run();
    writeAudit(ctx, { action: 'create', entity: 'complaint', entityId: row.id, after: { ...row, subjects } });
    return getComplaint(ctx, row.id);
  });
}

function openRow(ctx: ServiceContext, id: string): Row {
  const r = ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM complaints WHERE id = ? AND deleted = 0`).get(id) as Row | undefined;
  if (!r) throw notFound('đơn thư');
  if (r.fromUnit !== null) throw fieldError('id', `Đơn thư này do ${r.fromUnit} ghi và gửi kèm hồ sơ; chỉ đơn vị đó mới ghi bước xử lý, kết luận được.`);
  if (r.closedOn) throw fieldError('id', `Đơn thư này đã có kết luận ngày ${formatDate(r.closedOn)}; không sửa được nữa.`);
  return r;
}

/** A step of the handling (thụ lý, xác minh, đối thoại …), dated on or after the receipt. */
export function addComplaintStep(ctx: ServiceContext, input: { id: string; on: string; text: string }): Complaint {
  const r = openRow(ctx, input.id);
  checkDate(ctx, 'on', 'Ngày của bước xử lý', input.on);
  if (input.on < r.receivedOn) throw fieldError('on', `Bước xử lý ngày ${formatDate(input.on)} trước ngày nhận đơn (${formatDate(r.receivedOn)}); hãy sửa lại ngày.`);
  const text = cleanText(input.text);
  if (!text) throw fieldError('text', 'Vui lòng nhập nội dung bước xử lý.');
  return inTransaction(ctx, () => {
    const steps = [...(JSON.parse(r.steps) as { on: string; text: string }[]), { on: input.on, text }].sort((a, b) => a.on.localeCompare(b.on));
    ctx.sqlite.prepare('UPDATE complaints SET steps = ?, rev = rev + 1, updated_at = ? WHERE id = ?').run(JSON.stringify(steps), isoNow(ctx), r.id);
    writeAudit(ctx, { action: 'update', entity: 'complaint', entityId: r.id, before: { steps: JSON.parse(r.steps) as unknown }, after: { steps } });
    return getComplaint(ctx, r.id);
  });
}

/** The conclusion, dated on or after the receipt and not in the future: it lifts the hold. */
export function closeComplaint(ctx: ServiceContext, input: { id: string; conclusion: string; closedOn: string }): Complaint {
  const r = openRow(ctx, input.id);
  checkDate(ctx, 'closedOn', 'Ngày kết luận', input.closedOn);
  if (input.closedOn < r.receivedOn) {
    throw fieldError('closedOn', `Ngày kết luận (${formatDate(input.closedOn)}) trước ngày nhận đơn (${formatDate(r.receivedOn)}); hãy sửa lại ngày kết luận.`);
  }
  const conclusion = input.conclusion.normalize('NFC').trim();
  if (!conclusion) throw fieldError('conclusion', 'Vui lòng nhập kết luận.');
  return inTransaction(ctx, () => {
    ctx.sqlite.prepare('UPDATE complaints SET conclusion = ?, closed_on = ?, rev = rev + 1, updated_at = ? WHERE id = ?').run(conclusion, input.closedOn, isoNow(ctx), r.id);
    writeAudit(ctx, { action: 'update', entity: 'complaint', entityId: r.id, before: { conclusion: null, closedOn: null }, after: { conclusion, closedOn: input.closedOn } });
    return getComplaint(ctx, r.id);
  });
}

/** Open entries about a person or collective, for the eligibility panel's hold (received copies name the unit that registered them). */
export function openComplaintsAbout(ctx: ServiceContext, subjectType: 'person' | 'collective', subjectId: string): OpenComplaint[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.kind, c.received_on receivedOn, c.handler,
              CASE WHEN c.origin = (SELECT u.code FROM installation i JOIN units u ON u.id = i.unit_id) THEN NULL
                   ELSE coalesce((SELECT u.name FROM units u WHERE u.code = c.origin), c.origin) END "from"
         FROM complaints c JOIN complaint_subjects s ON s.complaint_id = c.id
        WHERE s.subject_type = ? AND s.subject_id = ? AND c.deleted = 0 AND c.closed_on IS NULL ORDER BY c.received_on`,
    )
    .all(subjectType, subjectId) as (OpenComplaint & { from: string | null })[];
  return rows.map(({ from, ...c }) => (from ? { ...c, from } : c));
}

/** "Tố cáo nhận ngày 01/03/2026": a one-line label for lists and tasks. */
export const complaintLabel = (c: { kind: ComplaintKind; receivedOn: string }) => `${COMPLAINT_KIND_LABELS[c.kind]} nhận ngày ${formatDate(c.receivedOn)}`;

/** Bumps the entry's rev (it travels again) inside the caller's transaction. */
const touch = (ctx: ServiceContext, id: string) => ctx.sqlite.prepare('UPDATE complaints SET rev = rev + 1, updated_at = ? WHERE id = ?').run(isoNow(ctx), id);

/** Links one of this unit's dossiers: the entry then travels up beside it (content only if "Gửi kèm nội dung"). */
export function linkComplaintDossier(ctx: ServiceContext, input: { id: string; dossierId: string }): Complaint {
  const r = openRow(ctx, input.id);
  const me = requireInstallation(ctx);
  const d = ctx.sqlite.prepare('SELECT title, origin FROM dossiers WHERE id = ? AND deleted = 0').get(input.dossierId) as { title: string; origin: string } | undefined;
  if (!d) throw fieldError('dossierId', 'Không tìm thấy hồ sơ đã chọn; hãy chọn lại hồ sơ liên quan.');
  if (d.origin !== me.unitCode) throw fieldError('dossierId', `Hồ sơ “${d.title}” là hồ sơ của đơn vị khác (${d.origin}); sổ đơn thư chỉ gắn với hồ sơ của đơn vị mình.`);
  if (ctx.sqlite.prepare("SELECT 1 FROM complaint_subjects WHERE complaint_id = ? AND subject_type = 'dossier' AND subject_id = ?").get(r.id, input.dossierId)) {
    throw fieldError('dossierId', `Đơn thư đã gắn với hồ sơ “${d.title}”.`);
  }
  return inTransaction(ctx, () => {
    ctx.db.insert(complaintSubjects).values({ complaintId: r.id, subjectType: 'dossier', subjectId: input.dossierId }).run();
    touch(ctx, r.id);
    writeAudit(ctx, { action: 'update', entity: 'complaint', entityId: r.id, before: null, after: { linkedDossier: input.dossierId } });
    return getComplaint(ctx, r.id);
  });
}

export function unlinkComplaintDossier(ctx: ServiceContext, input: { id: string; dossierId: string }): Complaint {
  const r = openRow(ctx, input.id);
  return inTransaction(ctx, () => {
    const n = ctx.sqlite.prepare("DELETE FROM complaint_subjects WHERE complaint_id = ? AND subject_type = 'dossier' AND subject_id = ?").run(r.id, input.dossierId).changes;
    if (!n) throw fieldError('dossierId', 'Đơn thư này không gắn với hồ sơ đã chọn.');
    touch(ctx, r.id);
    writeAudit(ctx, { action: 'update', entity: 'complaint', entityId: r.id, before: { linkedDossier: input.dossierId }, after: null });
    return getComplaint(ctx, r.id);
  });
}

/** "Gửi kèm nội dung": a closed entry may still change it (its conclusion may need to go up). */
export function setComplaintSendContent(ctx: ServiceContext, input: { id: string; sendContent: boolean }): Complaint {
  const c = getComplaint(ctx, input.id);
  if (c.fromUnit) throw fieldError('id', `Đơn thư này do ${c.fromUnit} ghi và gửi kèm hồ sơ; chỉ đơn vị đó mới đổi được.`);
  if (c.sendContent === input.sendContent) return c;
  return inTransaction(ctx, () => {
    ctx.sqlite.prepare('UPDATE complaints SET send_content = ? WHERE id = ?').run(input.sendContent ? 1 : 0, c.id);
    touch(ctx, c.id);
    writeAudit(ctx, { action: 'update', entity: 'complaint', entityId: c.id, before: { sendContent: c.sendContent }, after: { sendContent: input.sendContent } });
    return getComplaint(ctx, c.id);
  });
}

/** Entries about a dossier or any of its nominees, registered here or received from below; open ones first. */
export function complaintsForDossier(ctx: ServiceContext, dossierId: string): Complaint[] {
  const ids = ctx.sqlite
    .prepare(
      `SELECT DISTINCT c.id FROM complaints c JOIN complaint_subjects s ON s.complaint_id = c.id
        WHERE c.deleted = 0 AND ((s.subject_type = 'dossier' AND s.subject_id = @d)
           OR EXISTS (SELECT 1 FROM dossier_nominees n WHERE n.dossier_id = @d AND n.subject_type = s.subject_type AND n.subject_id = s.subject_id))
        ORDER BY c.closed_on IS NOT NULL, c.received_on DESC`,
    )
    .all({ d: dossierId }) as { id: string }[];
  return ids.map((x) => getComplaint(ctx, x.id));
}
