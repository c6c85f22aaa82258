import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { CouncilMember, InitiativeRound, RoundValues } from '../../../src-shared/api';
import {
  COUNCIL_ROLES, criteriaProblems, DEFAULT_CRITERIA, DEFAULT_PASS_MARK, roundName, type ScoreCriterion,
} from '../../../src-shared/rules/initiatives';
import { ROUND_STATE_LABELS, roundState, type RoundClock } from '../../../src-shared/rules/roundDeadline';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { initiativeCouncilMembers, initiativeRounds } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { currentActor, inTransaction, writeAudit, isoNow, today, type ServiceContext } from '../core';
import { assertOwned, requireInstallation } from '../installation';

// Đợt xét công nhận sáng kiến and the council that scores them. A round owns its score sheet
// (criteria, pass mark): once a member has scored in it, the sheet no longer changes.

type Row = typeof initiativeRounds.$inferSelect;

export function roundRow(ctx: ServiceContext, id: string): Row {
  const r = ctx.db.select().from(initiativeRounds).where(eq(initiativeRounds.id, id)).get();
  if (!r || r.deleted) throw notFound('đợt xét sáng kiến');
  return r;
}

export function roundMembers(ctx: ServiceContext, roundId: string): CouncilMember[] {
  return ctx.sqlite
    .prepare('SELECT id, name, position, role, sort FROM initiative_council_members WHERE round_id = ? ORDER BY sort')
    .all(roundId) as CouncilMember[];
}

export const roundCriteria = (r: Row) => JSON.parse(r.criteria) as ScoreCriterion[];

/** What the deadline rules read of a round. */
export const roundClock = (r: Row): RoundClock => ({ status: r.status as RoundClock['status'], deadline: r.deadline, keepOpenReason: r.keepOpenReason });

/** "Đợt I năm 2026", as the deadline messages name a round. */
export const roundShortName = (r: Row) => `${r.name} năm ${r.year}`;

export function getRound(ctx: ServiceContext, id: string): InitiativeRound {
  const r = roundRow(ctx, id);
  const me = requireInstallation(ctx);
  const counts = ctx.sqlite
    .prepare(
      `SELECT count(*) n, sum(status = 'recognised') rec, sum(status = 'refused') ref, sum(received_late) late FROM initiatives WHERE round_id = ? AND deleted = 0`,
    )
    .get(id) as { n: number; rec: number | null; ref: number | null; late: number | null };
  const state = roundState(roundClock(r), today(ctx));
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, year: r.year, number: r.number, name: r.name,
    deadline: r.deadline, meetingDate: r.meetingDate, criteria: roundCriteria(r), passMark: r.passMark, status: r.status as InitiativeRound['status'],
    members: roundMembers(ctx, id), applications: counts.n, recognised: counts.rec ?? 0, refused: counts.ref ?? 0, editable: r.origin === me.unitCode,
    state, stateText: ROUND_STATE_LABELS[state], late: counts.late ?? 0,
    keepOpen: r.keepOpenReason ? { reason: r.keepOpenReason, at: r.keepOpenAt ?? '', by: r.keepOpenBy ?? '' } : null,
  };
}

export function listRounds(ctx: ServiceContext, year: number): InitiativeRound[] {
  const ids = ctx.sqlite.prepare('SELECT id FROM initiative_rounds WHERE year = ? AND deleted = 0 ORDER BY number').all(year) as { id: string }[];
  return ids.map((r) => getRound(ctx, r.id));
}

function sheetsInRound(ctx: ServiceContext, roundId: string): number {
  return (ctx.sqlite
    .prepare('SELECT count(*) n FROM initiative_evaluations e JOIN initiatives i ON i.id = e.initiative_id WHERE i.round_id = ? AND i.deleted = 0')
    .get(roundId) as { n: number }).n;
}

