import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupDir, copyDatabaseOnto, diskError, inspectCopy, keepDamagedCopy, listBackups, rotate, summarize, writeBackup, type BackupRecord, type DbSummary } from '../../db/backup';
import { AppError } from '../../errors';
import { KEY_FILE } from '../../keys/keystore';
import { type ServiceContext } from '../core';
import { ARCHIVE_EXT, extractDatabase, readArchive } from './archive';
import { retention } from './local';

interface Source {
  kind: 'local' | 'archive';
  fileName: string;
  createdAt: string;
  temp: string; // a private copy of the database to restore from, in backups/
  summary: DbSummary;
  key: { keyId: string; publicKey: string; der: Buffer } | null;
}

const isArchive = (file: string) => {
  try {
    const fd = fs.openSync(file, 'r');
    const b = Buffer.alloc(8);
    fs.readSync(fd, b, 0, 8, 0);
    fs.closeSync(fd);
    return b.toString('ascii') === 'TDKTBAK1' || file.endsWith(ARCHIVE_EXT);
  } catch {
    return file.endsWith(ARCHIVE_EXT);
  }
};

/** The key on disk now, if any: a restore must never pair data with another unit's key. */
function currentKeyId(dataDir: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dataDir, KEY_FILE), 'utf8')) as { keyId: string }).keyId;
  } catch {
    return null;
  }
}

function currentSummary(ctx: ServiceContext): DbSummary {
  try {
    return summarize(ctx.sqlite);
  } catch {
    return { unitCode: null, unitName: null, keyId: null, schemaVersion: 0, counts: { people: 0, dossiers: 0, packages: 0 } };
  }
}

/**
 * Opens what the clerk picked (a copy from backups/ or a .tdkt-backup file) into a private
 * temporary copy, checked with integrity_check, and refuses anything that must not replace
 * this installation's data. Nothing in the data folder changes here except that temp file,
 * which the caller removes.
 */
