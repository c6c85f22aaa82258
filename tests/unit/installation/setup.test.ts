import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrivateKey } from '../../../src-main/keys/keystore';
import { initializedHost, testHost } from '../helpers';

describe('first-run setup', () => {
  it('creates the unit, its parent, the installation, a key pair and audit rows', async () => {
    const { h, inst } = await initializedHost();
    expect(inst).toMatchObject({ unitCode: 'XA-TP', unitName: 'Xã Tân Phong', level: 'commune', parentCode: 'T12', clerkName: 'Nguyễn Thị Hoa' });
    expect(inst.keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(inst.fingerprint).toBe(inst.keyId.match(/.{4}/g)!.join(' '));

    const key = await h.call('keys.show', {});
    const raw = Buffer.from(key.publicKey, 'base64');
    expect(raw).toHaveLength(32);
    expect(crypto.createHash('sha256').update(raw).digest('hex').slice(0, 32)).toBe(key.keyId);
    expect(key.protection).toBe('file');

    // The private key signs and the published public key verifies it.
    const priv = loadPrivateKey(h.dataDir);
    const sig = crypto.sign(null, Buffer.from('thử'), priv);
    const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
    expect(crypto.verify(null, Buffer.from('thử'), pub, sig)).toBe(true);
    const mode = fs.statSync(path.join(h.dataDir, 'keys', 'installation-key.json')).mode & 0o777;
    expect(mode).toBe(0o600);

    const units = await h.call('units.list', {});
    expect(units.items.map((u) => [u.code, u.level, u.parentCode])).toEqual([
      ['T12', 'province', null],
      ['XA-TP', 'commune', 'T12'],
    ]);
    const audit = h.context().sqlite.prepare('SELECT actor, action, entity FROM audit ORDER BY seq').all();
    expect(audit).toContainEqual({ actor: 'Nguyễn Thị Hoa', action: 'init', entity: 'installation' });
    expect(audit.filter((a) => (a as { entity: string }).entity === 'unit')).toHaveLength(2);
  });

  it('survives a restart on the same data folder', async () => {
    const { h, inst } = await initializedHost();
    h.close();
    const again = testHost({ dataDir: h.dataDir });
    expect((await again.call('setup.status', {})).installation).toEqual(inst);
  });

  it('refuses to set up twice and changes nothing', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const err = await h.fail('setup.init', {
      unit: { code: 'X2', name: 'Xã Khác', level: 'commune' }, parent: null, clerkName: 'A',
    });
    expect(err.code).toBe('ALREADY_INITIALIZED');
    expect(err.message).toMatch(/đã được thiết lập/);
    expect(h.snapshot()).toBe(before);
  });

  it.each([
    [{ unit: { code: 'X', name: 'Xã A', level: 'commune' }, parent: { code: 'X', name: 'Tỉnh', level: 'province' }, clerkName: 'A' }, 'parent.code', /mã khác/],
    [{ unit: { code: 'X', name: 'Xã A', level: 'commune' }, parent: null, clerkName: '   ' }, 'clerkName', /họ tên cán bộ/],
    [{ unit: { code: 'mã có dấu', name: 'Xã A', level: 'commune' }, parent: null, clerkName: 'A' }, 'unit.code', /chữ không dấu/],
    [{ unit: { code: 'X', name: 'Xã A', level: 'thon' }, parent: null, clerkName: 'A' }, 'unit.level', /Cấp đơn vị không hợp lệ/],
    [{ unit: { code: 'X', name: 'x'.repeat(300), level: 'commune' }, parent: null, clerkName: 'A' }, 'unit.name', /tối đa 200/],
  ])('refuses bad setup input %#, writing nothing', async (input, field, message) => {
    const h = testHost();
    const before = h.snapshot();
    const err = await h.fail('setup.init', input);
    expect(err.fields?.map((f) => f.path)).toContain(field);
    expect(err.message).toMatch(message);
    expect(h.snapshot()).toBe(before);
    expect(fs.existsSync(path.join(h.dataDir, 'keys', 'installation-key.json'))).toBe(false);
  });

  it('records the clerk of each write in the audit log', async () => {
    const { h } = await initializedHost();
    await h.call('setup.setClerk', { clerkName: 'Lò Văn Páo' });
    await h.call('units.create', { code: 'X3', name: 'Xã Ba', level: 'commune', parentId: null });
    const last = h.context().sqlite.prepare('SELECT actor FROM audit ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ actor: 'Lò Văn Páo' });
  });
});
