import { AppError } from '../../errors';
import { isoNow, type ServiceContext } from './context';
import { statement } from './statements';

export type AuditAction = 'init' | 'create' | 'update' | 'delete' | 'import';

/** The clerk named at setup; writes before setup are the system's own. */
export function currentActor(ctx: ServiceContext): string {
  const row = statement(ctx, 'SELECT clerk_name clerkName FROM installation LIMIT 1').get() as { clerkName: string } | undefined;
  return row?.clerkName ?? 'Hệ thống';
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v);

/**
 * What an audit row keeps of a change. A record born (no before) keeps its whole "after"; a
 * change keeps, for the fields that differ only, their value before and after. The history of a
 * record is thus complete (its creation, then each change field by field) without copying every
 * unchanged field into every row.
 */
export function auditDiff(before: unknown, after: unknown): { before: unknown; after: unknown } {
  if (!isRecord(before) || !isRecord(after)) return { before, after };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    if (k in before) b[k] = before[k];
    if (k in after) a[k] = after[k];
  }
  return { before: b, after: a };
}

/** Appends one audit row. Call it inside the transaction of the write it describes. */
export function writeAudit(
  ctx: ServiceContext,
  entry: { action: AuditAction; entity: string; entityId: string; before?: unknown; after?: unknown },
): void {
  const { before, after } = auditDiff(entry.before, entry.after);
  statement(ctx, 'INSERT INTO audit (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    isoNow(ctx),
    currentActor(ctx),
    entry.action,
    entry.entity,
    entry.entityId,
    before === undefined ? null : JSON.stringify(before),
    after === undefined ? null : JSON.stringify(after),
  );
}

/**
 * Runs `fn` in one transaction: every write in it lands, or none does. It begins IMMEDIATE:
 * the write lock is taken at BEGIN, where SQLite's busy timeout applies. A deferred
 * transaction starts as a reader and, when another program (the CLI beside the app) wrote in
 * the meantime, fails at its first write with SQLITE_BUSY without waiting at all. Nested
 * calls become savepoints of the outer transaction. A damaged database (opened read-only)
 * refuses here with the message that names the newest good backup.
 */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  if (ctx.readOnlyReason) throw new AppError('DB_DAMAGED', ctx.readOnlyReason);
  return ctx.sqlite.transaction(fn).immediate();
}

/**
 * The same, for a long job made of many awaited calls (the demo data): one IMMEDIATE
 * transaction around all of them, so a failure or a kill halfway leaves nothing, and the job
 * can simply be run again. Every inTransaction inside becomes a savepoint. Only for a program
 * doing nothing else meanwhile (the CLI): other calls on this connection would join it.
 */
export async function inTransactionAsync<T>(ctx: ServiceContext, fn: () => Promise<T>): Promise<T> {
  if (ctx.readOnlyReason) throw new AppError('DB_DAMAGED', ctx.readOnlyReason);
  ctx.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const result = await fn();
    ctx.sqlite.exec('COMMIT');
    return result;
  } catch (e) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw e;
  }
}