function openSource(ctx: ServiceContext, file: string, passphrase: string | null): Source {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new AppError('FILE', `Không tìm thấy tệp "${file}". Hãy kiểm tra đường dẫn và USB.`);
  const dir = backupDir(ctx.dataDir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw diskError(e, `thư mục dữ liệu "${ctx.dataDir}"`);
  }
  const temp = path.join(dir, `.restore-${process.pid}-${crypto.randomBytes(4).toString('hex')}.sqlite`);
  let kind: Source['kind'] = 'local';
  let createdAt: string;
  let key: Source['key'] = null;
  try {
    if (isArchive(file)) {
      kind = 'archive';
      const a = readArchive(file, passphrase);
      extractDatabase(file, a.dbOffset, a.header.db.size, temp);
      createdAt = a.header.createdAt;
      key = { keyId: a.header.key.keyId, publicKey: a.header.key.publicKey, der: a.keyDer };
    } else {
      const recorded = listBackups(ctx.dataDir).find((b) => path.resolve(b.file) === path.resolve(file));
      createdAt = recorded?.createdAt ?? fs.statSync(file).mtime.toISOString();
      fs.copyFileSync(file, temp);
      if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${temp}-wal`);
    }
    let summary: DbSummary;
    try {
      summary = inspectCopy(temp);
    } catch (e) {
      if (e instanceof AppError && e.code === 'BACKUP_UNREADABLE') throw new AppError('NOT_A_BACKUP', `Tệp "${name}" không phải bản sao lưu của TĐKT Desktop (hoặc đã hỏng).`).withCause(e);
      throw e;
    }
    checkFits(ctx, name, summary, key);
    return { kind, fileName: name, createdAt, temp, summary, key };
  } catch (e) {
    removeTemp(temp);
    throw e instanceof AppError ? e : diskError(e, `thư mục dữ liệu "${ctx.dataDir}"`);
  }
}

function checkFits(ctx: ServiceContext, name: string, s: DbSummary, key: Source['key']): void {
  const now = currentSummary(ctx);
  const known = ctx.schemaVersion ?? now.schemaVersion;
  if (s.schemaVersion > known) {
    throw new AppError('BACKUP_TOO_NEW', `Bản sao lưu "${name}" do phiên bản TĐKT Desktop mới hơn tạo ra (lược đồ ${s.schemaVersion}, phiên bản này biết đến ${known}); hãy cập nhật phần mềm rồi khôi phục. Không có gì thay đổi.`);
  }
  if (!s.unitCode) throw new AppError('BACKUP_EMPTY', `Bản sao lưu "${name}" chưa có đơn vị nào được thiết lập; không có gì để khôi phục.`);
  if (now.unitCode && now.unitCode !== s.unitCode) {
    throw new AppError('OTHER_UNIT', `Bản sao lưu "${name}" là dữ liệu của ${s.unitName ?? s.unitCode} (${s.unitCode}), không phải của ${now.unitName ?? now.unitCode} (${now.unitCode}) đang dùng trên máy này. Hãy chọn đúng tệp sao lưu của đơn vị mình; không có gì thay đổi.`);
  }
  const onDisk = currentKeyId(ctx.dataDir);
  if (key && s.keyId && key.keyId !== s.keyId) {
    throw new AppError('BACKUP_MISMATCH', `Tệp sao lưu "${name}" có khóa không khớp với dữ liệu bên trong; hãy dùng bản khác. Không có gì thay đổi.`);
  }
  if (onDisk && s.keyId && onDisk !== s.keyId) {
    throw new AppError('OTHER_KEY', `Bản sao lưu "${name}" dùng khóa ký khác với khóa của cài đặt trên máy này; khôi phục sẽ làm các gói gửi đi không còn được tin cậy. Hãy chọn bản sao lưu của chính cài đặt này; không có gì thay đổi.`);
  }
  if (!onDisk && !key) {
    throw new AppError('KEY_NEEDED', `Máy này chưa có khóa ký của ${s.unitName ?? s.unitCode}; hãy khôi phục từ tệp sao lưu ${ARCHIVE_EXT} (có khóa, cần mật khẩu) thay vì bản trong thư mục backups.`);
  }
}

function removeTemp(temp: string) {
  for (const f of [temp, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
}

const previewOf = (ctx: ServiceContext, src: Source) => ({
  fileName: src.fileName, kind: src.kind, createdAt: src.createdAt, unitCode: src.summary.unitCode, unitName: src.summary.unitName,
  schemaVersion: src.summary.schemaVersion, counts: src.summary.counts, current: currentSummary(ctx).counts, keyIncluded: !!src.key,
});

/** What a restore would bring back (date, unit, counts) next to what is there now; changes nothing. */
export function previewRestore(ctx: ServiceContext, input: { path: string; passphrase: string | null }) {
  const src = openSource(ctx, path.resolve(input.path), input.passphrase);
  try {
    return previewOf(ctx, src);
  } finally {
    removeTemp(src.temp);
  }
}

/** Writes a key restored from an archive in the keystore's format, protected as this host protects keys. */
function writeKey(ctx: ServiceContext, key: NonNullable<Source['key']>) {
  const file = path.join(ctx.dataDir, KEY_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const body = { tdktPrivateKey: 1, protection: ctx.protector.kind, keyId: key.keyId, publicKey: key.publicKey, privateKey: ctx.protector.protect(key.der).toString('base64') };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(body, null, 2), { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
}

/**
 * Restores a backup: the same checks as the preview, then a copy of the current state
 * (before-restore; a raw copy when the current file is damaged), then the switch in one step:
 * SQLite's backup API copies the chosen database onto the live file inside one write
 * transaction, so every program that has it open sees either the old data or the restored
 * data, never a mix. The host then reopens the file (integrity check, migrations of an older copy).
 */
export async function restoreBackup(ctx: ServiceContext, input: { path: string; passphrase: string | null }) {
  const src = openSource(ctx, path.resolve(input.path), input.passphrase);
  const live = path.join(ctx.dataDir, 'tdkt.sqlite');
  const keep = retentionSafe(ctx);
  try {
    const preview = previewOf(ctx, src);
    let safety: BackupRecord;
    if (ctx.readOnlyReason) safety = keepDamagedCopy(live, ctx.dataDir, ctx.now());
    else safety = await writeBackup(ctx.sqlite, ctx.dataDir, 'before-restore', ctx.now());

    try {
      await copyDatabaseOnto(src.temp, live);
    } catch (e) {
      if (!ctx.readOnlyReason) throw diskError(e, `thư mục dữ liệu "${ctx.dataDir}"`);
      // A damaged live file may refuse to be written page by page: this program closes it and
      // swaps the whole file (the damaged one was copied to backups/ above).
      ctx.reopen?.();
      fs.copyFileSync(src.temp, `${live}.restoring`);
      for (const f of [`${live}-wal`, `${live}-shm`]) fs.rmSync(f, { force: true });
      fs.renameSync(`${live}.restoring`, live);
    }
    if (src.key && !currentKeyId(ctx.dataDir)) writeKey(ctx, src.key);
    ctx.reopen?.();
    rotate(ctx.dataDir, keep, ctx.now());
    return { restored: preview, safetyBackup: safety.file };
  } finally {
    removeTemp(src.temp);
  }
}

function retentionSafe(ctx: ServiceContext) {
  try {
    return retention(ctx);
  } catch {
    return { keepDaily: 14, importDays: 30 };
  }
}
