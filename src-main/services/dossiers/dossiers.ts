import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Dossier, DossierValues, Nominee } from '../../../src-shared/api';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { dossierNominees, dossiers, movements } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext, markEdited, decodeCursor, nextOf, openWorkFilter } from '../core';
import { awardDef } from './catalogue';
import { assertOwned, requireInstallation } from '../installation';
import { membership, outsideMessage } from './membership';

type Row = typeof dossiers.$inferSelect;

function toDossier(ctx: ServiceContext, r: Row): Dossier {
  const me = requireInstallation(ctx);
  const extra = ctx.sqlite
    .prepare(
      `SELECT (SELECT name FROM units WHERE id = ?) unitName, (SELECT count(*) FROM dossier_nominees WHERE dossier_id = ?) n,
              (SELECT status FROM record_status WHERE record_type = 'dossier' AND record_id = ?) status`,
    )
    .get(r.proposingUnitId, r.id, r.id) as { unitName: string | null; n: number; status: string | null };
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt, year: r.year,
    round: r.round as Dossier['round'], movementId: r.movementId, proposingUnitId: r.proposingUnitId, proposingUnitName: extra.unitName,
    awardCode: r.awardCode, awardName: awardDef(ctx, r.awardCode, r.referenceDate)?.name ?? r.awardCode, referenceDate: r.referenceDate,
    title: r.title, meetingDate: r.meetingDate, councilTotal: r.councilTotal, councilPresent: r.councilPresent,
    councilWritten: r.councilWritten, overrideReason: r.overrideReason, nomineeCount: extra.n, status: extra.status,
    editable: r.origin === me.unitCode,
  };
}

function row(ctx: ServiceContext, id: string): Row {
  const r = ctx.db.select().from(dossiers).where(eq(dossiers.id, id)).get();
  if (!r || r.deleted) throw notFound('hồ sơ đề nghị khen thưởng');
  return r;
}

export function getDossierRow(ctx: ServiceContext, id: string): Dossier {
  return toDossier(ctx, row(ctx, id));
}

/** Newest year first, then last changed first; `after` (a page's `next`) continues by keyset. */
export function listDossiers(ctx: ServiceContext, q: { year: number | null; open?: boolean; query: string; offset: number; limit: number; after?: string | null }) {
  const where = ['deleted = 0'];
  const args: unknown[] = [];
  if (q.open) {
    const f = openWorkFilter(ctx, 'dossiers', 'dossier');
    where.push(f.sql);
    args.push(...f.args);
  } else if (q.year) { where.push('year = ?'); args.push(q.year); }
  if (q.query.trim()) { where.push(`lower(title) LIKE ?`); args.push(`%${q.query.trim().toLowerCase()}%`); }
  const filter = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM dossiers ${filter}`).get(...args) as { n: number }).n;
  const keyArgs = q.after ? decodeCursor(q.after, ['number', 'string', 'number']) : [];
  const page = ctx.sqlite
    .prepare(`SELECT id, year, updated_at updatedAt, rowid seq FROM dossiers ${filter} ${q.after ? 'AND (year, updated_at, rowid) < (?, ?, ?)' : ''}
              ORDER BY year DESC, updated_at DESC, rowid DESC LIMIT ? OFFSET ?`)
    .all(...args, ...keyArgs, q.limit, q.after ? 0 : q.offset) as { id: string; year: number; updatedAt: string; seq: number }[];
  return { total, items: page.map((r) => getDossierRow(ctx, r.id)), next: nextOf(page, q.limit, (r) => [r.year, r.updatedAt, r.seq]) };
}

export function listNominees(ctx: ServiceContext, dossierId: string): Nominee[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT n.id, n.subject_type subjectType, n.subject_id subjectId, n.summary, n.report, n.vote_yes voteYes, n.collective_facts facts,
              coalesce(p.full_name, c.name, '(không tìm thấy)') name,
              CASE WHEN p.id IS NOT NULL THEN trim(coalesce(p.position, '') || CASE WHEN p.birth_year IS NOT NULL THEN ', sinh năm ' || p.birth_year ELSE '' END, ', ')
                   ELSE coalesce(c.member_count || ' thành viên', '') END detail
         FROM dossier_nominees n LEFT JOIN people p ON n.subject_type = 'person' AND p.id = n.subject_id
         LEFT JOIN collectives c ON n.subject_type = 'collective' AND c.id = n.subject_id
        WHERE n.dossier_id = ? ORDER BY n.position`,
    )
    .all(dossierId) as (Omit<Nominee, 'collectiveFacts'> & { facts: string | null })[];
  return rows.map(({ facts, ...r }) => ({ ...r, collectiveFacts: facts ? JSON.parse(facts) : null }));
}

