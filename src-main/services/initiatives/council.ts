import crypto from 'node:crypto';
import type { EvaluationSheet, Initiative } from '../../../src-shared/api';
import { councilSummary, sheetProblems, sheetTotal, type CouncilSummary } from '../../../src-shared/rules/initiatives';
import type { Scope } from '../../../src-shared/rules/vocab';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { initiativeEvaluations } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext } from '../core';
import { bumpInitiative, getInitiativeRecord, ownedInitiative, type Row } from './applications';
import { roundCriteria, roundMembers, roundRow } from './rounds';
import { requireInstallation } from '../installation';

// The council's phiếu đánh giá, the proposal they add up to, and the decision that recognises
// an initiative (with its scope and certificate) or refuses it in writing with reasons.

export function sheetsOf(ctx: ServiceContext, initiativeId: string): EvaluationSheet[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.id, e.member_id memberId, m.name memberName, m.role, e.scores, e.total, e.comment, e.updated_at updatedAt
         FROM initiative_evaluations e JOIN initiative_council_members m ON m.id = e.member_id WHERE e.initiative_id = ? ORDER BY m.sort`,
    )
    .all(initiativeId) as (Omit<EvaluationSheet, 'scores'> & { scores: string })[];
  return rows.map((r) => ({ ...r, scores: JSON.parse(r.scores) as Record<string, number> }));
}

/** Sheets, the council's proposal and the round's criteria, as the editor and the minutes show them. */
export function initiativeDetail(ctx: ServiceContext, id: string) {
  const initiative = getInitiativeRecord(ctx, id);
  const sheets = sheetsOf(ctx, id);
  if (!initiative.roundId) return { initiative, sheets, summary: null, criteria: [] };
  const round = roundRow(ctx, initiative.roundId);
  const criteria = roundCriteria(round);
  return { initiative, sheets, summary: councilSummary(criteria, round.passMark, roundMembers(ctx, round.id).length, sheets), criteria };
}

export function summaryOf(ctx: ServiceContext, i: Row): CouncilSummary | null {
  if (!i.roundId) return null;
  const round = roundRow(ctx, i.roundId);
  return councilSummary(roundCriteria(round), round.passMark, roundMembers(ctx, round.id).length, sheetsOf(ctx, i.id));
}

/** Scores may change while the application waits in an open round. */
function scorable(ctx: ServiceContext, i: Row) {
  if (i.status === 'draft') throw new AppError('NOT_RECEIVED', `Đơn "${i.title}" chưa được tiếp nhận; hãy tiếp nhận đơn trước khi Hội đồng chấm.`);
  if (i.status !== 'received') throw new AppError('DECIDED', `Sáng kiến "${i.title}" đã có quyết định; không chấm lại được.`);
  if (!i.roundId) throw new AppError('NO_ROUND', `Đơn "${i.title}" chưa thuộc đợt xét nào; hãy chọn đợt trước khi chấm.`);
  const round = roundRow(ctx, i.roundId);
  if (round.status === 'closed') throw new AppError('ROUND_CLOSED', `${round.name} năm ${round.year} đã khóa; không chấm hay sửa điểm được nữa.`);
  return round;
}

function checkSheet(criteria: ReturnType<typeof roundCriteria>, scores: Record<string, number>) {
  const problems = sheetProblems(criteria, scores);
  if (problems.length) throw fieldError(`scores.${problems[0]!.code}`, problems.map((p) => p.message).join(' '));
}

export function addScore(ctx: ServiceContext, input: { initiativeId: string; memberId: string; scores: Record<string, number>; comment: string }): EvaluationSheet {
  return inTransaction(ctx, () => {
    const i = ownedInitiative(ctx, input.initiativeId);
    const round = scorable(ctx, i);
    const member = roundMembers(ctx, round.id).find((m) => m.id === input.memberId);
    if (!member) throw fieldError('memberId', `Người chấm không thuộc Hội đồng của ${round.name} năm ${round.year}.`);
    const dup = ctx.sqlite.prepare('SELECT id FROM initiative_evaluations WHERE initiative_id = ? AND member_id = ?').get(i.id, member.id);
    if (dup) throw new AppError('DUPLICATE', `${member.name} đã chấm sáng kiến này; mỗi thành viên chỉ có một phiếu. Hãy sửa phiếu đã chấm.`);
    const criteria = roundCriteria(round);
    checkSheet(criteria, input.scores);
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), initiativeId: i.id, memberId: member.id, scores: JSON.stringify(input.scores), total: sheetTotal(criteria, input.scores),
      comment: input.comment.normalize('NFC').trim(), createdAt: now, updatedAt: now,
    };
    ctx.db.insert(initiativeEvaluations).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'initiative-evaluation', entityId: row.id, after: row });
    return sheetsOf(ctx, i.id).find((s) => s.id === row.id)!;
  });
}

function sheetRow(ctx: ServiceContext, sheetId: string) {
  const s = ctx.sqlite.prepare('SELECT * FROM initiative_evaluations WHERE id = ?').get(sheetId) as { id: string; initiative_id: string } | undefined;
  if (!s) throw notFound('phiếu đánh giá');
  return s;
}

export function updateScore(ctx: ServiceContext, input: { sheetId: string; scores: Record<string, number>; comment: string }): EvaluationSheet {
  return inTransaction(ctx, () => {
    const before = sheetRow(ctx, input.sheetId);
    const i = ownedInitiative(ctx, before.initiative_id);
    const criteria = roundCriteria(scorable(ctx, i));
    checkSheet(criteria, input.scores);
    const after = { scores: JSON.stringify(input.scores), total: sheetTotal(criteria, input.scores), comment: input.comment.normalize('NFC').trim(), updatedAt: isoNow(ctx) };
    ctx.sqlite.prepare('UPDATE initiative_evaluations SET scores = ?, total = ?, comment = ?, updated_at = ? WHERE id = ?').run(after.scores, after.total, after.comment, after.updatedAt, before.id);
    writeAudit(ctx, { action: 'update', entity: 'initiative-evaluation', entityId: before.id, before, after });
    return sheetsOf(ctx, i.id).find((s) => s.id === before.id)!;
  });
}

export function removeScore(ctx: ServiceContext, sheetId: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = sheetRow(ctx, sheetId);
    scorable(ctx, ownedInitiative(ctx, before.initiative_id));
    ctx.sqlite.prepare('DELETE FROM initiative_evaluations WHERE id = ?').run(sheetId);
    writeAudit(ctx, { action: 'delete', entity: 'initiative-evaluation', entityId: sheetId, before });
    return { ok: true as const };
  });
}

type Decision =
  | { id: string; outcome: 'recognised'; scope: Scope; recognisingBody: string; decisionNumber: string; decisionDate: string; certificateNumber: string }
  | { id: string; outcome: 'refused'; recognisingBody: string; decisionNumber: string; decisionDate: string; refusalReason: string };

/**
 * Công nhận / không công nhận (Điều lệ Sáng kiến Điều 7 k1). Recognition follows the council:
 * its sheets must propose it. A unit below the province recognises at cơ sở scope only; a
 * wider scope is sought from the upper level by sending the application there.
 */
export function decideInitiative(ctx: ServiceContext, input: Decision): Initiative {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, input.id);
    if (before.status === 'draft') throw new AppError('NOT_RECEIVED', `Đơn "${before.title}" chưa được tiếp nhận; hãy tiếp nhận trước khi ra quyết định.`);
    if (before.status !== 'received') throw new AppError('DECIDED', `Sáng kiến "${before.title}" đã có quyết định.`);
    if (!isValidIsoDate(input.decisionDate)) throw fieldError('decisionDate', 'Ngày quyết định không có thật.');
    if (input.decisionDate > today(ctx)) throw fieldError('decisionDate', 'Ngày quyết định không được ở tương lai.');
    if (before.receivedOn && input.decisionDate < before.receivedOn) {
      throw fieldError('decisionDate', `Ngày quyết định phải từ ngày tiếp nhận đơn (${formatDate(before.receivedOn)}) trở đi.`);
    }
    const common = { recognisingBody: cleanText(input.recognisingBody), decisionNumber: cleanText(input.decisionNumber), recognisedOn: input.decisionDate };
    if (input.outcome === 'refused') {
      const reason = input.refusalReason.normalize('NFC').trim();
      if (!reason) throw fieldError('refusalReason', 'Vui lòng ghi lý do không công nhận.');
      bumpInitiative(ctx, before, { ...common, status: 'refused', scope: null, refusalReason: reason, certificateNumber: '' }, 'refuse');
      return getInitiativeRecord(ctx, before.id);
    }
    const summary = summaryOf(ctx, before);
    if (!summary) throw new AppError('NO_ROUND', 'Hãy đưa đơn vào một đợt xét để Hội đồng sáng kiến chấm điểm trước khi công nhận.');
    if (summary.proposal === 'incomplete') throw new AppError('COUNCIL_INCOMPLETE', `Chưa công nhận được: ${summary.explanation}`);
    if (summary.proposal === 'refuse') throw new AppError('BELOW_PASS_MARK', `Không công nhận được: ${summary.explanation}`);
    const me = requireInstallation(ctx);
    if (input.scope !== 'co-so' && me.level !== 'province') {
      throw fieldError('scope', 'Đơn vị cấp cơ sở chỉ công nhận sáng kiến trong phạm vi cơ sở; phạm vi cấp tỉnh trở lên do cấp tỉnh công nhận (gửi đơn lên cấp trên).');
    }
    let certificateNumber = cleanText(input.certificateNumber);
    if (!certificateNumber) {
      // The next number after the highest one given this year: counting the recognised ones
      // would hand out a number again once a decision was taken back (01 undone, 02 kept → 02).
      const given = ctx.sqlite
        .prepare(`SELECT certificate_number c FROM initiatives WHERE year = ? AND origin = ? AND certificate_number != ''`)
        .all(before.year, before.origin) as { c: string }[];
      const top = given.reduce((m, r) => Math.max(m, Number(/^(\d+)/.exec(r.c)?.[1] ?? 0)), given.length);
      certificateNumber = `${String(top + 1).padStart(2, '0')}/GCN-SK`;
    }
    bumpInitiative(ctx, before, { ...common, status: 'recognised', scope: input.scope, certificateNumber, refusalReason: '' }, 'recognise', { summary });
    return getInitiativeRecord(ctx, before.id);
  });
}

/** Takes a decision back (entered by mistake) while no award has counted the initiative. */
export function undoDecision(ctx: ServiceContext, id: string): Initiative {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, id);
    if (before.status !== 'recognised' && before.status !== 'refused') throw new AppError('NOT_DECIDED', 'Sáng kiến này chưa có quyết định.');
    if (before.usedByNomineeId) throw new AppError('IN_USE', `Sáng kiến "${before.title}" đã được tính cho một hồ sơ khen thưởng; không hủy quyết định được.`);
    bumpInitiative(ctx, before, { status: 'received', scope: null, recognisedOn: null, decisionNumber: '', recognisingBody: '', certificateNumber: '', refusalReason: '' }, 'undo decision');
    return getInitiativeRecord(ctx, before.id);
  });
}

