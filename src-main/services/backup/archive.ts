import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { diskError, type DbSummary } from '../../db/backup';
import { AppError, fieldError } from '../../errors';
import { KEY_FILE, loadPrivateKey } from '../../keys/keystore';
import { type ServiceContext } from '../core';
import { outDirProblem } from '../folders';
import { createBackup, recordArchive, toRow } from './local';

/**
 * A backup for a USB stick is ONE file: the database and the installation's private key.
 *
 *   "TDKTBAK1" | uint32 BE header length | header JSON (UTF-8) | database bytes
 *
 * The database bytes are stored as they are (the file on the PC is not encrypted either); the
 * header carries their size and SHA-256, so a truncated or altered copy is refused. The private
 * key (PKCS#8 DER) is encrypted with a passphrase the clerk chooses:
 *
 * - KDF: scrypt (N = 2^15, r = 8, p = 1, 16-byte salt), from node:crypto. Chosen over PBKDF2
 *   because it is memory-hard (32 MiB per guess), so guessing a clerk's passphrase on a GPU
 *   costs far more than with PBKDF2 at the same delay (about 0.1 s here); no extra library.
 * - AEAD: AES-256-GCM, 12-byte random IV, 16-byte tag. Authenticated: a wrong passphrase or
 *   a changed header fails the tag instead of yielding a wrong key. The header's unit, key id
 *   and database hash are the additional authenticated data, so they cannot be swapped either.
 */
export const ARCHIVE_EXT = '.tdkt-backup';
const MAGIC = Buffer.from('TDKTBAK1', 'ascii');
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
export const MIN_PASSPHRASE = 8;

export interface ArchiveHeader {
  format: 'tdkt-backup';
  version: 1;
  createdAt: string;
  unit: { code: string | null; name: string | null };
  schemaVersion: number;
  counts: DbSummary['counts'];
  db: { size: number; sha256: string };
  key: { keyId: string; publicKey: string; kdf: 'scrypt'; N: number; r: number; p: number; salt: string; cipher: 'aes-256-gcm'; iv: string; tag: string; data: string };
}

const aad = (h: Pick<ArchiveHeader, 'unit' | 'db'>, keyId: string) => Buffer.from(`tdkt-backup|${h.unit.code ?? ''}|${keyId}|${h.db.sha256}`, 'utf8');
const derive = (passphrase: string, salt: Buffer) => crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);

