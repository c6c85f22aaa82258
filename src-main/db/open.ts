// The database: open() with its pragmas and migrations, backup before upgrades; schema/ and the
// generated migrations/ beside it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../errors';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export interface OpenDb {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Set when pending migrations were applied: the copy taken just before. */
  backupFile: string | null;
  close(): void;
}

export const DB_FILE_NAME = 'tdkt.sqlite';

/** How many migrations this build knows; stored in PRAGMA user_version once applied. */
export function knownSchemaVersion(migrationsDir: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

function ensureWritableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (e) {
    throw new AppError(
      'DATA_DIR_UNWRITABLE',
      `Không ghi được vào thư mục dữ liệu "${dir}". Hãy chọn thư mục khác hoặc kiểm tra quyền ghi và dung lượng ổ đĩa.`,
      undefined,
    ).withCause(e);
  }
}

function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/**
 * Opens (creating if needed) the installation's database: WAL, synchronous=FULL, foreign
 * keys on, a busy timeout; refuses files that are not SQLite or were written by a newer
 * version; backs the file up before applying pending migrations.
 */
export function openDatabase(opts: { dataDir: string; migrationsDir: string; now?: () => Date }): OpenDb {
  const now = opts.now ?? (() => new Date());
  ensureWritableDir(opts.dataDir);
  const file = path.join(opts.dataDir, DB_FILE_NAME);
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (e) {
    throw new AppError('DB_OPEN_FAILED', `Không mở được tệp dữ liệu "${file}". Hãy kiểm tra quyền truy cập tệp.`).withCause(e);
  }
  try {
    // Reading the schema is the first touch of the file's header: a non-SQLite file fails here.
    sqlite.pragma('schema_version');
  } catch (e) {
    sqlite.close();
    throw new AppError(
      'NOT_A_DATABASE',
      `Tệp "${file}" không phải cơ sở dữ liệu của TĐKT Desktop (hoặc đã hỏng). Hãy khôi phục từ bản sao lưu trong thư mục backups.`,
    ).withCause(e);
  }

  const known = knownSchemaVersion(opts.migrationsDir);
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    sqlite.close();
    throw new AppError(
      'DB_TOO_NEW',
      `Dữ liệu này được ghi bởi phiên bản TĐKT Desktop mới hơn (lược đồ ${current}, phiên bản này biết đến ${known}). Hãy cập nhật phần mềm; dữ liệu không bị thay đổi.`,
    );
  }

  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Page cache sized for a province (100,000 people, 20,000 dossiers: a file of a few hundred MB):
  // 64 MiB keeps the name indexes and the FTS index in memory (SQLite's default is 2 MiB).
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');

  let backupFile: string | null = null;
  if (current < known && existed) {
    const dir = path.join(opts.dataDir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    backupFile = path.join(dir, `tdkt-${timestamp(now())}-v${current}.sqlite`);
    // VACUUM INTO writes a consistent copy, WAL contents included.
    sqlite.prepare('VACUUM INTO ?').run(backupFile);
  }

  const db = drizzle(sqlite, { schema });
  if (current < known) {
    migrate(db, { migrationsFolder: opts.migrationsDir });
    sqlite.pragma(`user_version = ${known}`);
  }

  return { db, sqlite, file, backupFile, close: () => sqlite.close() };
}