export const getDossier = (ctx: ServiceContext, id: string) => ({ dossier: getDossierRow(ctx, id), nominees: listNominees(ctx, id) });

function clean(ctx: ServiceContext, input: DossierValues) {
  if (!isValidIsoDate(input.referenceDate)) throw fieldError('referenceDate', 'Ngày xét không có thật.');
  const award = awardDef(ctx, input.awardCode, input.referenceDate);
  if (!award) throw fieldError('awardCode', `Danh hiệu, hình thức "${input.awardCode}" không có trong danh mục áp dụng ngày ${formatDate(input.referenceDate)}.`);
  if (input.movementId) {
    const m = ctx.db.select().from(movements).where(eq(movements.id, input.movementId)).get();
    if (!m || m.deleted) throw fieldError('movementId', 'Phong trào thi đua không có trong danh sách.');
  }
  const title = cleanText(input.title);
  if (!title) throw fieldError('title', 'Vui lòng nhập tên hồ sơ.');
  return { year: input.year, round: input.round, movementId: input.movementId, awardCode: input.awardCode, referenceDate: input.referenceDate, title };
}

export function createDossier(ctx: ServiceContext, input: DossierValues): Dossier {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const now = isoNow(ctx);
    const r = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, proposingUnitId: me.unitId,
      meetingDate: null, councilTotal: null, councilPresent: null, councilWritten: null, overrideReason: null, ...clean(ctx, input),
    };
    ctx.db.insert(dossiers).values(r).run();
    writeAudit(ctx, { action: 'create', entity: 'dossier', entityId: r.id, after: r });
    return getDossierRow(ctx, r.id);
  });
}

export function owned(ctx: ServiceContext, id: string): Row {
  const before = row(ctx, id);
  assertOwned(ctx, before.origin);
  return before;
}

/** Every change to a dossier or its nominees is a new rev of the record that travels. */
export function bump(ctx: ServiceContext, before: Row, values: Partial<Row>, what: string): void {
  const after = { ...before, ...values, rev: before.rev + 1, updatedAt: isoNow(ctx) };
  ctx.db.update(dossiers).set(after).where(eq(dossiers.id, before.id)).run();
  writeAudit(ctx, { action: 'update', entity: 'dossier', entityId: before.id, before, after: { ...after, change: what } });
  markEdited(ctx, 'dossier', before.id);
}

export function updateDossier(ctx: ServiceContext, input: DossierValues & { id: string }): Dossier {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.id);
    bump(ctx, before, clean(ctx, input), 'fields');
    return getDossierRow(ctx, input.id);
  });
}

export function deleteDossier(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    bump(ctx, owned(ctx, id), { deleted: true }, 'delete');
    // Its nominees no longer claim the initiatives they relied on.
    ctx.sqlite.prepare('UPDATE initiatives SET used_by_nominee_id = NULL WHERE used_by_nominee_id IN (SELECT id FROM dossier_nominees WHERE dossier_id = ?)').run(id);
    return { ok: true as const };
  });
}

export function setMeeting(ctx: ServiceContext, input: { id: string; meetingDate: string | null; councilTotal: number; councilPresent: number; councilWritten: number }): Dossier {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.id);
    if (input.meetingDate && input.meetingDate > today(ctx)) throw fieldError('meetingDate', 'Ngày họp không được ở tương lai.');
    if (input.councilTotal < 1) throw fieldError('councilTotal', 'Hội đồng phải có ít nhất 1 thành viên.');
    if (input.councilPresent > input.councilTotal) throw fieldError('councilPresent', `Số thành viên có mặt (${input.councilPresent}) lớn hơn tổng số thành viên (${input.councilTotal}).`);
    if (input.councilPresent + input.councilWritten > input.councilTotal) {
      throw fieldError('councilWritten', `Có mặt (${input.councilPresent}) cộng ý kiến bằng văn bản (${input.councilWritten}) vượt tổng số thành viên (${input.councilTotal}).`);
    }
    const votes = ctx.sqlite.prepare('SELECT max(vote_yes) m FROM dossier_nominees WHERE dossier_id = ?').get(input.id) as { m: number | null };
    if (votes.m !== null && votes.m > input.councilPresent + input.councilWritten) {
      throw fieldError('councilPresent', `Đã có người được ${votes.m} phiếu đồng ý, nhiều hơn số thành viên bỏ phiếu (${input.councilPresent + input.councilWritten}).`);
    }
    bump(ctx, before, { meetingDate: input.meetingDate, councilTotal: input.councilTotal, councilPresent: input.councilPresent, councilWritten: input.councilWritten }, 'meeting');
    return getDossierRow(ctx, input.id);
  });
}

