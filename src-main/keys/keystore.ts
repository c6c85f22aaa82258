// This installation's private signing key on disk, protected by the OS where it can be (protector.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import { AppError } from '../errors';
import { fileProtector, type SecretProtector } from './protector';

export interface PublicKeyInfo {
  publicKey: string; // base64 of the raw 32 bytes
  keyId: string; // lowercase hex of the first 16 bytes of SHA-256(raw public key)
  fingerprint: string;
  protection: SecretProtector['kind'];
}

interface KeyFileBody {
  tdktPrivateKey: 1;
  protection: SecretProtector['kind'];
  keyId: string;
  publicKey: string;
  privateKey: string; // base64 of the protected PKCS#8 DER
}

export const KEY_FILE = path.join('keys', 'installation-key.json');
/**
 * A key generated but not yet registered in the database (setup or rotation in progress). It
 * becomes KEY_FILE only after the database names it, so a crash at any moment leaves either
 * the old pair (file + row) or the new one, never a key the database does not know.
 */
export const PENDING_KEY_FILE = path.join('keys', 'installation-key.pending.json');

/** The key this installation registered (installation row): what the key file must hold. */
export interface RegisteredKey {
  keyId: string;
  publicKey: string;
}

export function keyIdOf(rawPublicKey: Buffer): string {
  return crypto.createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 32);
}

function rawPublic(key: crypto.KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (!jwk.x) throw new Error('not an Ed25519 public key');
  return Buffer.from(jwk.x, 'base64url');
}

export function publicInfo(rawPublicKeyB64: string, protection: SecretProtector['kind']): PublicKeyInfo {
  const keyId = keyIdOf(Buffer.from(rawPublicKeyB64, 'base64'));
  return { publicKey: rawPublicKeyB64, keyId, fingerprint: formatFingerprint(keyId), protection };
}

export const keyFileExists = (dataDir: string) => fs.existsSync(path.join(dataDir, KEY_FILE));

