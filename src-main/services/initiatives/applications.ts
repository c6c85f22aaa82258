import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Initiative, InitiativeListItem, InitiativeValues } from '../../../src-shared/api';
import { answerDue, dueState, shareProblems, type InitiativeStatus } from '../../../src-shared/rules/initiatives';
import type { Scope } from '../../../src-shared/rules/vocab';
import { cleanText, daysUntil, fold, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { initiativeAuthors, initiatives } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext, markEdited, decodeCursor, nextOf } from '../core';
import { intakeProblem, receiptCheck } from '../../../src-shared/rules/roundDeadline';
import { roundClock, roundRow, roundShortName } from './rounds';
import { assertOwned, requireInstallation } from '../installation';

// Đơn yêu cầu công nhận sáng kiến: the application, its authors and their shares, the receipt
// that starts the three-month limit, and the round it is judged in.

export type Row = typeof initiatives.$inferSelect;

export function initiativeRow(ctx: ServiceContext, id: string): Row {
  const r = ctx.db.select().from(initiatives).where(eq(initiatives.id, id)).get();
  if (!r || r.deleted) throw notFound('sáng kiến');
  return r;
}

export function ownedInitiative(ctx: ServiceContext, id: string): Row {
  const r = initiativeRow(ctx, id);
  assertOwned(ctx, r.origin);
  return r;
}

function authorsOf(ctx: ServiceContext, id: string): Initiative['authors'] {
  return ctx.sqlite
    .prepare(
      `SELECT a.person_id personId, coalesce(p.full_name, '(không tìm thấy)') fullName, p.birth_year birthYear, coalesce(p.position, '') position, a.share
         FROM initiative_authors a LEFT JOIN people p ON p.id = a.person_id WHERE a.initiative_id = ? ORDER BY a.position`,
    )
    .all(id) as Initiative['authors'];
}

export function toInitiative(ctx: ServiceContext, r: Row): Initiative {
  const me = requireInstallation(ctx);
  const round = r.roundId ? (ctx.sqlite.prepare('SELECT name, year FROM initiative_rounds WHERE id = ?').get(r.roundId) as { name: string; year: number }) : null;
  const used = r.usedByNomineeId
    ? ((ctx.sqlite
        .prepare('SELECT d.id dossierId, d.title dossierTitle FROM dossier_nominees n JOIN dossiers d ON d.id = n.dossier_id WHERE n.id = ?')
        .get(r.usedByNomineeId) as { dossierId: string; dossierTitle: string } | undefined) ?? { dossierId: null, dossierTitle: null })
    : null;
  const now = today(ctx);
  const state = dueState(r.status, r.dueOn, now);
  const upper = ctx.sqlite.prepare(`SELECT decision FROM record_status WHERE record_type = 'initiative' AND record_id = ? AND status = 'decided'`).get(r.id) as { decision: string | null } | undefined;
  const d = upper?.decision ? (JSON.parse(upper.decision) as { scope?: Scope | null; number: string; date: string; issuer: string; certificateNumber?: string }) : null;
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, title: r.title, year: r.year, roundId: r.roundId,
    roundName: round ? `${round.name} năm ${round.year}` : null, status: r.status as InitiativeStatus, addressedTo: r.addressedTo, investor: r.investor,
    field: r.field, problem: r.problem, description: r.description, confidential: r.confidential, conditions: r.conditions,
    authorBenefits: r.authorBenefits, trialBenefits: r.trialBenefits, firstAppliedOn: r.firstAppliedOn, trialParticipants: JSON.parse(r.trialParticipants),
    proposedScope: r.proposedScope as Scope, receivedOn: r.receivedOn, receiptNumber: r.receiptNumber, receivedLate: r.receivedLate, receivedLateReason: r.receivedLateReason, dueOn: r.dueOn, dueState: state,
    daysLeft: r.dueOn && state !== 'answered' ? daysUntil(now, r.dueOn) : null, scope: r.scope as Scope | null, recognisedOn: r.recognisedOn,
    decisionNumber: r.decisionNumber, recognisingBody: r.recognisingBody, certificateNumber: r.certificateNumber, refusalReason: r.refusalReason,
    authors: authorsOf(ctx, r.id),
    upperDecision: d ? { scope: d.scope ?? null, number: d.number, date: d.date, issuer: d.issuer, certificateNumber: d.certificateNumber ?? '' } : null,
    usedBy: r.usedByNomineeId && used ? { nomineeId: r.usedByNomineeId, ...used } : null, editable: r.origin === me.unitCode,
  };
}

export const getInitiativeRecord = (ctx: ServiceContext, id: string) => toInitiative(ctx, initiativeRow(ctx, id));

