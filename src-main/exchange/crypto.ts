// The package machinery (exchange-format.md): canonical JSON, signatures, trust store, build and send,
// verify, preview and apply, the package log. Record-type specifics live in adapters/.
import crypto from 'node:crypto';
import type { Envelope } from '../../src-shared/exchange/envelope';
import { canonicalBytes, canonicalJson } from './canonical';

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

/**
 * The text of a package file: the RFC 8785 form of the whole envelope. Its members sort as
 * body, header, signature, tdkt, so the signed bytes are this text without its
 * `,"signature":{…}` member, which lets the receiver check the signature on the bytes it read
 * instead of canonicalizing the parsed package again (verifyPackageText).
 */
export const packageText = (env: Envelope): string => canonicalJson(env);

const TAIL = ',"tdkt":1}';
const TAIL_BYTES = Buffer.from(TAIL, 'utf8');

/**
 * The signature of a package read from `file` (its bytes less any byte-order mark, or its text;
 * already parsed strictly into `env`). When the file is in the canonical layout packageText
 * writes, the signed bytes are the file's own bytes less the signature member, cut at the end
 * of the root object: a signature valid over them proves the signer canonicalized exactly
 * them, and the strict parse proves the file says the same plus `signature`. Any other layout
 * (files of older versions, JSON.stringify order, whitespace) or a failure here goes the
 * documented way: canonicalize `env` and verify.
 */
export function verifyPackageText(file: Buffer | string, env: Envelope, rawPublicKeyB64: string): boolean {
  const member = Buffer.from(`,"signature":${canonicalJson(env.signature)}${TAIL}`, 'utf8');
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const cut = bytes.length - member.length;
  if (cut >= 0 && bytes.subarray(cut).equals(member)) {
    try {
      const signed = Buffer.concat([bytes.subarray(0, cut), TAIL_BYTES]);
      if (crypto.verify(null, signed, publicKeyFromRaw(rawPublicKeyB64), Buffer.from(env.signature.value, 'base64url'))) return true;
    } catch {
      // fall through to the canonical path
    }
  }
  return verifyEnvelope(env, rawPublicKeyB64);
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
