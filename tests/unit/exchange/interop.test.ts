import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { fold, joinFullName, nameSortKey } from '../../../src-shared/text';
import { tempDir } from '../helpers';
import { exportFrom, pair, read } from './pair';

/**
 * Verifies our packages with an independent implementation: the `canonicalize` package for
 * RFC 8785 and the OpenSSL command line for Ed25519, never the project's own verify.
 */
describe('interoperability', () => {
  it('OpenSSL verifies a produced package, and NFD typed names arrive as NFC', async () => {
    const { xa } = await pair();
    // A name stored as NFD (as an old import might have), bypassing the service's normalization.
    const parts = { familyName: 'Đỗ'.normalize('NFD'), middleName: 'Thị', givenName: 'Ngọc'.normalize('NFD') };
    const full = joinFullName(parts);
    xa.context().sqlite.prepare(
      `INSERT INTO people (id, origin, rev, created_at, updated_at, deleted, family_name, middle_name, given_name, full_name, sort_key, search_text, gender, ethnicity, position, direct_labor)
       VALUES (?, 'XA-TP', 1, '2026-03-15T01:00:00.000Z', '2026-03-15T01:00:00.000Z', 0, ?, ?, ?, ?, ?, ?, 'female', '01', '', 0)`,
    ).run(crypto.randomUUID(), parts.familyName, parts.middleName, parts.givenName, full, nameSortKey(parts), fold(full));

    const [file] = await exportFrom(xa, 'T12');
    const raw = fs.readFileSync(file!.file, 'utf8');
    expect(raw.normalize('NFC')).toBe(raw);
    expect(raw).toContain('"givenName":"Ngọc"');

    const env = JSON.parse(raw) as { signature: { value: string } } & Record<string, unknown>;
    const { signature, ...unsigned } = env;
    const dir = tempDir('tdkt-openssl-');
    fs.writeFileSync(path.join(dir, 'msg'), canonicalize(unsigned)!, 'utf8');
    fs.writeFileSync(path.join(dir, 'sig'), Buffer.from(signature.value, 'base64url'));
    const { publicKey } = await xa.call('keys.show', {});
    // SubjectPublicKeyInfo for Ed25519 = fixed 12-byte prefix + the raw 32-byte key.
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey, 'base64')]);
    fs.writeFileSync(path.join(dir, 'pub.pem'), `-----BEGIN PUBLIC KEY-----\n${spki.toString('base64')}\n-----END PUBLIC KEY-----\n`);
    const verify = (msg: string) =>
      execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', msg, '-sigfile', 'sig'], { cwd: dir, encoding: 'utf8' });
    expect(verify('msg')).toMatch(/Signature Verified Successfully/);

    // The same check fails on one changed byte: the test can fail.
    fs.writeFileSync(path.join(dir, 'msg2'), canonicalize({ ...unsigned, tdkt: 2 })!, 'utf8');
    expect(() => verify('msg2')).toThrow();

    // keyId = first 16 bytes of SHA-256 over the raw public key, lowercase hex.
    expect(read(file!.file).signature.keyId).toBe(crypto.createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32));
  });
});