function writeAtomic(file: string, body: KeyFileBody): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(body, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Generates a new Ed25519 key pair into PENDING_KEY_FILE (replacing any pending key: a pending
 * key was never registered). `promotePendingKey` makes it the installation's key once the
 * database names it.
 */
export function generatePendingKey(dataDir: string, protector: SecretProtector = fileProtector): PublicKeyInfo {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const info = publicInfo(rawPublic(publicKey).toString('base64'), protector.kind);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  writeAtomic(path.join(dataDir, PENDING_KEY_FILE), {
    tdktPrivateKey: 1,
    protection: protector.kind,
    keyId: info.keyId,
    publicKey: info.publicKey,
    privateKey: protector.protect(der).toString('base64'),
  });
  return info;
}

export function promotePendingKey(dataDir: string): void {
  const target = path.join(dataDir, KEY_FILE);
  // Something that is not a file where the key belongs (a folder made by mistake) cannot be
  // renamed over: it held no usable key, remove it.
  if (fs.existsSync(target) && !fs.lstatSync(target).isFile()) fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(path.join(dataDir, PENDING_KEY_FILE), target);
}

export function discardPendingKey(dataDir: string): void {
  fs.rmSync(path.join(dataDir, PENDING_KEY_FILE), { force: true });
}

/**
 * Generates this installation's first key pair directly into KEY_FILE. Refuses to overwrite an
 * existing key: losing it would orphan every trust the province has placed in this unit.
 */
export function generateInstallationKey(dataDir: string, protector: SecretProtector = fileProtector): PublicKeyInfo {
  if (keyFileExists(dataDir)) {
    throw new AppError('KEY_EXISTS', 'Cài đặt này đã có khóa ký; không tạo khóa mới để tránh mất tin cậy đã đăng ký.');
  }
  const info = generatePendingKey(dataDir, protector);
  promotePendingKey(dataDir);
  return info;
}

const UNREADABLE =
  'Tệp khóa ký keys/installation-key.json bị hỏng (không đọc được). Không ký được gói bằng khóa này: hãy tạo khóa mới (Khóa và tin cậy → Đổi khóa, hoặc lệnh "key rotate") rồi gửi phiếu đăng ký khóa mới cho cấp trên.';

/** Reads and checks a key file; every failure is an AppError with a Vietnamese message, never a stack trace. */
function readKeyFile(file: string, protector: SecretProtector): { body: KeyFileBody; key: crypto.KeyObject } {
  let text: string;
  try {
    const stat = fs.statSync(file);
    // A key file is a few hundred bytes; anything else (a folder, a device, a huge file) is not one.
    if (!stat.isFile() || stat.size > 64 * 1024) throw new Error('not a key file');
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') {
      throw new AppError(
        'KEY_MISSING',
        'Không tìm thấy khóa ký của cài đặt này (tệp keys/installation-key.json đã bị xóa hoặc di chuyển). Hãy chép lại tệp khóa từ bản sao lưu, hoặc tạo khóa mới (Khóa và tin cậy → Đổi khóa, lệnh "key rotate") và gửi phiếu đăng ký khóa mới cho cấp trên.',
      ).withCause(e);
    }
    throw new AppError('KEY_UNREADABLE', UNREADABLE).withCause(e);
  }
  let body: KeyFileBody;
  try {
    body = JSON.parse(text) as KeyFileBody;
  } catch (e) {
    throw new AppError('KEY_UNREADABLE', UNREADABLE).withCause(e);
  }
  if (
    !body || typeof body !== 'object' || body.tdktPrivateKey !== 1 || typeof body.privateKey !== 'string' ||
    typeof body.publicKey !== 'string' || (body.protection !== 'file' && body.protection !== 'safeStorage')
  ) {
    throw new AppError('KEY_UNREADABLE', UNREADABLE);
  }
  if (body.protection !== protector.kind) {
    throw new AppError(
      'KEY_PROTECTION',
      body.protection === 'safeStorage'
        ? 'Khóa ký được bảo vệ bởi hệ điều hành; hãy dùng ứng dụng TĐKT Desktop trên máy tính này để ký.'
        : 'Khóa ký được lưu dạng tệp; hãy mở bằng công cụ dòng lệnh hoặc trình duyệt trên máy này.',
    );
  }
  let key: crypto.KeyObject;
  try {
    key = crypto.createPrivateKey({ key: protector.unprotect(Buffer.from(body.privateKey, 'base64')), format: 'der', type: 'pkcs8' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key: ${key.asymmetricKeyType}`);
  } catch (e) {
    throw new AppError('KEY_UNREADABLE', UNREADABLE).withCause(e);
  }
  return { body, key };
}

/** Loads the private key for signing, without comparing it to the registered key (tests, recovery). */
export function loadPrivateKey(dataDir: string, protector: SecretProtector = fileProtector): crypto.KeyObject {
  return readKeyFile(path.join(dataDir, KEY_FILE), protector).key;
}

/** The public key a private key belongs to, as base64 of the raw 32 bytes. */
export const publicKeyOf = (key: crypto.KeyObject) => rawPublic(crypto.createPublicKey(key)).toString('base64');

/**
 * The private key that matches the public key this installation registered, or an AppError
 * saying plainly what is wrong. A key file copied from another installation (or edited) would
 * otherwise sign packages that every receiver calls "tampered".
 */
export function loadRegisteredKey(dataDir: string, registered: RegisteredKey, protector: SecretProtector = fileProtector): crypto.KeyObject {
  settlePendingKey(dataDir, registered, protector);
  const { key } = readKeyFile(path.join(dataDir, KEY_FILE), protector);
  const actual = publicKeyOf(key);
  if (actual !== registered.publicKey) {
    throw new AppError(
      'KEY_MISMATCH',
      `Khóa ký trong tệp keys/installation-key.json không phải khóa mà đơn vị này đã đăng ký (dấu vân tay đã đăng ký ${formatFingerprint(registered.keyId)}, tệp chứa khóa ${formatFingerprint(keyIdOf(Buffer.from(actual, 'base64')))}). Gói ký bằng khóa này sẽ bị nơi nhận từ chối. Hãy chép lại đúng tệp khóa từ bản sao lưu, hoặc tạo khóa mới (Đổi khóa) và gửi phiếu đăng ký khóa mới cho cấp trên.`,
    );
  }
  return key;
}

/**
 * A rotation or setup interrupted after the database named the new key but before the key
 * file was renamed leaves the new key pending: finish the rename. A pending key the database
 * does not name is left alone (the next setup or rotation replaces it).
 */
export function settlePendingKey(dataDir: string, registered: RegisteredKey, protector: SecretProtector = fileProtector): void {
  const pending = path.join(dataDir, PENDING_KEY_FILE);
  if (!fs.existsSync(pending)) return;
  try {
    const { key } = readKeyFile(pending, protector);
    if (publicKeyOf(key) === registered.publicKey) promotePendingKey(dataDir);
  } catch {
    // An unreadable pending key was never registered; it does not matter.
  }
}