export function checkPassphrase(passphrase: string | null): string {
  if (!passphrase || passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('PASSPHRASE', `Hãy đặt mật khẩu cho tệp sao lưu, ít nhất ${MIN_PASSPHRASE} ký tự, và ghi nhớ nó: khi khôi phục trên máy khác phải nhập đúng mật khẩu này.`, [{ path: 'passphrase', message: `Mật khẩu ít nhất ${MIN_PASSPHRASE} ký tự.` }]);
  }
  return passphrase;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

function sha256File(file: string): string {
  const h = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/**
 * Writes a fresh online backup and the installation's key, encrypted, into `toDir` as one file.
 * The file appears under its name only when complete; on any failure (a full stick) nothing is
 * left behind and the message says what to do.
 */
export async function writeArchive(ctx: ServiceContext, opts: { toDir: string; passphrase: string | null }) {
  const passphrase = checkPassphrase(opts.passphrase);
  // A relative path would land beside the program, a missing drive would become a folder named "E:\".
  const dirProblem = outDirProblem(opts.toDir);
  if (dirProblem) throw fieldError('toDir', dirProblem);
  const keyFile = path.join(ctx.dataDir, KEY_FILE);
  if (!fs.existsSync(keyFile)) throw new AppError('KEY_MISSING', 'Cài đặt này chưa có khóa ký (chưa thiết lập đơn vị) nên chưa có gì để sao lưu ra ngoài.');
  const keyBody = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { keyId: string; publicKey: string };
  const der = loadPrivateKey(ctx.dataDir, ctx.protector).export({ format: 'der', type: 'pkcs8' });

  const local = await createBackup(ctx, 'manual');
  const db = { size: fs.statSync(local.file).size, sha256: sha256File(local.file) };
  const unit = { code: local.unitCode, name: local.unitName };
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', derive(passphrase, salt), iv);
  cipher.setAAD(aad({ unit, db }, keyBody.keyId));
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  const header: ArchiveHeader = {
    format: 'tdkt-backup', version: 1, createdAt: local.createdAt, unit, schemaVersion: local.schemaVersion, counts: local.counts, db,
    key: {
      keyId: keyBody.keyId, publicKey: keyBody.publicKey, kdf: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: salt.toString('base64'),
      cipher: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64'),
    },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);

  const where = `thư mục "${opts.toDir}"`;
  const file = path.join(opts.toDir, `TDKT-${unit.code ?? 'chua-thiet-lap'}-${stamp(ctx.now())}${ARCHIVE_EXT}`);
  const partial = `${file}.partial`;
  let fd: number | null = null;
  try {
    if (!fs.statSync(opts.toDir).isDirectory()) throw Object.assign(new Error('not a dir'), { code: 'ENOENT' });
    fd = fs.openSync(partial, 'w');
    for (const part of [MAGIC, len, headerBytes]) fs.writeSync(fd, part);
    const src = fs.openSync(local.file, 'r');
    try {
      const buf = Buffer.alloc(1 << 20);
      for (let n; (n = fs.readSync(src, buf, 0, buf.length, null)) > 0; ) fs.writeSync(fd, buf, 0, n);
    } finally {
      fs.closeSync(src);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    readArchive(partial, passphrase); // read back what the stick holds before calling it a backup
    fs.renameSync(partial, file);
  } catch (e) {
    if (fd !== null) fs.closeSync(fd);
    try {
      fs.rmSync(partial, { force: true });
    } catch {
      // The folder is not a folder (ENOTDIR) or unreadable: there is no partial file to remove.
    }
    throw diskError(e, where);
  }
  // Remembered for the home page; a damaged (read-only) database still gets its copy written.
  if (!ctx.readOnlyReason) {
    try {
      recordArchive(ctx, file);
    } catch (e) {
      console.error('[tdkt] could not record the USB backup', e);
    }
  }
  return { file, size: fs.statSync(file).size, local: toRow(local) };
}

/** Reads and checks an archive's header: magic, size, hash. Throws a Vietnamese message for each defect. */
export function readArchiveHeader(file: string): { header: ArchiveHeader; dbOffset: number } {
  const name = path.basename(file);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    throw new AppError('FILE', `Không mở được tệp "${file}". Hãy kiểm tra đường dẫn và USB.`).withCause(e);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(12);
    fs.readSync(fd, head, 0, 12, 0);
    if (size < 12 || !head.subarray(0, 8).equals(MAGIC)) {
      throw new AppError('NOT_A_BACKUP', `Tệp "${name}" không phải tệp sao lưu của TĐKT Desktop.`);
    }
    const hlen = head.readUInt32BE(8);
    const truncated = new AppError('BACKUP_TRUNCATED', `Tệp sao lưu "${name}" bị thiếu dữ liệu (có thể chép chưa xong hoặc USB bị rút giữa chừng); hãy dùng bản khác. Không có gì thay đổi.`);
    if (hlen > 10 * 1024 * 1024 || 12 + hlen > size) throw truncated;
    const hb = Buffer.alloc(hlen);
    fs.readSync(fd, hb, 0, hlen, 12);
    let header: ArchiveHeader;
    try {
      header = JSON.parse(hb.toString('utf8')) as ArchiveHeader;
    } catch {
      throw truncated;
    }
    if (header.format !== 'tdkt-backup') throw new AppError('NOT_A_BACKUP', `Tệp "${name}" không phải tệp sao lưu của TĐKT Desktop.`);
    if (header.version !== 1) throw new AppError('BACKUP_TOO_NEW', `Tệp sao lưu "${name}" do phiên bản TĐKT Desktop mới hơn tạo ra; hãy cập nhật phần mềm rồi khôi phục. Không có gì thay đổi.`);
    if (size !== 12 + hlen + header.db.size) throw truncated;
    return { header, dbOffset: 12 + hlen };
  } finally {
    fs.closeSync(fd);
  }
}

/** Decrypts the key with the passphrase; a wrong passphrase fails GCM's tag. */
export function decryptKey(header: ArchiveHeader, passphrase: string | null): Buffer {
  const k = header.key;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', derive(passphrase ?? '', Buffer.from(k.salt, 'base64')), Buffer.from(k.iv, 'base64'));
    decipher.setAAD(aad(header, k.keyId));
    decipher.setAuthTag(Buffer.from(k.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(k.data, 'base64')), decipher.final()]);
  } catch (e) {
    throw new AppError('WRONG_PASSPHRASE', 'Mật khẩu của tệp sao lưu không đúng (hoặc tệp đã bị sửa). Hãy nhập đúng mật khẩu đã đặt khi sao lưu; không có gì thay đổi.', [{ path: 'passphrase', message: 'Mật khẩu không đúng.' }]).withCause(e);
  }
}

/** Checks everything about an archive and returns its header and decrypted key; writes nothing. */
export function readArchive(file: string, passphrase: string | null) {
  const { header, dbOffset } = readArchiveHeader(file);
  if (sha256Range(file, dbOffset, header.db.size) !== header.db.sha256) {
    throw new AppError('BACKUP_TRUNCATED', `Tệp sao lưu "${path.basename(file)}" bị hỏng (nội dung không khớp mã kiểm tra); hãy dùng bản khác. Không có gì thay đổi.`);
  }
  return { header, dbOffset, keyDer: decryptKey(header, passphrase) };
}

function sha256Range(file: string, offset: number, length: number): string {
  const h = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let pos = offset;
    let left = length;
    while (left > 0) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, left), pos);
      if (n <= 0) break;
      h.update(buf.subarray(0, n));
      pos += n;
      left -= n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return h.digest('hex');
}

/** Copies the archive's database bytes out to `dest`. */
export function extractDatabase(file: string, dbOffset: number, size: number, dest: string): void {
  const src = fs.openSync(file, 'r');
  const out = fs.openSync(dest, 'w');
  try {
    const buf = Buffer.alloc(1 << 20);
    let pos = dbOffset;
    let left = size;
    while (left > 0) {
      const n = fs.readSync(src, buf, 0, Math.min(buf.length, left), pos);
      if (n <= 0) break;
      fs.writeSync(out, buf, 0, n);
      pos += n;
      left -= n;
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(src);
    fs.closeSync(out);
  }
}
