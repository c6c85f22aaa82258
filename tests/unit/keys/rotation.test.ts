import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signEnvelope } from '../../../src-main/exchange/crypto';
import { loadPrivateKey } from '../../../src-main/keys/keystore';
import { person, tempDir } from '../helpers';
import { dump, exportFrom, pair, read, tick } from '../exchange/pair';

describe('key rotation', () => {
  it('commune rotates; the province confirms the new fingerprint, then takes new-key packages and refuses old-key ones', async () => {
    const { clock, prov, xa } = await pair();
    const oldKeyId = (await xa.call('keys.show', {})).keyId;
    // A copy of the old private key, as a thief (or a forgotten backup) would have it.
    const oldPrivate = loadPrivateKey(xa.dataDir);

    tick(clock);
    const usb = tempDir('tdkt-usb-');
    const rotated = await xa.call('keys.rotate', { outDir: usb });
    expect(rotated).toMatchObject({ lost: false, previousKeyId: oldKeyId, announcement: { kind: 'submission', records: 1 } });
    expect(rotated.keyId).not.toBe(oldKeyId);
    expect(rotated.message).toMatch(/thông báo đổi khóa ký bằng khóa cũ/);
    const key = await xa.call('keys.show', {});
    expect(key).toMatchObject({ keyId: rotated.keyId, previousKeyId: oldKeyId, problem: null, createdAt: clock.now.toISOString() });
    // The announcement is signed with the old key and carries the new key file.
    const env = read(rotated.announcement!.file);
    expect(env.header).toMatchObject({ kind: 'submission', recipient: { unitCode: 'T12' }, sender: { unitCode: 'XA-TP', keyId: oldKeyId } });
    expect(env.body.records[0]).toMatchObject({ type: 'key-announcement', origin: 'XA-TP', data: { previousKeyId: oldKeyId, key: { keyId: rotated.keyId, unitCode: 'XA-TP' } } });
    // The new public key file that travels with the paper form.
    const newKeyFile = await xa.call('keys.exportPublic', {});
    expect(JSON.parse(newKeyFile.content)).toMatchObject({ keyId: rotated.keyId, createdAt: clock.now.toISOString() });

    // Province: importing the announcement trusts nothing yet; it waits for the fingerprint.
    const preview = await prov.call('exchange.preview', { path: rotated.announcement!.file });
    expect(preview.rows).toEqual([expect.objectContaining({ type: 'key-announcement', action: 'new', title: 'Khóa mới của Xã Tân Phong (đối chiếu dấu vân tay với phiếu đăng ký khóa mới trong mục Khóa và tin cậy)' })]);
    expect((await prov.call('exchange.import', { path: rotated.announcement!.file })).applied).toBe(true);
    const [pending] = await prov.call('trust.announcements', {});
    expect(pending).toMatchObject({ unitCode: 'XA-TP', keyId: rotated.keyId, previousKeyId: oldKeyId });
    expect((await prov.call('trust.list', {})).find((k) => k.keyId === rotated.keyId)).toBeUndefined();

    // A package signed with the new key is refused until the fingerprint is confirmed.
    const unitId = (await xa.call('setup.status', {})).installation!.unitId;
    await xa.call('people.create', person({ familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', unitId }));
    tick(clock);
    const [next] = await exportFrom(xa, 'T12');
    expect(read(next!.file).header.sender.keyId).toBe(rotated.keyId);
    expect((await prov.fail('exchange.import', { path: next!.file })).code).toBe('UNKNOWN_KEY');

    // A wrong fingerprint changes nothing; the right one trusts the new key and revokes the old.
    const before = dump(prov);
    const wrong = await prov.fail('trust.acceptAnnounced', { id: pending!.id, fingerprint: oldKeyId });
    expect(wrong.message).toMatch(/Dấu vân tay không khớp ở (nhóm|cả 8 nhóm)/);
    // The message never hands the right fingerprint over for copying.
    for (const g of rotated.fingerprint.split(' ')) expect(wrong.message).not.toContain(g);
    expect(dump(prov)).toBe(before);
    // One group misread: the message says which one.
    const groups = rotated.fingerprint.split(' ');
    const misread = groups.map((g, i) => (i === 4 ? (g === '0000' ? '1111' : '0000') : g)).join(' ');
    const one = await prov.fail('trust.acceptAnnounced', { id: pending!.id, fingerprint: misread });
    expect(one.message).toMatch(/^Dấu vân tay không khớp ở nhóm 5 \(đếm từ trái sang\)\. Hãy đọc lại nhóm đó trên phiếu đăng ký khóa của Xã Tân Phong/);
    expect(dump(prov)).toBe(before);
    tick(clock);
    const ok = await prov.call('trust.acceptAnnounced', { id: pending!.id, fingerprint: rotated.fingerprint.toUpperCase() });
    expect(ok.key).toMatchObject({ keyId: rotated.keyId, status: 'trusted', source: 'manual' });
    expect(ok.revoked.map((k) => [k.keyId, k.status])).toEqual([[oldKeyId, 'revoked']]);
    expect(await prov.call('trust.announcements', {})).toEqual([]);

    // The commune's next package, signed with the new key, is accepted.
    const imported = await prov.call('exchange.import', { path: next!.file });
    expect(imported.applied).toBe(true);
    expect(imported.rows.map((r) => r.title)).toContain('Lò Văn Páo');

    // One signed with the old key after that is refused.
    tick(clock);
    const forged = read(next!.file);
    const { signature: _s, ...unsigned } = forged;
    const oldSigned = signEnvelope(
      { ...unsigned, header: { ...unsigned.header, packageId: '11111111-2222-4333-8444-555555555555', sequence: 99, createdAt: clock.now.toISOString(), sender: { ...unsigned.header.sender, keyId: oldKeyId } } },
      oldPrivate,
      oldKeyId,
    );
    const oldFile = path.join(usb, 'old.tdkt');
    fs.writeFileSync(oldFile, JSON.stringify(oldSigned));
    const snap = dump(prov);
    const refused = await prov.fail('exchange.import', { path: oldFile });
    expect(refused.code).toBe('KEY_REVOKED');
    expect(dump(prov)).toBe(snap);

    // The commune still trusts the province and reads its packages; the new key signs the ack.
    const ack = (await prov.call('exchange.ack', { to: 'XA-TP', outDir: tempDir(), all: false })).files[0]!;
    expect((await xa.call('exchange.import', { path: ack.file })).applied).toBe(true);
  });

  it('an announcement claiming another unit is rejected by record; a true one trusts nothing by itself', async () => {
    const { prov, xa } = await pair();
    const oldPrivate = loadPrivateKey(xa.dataDir);
    const r = await xa.call('keys.rotate', { outDir: tempDir() });
    const env = read(r.announcement!.file);
    // Signed by the still-trusted old key, but announcing a key for another unit.
    const { signature: _s, ...unsigned } = env;
    const rec = unsigned.body.records[0]!;
    const data = rec.data as { key: Record<string, unknown>; previousKeyId: string };
    const other = {
      ...unsigned,
      header: { ...unsigned.header, packageId: '21111111-2222-4333-8444-555555555555', sequence: 2 },
      body: { ...unsigned.body, records: [{ ...rec, id: '31111111-2222-4333-8444-555555555555', data: { ...data, key: { ...data.key, unitCode: 'XA-KHAC' } } }] },
    };
    const file = path.join(tempDir(), 'x.tdkt');
    fs.writeFileSync(file, JSON.stringify(signEnvelope(other, oldPrivate, env.signature.keyId)));
    const refused = await prov.call('exchange.import', { path: file });
    expect(refused.rows).toEqual([expect.objectContaining({ action: 'rejected', reason: expect.stringMatching(/phải do chính đơn vị đó gửi/) })]);
    expect(await prov.call('trust.announcements', {})).toEqual([]);

    await prov.call('exchange.import', { path: r.announcement!.file });
    const keys = await prov.call('trust.list', {});
    expect(keys.filter((k) => k.unitCode === 'XA-TP').map((k) => [k.keyId, k.status])).toEqual([[r.previousKeyId, 'trusted']]);
    expect((await prov.call('trust.announcements', {})).map((a) => a.keyId)).toEqual([r.keyId]);
  });

  it('a lost key: the clerk makes a new one without announcement, the province replaces the old key after confirming', async () => {
    const { prov, xa } = await pair();
    const oldKeyId = (await xa.call('keys.show', {})).keyId;
    fs.rmSync(path.join(xa.dataDir, 'keys', 'installation-key.json'));
    const problem = (await xa.call('keys.show', {})).problem;
    expect(problem?.code).toBe('KEY_MISSING');
    expect(problem?.message).toMatch(/Không tìm thấy khóa ký/);
    // Signing is refused with that message, before anything is written.
    expect((await xa.fail('exchange.export', { to: 'T12', outDir: tempDir() })).code).toBe('KEY_MISSING');

    const r = await xa.call('keys.rotate', { outDir: null });
    expect(r).toMatchObject({ lost: true, announcement: null, previousKeyId: oldKeyId });
    expect(r.message).toMatch(/Khóa cũ không còn dùng được/);
    expect((await xa.call('keys.show', {})).problem).toBeNull();

    const content = (await xa.call('keys.exportPublic', {})).content;
    expect((await prov.fail('trust.replace', { content, fingerprint: oldKeyId })).code).toBe('FINGERPRINT_MISMATCH');
    const ok = await prov.call('trust.replace', { content, fingerprint: r.fingerprint });
    expect(ok.revoked.map((k) => k.keyId)).toEqual([oldKeyId]);
    const [sub] = await exportFrom(xa, 'T12');
    expect((await prov.call('exchange.import', { path: sub!.file })).applied).toBe(true);
  });

  it('the province rotates its root key: one reference package to all; after confirmation its trust list is taken again', async () => {
    const { prov, xa } = await pair();
    const r = await prov.call('keys.rotate', { outDir: tempDir() });
    expect(r.announcement).toMatchObject({ kind: 'reference' });
    expect(read(r.announcement!.file).header).toMatchObject({ recipient: { unitCode: '*' }, expiresAt: expect.any(String) });
    expect((await xa.call('exchange.import', { path: r.announcement!.file })).applied).toBe(true);
    const [pending] = await xa.call('trust.announcements', {});
    const issued = await prov.call('trustList.issue', { outDir: tempDir(), expiresDays: 30 });
    expect((await xa.fail('exchange.import', { path: issued.files[0]!.file })).code).toBe('UNKNOWN_KEY');
    await xa.call('trust.acceptAnnounced', { id: pending!.id, fingerprint: r.fingerprint });
    expect((await xa.call('exchange.import', { path: issued.files[0]!.file })).applied).toBe(true);
  });
});
