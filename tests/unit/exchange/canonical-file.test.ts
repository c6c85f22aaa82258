import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-main/exchange/canonical';
import { readPackage } from '../../../src-main/exchange/verify';
import { exportFrom, pair, read } from './pair';

/**
 * Package files are written in RFC 8785 form (signature included), so the receiver checks the
 * signature on the bytes it read, less the signature member, instead of canonicalizing the
 * parsed package again. Files in any other layout (older versions wrote JSON.stringify order)
 * still verify the documented way; a changed byte is refused either way.
 */
describe('package files in canonical form', () => {
  it('canonical and older layouts verify; tampering is refused in both', async () => {
    const { prov, xa } = await pair();
    const file = (await exportFrom(xa, 'T12', { all: true }))[0]!.file;
    const text = fs.readFileSync(file, 'utf8');
    const env = read(file);
    expect(text).toBe(canonicalJson(env));
    expect(text.endsWith(`,"signature":${canonicalJson(env.signature)},"tdkt":1}`)).toBe(true);
    const ctx = prov.context();
    expect(readPackage(ctx, Buffer.from(text)).envelope.header.packageId).toBe(env.header.packageId);

    // The layout of older versions (tdkt, header, body, signature; JSON.stringify) and a pretty-printed one.
    const older = JSON.stringify({ tdkt: 1, header: env.header, body: env.body, signature: env.signature });
    expect(older).not.toBe(text);
    expect(readPackage(ctx, older).envelope.body.records).toHaveLength(env.body.records.length);
    expect(readPackage(ctx, JSON.stringify(env, null, 2)).envelope.header.packageId).toBe(env.header.packageId);

    // One name changed: refused in the canonical layout (fast check fails, the canonical one too) and in the older one.
    const name = (env.body.records.find((r) => r.type === 'person')!.data as { givenName: string }).givenName;
    const tampered = text.replace(`"givenName":"${name}"`, `"givenName":"${name}h"`);
    expect(tampered).not.toBe(text);
    for (const bad of [tampered, older.replace(`"givenName":"${name}"`, `"givenName":"${name}h"`)]) {
      expect(() => readPackage(ctx, bad)).toThrow('Chữ ký không hợp lệ: gói đã bị sửa sau khi ký.');
    }

    // A second signature member slipped in before the real one: the strict parse refuses the duplicate.
    const sig = `,"signature":${canonicalJson(env.signature)},"tdkt":1}`;
    const doubled = `${text.slice(0, -sig.length)},"signature":{"alg":"Ed25519"}${sig}`;
    expect(() => readPackage(ctx, doubled)).toThrow(/"signature" lặp lại/);
  });
});