/** A collective's figures as stored: the women count only when it is known. */
function factsJson(f: NonNullable<Nominee['collectiveFacts']>): string {
  const { women, ...counts } = f;
  return JSON.stringify(women === null || women === undefined ? counts : { ...counts, women });
}

export function addNominee(ctx: ServiceContext, input: { dossierId: string; subjectType: 'person' | 'collective'; subjectId: string; summary: string }): Nominee {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.dossierId);
    const award = awardDef(ctx, before.awardCode, before.referenceDate);
    const wants = award?.subject === 'individual' ? 'person' : 'collective';
    if (award && input.subjectType !== wants) {
      throw fieldError('subjectType', `"${award.name}" dành cho ${wants === 'person' ? 'cá nhân' : 'tập thể'}; hãy chọn đúng đối tượng.`);
    }
    const table = input.subjectType === 'person' ? 'people' : 'collectives';
    const subject = ctx.sqlite.prepare(`SELECT deleted FROM ${table} WHERE id = ?`).get(input.subjectId) as { deleted: number } | undefined;
    if (!subject || subject.deleted) throw fieldError('subjectId', input.subjectType === 'person' ? 'Không tìm thấy cá nhân.' : 'Không tìm thấy tập thể.');
    // A household (hộ gia đình) is kept as a collective of kind 'household': household awards take
    // only those, and a collective's award never goes to a household.
    if (award && input.subjectType === 'collective') {
      const kind = (ctx.sqlite.prepare('SELECT kind FROM collectives WHERE id = ?').get(input.subjectId) as { kind: string }).kind;
      if (award.subject === 'household' && kind !== 'household') {
        throw fieldError('subjectId', `"${award.name}" dành cho hộ gia đình; hãy chọn một hộ gia đình (tập thể loại “Hộ gia đình” trong danh mục tập thể).`);
      }
      if (award.subject === 'collective' && kind === 'household') {
        throw fieldError('subjectId', `"${award.name}" dành cho tập thể, không dành cho hộ gia đình; hãy chọn đúng tập thể.`);
      }
    }
    const m = membership(ctx, before.proposingUnitId, input.subjectType, input.subjectId);
    if (!m.inUnit) {
      const name = (ctx.sqlite.prepare(input.subjectType === 'person' ? 'SELECT full_name n FROM people WHERE id = ?' : 'SELECT name n FROM collectives WHERE id = ?').get(input.subjectId) as { n: string }).n;
      const unitName = (ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(before.proposingUnitId) as { name: string } | undefined)?.name ?? 'đơn vị đề nghị';
      throw new AppError('OTHER_UNIT', outsideMessage(name, m, unitName), [{ path: 'subjectId', message: outsideMessage(name, m, unitName) }]);
    }
    const dup = ctx.db.select().from(dossierNominees).where(and(eq(dossierNominees.dossierId, before.id), eq(dossierNominees.subjectType, input.subjectType), eq(dossierNominees.subjectId, input.subjectId))).get();
    if (dup) throw new AppError('DUPLICATE', 'Đối tượng này đã có trong hồ sơ; mỗi người, mỗi tập thể chỉ đề nghị một lần trong một hồ sơ.');
    const position = (ctx.sqlite.prepare('SELECT coalesce(max(position), 0) + 1 p FROM dossier_nominees WHERE dossier_id = ?').get(before.id) as { p: number }).p;
    const id = crypto.randomUUID();
    ctx.db.insert(dossierNominees).values({ id, dossierId: before.id, subjectType: input.subjectType, subjectId: input.subjectId, summary: cleanText(input.summary), report: '', voteYes: null, collectiveFacts: null, position }).run();
    bump(ctx, before, {}, 'add nominee');
    return listNominees(ctx, before.id).find((n) => n.id === id)!;
  });
}

