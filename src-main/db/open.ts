// The database: open() with its pragmas and migrations, backup before upgrades; schema/ and the
// generated migrations/ beside it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../errors';
import { checkIntegrity, newestGood, writeBackupSync, type BackupRecord } from './backup';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export interface OpenDb {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** Set when pending migrations were applied: the copy taken just before. */
  backupFile: string | null;
  /** Set when quick_check failed: the file is open read-only and this says why and which backup to restore. */
  damaged: string | null;
  /** The file could not be read at all: an empty stand-in is open so that only a restore can run. */
  unreadable?: boolean;
  close(): void;
}

export const DB_FILE_NAME = 'tdkt.sqlite';
/**
 * How long a write waits for another program's write to finish. Writes begin IMMEDIATE
 * (inTransaction), so this wait applies to them; an import of a large package holds the lock
 * for a few seconds at most.
 */
export const BUSY_TIMEOUT_MS = 15000;

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

const two = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy hh:mm on the clerk's clock. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The sentence that sends the clerk to the newest good backup, by name. */
export function restoreAdvice(newest: BackupRecord | null): string {
  return newest
    ? `Hãy khôi phục bản sao lưu tốt gần nhất "${newest.fileName}" (lúc ${localTime(newest.createdAt)}) tại màn hình "Sao lưu và khôi phục", hoặc bằng lệnh: backup restore "${newest.file}".`
    : 'Thư mục backups chưa có bản sao lưu nào; hãy khôi phục từ tệp sao lưu trên USB tại màn hình "Sao lưu và khôi phục", hoặc báo cán bộ kỹ thuật.';
}

export function damagedMessage(dataDir: string): string {
  return `Tệp dữ liệu bị hỏng (không qua kiểm tra toàn vẹn) nên chỉ mở để xem; mọi thay đổi đều bị từ chối để không làm hỏng thêm. ${restoreAdvice(newestGood(dataDir))}`;
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
      `Tệp "${file}" không phải cơ sở dữ liệu của TĐKT Desktop (hoặc đã hỏng). ${restoreAdvice(newestGood(opts.dataDir))}`,
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
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Page cache sized for a province (100,000 people, 20,000 dossiers: a file of a few hundred MB):
  // 64 MiB keeps the name indexes and the FTS index in memory (SQLite's default is 2 MiB).
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');

  // A damaged file is never migrated nor written: it opens read-only, and every write is
  // refused with the message naming the newest good backup (inTransaction and host.ts).
  if (existed && !checkIntegrity(sqlite, 'quick_check')) {
    sqlite.close();
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    ro.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return { db: drizzle(ro, { schema }), sqlite: ro, file, backupFile: null, damaged: damagedMessage(opts.dataDir), close: () => ro.close() };
  }

  let backupFile: string | null = null;
  if (current < known && existed) {
    // A consistent copy (VACUUM INTO: open() is synchronous), checked and recorded like the others.
    backupFile = writeBackupSync(sqlite, opts.dataDir, 'before-migration', now()).file;
  }

  const db = drizzle(sqlite, { schema });
  if (current < known) {
    migrate(db, { migrationsFolder: opts.migrationsDir });
    sqlite.pragma(`user_version = ${known}`);
  }

  return { db, sqlite, file, backupFile, damaged: null, close: () => sqlite.close() };
}

/**
 * An empty in-memory stand-in for a file that is not readable as a database at all (its header
 * destroyed): the host answers every call with `message` except the backup calls, so the
 * clerk can still restore (the damaged file is copied aside first, then replaced).
 */
export function openStandIn(dataDir: string, message: string): OpenDb {
  const sqlite = new Database(':memory:');
  return { db: drizzle(sqlite, { schema }), sqlite, file: path.join(dataDir, DB_FILE_NAME), backupFile: null, damaged: message, unreadable: true, close: () => sqlite.close() };
}
