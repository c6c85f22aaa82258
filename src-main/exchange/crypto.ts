// The package machinery (exchange-format.md): canonical JSON, signatures, trust store, build and send,
// verify, preview and apply, the package log. Record-type specifics live in adapters/.
import crypto from 'node:crypto';
import type { Envelope } from '../../src-shared/exchange/envelope';
import { canonicalBytes } from './canonical';

/**
 * The signed bytes: RFC 8785 (JCS) serialization of the envelope without `signature`, as
 * UTF-8. Never JSON.stringify: two builds years apart must produce the same bytes.
 */
export function signedBytes(env: Omit<Envelope, 'signature'> & { signature?: unknown }): Buffer {
  const { signature: _signature, ...rest } = env;
  return canonicalBytes(rest);
}

export function publicKeyFromRaw(rawB64: string): crypto.KeyObject {
  const raw = Buffer.from(rawB64, 'base64');
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

export function signEnvelope(env: Omit<Envelope, 'signature'>, privateKey: crypto.KeyObject, keyId: string): Envelope {
  const value = crypto.sign(null, signedBytes(env), privateKey).toString('base64url');
  return { ...env, signature: { alg: 'Ed25519', keyId, value } };
}

export function verifyEnvelope(env: Envelope, rawPublicKeyB64: string): boolean {
  try {
    return crypto.verify(null, signedBytes(env), publicKeyFromRaw(rawPublicKeyB64), Buffer.from(env.signature.value, 'base64url'));
  } catch {
    return false;
  }
}

export const sha256Hex = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

// 64 KiB of base64 text (a multiple of 4 characters) decodes to 48 KiB of bytes.
const BASE64_SLICE = 65_536;

/**
 * Size and SHA-256 of base64 text, decoded and hashed slice by slice: a large attachment is
 * never held twice (text and bytes) just to check it.
 */
export function sha256OfBase64(b64: string): { size: number; hex: string } {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for (let i = 0; i < b64.length; i += BASE64_SLICE) {
    const bytes = Buffer.from(b64.slice(i, i + BASE64_SLICE), 'base64');
    size += bytes.length;
    hash.update(bytes);
  }
  return { size, hex: hash.digest('hex') };
}
