// Backups of the database file in the data folder's backups/: written with SQLite's online
// backup (or VACUUM INTO where the caller cannot wait), checked with integrity_check, then
// recorded in a sidecar .json beside each copy. The sidecars live outside the database so the
// record survives a restore and can be read when the database itself is damaged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';

export type BackupReason = 'daily' | 'manual' | 'before-import' | 'before-restore' | 'before-migration' | 'damaged';

export interface DbSummary {
  unitCode: string | null;
  unitName: string | null;
  keyId: string | null;
  schemaVersion: number;
  counts: { people: number; dossiers: number; packages: number };
}

export interface BackupRecord extends DbSummary {
  file: string; // absolute path of the copy
  fileName: string;
  reason: BackupReason;
  createdAt: string; // ISO
  size: number;
  integrity: 'ok' | 'damaged';
}

export const BACKUP_DIR = 'backups';
export const backupDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);
const sidecar = (file: string) => `${file}.json`;

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** The unit, key and counts a clerk recognizes a copy by; tolerant of an empty or older schema. */
export function summarize(conn: Database.Database): DbSummary {
  const count = (sql: string) => {
    try {
      return (conn.prepare(sql).get() as { n: number }).n;
    } catch {
      return 0;
    }
  };
  let inst: { unitCode: string; unitName: string; keyId: string } | undefined;
  try {
    inst = conn
      .prepare('SELECT u.code unitCode, u.name unitName, i.key_id keyId FROM installation i JOIN units u ON u.id = i.unit_id')
      .get() as typeof inst;
  } catch {
    inst = undefined;
  }
  return {
    unitCode: inst?.unitCode ?? null,
    unitName: inst?.unitName ?? null,
    keyId: inst?.keyId ?? null,
    schemaVersion: conn.pragma('user_version', { simple: true }) as number,
    counts: {
      people: count('SELECT count(*) n FROM people WHERE deleted = 0'),
      dossiers: count('SELECT count(*) n FROM dossiers WHERE deleted = 0'),
      packages: count('SELECT count(*) n FROM packages'),
    },
  };
}

/** PRAGMA integrity_check (full) or quick_check: true when SQLite answers a single "ok". */
export function checkIntegrity(conn: Database.Database, kind: 'integrity_check' | 'quick_check' = 'integrity_check'): boolean {
  try {
    const first = run(conn, kind);
    if (first === null) return true;
    // FTS5's part of the check reads the index through a structure the connection caches; when
    // another program has just written the index, the first check can report a blob it no longer
    // has. One more check inside a single read transaction, with the cache refreshed, decides.
    if (!first.every((m) => m.startsWith('fts5:'))) return false;
    const again = conn.transaction(() => {
      conn.prepare('SELECT count(*) FROM people_fts').get();
      return run(conn, kind);
    })();
    return again === null;
  } catch {
    return false;
  }
}

/** The check's messages, or null when it answers "ok". */
function run(conn: Database.Database, kind: 'integrity_check' | 'quick_check'): string[] | null {
  const rows = (conn.pragma(kind) as Record<string, string>[]).map((r) => String(Object.values(r)[0]));
  return rows.length === 1 && rows[0] === 'ok' ? null : rows;
}

/** Opens a copy read-only, checks it and summarizes it; throws BACKUP_DAMAGED when the check fails. */
export function inspectCopy(file: string): DbSummary {
  let conn: Database.Database;
  try {
    conn = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('BACKUP_UNREADABLE', `Không đọc được bản sao lưu "${path.basename(file)}".`).withCause(e);
  }
  try {
    if (!checkIntegrity(conn)) {
      throw new AppError('BACKUP_DAMAGED', `Bản sao lưu "${path.basename(file)}" bị hỏng (không qua kiểm tra toàn vẹn); hãy chọn bản khác.`);
    }
    return summarize(conn);
  } finally {
    conn.close();
  }
}

export function diskError(e: unknown, where: string): AppError {
  const code = (e as { code?: string })?.code;
  if (e instanceof AppError) return e;
  if (code === 'ENOSPC') return new AppError('DISK_FULL', `Ổ đĩa ${where} đã đầy nên chưa sao lưu được; không có gì thay đổi. Hãy giải phóng dung lượng hoặc chọn nơi khác rồi thử lại.`).withCause(e);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('NOT_WRITABLE', `Không ghi được vào ${where} (chỉ đọc hoặc không có quyền); không có gì thay đổi. Hãy kiểm tra quyền ghi hoặc chọn nơi khác.`).withCause(e);
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `Không tìm thấy thư mục ${where}. Hãy kiểm tra USB đã cắm chưa hoặc chọn thư mục khác.`).withCause(e);
  const sqliteCode = typeof code === 'string' ? code : '';
  if (sqliteCode.startsWith('SQLITE_FULL')) return diskError(Object.assign(new Error('full'), { code: 'ENOSPC' }), where);
  return new AppError('BACKUP_FAILED', `Chưa sao lưu được vào ${where}; không có gì thay đổi. Hãy thử lại.`).withCause(e);
}

function record(file: string, reason: BackupReason, now: Date, summary: DbSummary): BackupRecord {
  const rec: BackupRecord = {
    file, fileName: path.basename(file), reason, createdAt: now.toISOString(), size: fs.statSync(file).size, integrity: 'ok', ...summary,
  };
  const { file: _f, ...stored } = rec;
  const tmp = `${sidecar(file)}.partial`;
  fs.writeFileSync(tmp, JSON.stringify(stored, null, 2));
  fs.renameSync(tmp, sidecar(file));
  return rec;
}

