import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import type { SecretProtector } from '../keys/protector';

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
}

export const isoNow = (ctx: ServiceContext) => ctx.now().toISOString();
