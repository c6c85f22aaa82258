import { audit, installation } from '../../db/schema';
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

/** Runs `fn` in one transaction: every write in it lands, or none does. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.sqlite.transaction(fn)();
}