/** Checks a freshly written copy, renames it into place and records it; removes it on failure. */
function finish(partial: string, reason: BackupReason, now: Date): BackupRecord {
  const file = partial.replace(/\.partial$/, '');
  try {
    // A copy is one self-contained file: rollback journal, not WAL (no -wal/-shm beside it).
    const conn = new Database(partial, { fileMustExist: true });
    try {
      conn.pragma('journal_mode = DELETE');
    } finally {
      conn.close();
    }
    const summary = inspectCopy(partial);
    fs.renameSync(partial, file);
    return record(file, reason, now, summary);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    fs.rmSync(file, { force: true });
    throw diskError(e, 'thư mục sao lưu');
  }
}

function target(dataDir: string, reason: BackupReason, now: Date): string {
  const dir = backupDir(dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw diskError(e, `thư mục sao lưu "${dir}"`);
  }
  let file = path.join(dir, `tdkt-${stamp(now)}-${reason}.sqlite`);
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `tdkt-${stamp(now)}-${reason}-${i}.sqlite`);
  return `${file}.partial`;
}

/** An online backup (sqlite3_backup): other programs may keep reading and writing meanwhile. */
export async function writeBackup(conn: Database.Database, dataDir: string, reason: BackupReason, now: Date): Promise<BackupRecord> {
  const partial = target(dataDir, reason, now);
  try {
    await conn.backup(partial);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw diskError(e, 'thư mục sao lưu');
  }
  return finish(partial, reason, now);
}

/** The same, synchronously, with VACUUM INTO (a consistent copy too): for the migration at open. */
export function writeBackupSync(conn: Database.Database, dataDir: string, reason: BackupReason, now: Date): BackupRecord {
  const partial = target(dataDir, reason, now);
  try {
    conn.prepare('VACUUM INTO ?').run(partial);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw diskError(e, 'thư mục sao lưu');
  }
  return finish(partial, reason, now);
}

/** A raw copy of a damaged file (and its WAL), kept before it is replaced; not checked, marked damaged. */
export function keepDamagedCopy(dbFile: string, dataDir: string, now: Date): BackupRecord {
  const partial = target(dataDir, 'damaged', now);
  const file = partial.replace(/\.partial$/, '');
  try {
    fs.copyFileSync(dbFile, partial);
    if (fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${file}-wal`);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw diskError(e, 'thư mục sao lưu');
  }
  const rec: BackupRecord = {
    file, fileName: path.basename(file), reason: 'damaged', createdAt: now.toISOString(), size: fs.statSync(file).size, integrity: 'damaged',
    unitCode: null, unitName: null, keyId: null, schemaVersion: 0, counts: { people: 0, dossiers: 0, packages: 0 },
  };
  const { file: _f, ...stored } = rec;
  fs.writeFileSync(sidecar(file), JSON.stringify(stored, null, 2));
  return rec;
}

/** Every recorded copy, newest first. A copy without its sidecar was never checked and is not listed. */
export function listBackups(dataDir: string): BackupRecord[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupRecord[] = [];
  for (const n of names) {
    if (!n.endsWith('.sqlite.json')) continue;
    const file = path.join(dir, n.slice(0, -'.json'.length));
    try {
      if (!fs.existsSync(file)) continue;
      out.push({ ...(JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as Omit<BackupRecord, 'file'>), file });
    } catch {
      // An unreadable sidecar: the copy is not offered.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

export const newestGood = (dataDir: string) => listBackups(dataDir).find((b) => b.integrity === 'ok') ?? null;

export interface Retention {
  /** Daily (and manual, before-restore, before-migration) copies kept: the newest N. */
  keepDaily: number;
  /** Copies taken before an import are kept this many days. */
  importDays: number;
}
export const DEFAULT_RETENTION: Retention = { keepDaily: 14, importDays: 30 };

/** Deletes copies beyond the retention; copies of a damaged database are never deleted here. */
export function rotate(dataDir: string, retention: Retention, now: Date): string[] {
  const removed: string[] = [];
  const all = listBackups(dataDir);
  const cutoff = now.getTime() - retention.importDays * 86_400_000;
  const drop = (b: BackupRecord) => {
    for (const f of [b.file, sidecar(b.file), `${b.file}-wal`]) fs.rmSync(f, { force: true });
    removed.push(b.fileName);
  };
  for (const b of all.filter((x) => x.reason === 'before-import')) if (Date.parse(b.createdAt) < cutoff) drop(b);
  const kept = all.filter((x) => x.reason !== 'before-import' && x.reason !== 'damaged');
  for (const b of kept.slice(Math.max(1, retention.keepDaily))) drop(b);
  // Leftovers of a copy or a restore that was killed halfway (an hour old: not one running now).
  try {
    for (const n of fs.readdirSync(backupDir(dataDir))) {
      const f = path.join(backupDir(dataDir), n);
      if ((/\.partial(-wal|-shm)?$/.test(n) || n.startsWith('.restore-')) && now.getTime() - fs.statSync(f).mtimeMs > 3_600_000) {
        fs.rmSync(f, { force: true });
        removed.push(n);
      }
    }
  } catch {
    // no backups folder yet
  }
  return removed;
}

/**
 * Copies a database onto the live file with the backup API: one write transaction on the
 * destination, so other connections see the old pages or the new ones, never a mix.
 */
export async function copyDatabaseOnto(fromFile: string, liveFile: string): Promise<void> {
  const from = new Database(fromFile, { readonly: true, fileMustExist: true });
  try {
    await from.backup(liveFile);
  } finally {
    from.close();
  }
}
