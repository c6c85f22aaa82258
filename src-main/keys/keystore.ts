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

interface KeyFile {
  tdktPrivateKey: 1;
  protection: SecretProtector['kind'];
  keyId: string;
  publicKey: string;
  privateKey: string; // base64 of the protected PKCS#8 DER
}

export const KEY_FILE = path.join('keys', 'installation-key.json');

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

/**
 * Generates this installation's Ed25519 key pair and writes the private half to the data
 * folder. Refuses to overwrite an existing key: losing it would orphan every trust the
 * province has placed in this unit.
 */
export function generateInstallationKey(dataDir: string, protector: SecretProtector = fileProtector): PublicKeyInfo {
  const file = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(file)) {
    throw new AppError('KEY_EXISTS', 'Cài đặt này đã có khóa ký; không tạo khóa mới để tránh mất tin cậy đã đăng ký.');
  }
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const raw = rawPublic(publicKey);
  const info = publicInfo(raw.toString('base64'), protector.kind);
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const body: KeyFile = {
    tdktPrivateKey: 1,
    protection: protector.kind,
    keyId: info.keyId,
    publicKey: info.publicKey,
    privateKey: protector.protect(der).toString('base64'),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(body, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
  return info;
}

/** Loads the private key for signing; the exchange module is its only user. */
export function loadPrivateKey(dataDir: string, protector: SecretProtector = fileProtector): crypto.KeyObject {
  const file = path.join(dataDir, KEY_FILE);
  let body: KeyFile;
  try {
    body = JSON.parse(fs.readFileSync(file, 'utf8')) as KeyFile;
  } catch (e) {
    throw new AppError('KEY_MISSING', 'Không đọc được khóa ký của cài đặt này (tệp keys/installation-key.json).').withCause(e);
  }
  if (body.protection !== protector.kind) {
    throw new AppError(
      'KEY_PROTECTION',
      body.protection === 'safeStorage'
        ? 'Khóa ký được bảo vệ bởi hệ điều hành; hãy dùng ứng dụng TĐKT Desktop trên máy tính này để ký.'
        : 'Khóa ký được lưu dạng tệp; hãy mở bằng công cụ dòng lệnh hoặc trình duyệt trên máy này.',
    );
  }
  return crypto.createPrivateKey({
    key: protector.unprotect(Buffer.from(body.privateKey, 'base64')),
    format: 'der',
    type: 'pkcs8',
  });
}