export function updateNominee(
  ctx: ServiceContext,
  input: { dossierId: string; nomineeId: string; summary: string; report: string; voteYes?: number | null | undefined; collectiveFacts: Nominee['collectiveFacts'] },
): Nominee {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.dossierId);
    if (input.voteYes !== undefined && input.voteYes !== null) {
      if (before.councilPresent === null) throw fieldError('voteYes', 'Hãy nhập cuộc họp hội đồng (tổng số, có mặt) trước khi nhập phiếu.');
      const voters = before.councilPresent + (before.councilWritten ?? 0);
      if (input.voteYes > voters) throw fieldError('voteYes', `Số phiếu đồng ý (${input.voteYes}) lớn hơn số thành viên bỏ phiếu (${voters}).`);
    }
    const f = input.collectiveFacts;
    if (f) {
      for (const [k, label] of [['ldtt', 'Số lao động tiên tiến'], ['completedTasks', 'Số hoàn thành nhiệm vụ'], ['cstdcs', 'Số chiến sĩ thi đua cơ sở'], ['disciplined', 'Số bị kỷ luật']] as const) {
        if (f[k] > f.members) throw fieldError(`collectiveFacts.${k}`, `${label} (${f[k]}) lớn hơn số thành viên (${f.members}).`);
      }
      if (f.women != null && f.women > f.members) throw fieldError('collectiveFacts.women', `Số thành viên nữ (${f.women}) lớn hơn số thành viên (${f.members}).`);
    }
    const r = ctx.db
      .update(dossierNominees)
      .set({
        summary: cleanText(input.summary), report: input.report.normalize('NFC'), collectiveFacts: f ? factsJson(f) : null,
        ...(input.voteYes === undefined ? {} : { voteYes: input.voteYes }),
      })
      .where(and(eq(dossierNominees.id, input.nomineeId), eq(dossierNominees.dossierId, before.id)))
      .run();
    if (!r.changes) throw notFound('người được đề nghị');
    bump(ctx, before, {}, 'edit nominee');
    return listNominees(ctx, before.id).find((n) => n.id === input.nomineeId)!;
  });
}

export function removeNominee(ctx: ServiceContext, input: { dossierId: string; nomineeId: string }): { ok: true } {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.dossierId);
    const gone = ctx.db.select().from(dossierNominees).where(and(eq(dossierNominees.id, input.nomineeId), eq(dossierNominees.dossierId, before.id))).get();
    if (!gone) throw notFound('người được đề nghị');
    const initiatives = (ctx.sqlite.prepare('SELECT id FROM initiatives WHERE used_by_nominee_id = ?').all(input.nomineeId) as { id: string }[]).map((i) => i.id);
    ctx.db.delete(dossierNominees).where(eq(dossierNominees.id, gone.id)).run();
    ctx.sqlite.prepare('UPDATE initiatives SET used_by_nominee_id = NULL WHERE used_by_nominee_id = ?').run(input.nomineeId);
    // The whole row (report, votes, facts) and the initiatives it relied on: what "Hoàn tác" puts back.
    writeAudit(ctx, { action: 'delete', entity: 'dossier-nominee', entityId: gone.id, before: { ...gone, initiatives } });
    bump(ctx, before, {}, 'remove nominee');
    return { ok: true as const };
  });
}

/** "Hoàn tác": puts a removed nominee back as it was (report, votes, initiatives relied on). */
export function restoreNominee(ctx: ServiceContext, input: { dossierId: string; nomineeId: string }): Nominee {
  return inTransaction(ctx, () => {
    const before = owned(ctx, input.dossierId);
    const audit = ctx.sqlite
      .prepare(`SELECT before FROM audit WHERE entity = 'dossier-nominee' AND entity_id = ? AND action = 'delete' ORDER BY seq DESC LIMIT 1`)
      .get(input.nomineeId) as { before: string } | undefined;
    const saved = audit ? (JSON.parse(audit.before) as typeof dossierNominees.$inferSelect & { initiatives: string[] }) : null;
    if (!saved || saved.dossierId !== before.id) throw new AppError('NOT_FOUND', 'Không tìm thấy người đã bỏ khỏi hồ sơ này để hoàn tác.');
    if (ctx.db.select().from(dossierNominees).where(eq(dossierNominees.id, saved.id)).get()) {
      throw new AppError('ALREADY', 'Người này đã có lại trong hồ sơ.');
    }
    const dup = ctx.db.select().from(dossierNominees).where(and(eq(dossierNominees.dossierId, before.id), eq(dossierNominees.subjectType, saved.subjectType), eq(dossierNominees.subjectId, saved.subjectId))).get();
    if (dup) throw new AppError('DUPLICATE', 'Đối tượng này đã được thêm lại vào hồ sơ; không hoàn tác được.');
    const { initiatives, ...row } = saved;
    ctx.db.insert(dossierNominees).values(row).run();
    const relink = ctx.sqlite.prepare('UPDATE initiatives SET used_by_nominee_id = ? WHERE id = ? AND used_by_nominee_id IS NULL');
    for (const id of initiatives) relink.run(row.id, id);
    writeAudit(ctx, { action: 'create', entity: 'dossier-nominee', entityId: row.id, after: saved });
    bump(ctx, before, {}, 'restore nominee');
    return listNominees(ctx, before.id).find((n) => n.id === row.id)!;
  });
}