function clean(ctx: ServiceContext, input: RoundValues, id: string | null, before?: Row) {
  for (const [k, v] of [['deadline', input.deadline], ['meetingDate', input.meetingDate]] as const) {
    if (v && !isValidIsoDate(v)) throw fieldError(k, 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  }
  const dup = ctx.sqlite
    .prepare('SELECT name FROM initiative_rounds WHERE year = ? AND number = ? AND deleted = 0 AND id IS NOT ?')
    .get(input.year, input.number, id) as { name: string } | undefined;
  if (dup) throw fieldError('number', `Năm ${input.year} đã có ${dup.name}; hãy chọn số thứ tự khác.`);
  const criteria = (input.criteria ?? (before ? roundCriteria(before) : DEFAULT_CRITERIA)).map((c) => ({ code: c.code, name: cleanText(c.name), max: c.max }));
  const passMark = input.passMark ?? before?.passMark ?? DEFAULT_PASS_MARK;
  const problems = criteriaProblems(criteria, passMark);
  if (problems.length) throw fieldError('criteria', problems.join(' '));
  return {
    year: input.year, number: input.number, name: cleanText(input.name) || roundName(input.number), deadline: input.deadline,
    meetingDate: input.meetingDate, criteria: JSON.stringify(criteria), passMark,
  };
}

export function createRound(ctx: ServiceContext, input: RoundValues): InitiativeRound {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, status: 'open', ...clean(ctx, input, null) };
    ctx.db.insert(initiativeRounds).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'initiative-round', entityId: row.id, after: row });
    return getRound(ctx, row.id);
  });
}

/** Đợt I closes at the end of June, đợt II at the end of November (before the year-end review). */
export function createDefaultRounds(ctx: ServiceContext, year: number): InitiativeRound[] {
  return inTransaction(ctx, () => {
    for (const [number, deadline] of [[1, `${year}-06-30`], [2, `${year}-11-30`]] as const) {
      const exists = ctx.sqlite.prepare('SELECT 1 FROM initiative_rounds WHERE year = ? AND number = ? AND deleted = 0').get(year, number);
      if (!exists) createRound(ctx, { year, number, name: '', deadline, meetingDate: null });
    }
    return listRounds(ctx, year);
  });
}

function ownedRound(ctx: ServiceContext, id: string): Row {
  const r = roundRow(ctx, id);
  assertOwned(ctx, r.origin);
  return r;
}

function bump(ctx: ServiceContext, before: Row, values: Partial<Row>, what: string) {
  const after = { ...before, ...values, rev: before.rev + 1, updatedAt: isoNow(ctx) };
  ctx.db.update(initiativeRounds).set(after).where(eq(initiativeRounds.id, before.id)).run();
  writeAudit(ctx, { action: 'update', entity: 'initiative-round', entityId: before.id, before, after: { ...after, change: what } });
}

export function updateRound(ctx: ServiceContext, input: RoundValues & { id: string }): InitiativeRound {
  return inTransaction(ctx, () => {
    const before = ownedRound(ctx, input.id);
    const values = clean(ctx, input, input.id, before);
    if ((values.criteria !== before.criteria || values.passMark !== before.passMark) && sheetsInRound(ctx, before.id)) {
      throw fieldError('criteria', `Hội đồng đã chấm điểm trong ${before.name}; không đổi được tiêu chí hay điểm đạt của đợt này nữa.`);
    }
    if (values.year !== before.year && (ctx.sqlite.prepare('SELECT count(*) n FROM initiatives WHERE round_id = ? AND deleted = 0').get(before.id) as { n: number }).n) {
      throw fieldError('year', 'Đợt đã có đơn; không đổi được năm của đợt.');
    }
    bump(ctx, before, values, 'fields');
    return getRound(ctx, before.id);
  });
}

export function setRoundStatus(ctx: ServiceContext, input: { id: string; status: 'open' | 'closed' }): InitiativeRound {
  return inTransaction(ctx, () => {
    const before = ownedRound(ctx, input.id);
    if (before.status !== input.status) bump(ctx, before, { status: input.status }, input.status === 'closed' ? 'close' : 'reopen');
    return getRound(ctx, before.id);
  });
}

