import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Movement, MovementValues } from '../../../src-shared/api';
import { cleanText, fold, isValidIsoDate } from '../../../src-shared/text';
import { movements } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { assertOwned, requireInstallation } from '../installation';

type Row = typeof movements.$inferSelect;

export function toMovement(ctx: ServiceContext, r: Row): Movement {
  const me = requireInstallation(ctx);
  return {
    id: r.id, origin: r.origin, rev: r.rev, createdAt: r.createdAt, updatedAt: r.updatedAt,
    name: r.name, kind: r.kind as Movement['kind'], launchedByCode: r.launchedByCode, launchedByName: r.launchedByName,
    year: r.year, startDate: r.startDate, endDate: r.endDate, theme: r.theme, slogan: r.slogan,
    targets: JSON.parse(r.targets), criteria: JSON.parse(r.criteria), legalBasis: r.legalBasis,
    editable: r.origin === me.unitCode,
  };
}

export function listMovements(ctx: ServiceContext, q: { year: number | null; query: string; offset: number; limit: number }) {
  const where = ['deleted = 0'];
  const args: unknown[] = [];
  if (q.year) {
    where.push('year = ?');
    args.push(q.year);
  }
  const f = fold(q.query);
  if (f) {
    where.push(`name_folded LIKE ? ESCAPE '\\'`);
    args.push(`%${f.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const filter = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM movements ${filter}`).get(...args) as { n: number }).n;
  const ids = ctx.sqlite.prepare(`SELECT id FROM movements ${filter} ORDER BY year DESC, name_folded LIMIT ? OFFSET ?`).all(...args, q.limit, q.offset) as { id: string }[];
  return { total, items: ids.map((r) => getMovement(ctx, r.id)) };
}

export function getMovement(ctx: ServiceContext, id: string): Movement {
  const row = ctx.db.select().from(movements).where(eq(movements.id, id)).get();
  if (!row || row.deleted) throw notFound('phong trào thi đua');
  return toMovement(ctx, row);
}

function clean(input: MovementValues) {
  const name = cleanText(input.name);
  if (!name) throw fieldError('name', 'Vui lòng nhập tên phong trào.');
  for (const [k, v] of [['startDate', input.startDate], ['endDate', input.endDate]] as const) {
    if (v && !isValidIsoDate(v)) throw fieldError(k, 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    throw fieldError('endDate', 'Ngày kết thúc phải sau ngày bắt đầu.');
  }
  return {
    name, nameFolded: fold(name), kind: input.kind, year: input.year, startDate: input.startDate, endDate: input.endDate,
    theme: cleanText(input.theme), slogan: cleanText(input.slogan),
    targets: JSON.stringify(input.targets.map((t) => ({ text: cleanText(t.text), value: t.value, unit: cleanText(t.unit) }))),
    criteria: JSON.stringify(input.criteria.map((c) => ({ text: cleanText(c.text) }))),
    legalBasis: input.legalBasis.trim().normalize('NFC'),
  };
}

export function createMovement(ctx: ServiceContext, input: MovementValues): Movement {
  return inTransaction(ctx, () => {
    const me = requireInstallation(ctx);
    const now = isoNow(ctx);
    const row = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
      launchedByCode: me.unitCode, launchedByName: me.unitName, ...clean(input),
    };
    ctx.db.insert(movements).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'movement', entityId: row.id, after: row });
    return getMovement(ctx, row.id);
  });
}

export function updateMovement(ctx: ServiceContext, input: MovementValues & { id: string }): Movement {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(movements).where(eq(movements.id, input.id)).get();
    if (!before || before.deleted) throw notFound('phong trào thi đua');
    assertOwned(ctx, before.origin);
    const after = { ...before, ...clean(input), rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(movements).set(after).where(eq(movements.id, input.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'movement', entityId: input.id, before, after });
    return getMovement(ctx, input.id);
  });
}

export function deleteMovement(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(movements).where(eq(movements.id, id)).get();
    if (!before || before.deleted) throw notFound('phong trào thi đua');
    assertOwned(ctx, before.origin);
    const used = (ctx.sqlite.prepare('SELECT count(*) n FROM registrations WHERE movement_id = ? AND deleted = 0').get(id) as { n: number }).n;
    if (used) throw new AppError('IN_USE', `Không thể xóa phong trào "${before.name}": đã có ${used} bản đăng ký thi đua theo phong trào này.`);
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(movements).set(after).where(eq(movements.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'movement', entityId: id, before, after });
    return { ok: true as const };
  });
}
