import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { knownSchemaVersion, openDatabase, type OpenDb } from '../../../src-main/db/open';
import { AppError } from '../../../src-main/errors';
import { MIGRATIONS, tempDir } from '../helpers';

let opened: OpenDb[] = [];
const open = (dataDir: string, migrationsDir = MIGRATIONS) => {
  const o = openDatabase({ dataDir, migrationsDir, now: () => new Date('2026-01-02T03:04:05Z') });
  opened.push(o);
  return o;
};
afterEach(() => {
  for (const o of opened) if (o.sqlite.open) o.close();
  opened = [];
});

function expectAppError(fn: () => unknown, code: string, text: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    expect((e as AppError).message).toMatch(text);
    return;
  }
  throw new Error('expected an AppError');
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys, a busy timeout and the schema version', () => {
    const { sqlite } = open(tempDir());
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(15000);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(MIGRATIONS));
  });

  it('keeps data across close and reopen without a backup when nothing is pending', () => {
    const dir = tempDir();
    const a = open(dir);
    a.sqlite.prepare(`INSERT INTO audit (at, actor, action, entity, entity_id) VALUES ('t', 'a', 'create', 'x', '1')`).run();
    a.close();
    const b = open(dir);
    expect(b.backupFile).toBeNull();
    expect(b.sqlite.prepare('SELECT count(*) n FROM audit').get()).toEqual({ n: 1 });
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'tdkt.sqlite');
    fs.writeFileSync(file, 'Đây không phải cơ sở dữ liệu. '.repeat(200));
    const before = fs.readFileSync(file);
    expectAppError(() => open(dir), 'NOT_A_DATABASE', /không phải cơ sở dữ liệu/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer version, unchanged', () => {
    const dir = tempDir();
    open(dir).close();
    const raw = new Database(path.join(dir, 'tdkt.sqlite'));
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(path.join(dir, 'tdkt.sqlite'));
    expectAppError(() => open(dir), 'DB_TOO_NEW', /phiên bản TĐKT Desktop mới hơn/);
    expect(fs.readFileSync(path.join(dir, 'tdkt.sqlite')).equals(before)).toBe(true);
  });

  it('backs the file up before applying pending migrations', () => {
    // An "old build" that knew only the first migration.
    const oldMigrations = tempDir('tdkt-mig-');
    fs.cpSync(MIGRATIONS, oldMigrations, { recursive: true });
    const journalFile = path.join(oldMigrations, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
    journal.entries = journal.entries.slice(0, 1);
    fs.writeFileSync(journalFile, JSON.stringify(journal));

    const dir = tempDir();
    const old = open(dir, oldMigrations);
    old.sqlite.prepare(`INSERT INTO audit (at, actor, action, entity, entity_id) VALUES ('t', 'a', 'create', 'x', '1')`).run();
    old.close();

    const now = open(dir);
    expect(now.backupFile).toMatch(/backups[\\/]tdkt-20260102-030405-before-migration\.sqlite$/);
    // Checked and recorded like every other copy.
    const rec = JSON.parse(fs.readFileSync(`${now.backupFile!}.json`, 'utf8')) as { integrity: string; schemaVersion: number };
    expect(rec).toMatchObject({ integrity: 'ok', schemaVersion: 1 });
    const backup = new Database(now.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT count(*) n FROM audit').get()).toEqual({ n: 1 });
    backup.close();
    expect(now.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(MIGRATIONS));
    expect(now.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'people_fts'`).get()).toBeTruthy();
  });

  it('says in Vietnamese when the data folder cannot be written', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'x');
    expectAppError(() => open(path.join(blocker, 'data')), 'DATA_DIR_UNWRITABLE', /Không ghi được vào thư mục dữ liệu/);
  });
});
