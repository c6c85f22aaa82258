import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Registration, RegistrationEntry, RegistrationValues } from '../../../src-shared/api';
import { EMULATION_TITLES, titleName } from '../../../src-shared/catalog/titles';
import { cleanText, fold, isValidIsoDate } from '../../../src-shared/text';
import { collectives, movements, registrationEntries, registrations, units } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, today, type ServiceContext, markEdited, decodeCursor, nextOf, unsentWorkFilter } from '../core';
import { lateWarning, registrationDeadline } from './deadline';
import { findSameRegistration } from './duplicates';
import { assertOwned, requireInstallation } from '../installation';

const SELECT = `
  SELECT r.*, m.name movement_name, s.status,
         (SELECT count(*) FROM registration_entries e WHERE e.registration_id = r.id) entry_count
    FROM registrations r LEFT JOIN movements m ON m.id = r.movement_id
    LEFT JOIN record_status s ON s.record_type = 'registration' AND s.record_id = r.id`;

interface SqlRow {
  id: string; origin: string; rev: number; created_at: string; updated_at: string; year: number; movement_id: string;
  movement_name: string | null; registrant_kind: 'unit' | 'collective'; unit_id: string | null; collective_id: string | null;
  registrant_name: string; titles: string; commitments: string; registered_on: string; signer_name: string;
  signer_position: string; late: number; late_note: string | null; entry_count: number; status: string | null;
}

function toRegistration(ctx: ServiceContext, r: SqlRow): Registration {
  const me = requireInstallation(ctx);
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.created_at, updatedAt: r.updated_at, year: r.year,
    movementId: r.movement_id, movementName: r.movement_name, registrantKind: r.registrant_kind, unitId: r.unit_id,
    collectiveId: r.collective_id, registrantName: r.registrant_name, titles: JSON.parse(r.titles),
    commitments: JSON.parse(r.commitments), registeredOn: r.registered_on, signerName: r.signer_name,
    signerPosition: r.signer_position, late: r.late === 1, lateNote: r.late_note, entryCount: r.entry_count,
    status: r.status, editable: r.origin === me.unitCode,
  };
}

/**
 * Newest year first, then by origin and registrant; `open` keeps the open work of every year
 * (this year's, and this unit's not sent yet) and ignores `year`. `after` (a page's `next`)
 * continues by keyset. The year runs down while the rest runs up, so the page after a cursor is read in two
 * index ranges: the rest of the cursor's year, then the years below it.
 */
export function listRegistrations(
  ctx: ServiceContext,
  q: { year: number | null; open?: boolean; movementId: string | null; query: string; offset: number; limit: number; after?: string | null },
) {
  const where = ['r.deleted = 0'];
  const args: unknown[] = [];
  if (q.open) {
    const open = unsentWorkFilter(ctx, 'r', 'registration', requireInstallation(ctx).unitCode);
    where.push(open.sql);
    args.push(...open.args);
  } else if (q.year) { where.push('r.year = ?'); args.push(q.year); }
  if (q.movementId) { where.push('r.movement_id = ?'); args.push(q.movementId); }
  const f = fold(q.query);
  if (f) {
    where.push(`lower(r.registrant_name) LIKE ? ESCAPE '\\'`);
    args.push(`%${q.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const filter = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM registrations r ${filter}`).get(...args) as { n: number }).n;
  const page = (more: string, moreArgs: unknown[], limit: number, offset: number) =>
    ctx.sqlite
      .prepare(`${SELECT.replace('SELECT r.*', 'SELECT r.*, r.rowid sort_seq')} ${filter} ${more} ORDER BY r.year DESC, r.origin, r.registrant_name, r.rowid LIMIT ? OFFSET ?`)
      .all(...args, ...moreArgs, limit, offset) as (SqlRow & { sort_seq: number })[];
  let rows: (SqlRow & { sort_seq: number })[];
  if (q.after) {
    const [year, ...rest] = decodeCursor(q.after, ['number', 'string', 'string', 'number']);
    rows = page('AND r.year = ? AND (r.origin, r.registrant_name, r.rowid) > (?, ?, ?)', [year, ...rest], q.limit, 0);
    if (rows.length < q.limit) rows = rows.concat(page('AND r.year < ?', [year], q.limit - rows.length, 0));
  } else {
    rows = page('', [], q.limit, q.offset);
  }
  return {
    total,
    items: rows.map((r) => toRegistration(ctx, r)),
    next: nextOf(rows, q.limit, (r) => [r.year, r.origin, r.registrant_name, r.sort_seq]),
  };
}

