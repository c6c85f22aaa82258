import { eq } from 'drizzle-orm';
import type { BackupRow } from '../../../src-shared/api/backup';
import {
  DEFAULT_RETENTION,
  checkIntegrity,
  listBackups,
  newestGood,
  rotate,
  writeBackup,
  type BackupReason,
  type BackupRecord,
  type Retention,
} from '../../db/backup';
import { damagedMessage } from '../../db/open';
import { settings } from '../../db/schema';
import { AppError } from '../../errors';
import { inTransaction, isoNow, today, writeAudit, type ServiceContext } from '../core';

const RETENTION_KEY = 'backup.retention';
const DAY_MS = 86_400_000;

export const toRow = (b: BackupRecord): BackupRow => ({
  fileName: b.fileName, path: b.file, reason: b.reason, createdAt: b.createdAt, size: b.size, integrity: b.integrity,
  unitCode: b.unitCode, unitName: b.unitName, counts: b.counts,
});

/** How many copies are kept (a setting of the installation); the defaults when unset or unreadable. */
export function retention(ctx: ServiceContext): Retention {
  try {
    const row = ctx.db.select().from(settings).where(eq(settings.key, RETENTION_KEY)).get();
    return row ? { ...DEFAULT_RETENTION, ...(JSON.parse(row.value) as Partial<Retention>) } : DEFAULT_RETENTION;
  } catch {
    return DEFAULT_RETENTION;
  }
}

export function setRetention(ctx: ServiceContext, r: Retention): Retention {
  const before = retention(ctx);
  const value = JSON.stringify(r);
  inTransaction(ctx, () => {
    ctx.db.insert(settings).values({ key: RETENTION_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    writeAudit(ctx, { action: 'update', entity: 'setting', entityId: RETENTION_KEY, before, after: r });
  });
  return r;
}

const LAST_ARCHIVE_KEY = 'backup.lastArchive';
/** The last copy written to a USB stick (or another folder outside the data folder): when, on the clerk's calendar, and where. */
export interface LastArchive {
  at: string;
  on: string;
  file: string;
}

export function lastArchive(ctx: ServiceContext): LastArchive | null {
  try {
    const row = ctx.db.select().from(settings).where(eq(settings.key, LAST_ARCHIVE_KEY)).get();
    return row ? (JSON.parse(row.value) as LastArchive) : null;
  } catch {
    return null;
  }
}

/** Remembers a copy written outside (home page: "Chưa sao lưu ra USB từ …"), with its audit row. */
export function recordArchive(ctx: ServiceContext, file: string): LastArchive {
  const before = lastArchive(ctx);
  const after: LastArchive = { at: isoNow(ctx), on: today(ctx), file };
  const value = JSON.stringify(after);
  inTransaction(ctx, () => {
    ctx.db.insert(settings).values({ key: LAST_ARCHIVE_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    writeAudit(ctx, { action: 'update', entity: 'setting', entityId: LAST_ARCHIVE_KEY, before, after });
  });
  return after;
}

export const listLocalBackups = (ctx: ServiceContext) => listBackups(ctx.dataDir).map(toRow);

/** An online backup into backups/, checked and recorded, then the old copies rotated out. */
export async function createBackup(ctx: ServiceContext, reason: BackupReason): Promise<BackupRecord> {
  if (ctx.readOnlyReason) throw new AppError('DB_DAMAGED', ctx.readOnlyReason);
  const rec = await writeBackup(ctx.sqlite, ctx.dataDir, reason, ctx.now());
  rotate(ctx.dataDir, retention(ctx), ctx.now());
  return rec;
}

const initialized = (ctx: ServiceContext) => {
  try {
    return !!ctx.sqlite.prepare('SELECT 1 FROM installation').get();
  } catch {
    return false;
  }
};

/** At start: a copy when the newest good one is older than a day (nothing to copy before setup). */
export async function dailyBackupIfDue(ctx: ServiceContext): Promise<BackupRecord | null> {
  if (ctx.readOnlyReason || !initialized(ctx)) return null;
  const newest = newestGood(ctx.dataDir);
  if (newest && ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
  return createBackup(ctx, 'daily');
}

/**
 * Before every import: quick_check (an import must never land in a damaged file, where the
 * damage would spread into the new rows), then a copy to return to.
 */
export async function guardImport(ctx: ServiceContext): Promise<BackupRecord | null> {
  if (ctx.readOnlyReason) throw new AppError('DB_DAMAGED', ctx.readOnlyReason);
  if (!checkIntegrity(ctx.sqlite, 'quick_check')) throw new AppError('DB_DAMAGED', damagedMessage(ctx.dataDir));
  if (!initialized(ctx)) return null;
  return createBackup(ctx, 'before-import');
}

/** Before a list import (units, registration entries, award history): quick_check and a copy, as for a package. */
export async function checkedImport<T>(ctx: ServiceContext, run: () => T | Promise<T>): Promise<T> {
  await guardImport(ctx);
  return run();
}

export function backupStatus(ctx: ServiceContext) {
  const newest = newestGood(ctx.dataDir);
  return {
    damaged: !!ctx.readOnlyReason,
    message: ctx.readOnlyReason ?? null,
    newest: newest ? toRow(newest) : null,
    retention: retention(ctx),
    dataDir: ctx.dataDir,
    lastArchive: lastArchive(ctx),
  };
}