/**
 * "Vẫn nhận hồ sơ sau hạn": the unit records why an expired round keeps taking applications
 * (who, when, why: on the round and in the audit); a null reason withdraws it.
 */
export function keepRoundOpen(ctx: ServiceContext, input: { id: string; reason: string | null }): InitiativeRound {
  return inTransaction(ctx, () => {
    const before = ownedRound(ctx, input.id);
    if (input.reason === null) {
      if (before.keepOpenReason) bump(ctx, before, { keepOpenReason: null, keepOpenAt: null, keepOpenBy: null }, 'stop keeping open');
      return getRound(ctx, before.id);
    }
    const reason = cleanText(input.reason);
    if (!reason) throw fieldError('reason', 'Vui lòng ghi lý do vẫn nhận hồ sơ sau hạn (ví dụ: văn bản đề nghị của đơn vị, ý kiến của lãnh đạo).');
    if (!before.deadline) throw fieldError('reason', `${roundShortName(before)} chưa có hạn nhận đơn; không cần ghi lý do vẫn nhận.`);
    if (before.status === 'closed') throw new AppError('ROUND_CLOSED', `${roundShortName(before)} đã khóa; mở lại đợt trước khi ghi vẫn nhận hồ sơ.`);
    bump(ctx, before, { keepOpenReason: reason, keepOpenAt: isoNow(ctx), keepOpenBy: currentActor(ctx) }, 'keep open');
    return getRound(ctx, before.id);
  });
}

/** Replaces the council of a round; members who already scored cannot be taken off it. */
export function setCouncil(
  ctx: ServiceContext,
  input: { roundId: string; members: { id: string | null; name: string; position: string; role: (typeof COUNCIL_ROLES)[number] }[] },
): InitiativeRound {
  return inTransaction(ctx, () => {
    const before = ownedRound(ctx, input.roundId);
    if (before.status === 'closed') throw new AppError('ROUND_CLOSED', `${before.name} năm ${before.year} đã khóa; mở lại đợt trước khi sửa Hội đồng.`);
    const current = roundMembers(ctx, before.id);
    const keep = new Set(input.members.map((m) => m.id).filter((x): x is string => !!x));
    for (const id of keep) {
      if (!current.some((m) => m.id === id)) throw fieldError('members', 'Thành viên không thuộc Hội đồng của đợt này.');
    }
    if (input.members.filter((m) => m.role === 'chu-tich').length > 1) throw fieldError('members', 'Hội đồng chỉ có một Chủ tịch.');
    const scored = ctx.sqlite.prepare('SELECT count(*) n FROM initiative_evaluations WHERE member_id = ?');
    for (const m of current) {
      if (!keep.has(m.id) && (scored.get(m.id) as { n: number }).n) {
        throw fieldError('members', `${m.name} đã chấm điểm; không thể đưa ra khỏi Hội đồng (hãy xóa phiếu của thành viên này trước).`);
      }
    }
    const del = ctx.sqlite.prepare('DELETE FROM initiative_council_members WHERE id = ?');
    for (const m of current) if (!keep.has(m.id)) del.run(m.id);
    input.members.forEach((m, i) => {
      const values = { name: cleanText(m.name), position: cleanText(m.position), role: m.role, sort: i + 1 };
      if (!values.name) throw fieldError(`members.${i}.name`, 'Vui lòng nhập họ và tên thành viên.');
      if (m.id) ctx.db.update(initiativeCouncilMembers).set(values).where(eq(initiativeCouncilMembers.id, m.id)).run();
      else ctx.db.insert(initiativeCouncilMembers).values({ id: crypto.randomUUID(), roundId: before.id, ...values }).run();
    });
    bump(ctx, before, {}, `council: ${input.members.map((m) => m.name).join(', ')}`);
    return getRound(ctx, before.id);
  });
}

/** "Đợt I năm 2026 (hạn 30/06/2026)": how screens and prints name a round. */
export const roundLabel = (r: { name: string; year: number; deadline: string | null }) =>
  `${r.name} năm ${r.year}${r.deadline ? ` (hạn nộp ${formatDate(r.deadline)})` : ''}`;
