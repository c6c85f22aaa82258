import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Collective, CollectiveInput } from '../../../src-shared/api';
import { cleanText, fold } from '../../../src-shared/text';
import { collectives, units } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext, markEdited, decodeCursor, nextOf } from '../core';
import { assertOwned, originCode } from '../installation';

const COLUMNS = `c.id, c.origin, c.rev, c.created_at createdAt, c.updated_at updatedAt, c.name, c.kind,
  c.unit_id unitId, u.name unitName, c.member_count memberCount`;

/** One page of collectives by folded name; `after` (a page's `next`) continues by keyset. */
export function listCollectives(
  ctx: ServiceContext,
  input: { query: string; offset: number; limit: number; unitId: string | null; after?: string | null },
): { total: number; items: Collective[]; next: string | null } {
  const where = ['c.deleted = 0'];
  const args: unknown[] = [];
  const q = fold(input.query);
  if (q) {
    where.push(`c.name_folded LIKE ? ESCAPE '\\'`);
    args.push(`%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  }
  if (input.unitId) {
    where.push('c.unit_id = ?');
    args.push(input.unitId);
  }
  const filter = `WHERE ${where.join(' AND ')}`;
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM collectives c ${filter}`).get(...args) as { n: number }).n;
  const keyArgs = input.after ? decodeCursor(input.after, ['string', 'string']) : [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${COLUMNS}, c.name_folded sortName FROM collectives c LEFT JOIN units u ON u.id = c.unit_id ${filter}
       ${input.after ? 'AND (c.name_folded, c.id) > (?, ?)' : ''} ORDER BY c.name_folded, c.id LIMIT ? OFFSET ?`,
    )
    .all(...args, ...keyArgs, input.limit, input.after ? 0 : input.offset) as (Collective & { sortName: string })[];
  return {
    total,
    items: rows.map(({ sortName: _, ...c }) => c),
    next: nextOf(rows, input.limit, (r) => [r.sortName, r.id]),
  };
}

export function getCollective(ctx: ServiceContext, id: string): Collective {
  const row = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} FROM collectives c LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = ? AND c.deleted = 0`)
    .get(id) as Collective | undefined;
  if (!row) throw notFound('tập thể');
  return row;
}

function cleanCollective(ctx: ServiceContext, input: Required<CollectiveInput>) {
  const name = cleanText(input.name);
  if (!name) throw fieldError('name', 'Vui lòng nhập tên tập thể.');
  const unit = ctx.db.select({ deleted: units.deleted }).from(units).where(eq(units.id, input.unitId)).get();
  if (!unit || unit.deleted) throw fieldError('unitId', 'Đơn vị quản lý không có trong danh mục.');
  return { name, nameFolded: fold(name), kind: input.kind, unitId: input.unitId, memberCount: input.memberCount };
}

export function createCollective(ctx: ServiceContext, input: Required<CollectiveInput>): Collective {
  return inTransaction(ctx, () => {
    const clean = cleanCollective(ctx, input);
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, deleted: false, ...clean };
    ctx.db.insert(collectives).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'collective', entityId: row.id, after: row });
    return getCollective(ctx, row.id);
  });
}

export function updateCollective(ctx: ServiceContext, input: Required<CollectiveInput> & { id: string }): Collective {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(collectives).where(eq(collectives.id, input.id)).get();
    if (!before || before.deleted) throw notFound('tập thể');
    assertOwned(ctx, before.origin);
    const after = { ...before, ...cleanCollective(ctx, input), rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(collectives).set(after).where(eq(collectives.id, input.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'collective', entityId: input.id, before, after });
    markEdited(ctx, 'collective', input.id);
    return getCollective(ctx, input.id);
  });
}

export function deleteCollective(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(collectives).where(eq(collectives.id, id)).get();
    if (!before || before.deleted) throw notFound('tập thể');
    assertOwned(ctx, before.origin);
    const members = (
      ctx.sqlite.prepare('SELECT count(*) n FROM people WHERE collective_id = ? AND deleted = 0').get(id) as { n: number }
    ).n;
    if (members) {
      throw new AppError('IN_USE', `Không thể xóa "${before.name}": còn ${members} cá nhân thuộc tập thể này.`);
    }
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(collectives).set(after).where(eq(collectives.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'collective', entityId: id, before, after });
    return { ok: true as const };
  });
}
