import crypto from 'node:crypto';
import type { ExchangeRecord } from '../../../src-shared/exchange/envelope';
import type { UnitRef } from '../../../src-shared/records';
import { cleanText, fold } from '../../../src-shared/text';
import { units } from '../../db/schema';
import { writeAudit, isoNow, statement, type ServiceContext } from '../../services/core';

/**
 * How each origin-owned record type is read for export and stored on import. The receiver
 * keeps read-only copies under the sender's ids; only the owner's higher rev replaces them.
 */
export interface ContentAdapter {
  type: string;
  table: string;
  /** Owned here, not yet acknowledged by the recipient (or all of them). */
  outgoing(ctx: ServiceContext, q: { origin: string; recipient: string; all: boolean }): ExchangeRecord[];
  current(ctx: ServiceContext, id: string): { rev: number; origin: string } | undefined;
  /** What a clerk calls the record here (a name), when there is a copy. */
  title(ctx: ServiceContext, id: string): string | null;
  apply(ctx: ServiceContext, rec: ExchangeRecord): void;
  /**
   * Why this record cannot be applied here, given what is here and the other records of its
   * package (what it points at is missing, a sender who may not write it), or null. Shown as
   * "rejected" in the preview; the rest of the package still lands and the sender resends it.
   */
  refusal?(ctx: ServiceContext, rec: ExchangeRecord, pkg: readonly ExchangeRecord[]): string | null;
}

export const notAcked = (type: string, table: string, alias: string) => `
  LEFT JOIN deliveries d ON d.record_type = '${type}' AND d.record_id = ${alias}.id AND d.recipient_code = @recipient
  WHERE ${alias}.origin = @origin AND (@all = 1 OR d.acked_rev IS NULL OR d.acked_rev < ${alias}.rev)`;

/** A unit named by a record: found by code, or added to the directory as the sender knows it. */
export function unitIdFor(ctx: ServiceContext, ref: UnitRef | null, origin: string): string | null {
  if (!ref) return null;
  const found = statement(ctx, 'SELECT id FROM units WHERE code = ?').get(ref.code) as { id: string } | undefined;
  if (found) return found.id;
  const id = crypto.randomUUID();
  const name = cleanText(ref.name);
  ctx.db
    .insert(units)
    .values({ id, origin, rev: 1, createdAt: isoNow(ctx), updatedAt: isoNow(ctx), code: ref.code, name, nameFolded: fold(name), level: ref.level, parentId: null, active: true, mergedIntoId: null })
    .run();
  writeAudit(ctx, { action: 'import', entity: 'unit', entityId: id, after: { code: ref.code, name } });
  return id;
}

export function currentIn(ctx: ServiceContext, table: string, id: string) {
  return statement(ctx, `SELECT rev, origin FROM ${table} WHERE id = ?`).get(id) as { rev: number; origin: string } | undefined;
}

export function titleIn(ctx: ServiceContext, table: string, column: string, id: string): string | null {
  return (statement(ctx, `SELECT ${column} t FROM ${table} WHERE id = ?`).get(id) as { t: string } | undefined)?.t ?? null;
}

export interface OwnedRow { id: string; rev: number; updatedAt: string; origin: string; deleted: number }

/**
 * The owned rows of `table` still to send (see notAcked), for adapters that read each record
 * whole afterwards; `where` narrows them ("AND …"), `order` defaults to creation order.
 */
export function outgoingRows(
  ctx: ServiceContext,
  type: string,
  table: string,
  q: { origin: string; recipient: string; all: boolean },
  o: { where?: string; order?: string } = {},
): OwnedRow[] {
  return ctx.sqlite
    .prepare(`SELECT x.id, x.rev, x.updated_at updatedAt, x.origin, x.deleted FROM ${table} x ${notAcked(type, table, 'x')} ${o.where ?? ''} ORDER BY ${o.order ?? 'x.created_at, x.id'}`)
    .all({ ...q, all: q.all ? 1 : 0 }) as OwnedRow[];
}
export const envelopeOf = (type: string, r: OwnedRow, data: unknown): ExchangeRecord => ({
  type, id: r.id, rev: r.rev, updatedAt: r.updatedAt, origin: r.origin, deleted: r.deleted === 1, data,
});