export function getRegistrationRow(ctx: ServiceContext, id: string): Registration {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE r.id = ? AND r.deleted = 0`).get(id) as SqlRow | undefined;
  if (!row) throw notFound('bản đăng ký thi đua');
  return toRegistration(ctx, row);
}

export function listEntries(ctx: ServiceContext, registrationId: string): RegistrationEntry[] {
  return (ctx.sqlite
    .prepare(
      `SELECT e.id, e.person_id personId, coalesce(p.full_name, '(chưa có thông tin cá nhân)') fullName, p.gender,
              p.birth_date birthDate, p.birth_year birthYear, coalesce(p.position, '') position, u.name unitName, e.title, e.note
         FROM registration_entries e LEFT JOIN people p ON p.id = e.person_id LEFT JOIN units u ON u.id = p.unit_id
        WHERE e.registration_id = ? ORDER BY e.position`,
    )
    .all(registrationId)) as RegistrationEntry[];
}

export function getRegistration(ctx: ServiceContext, id: string) {
  return { registration: getRegistrationRow(ctx, id), entries: listEntries(ctx, id) };
}

const subjectOf = (code: string) => EMULATION_TITLES.find((t) => t.code === code)?.subject;

function clean(ctx: ServiceContext, input: RegistrationValues, selfId: string | null) {
  const movement = ctx.db.select().from(movements).where(eq(movements.id, input.movementId)).get();
  if (!movement || movement.deleted) throw fieldError('movementId', 'Phong trào thi đua không có trong danh sách.');
  if (!isValidIsoDate(input.registeredOn)) throw fieldError('registeredOn', 'Ngày đăng ký không có thật.');
  if (input.registeredOn > today(ctx)) throw fieldError('registeredOn', 'Ngày đăng ký không được ở tương lai.');
  for (const t of input.titles) {
    if (subjectOf(t) === 'individual') {
      throw fieldError('titles', `"${titleName(t)}" là danh hiệu cá nhân; hãy thêm cá nhân vào danh sách đăng ký bên dưới.`);
    }
  }
  let registrantName: string;
  let unitId: string | null = null;
  let collectiveId: string | null = null;
  if (input.registrantKind === 'unit') {
    const u = input.unitId ? ctx.db.select().from(units).where(eq(units.id, input.unitId)).get() : undefined;
    if (!u || u.deleted) throw fieldError('unitId', 'Vui lòng chọn đơn vị đăng ký.');
    registrantName = u.name;
    unitId = u.id;
  } else {
    const c = input.collectiveId ? ctx.db.select().from(collectives).where(eq(collectives.id, input.collectiveId)).get() : undefined;
    if (!c || c.deleted) throw fieldError('collectiveId', 'Vui lòng chọn tập thể đăng ký.');
    registrantName = c.name;
    collectiveId = c.id;
    unitId = c.unitId;
  }
  const same = findSameRegistration(ctx, { year: input.year, movementId: input.movementId, registrantKind: input.registrantKind, unitId, collectiveId, excludeId: selfId });
  if (same) throw new AppError('DUPLICATE', `${registrantName} đã có bản đăng ký năm ${input.year} theo phong trào này.`);
  const deadline = registrationDeadline(ctx, input.year);
  const late = input.registeredOn > deadline;
  return {
    values: {
      year: input.year, movementId: input.movementId, registrantKind: input.registrantKind, unitId, collectiveId, registrantName,
      titles: JSON.stringify([...new Set(input.titles)]),
      commitments: JSON.stringify(input.commitments.map((c) => ({ text: cleanText(c.text), value: c.value, unit: cleanText(c.unit) }))),
      registeredOn: input.registeredOn, signerName: cleanText(input.signerName), signerPosition: cleanText(input.signerPosition),
      late, lateNote: late ? (input.lateNote ? cleanText(input.lateNote) : null) : null,
    },
    warnings: late ? [lateWarning(deadline)] : [],
  };
}

export function createRegistration(ctx: ServiceContext, input: RegistrationValues) {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const { values, warnings } = clean(ctx, input, null);
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false, ...values };
    ctx.db.insert(registrations).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'registration', entityId: row.id, after: row });
    return { registration: getRegistrationRow(ctx, row.id), warnings };
  });
}

function ownedRegistration(ctx: ServiceContext, id: string) {
  const before = ctx.db.select().from(registrations).where(eq(registrations.id, id)).get();
  if (!before || before.deleted) throw notFound('bản đăng ký thi đua');
  assertOwned(ctx, before.origin);
  return before;
}

/** Any change to the registration or its list is a new rev of the one record that travels. */
function bump(ctx: ServiceContext, before: typeof registrations.$inferSelect, values: Partial<typeof registrations.$inferSelect>, what: string) {
  const after = { ...before, ...values, rev: before.rev + 1, updatedAt: isoNow(ctx) };
  ctx.db.update(registrations).set(after).where(eq(registrations.id, before.id)).run();
  writeAudit(ctx, { action: 'update', entity: 'registration', entityId: before.id, before, after: { ...after, change: what } });
  markEdited(ctx, 'registration', before.id);
}

export function updateRegistration(ctx: ServiceContext, input: RegistrationValues & { id: string }) {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, input.id);
    const { values, warnings } = clean(ctx, input, input.id);
    bump(ctx, before, values, 'fields');
    return { registration: getRegistrationRow(ctx, input.id), warnings };
  });
}

export function deleteRegistration(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, id);
    bump(ctx, before, { deleted: true }, 'delete');
    return { ok: true as const };
  });
}

/** Adds people to the list: all of them, or none when one is already there or not found. */
export function addEntries(ctx: ServiceContext, input: { registrationId: string; entries: { personId: string; title: string; note: string }[] }) {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, input.registrationId);
    const existing = new Set(
      ctx.db.select({ p: registrationEntries.personId }).from(registrationEntries).where(eq(registrationEntries.registrationId, before.id)).all().map((r) => r.p),
    );
    let position = (ctx.sqlite.prepare('SELECT coalesce(max(position), 0) n FROM registration_entries WHERE registration_id = ?').get(before.id) as { n: number }).n;
    const person = ctx.sqlite.prepare('SELECT full_name fullName, deleted FROM people WHERE id = ?');
    for (const e of input.entries) {
      const p = person.get(e.personId) as { fullName: string; deleted: number } | undefined;
      if (!p || p.deleted) throw fieldError('entries', 'Có cá nhân không còn trong danh sách cá nhân; hãy tải lại rồi chọn lại.');
      if (existing.has(e.personId)) throw fieldError('entries', `${p.fullName} đã có trong danh sách đăng ký này.`);
      if (subjectOf(e.title) !== 'individual') throw fieldError('entries', `"${titleName(e.title)}" không phải danh hiệu cá nhân.`);
      existing.add(e.personId);
      ctx.db.insert(registrationEntries).values({ id: crypto.randomUUID(), registrationId: before.id, personId: e.personId, title: e.title, note: cleanText(e.note), position: ++position }).run();
    }
    bump(ctx, before, {}, `add ${input.entries.length} entries`);
    return { added: input.entries.length };
  });
}

export function updateEntry(ctx: ServiceContext, input: { registrationId: string; entryId: string; title: string; note: string }) {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, input.registrationId);
    if (subjectOf(input.title) !== 'individual') throw fieldError('title', `"${titleName(input.title)}" không phải danh hiệu cá nhân.`);
    const r = ctx.db.update(registrationEntries).set({ title: input.title, note: cleanText(input.note) })
      .where(and(eq(registrationEntries.id, input.entryId), eq(registrationEntries.registrationId, before.id))).run();
    if (!r.changes) throw notFound('dòng đăng ký');
    bump(ctx, before, {}, 'edit entry');
    return { ok: true as const };
  });
}

export function removeEntry(ctx: ServiceContext, input: { registrationId: string; entryId: string }) {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, input.registrationId);
    const gone = ctx.db.select().from(registrationEntries).where(and(eq(registrationEntries.id, input.entryId), eq(registrationEntries.registrationId, before.id))).get();
    if (!gone) throw notFound('dòng đăng ký');
    ctx.db.delete(registrationEntries).where(eq(registrationEntries.id, gone.id)).run();
    // The whole line: what "Hoàn tác" puts back.
    writeAudit(ctx, { action: 'delete', entity: 'registration-entry', entityId: gone.id, before: gone });
    bump(ctx, before, {}, 'remove entry');
    return { ok: true as const };
  });
}

/** "Hoàn tác": puts a removed line back as it was (title, note, place in the list). */
export function restoreEntry(ctx: ServiceContext, input: { registrationId: string; entryId: string }) {
  return inTransaction(ctx, () => {
    const before = ownedRegistration(ctx, input.registrationId);
    const audit = ctx.sqlite
      .prepare(`SELECT before FROM audit WHERE entity = 'registration-entry' AND entity_id = ? AND action = 'delete' ORDER BY seq DESC LIMIT 1`)
      .get(input.entryId) as { before: string } | undefined;
    const saved = audit ? (JSON.parse(audit.before) as typeof registrationEntries.$inferSelect) : null;
    if (!saved || saved.registrationId !== before.id) throw new AppError('NOT_FOUND', 'Không tìm thấy dòng đã bỏ khỏi bản đăng ký này để hoàn tác.');
    if (ctx.db.select().from(registrationEntries).where(eq(registrationEntries.id, saved.id)).get()) {
      throw new AppError('ALREADY', 'Dòng này đã có lại trong danh sách.');
    }
    const dup = ctx.db.select().from(registrationEntries).where(and(eq(registrationEntries.registrationId, before.id), eq(registrationEntries.personId, saved.personId))).get();
    if (dup) throw new AppError('DUPLICATE', 'Cá nhân này đã được thêm lại vào danh sách; không hoàn tác được.');
    ctx.db.insert(registrationEntries).values(saved).run();
    writeAudit(ctx, { action: 'create', entity: 'registration-entry', entityId: saved.id, after: saved });
    bump(ctx, before, {}, 'restore entry');
    return { ok: true as const };
  });
}
