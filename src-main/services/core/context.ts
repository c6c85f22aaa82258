import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { SecretProtector } from '../../keys/protector';

/**
 * What every service receives instead of reaching for globals: the database, the data
 * folder, the clock and the key protector. Tests hand in a temp folder and a fixed clock.
 */
export interface ServiceContext {
  db: Db;
  sqlite: Database.Database;
  dataDir: string;
  now: () => Date;
  protector: SecretProtector;
  /** Set when the database failed its integrity check and is open read-only: why, and which backup to restore. */
  readOnlyReason?: string | null;
  /** How many migrations this build knows (a restore refuses a copy from a newer build). */
  schemaVersion?: number;
  /** Closes the database handle; the host opens the file afresh on the next call (after a restore). */
  reopen?: () => void;
}

export const isoNow = (ctx: ServiceContext) => ctx.now().toISOString();

/**
 * Today's date ("yyyy-mm-dd") on the clerk's calendar, not in UTC: in Viet Nam (UTC+7) the two
 * differ every morning before 07:00, and "not in the future" checks must not refuse today.
 */
export function today(ctx: ServiceContext): string {
  const d = ctx.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
