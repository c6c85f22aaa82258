import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, tempDir } from '../helpers';
import { dump, exportFrom, site } from '../exchange/pair';

// "Thêm khóa tin cậy…" on a refused package: who sent it, and the key file chosen on this computer.
describe('trusting the sender of a refused package', () => {
  it('names the sender of an untrusted package and reads a chosen key file without trusting it', async () => {
    const clock = { now: new Date(FIXED_NOW) };
    const prov = await site('T12', 'Tỉnh Lai Châu', 'province', null, clock);
    const xa = await site('XA-TP', 'Xã Tân Phong', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
    const other = await site('XA-LA', 'Xã Lạ', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
    await xa.call('trust.add', { content: fs.readFileSync(prov.keyFile, 'utf8'), fingerprint: prov.fingerprint });
    await xa.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Pản', gender: 'male' });
    const [file] = await exportFrom(xa, 'T12');

    const refused = await prov.fail('exchange.preview', { path: file!.file });
    expect(refused.code).toBe('UNKNOWN_KEY');
    const xaKeyId = xa.fingerprint.replace(/ /g, '');
    expect(await prov.call('trust.packageSender', { path: file!.file })).toEqual({ unitCode: 'XA-TP', unitName: 'Xã Tân Phong', keyId: xaKeyId });
    const text = fs.readFileSync(file!.file, 'utf8');
    expect(await prov.call('trust.packageSender', { fileName: 'a.tdkt', content: text })).toMatchObject({ unitCode: 'XA-TP' });
    expect((await prov.fail('trust.packageSender', { fileName: 'a.tdkt', content: 'không phải gói' })).message).toMatch(/không phải gói dữ liệu TĐKT/);

    const before = dump(prov);
    expect(await prov.call('trust.readKeyFile', { path: xa.keyFile })).toMatchObject({
      fileName: 'XA-TP.tdkt-key.json', unitCode: 'XA-TP', unitName: 'Xã Tân Phong', level: 'commune', keyId: xaKeyId,
    });
    expect(await prov.call('trust.readKeyFile', { path: other.keyFile })).toMatchObject({ unitCode: 'XA-LA' });
    // Reading trusts nothing.
    expect(dump(prov)).toBe(before);

    const dir = tempDir('tdkt-keys-');
    const junk = path.join(dir, 'ghi-chu.json');
    fs.writeFileSync(junk, '{"a":1}');
    expect((await prov.fail('trust.readKeyFile', { path: junk })).message).toMatch(/không phải tệp khóa công khai TĐKT/);
    expect((await prov.fail('trust.readKeyFile', { path: path.join(dir, 'khong-co.json') })).message).toMatch(/Không tìm thấy tệp khóa "khong-co.json"/);
    expect((await prov.fail('trust.readKeyFile', { path: 'XA-TP.tdkt-key.json' })).message).toMatch(/Chọn tệp khóa/);

    // Then the fingerprint: confirmed, the package checks out.
    await prov.call('trust.add', { content: (await prov.call('trust.readKeyFile', { path: xa.keyFile })).content, fingerprint: xa.fingerprint });
    expect((await prov.call('exchange.preview', { path: file!.file })).sender.unitCode).toBe('XA-TP');
  });
});