const LIST_SELECT = `SELECT i.id, i.title, i.year, r.name || ' năm ' || r.year roundName, i.status, i.received_on receivedOn, i.received_late receivedLate,
       i.due_on dueOn, i.scope, i.origin,
       (SELECT group_concat(coalesce(p.full_name, '?'), ', ') FROM (SELECT * FROM initiative_authors WHERE initiative_id = i.id ORDER BY position) a
          LEFT JOIN people p ON p.id = a.person_id) authors,
       (SELECT round(avg(total), 2) FROM initiative_evaluations WHERE initiative_id = i.id) average,
       (SELECT count(*) FROM initiative_evaluations WHERE initiative_id = i.id) scored,
       (SELECT status FROM record_status WHERE record_type = 'initiative' AND record_id = i.id) exchangeStatus
  FROM initiatives i LEFT JOIN initiative_rounds r ON r.id = i.round_id`;

type ListRow = Omit<InitiativeListItem, 'dueState' | 'daysLeft' | 'authors' | 'receivedLate'> & { authors: string | null; receivedLate: number };

function toItem(ctx: ServiceContext, r: ListRow): InitiativeListItem {
  const now = today(ctx);
  const state = dueState(r.status, r.dueOn, now);
  return { ...r, receivedLate: !!r.receivedLate, authors: r.authors ?? '', dueState: state, daysLeft: r.dueOn && state !== 'answered' ? daysUntil(now, r.dueOn) : null };
}

