import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Unit, UnitInput } from '../../../src-shared/api';
import type { UnitLevel } from '../../../src-shared/catalog/levels';
import { UNIT_LEVELS } from '../../../src-shared/catalog/levels';
import { cleanText, fold } from '../../../src-shared/text';
import { units } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { findInstallation, originCode } from '../installation';

const SELECT = `
  SELECT u.id, u.origin, u.rev, u.created_at createdAt, u.updated_at updatedAt, u.code, u.name,
         u.level, u.parent_id parentId, p.code parentCode, p.name parentName, u.active,
         u.merged_into_id mergedIntoId, m.name mergedIntoName,
         (SELECT count(*) FROM units c WHERE c.parent_id = u.id AND c.deleted = 0) childCount
    FROM units u
    LEFT JOIN units p ON p.id = u.parent_id
    LEFT JOIN units m ON m.id = u.merged_into_id`;

type UnitSqlRow = Omit<Unit, 'active'> & { active: number };
const toUnit = (r: UnitSqlRow): Unit => ({ ...r, active: r.active === 1 });

// Levels in the order a directory is read: province first, communes and agencies after.
const levelRank = `CASE u.level ${UNIT_LEVELS.map((l, i) => `WHEN '${l}' THEN ${i}`).join(' ')} ELSE 9 END`;

export function listUnits(
  ctx: ServiceContext,
  input: { query: string; level: UnitLevel | null; parentId: string | null; includeInactive: boolean },
): { items: Unit[]; total: number } {
  const where = ['u.deleted = 0'];
  const args: unknown[] = [];
  const q = fold(input.query);
  if (q) {
    where.push(`(u.name_folded LIKE ? ESCAPE '\\' OR lower(u.code) LIKE ? ESCAPE '\\')`);
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    args.push(like, like);
  }
  if (input.level) {
    where.push('u.level = ?');
    args.push(input.level);
  }
  if (input.parentId) {
    where.push('u.parent_id = ?');
    args.push(input.parentId);
  }
  if (!input.includeInactive) where.push('u.active = 1');
  const rows = ctx.sqlite
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY ${levelRank}, u.name_folded, u.code LIMIT 5000`)
    .all(...args) as UnitSqlRow[];
  return { items: rows.map(toUnit), total: rows.length };
}

export function getUnit(ctx: ServiceContext, id: string): Unit {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE u.id = ? AND u.deleted = 0`).get(id) as UnitSqlRow | undefined;
  if (!row) throw notFound('đơn vị');
  return toUnit(row);
}

export function findUnitByCode(ctx: ServiceContext, code: string) {
  return ctx.db.select().from(units).where(eq(units.code, code)).get();
}

function liveUnit(ctx: ServiceContext, id: string, field: string, what: string) {
  const row = ctx.db.select().from(units).where(eq(units.id, id)).get();
  if (!row || row.deleted) throw fieldError(field, `${what} không có trong danh mục đơn vị.`);
  return row;
}

/** Walks up from `parentId`; meeting `id` on the way means the edit would make a loop. */
function assertNoCycle(ctx: ServiceContext, id: string, parentId: string | null): void {
  const seen = new Set<string>();
  let cur = parentId;
  while (cur) {
    if (cur === id) throw fieldError('parentId', 'Đơn vị cấp trên không thể là chính đơn vị này hoặc đơn vị trực thuộc nó.');
    if (seen.has(cur)) break;
    seen.add(cur);
    cur = ctx.db.select({ p: units.parentId }).from(units).where(eq(units.id, cur)).get()?.p ?? null;
  }
}

interface CleanUnit {
  code: string;
  name: string;
  nameFolded: string;
  level: UnitLevel;
  parentId: string | null;
  active: boolean;
  mergedIntoId: string | null;
}

