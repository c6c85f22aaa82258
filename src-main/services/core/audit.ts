import { audit, installation } from '../../db/schema';
import { AppError } from '../../errors';
import { isoNow, type ServiceContext } from './context';

export type AuditAction = 'init' | 'create' | 'update' | 'delete' | 'import';

/** The clerk named at setup; writes before setup are the system's own. */
export function currentActor(ctx: ServiceContext): string {
  const row = ctx.db.select({ clerkName: installation.clerkName }).from(installation).get();
  return row?.clerkName ?? 'Hệ thống';
}

/** Appends one audit row. Call it inside the transaction of the write it describes. */
export function writeAudit(
  ctx: ServiceContext,
  entry: { action: AuditAction; entity: string; entityId: string; before?: unknown; after?: unknown },
): void {
  ctx.db
    .insert(audit)
    .values({
      at: isoNow(ctx),
      actor: currentActor(ctx),
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .run();
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
