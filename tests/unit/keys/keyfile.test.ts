import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePendingKey, KEY_FILE, PENDING_KEY_FILE } from '../../../src-main/keys/keystore';
import { initializedHost, tempDir, testHost } from '../helpers';
import { pair } from '../exchange/pair';

const setup = {
  unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' },
  parent: null,
  clerkName: 'Nguyễn Thị Hoa',
} as const;

describe('init never overwrites a key or a database', () => {
  it.each([
    ['deleted', (f: string) => fs.rmSync(f)],
    ['emptied', (f: string) => fs.truncateSync(f, 0)],
  ])('a %s database beside an existing key is not a new installation', async (_name, damage) => {
    const { h } = await initializedHost();
    h.close();
    const keyFile = path.join(h.dataDir, KEY_FILE);
    const key = fs.readFileSync(keyFile);
    for (const f of ['tdkt.sqlite-wal', 'tdkt.sqlite-shm']) fs.rmSync(path.join(h.dataDir, f), { force: true });
    damage(path.join(h.dataDir, 'tdkt.sqlite'));

    const again = testHost({ dataDir: h.dataDir });
    const status = await again.fail('setup.status', {});
    expect(status.code).toBe('KEY_WITHOUT_DATA');
    expect(status.message).toMatch(/không phải cài đặt mới: hãy khôi phục dữ liệu từ bản sao lưu/);
    const init = await again.fail('setup.init', setup);
    expect(init.code).toBe('KEY_WITHOUT_DATA');
    expect(fs.readFileSync(keyFile)).toEqual(key);
    expect(again.context().sqlite.prepare('SELECT count(*) n FROM installation').get()).toEqual({ n: 0 });
  });

  it('an installed database is never set up again, and its key stays', async () => {
    const { h } = await initializedHost();
    const key = fs.readFileSync(path.join(h.dataDir, KEY_FILE));
    expect((await h.fail('setup.init', setup)).code).toBe('ALREADY_INITIALIZED');
    expect(fs.readFileSync(path.join(h.dataDir, KEY_FILE))).toEqual(key);
  });

  it('a pending key left by an interrupted setup is replaced; the key file appears only with the row', async () => {
    const dataDir = tempDir();
    generatePendingKey(dataDir); // a setup that died before its transaction committed
    const h = testHost({ dataDir });
    expect((await h.call('setup.status', {})).initialized).toBe(false);
    const inst = await h.call('setup.init', setup);
    expect(fs.existsSync(path.join(dataDir, PENDING_KEY_FILE))).toBe(false);
    expect((await h.call('keys.show', {})).keyId).toBe(inst.keyId);
    expect((await h.call('keys.show', {})).problem).toBeNull();
  });
});

describe('the key is checked against the registered public key', () => {
  const garbage: [string, (f: string) => void][] = [
    ['empty', (f) => fs.writeFileSync(f, '')],
    ['not JSON', (f) => fs.writeFileSync(f, 'xin chào \u0000\u00ff')],
    ['JSON null', (f) => fs.writeFileSync(f, 'null')],
    ['a number', (f) => fs.writeFileSync(f, '42')],
    ['a broken private key', (f) => {
      const body = JSON.parse(fs.readFileSync(f, 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(f, JSON.stringify({ ...body, privateKey: 'AAAA' }));
    }],
    ['a folder', (f) => {
      fs.rmSync(f);
      fs.mkdirSync(f);
    }],
  ];

  it.each(garbage)('a garbage key file (%s) gives a Vietnamese message, not a stack trace', async (_name, spoil) => {
    const { xa: h } = await pair();
    spoil(path.join(h.dataDir, KEY_FILE));
    const shown = await h.call('keys.show', {});
    expect(shown.problem).toMatchObject({ code: 'KEY_UNREADABLE', message: expect.stringMatching(/bị hỏng .*hãy tạo khóa mới/) });
    const out = tempDir();
    const err = await h.fail('exchange.export', { to: 'T12', outDir: out });
    expect(err.code).toBe('KEY_UNREADABLE');
    expect(fs.readdirSync(out)).toEqual([]);
    // And the clerk's way out works: a new key (no announcement: the old key cannot sign).
    const r = await h.call('keys.rotate', { outDir: null });
    expect(r.lost).toBe(true);
    expect((await h.call('keys.show', {})).problem).toBeNull();
  });

  it('a key file swapped for another installation’s is refused before signing, naming both fingerprints', async () => {
    const { xa: h, prov } = await pair();
    const inst = (await h.call('setup.status', {})).installation!;
    const other = await initializedHost();
    fs.copyFileSync(path.join(other.h.dataDir, KEY_FILE), path.join(h.dataDir, KEY_FILE));
    const problem = (await h.call('keys.show', {})).problem!;
    expect(problem.code).toBe('KEY_MISMATCH');
    expect(problem.message).toContain(inst.fingerprint);
    expect(problem.message).toContain(other.inst.fingerprint);
    const out = tempDir();
    expect((await h.fail('exchange.export', { to: 'T12', outDir: out })).code).toBe('KEY_MISMATCH');
    expect(fs.readdirSync(out)).toEqual([]);
    // Nothing was logged as sent: the province still has everything to receive.
    expect((await h.call('exchange.packages', {})).total).toBe(0);
    expect((await prov.call('exchange.packages', {})).total).toBe(0);
  });

  it('a rotation interrupted after the database switched finishes at the next start', async () => {
    const { h } = await initializedHost();
    const pending = generatePendingKey(h.dataDir);
    // The row names the new key, the rename never happened.
    h.context().sqlite.prepare('UPDATE installation SET public_key = ?, key_id = ?').run(pending.publicKey, pending.keyId);
    expect((await h.call('keys.show', {})).problem).toBeNull();
    expect(fs.existsSync(path.join(h.dataDir, PENDING_KEY_FILE))).toBe(false);
    // A pending key the database does not name is ignored (a rotation that died before its commit).
    generatePendingKey(h.dataDir);
    expect((await h.call('keys.show', {})).problem).toBeNull();
    expect(JSON.parse(fs.readFileSync(path.join(h.dataDir, KEY_FILE), 'utf8')).keyId).toBe(pending.keyId);
  });
});