function cleanUnit(ctx: ServiceContext, input: Required<UnitInput>, selfId: string | null): CleanUnit {
  const name = cleanText(input.name);
  if (!name) throw fieldError('name', 'Vui lòng nhập tên đơn vị.');
  if (input.parentId) liveUnit(ctx, input.parentId, 'parentId', 'Đơn vị cấp trên');
  if (input.mergedIntoId) {
    if (input.mergedIntoId === selfId) throw fieldError('mergedIntoId', 'Đơn vị không thể sáp nhập vào chính nó.');
    liveUnit(ctx, input.mergedIntoId, 'mergedIntoId', 'Đơn vị sáp nhập vào');
  }
  if (selfId) assertNoCycle(ctx, selfId, input.parentId);
  return {
    code: input.code.trim(),
    name,
    nameFolded: fold(name),
    level: input.level,
    parentId: input.parentId,
    // A unit merged into another (the 2025 mergers) no longer operates on its own.
    active: input.mergedIntoId ? false : input.active,
    mergedIntoId: input.mergedIntoId,
  };
}

export function createUnit(ctx: ServiceContext, input: Required<UnitInput>): Unit {
  return inTransaction(ctx, () => {
    const clean = cleanUnit(ctx, input, null);
    const existing = findUnitByCode(ctx, clean.code);
    if (existing) {
      throw fieldError(
        'code',
        existing.deleted
          ? `Mã đơn vị "${clean.code}" đã được dùng cho một đơn vị đã xóa; hãy chọn mã khác.`
          : `Mã đơn vị "${clean.code}" đã tồn tại (${existing.name}).`,
      );
    }
    const now = isoNow(ctx);
    const row = { id: crypto.randomUUID(), origin: originCode(ctx), rev: 1, createdAt: now, updatedAt: now, ...clean };
    ctx.db.insert(units).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'unit', entityId: row.id, after: row });
    return getUnit(ctx, row.id);
  });
}

export function updateUnit(ctx: ServiceContext, input: Required<UnitInput> & { id: string }): Unit {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(units).where(eq(units.id, input.id)).get();
    if (!before || before.deleted) throw notFound('đơn vị');
    const clean = cleanUnit(ctx, input, input.id);
    if (clean.code !== before.code) {
      const clash = findUnitByCode(ctx, clean.code);
      if (clash) throw fieldError('code', `Mã đơn vị "${clean.code}" đã tồn tại (${clash.name}).`);
    }
    const after = { ...before, ...clean, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(units).set(after).where(eq(units.id, input.id)).run();
    writeAudit(ctx, { action: 'update', entity: 'unit', entityId: input.id, before, after });
    return getUnit(ctx, input.id);
  });
}

export function deleteUnit(ctx: ServiceContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(units).where(eq(units.id, id)).get();
    if (!before || before.deleted) throw notFound('đơn vị');
    if (findInstallation(ctx)?.unitId === id) {
      throw new AppError('IN_USE', 'Không thể xóa đơn vị của chính cài đặt này.');
    }
    const uses = ctx.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM units WHERE parent_id = ? AND deleted = 0) children,
                (SELECT count(*) FROM people WHERE unit_id = ? AND deleted = 0) people,
                (SELECT count(*) FROM collectives WHERE unit_id = ? AND deleted = 0) collectives`,
      )
      .get(id, id, id) as { children: number; people: number; collectives: number };
    if (uses.children || uses.people || uses.collectives) {
      throw new AppError(
        'IN_USE',
        `Không thể xóa "${before.name}": còn ${uses.children} đơn vị trực thuộc, ${uses.people} cá nhân và ${uses.collectives} tập thể. Hãy chuyển chúng sang đơn vị khác hoặc đánh dấu đơn vị là ngừng hoạt động.`,
      );
    }
    const after = { ...before, deleted: true, rev: before.rev + 1, updatedAt: isoNow(ctx) };
    ctx.db.update(units).set(after).where(eq(units.id, id)).run();
    writeAudit(ctx, { action: 'delete', entity: 'unit', entityId: id, before, after });
    return { ok: true as const };
  });
}