/** Newest year first, then newest first; `after` (a page's `next`) continues by keyset. */
export function listInitiatives(
  ctx: ServiceContext,
  q: { year: number | null; open?: boolean; roundId: string | null; status: InitiativeStatus | null; query: string; offset: number; limit: number; after?: string | null },
) {
  const where = ['i.deleted = 0'];
  const args: unknown[] = [];
  // The open work: not yet answered (recognised or refused) whatever its year, plus this year's.
  if (q.open) { where.push(`(i.year >= ? OR i.status NOT IN ('recognised', 'refused'))`); args.push(ctx.now().getFullYear()); }
  else if (q.year) { where.push('i.year = ?'); args.push(q.year); }
  if (q.roundId) { where.push('i.round_id = ?'); args.push(q.roundId); }
  if (q.status) { where.push('i.status = ?'); args.push(q.status); }
  // Every word of the query, in any order, without diacritics.
  for (const word of fold(q.query).split(/\s+/).filter(Boolean).slice(0, 8)) {
    where.push(`i.title_folded LIKE ? ESCAPE '\\'`);
    args.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const filter = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM initiatives i ${filter}`).get(...args) as { n: number }).n;
  const keyArgs = q.after ? decodeCursor(q.after, ['number', 'string', 'number']) : [];
  const rows = ctx.sqlite
    .prepare(`${LIST_SELECT.replace('SELECT ', 'SELECT i.created_at sortCreated, i.rowid sortSeq, ')} ${filter}
              ${q.after ? 'AND (i.year, i.created_at, i.rowid) < (?, ?, ?)' : ''} ORDER BY i.year DESC, i.created_at DESC, i.rowid DESC LIMIT ? OFFSET ?`)
    .all(...args, ...keyArgs, q.limit, q.after ? 0 : q.offset) as (ListRow & { sortCreated: string; sortSeq: number })[];
  return {
    total,
    items: rows.map(({ sortCreated: _c, sortSeq: _s, ...r }) => toItem(ctx, r)),
    next: nextOf(rows, q.limit, (r) => [r.year, r.sortCreated, r.sortSeq]),
  };
}

/** Applications still waiting for an answer, nearest limit first. */
export function initiativeDeadlines(ctx: ServiceContext, year: number | null) {
  const rows = ctx.sqlite
    .prepare(`${LIST_SELECT} WHERE i.deleted = 0 AND i.status = 'received' ${year ? 'AND i.year = ?' : ''} ORDER BY i.due_on LIMIT 200`)
    .all(...(year ? [year] : [])) as ListRow[];
  const items = rows.map((r) => toItem(ctx, r));
  return { waiting: items.length, soon: items.filter((i) => i.dueState === 'soon').length, overdue: items.filter((i) => i.dueState === 'overdue').length, items };
}

export function initiativesOfPerson(ctx: ServiceContext, personId: string): Initiative[] {
  const ids = ctx.sqlite
    .prepare(`SELECT i.id FROM initiatives i JOIN initiative_authors a ON a.initiative_id = i.id WHERE a.person_id = ? AND i.deleted = 0 ORDER BY i.year DESC, i.title`)
    .all(personId) as { id: string }[];
  return ids.map((r) => getInitiativeRecord(ctx, r.id));
}

const long = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim();

function clean(ctx: ServiceContext, input: InitiativeValues) {
  const title = cleanText(input.title);
  if (!title) throw fieldError('title', 'Vui lòng nhập tên sáng kiến.');
  if (input.firstAppliedOn) {
    if (!isValidIsoDate(input.firstAppliedOn)) throw fieldError('firstAppliedOn', 'Ngày áp dụng lần đầu không có thật.');
    if (input.firstAppliedOn > today(ctx)) throw fieldError('firstAppliedOn', 'Ngày áp dụng lần đầu không được ở tương lai.');
  }
  const seen = new Set<string>();
  const person = ctx.sqlite.prepare('SELECT full_name fullName, deleted FROM people WHERE id = ?');
  const named = input.authors.map((a, i) => {
    if (seen.has(a.personId)) throw fieldError(`authors.${i}.personId`, 'Một người chỉ ghi một lần trong danh sách tác giả.');
    seen.add(a.personId);
    const p = person.get(a.personId) as { fullName: string; deleted: number } | undefined;
    if (!p || p.deleted) throw fieldError(`authors.${i}.personId`, 'Tác giả không có trong danh sách cá nhân.');
    return { ...a, name: p.fullName };
  });
  const problems = shareProblems(named);
  if (problems.length) throw fieldError('authors', problems.join(' '));
  return {
    values: {
      title, titleFolded: fold(title), year: input.year, addressedTo: cleanText(input.addressedTo), investor: cleanText(input.investor),
      field: long(input.field), problem: long(input.problem), description: long(input.description), confidential: long(input.confidential),
      conditions: long(input.conditions), authorBenefits: long(input.authorBenefits), trialBenefits: long(input.trialBenefits),
      firstAppliedOn: input.firstAppliedOn, proposedScope: input.proposedScope,
      trialParticipants: JSON.stringify(input.trialParticipants.map((t) => ({ name: cleanText(t.name), position: cleanText(t.position), workplace: cleanText(t.workplace), part: cleanText(t.part) }))),
    },
    authors: input.authors,
  };
}

function writeAuthors(ctx: ServiceContext, id: string, authors: { personId: string; share: number }[]) {
  ctx.sqlite.prepare('DELETE FROM initiative_authors WHERE initiative_id = ?').run(id);
  authors.forEach((a, i) => ctx.db.insert(initiativeAuthors).values({ initiativeId: id, personId: a.personId, share: Math.round(a.share * 100) / 100, position: i + 1 }).run());
}

/** A round takes applications of its own year while it is open: not locked, and not past its deadline unless kept open. */
function checkRound(ctx: ServiceContext, roundId: string, year: number, field = 'roundId') {
  const round = roundRow(ctx, roundId);
  const problem = intakeProblem(roundClock(round), today(ctx), roundShortName(round));
  if (problem) throw fieldError(field, problem);
  if (round.year !== year) throw fieldError(field, `${round.name} thuộc năm ${round.year}, còn sáng kiến ghi năm ${year}.`);
}

export function createInitiative(ctx: ServiceContext, input: InitiativeValues): Initiative {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const { values, authors } = clean(ctx, input);
    if (input.roundId) checkRound(ctx, input.roundId, input.year);
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, status: 'draft', roundId: input.roundId,
      ...values, addressedTo: values.addressedTo || me.unitName,
    };
    ctx.db.insert(initiatives).values(row).run();
    writeAuthors(ctx, row.id, authors);
    writeAudit(ctx, { action: 'create', entity: 'initiative', entityId: row.id, after: { ...row, authors } });
    return getInitiativeRecord(ctx, row.id);
  });
}

/** Every change is a new rev of the record that travels; a sent one becomes a draft again. */
export function bumpInitiative(ctx: ServiceContext, before: Row, values: Partial<Row>, what: string, extra?: unknown) {
  const after = { ...before, ...values, rev: before.rev + 1, updatedAt: isoNow(ctx) };
  ctx.db.update(initiatives).set(after).where(eq(initiatives.id, before.id)).run();
  writeAudit(ctx, { action: values.deleted ? 'delete' : 'update', entity: 'initiative', entityId: before.id, before, after: { ...after, change: what, ...(extra ? { extra } : {}) } });
  markEdited(ctx, 'initiative', before.id);
}

function assertUndecided(before: Row) {
  if (before.status === 'recognised' || before.status === 'refused') {
    throw new AppError('DECIDED', `Sáng kiến "${before.title}" đã có quyết định; hãy hủy quyết định trước khi sửa đơn.`);
  }
}

export function updateInitiative(ctx: ServiceContext, input: InitiativeValues & { id: string }): Initiative {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, input.id);
    assertUndecided(before);
    const { values, authors } = clean(ctx, input);
    if (input.roundId !== before.roundId) moveChecks(ctx, before, input.roundId, input.year);
    else if (input.roundId && input.year !== before.year) checkRound(ctx, input.roundId, input.year, 'year');
    writeAuthors(ctx, before.id, authors);
    bumpInitiative(ctx, before, { ...values, roundId: input.roundId }, 'fields', { authors });
    return getInitiativeRecord(ctx, before.id);
  });
}

function moveChecks(ctx: ServiceContext, before: Row, roundId: string | null, year: number) {
  if (before.roundId) {
    const from = roundRow(ctx, before.roundId);
    if (from.status === 'closed') throw fieldError('roundId', `${from.name} năm ${from.year} đã khóa; không chuyển đơn ra khỏi đợt này được.`);
    const sheets = (ctx.sqlite.prepare('SELECT count(*) n FROM initiative_evaluations WHERE initiative_id = ?').get(before.id) as { n: number }).n;
    if (sheets) throw fieldError('roundId', `Hội đồng ${from.name} đã chấm ${sheets} phiếu cho đơn này; xóa các phiếu trước khi chuyển đợt.`);
  }
  if (roundId) checkRound(ctx, roundId, year);
}

export function assignRound(ctx: ServiceContext, input: { id: string; roundId: string | null }): Initiative {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, input.id);
    assertUndecided(before);
    if (input.roundId === before.roundId) return getInitiativeRecord(ctx, before.id);
    moveChecks(ctx, before, input.roundId, before.year);
    bumpInitiative(ctx, before, { roundId: input.roundId }, 'round');
    return getInitiativeRecord(ctx, before.id);
  });
}

export function deleteInitiative(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, id);
    if (before.usedByNomineeId) throw new AppError('IN_USE', `Sáng kiến "${before.title}" đã được tính cho một hồ sơ khen thưởng; không xóa được.`);
    if (before.roundId && roundRow(ctx, before.roundId).status === 'closed') throw new AppError('ROUND_CLOSED', 'Đợt xét của sáng kiến này đã khóa; không xóa được đơn.');
    bumpInitiative(ctx, before, { deleted: true }, 'delete');
    return { ok: true as const };
  });
}

/** Tiếp nhận đơn (TT 18/2013 Điều 6): the receipt number and the day the answer is due. */
export function receiveInitiative(ctx: ServiceContext, input: { id: string; receivedOn: string; receiptNumber: string }): Initiative {
  return inTransaction(ctx, () => {
    const before = ownedInitiative(ctx, input.id);
    assertUndecided(before);
    if (!isValidIsoDate(input.receivedOn)) throw fieldError('receivedOn', 'Ngày tiếp nhận không có thật.');
    if (input.receivedOn > today(ctx)) throw fieldError('receivedOn', 'Ngày tiếp nhận không được ở tương lai.');
    let receiptNumber = cleanText(input.receiptNumber);
    if (!receiptNumber) {
      const n = (ctx.sqlite.prepare(`SELECT count(*) n FROM initiatives WHERE year = ? AND received_on IS NOT NULL AND origin = ? AND id != ?`).get(before.year, before.origin, before.id) as { n: number }).n;
      receiptNumber = `${String(n + 1).padStart(2, '0')}/BN-SK`;
    }
    // After the round's deadline only while the round is kept open (with its reason), and marked late.
    let receivedLate = false;
    let receivedLateReason = '';
    if (before.roundId) {
      const round = roundRow(ctx, before.roundId);
      const check = receiptCheck(roundClock(round), input.receivedOn, roundShortName(round));
      if (check.error) throw fieldError('receivedOn', check.error);
      receivedLate = check.late;
      // The reason the round is kept open today may be withdrawn later; the application keeps the one it was received under.
      receivedLateReason = check.late ? (round.keepOpenReason ?? '') : '';
    }
    bumpInitiative(
      ctx, before, { status: 'received', receivedOn: input.receivedOn, receiptNumber, receivedLate, receivedLateReason, dueOn: answerDue(input.receivedOn) },
      receivedLate ? 'receive late' : 'receive',
    );
    return getInitiativeRecord(ctx, before.id);
  });
}

/** "Hạn trả lời 15/06/2026 (còn 12 ngày)" for screens and the CLI. */
export function dueText(i: Pick<Initiative, 'dueOn' | 'daysLeft' | 'dueState'>): string {
  if (!i.dueOn) return '';
  if (i.dueState === 'answered') return `Hạn trả lời ${formatDate(i.dueOn)}`;
  if (i.daysLeft !== null && i.daysLeft < 0) return `Quá hạn trả lời ${-i.daysLeft} ngày (hạn ${formatDate(i.dueOn)})`;
  return `Hạn trả lời ${formatDate(i.dueOn)} (còn ${i.daysLeft} ngày)`;
}
