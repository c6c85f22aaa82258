import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src-shared/exchange/envelope';
import { importPackage } from '../../../src-main/exchange/receive';
import { tempDir } from '../helpers';
import { dump, exportFrom, pair, resign, site, tick, trust, type Site } from './pair';

/** Imports `content` at `at`, expecting a refusal with `message`, and a byte-identical database. */
async function refused(at: Site, content: string | Buffer, message: RegExp, opts: { maxBytes?: number } = {}) {
  const before = dump(at);
  let error: { code?: string; message: string } | undefined;
  if (opts.maxBytes) {
    try {
      importPackage(at.context(), content, { maxBytes: opts.maxBytes });
    } catch (e) {
      error = e as Error;
    }
  } else {
    const file = path.join(tempDir(), 'goi.tdkt');
    fs.writeFileSync(file, content);
    const r = await at.invoke('exchange.import', { path: file });
    error = r.ok ? undefined : r.error;
  }
  expect(error?.message).toMatch(message);
  expect(dump(at)).toBe(before);
  return error!;
}

async function submission() {
  const p = await pair();
  const [file] = await exportFrom(p.xa, 'T12');
  const text = fs.readFileSync(file!.file, 'utf8');
  return { ...p, text, env: JSON.parse(text) as Envelope };
}

const TAMPERED = /Chữ ký không hợp lệ: gói đã bị sửa sau khi ký/;

describe('a package that must be refused leaves the database unchanged', () => {
  it('one byte changed in the header', async () => {
    const { prov, text } = await submission();
    await refused(prov, text.replace('"sequence":1', '"sequence":7'), TAMPERED);
  });

  it('one byte changed in the body', async () => {
    const { prov, text } = await submission();
    expect(text).toContain('"givenName":"An"');
    await refused(prov, text.replace('"givenName":"An"', '"givenName":"Án"'), TAMPERED);
  });

  it('one byte changed in the signature', async () => {
    const { prov, env } = await submission();
    const v = env.signature.value;
    const flipped = { ...env, signature: { ...env.signature, value: (v[5] === 'A' ? 'B' : 'A').padStart(6, v.slice(0, 5)) + v.slice(6) } };
    await refused(prov, JSON.stringify(flipped), TAMPERED);
  });

  it('a record added or removed after signing', async () => {
    const { prov, env } = await submission();
    const added = structuredClone(env);
    added.body.records.push({ ...added.body.records[1]!, id: crypto.randomUUID() });
    added.header.counts.records++;
    await refused(prov, JSON.stringify(added), TAMPERED);
    const removed = structuredClone(env);
    removed.body.records.pop();
    removed.header.counts.records--;
    await refused(prov, JSON.stringify(removed), TAMPERED);
  });

  it('an unknown key: the sender is named, its fingerprint is not (it is compared with the paper form)', async () => {
    const { clock, prov } = await pair();
    const stranger = await site('XA-LA', 'Xã Lạ', 'commune', null, clock);
    await trust(stranger, prov);
    await stranger.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', gender: 'male' });
    const [file] = await exportFrom(stranger, 'T12');
    const err = await refused(prov, fs.readFileSync(file!.file), /Khóa của Xã Lạ \(XA-LA\) chưa được tin cậy\. Hãy bấm “Thêm khóa tin cậy…”/);
    expect(err.message).not.toContain(stranger.fingerprint);
    expect(err.message).not.toContain(stranger.fingerprint.replace(/ /g, ''));
  });

  it('a revoked key, for packages signed after the revocation', async () => {
    const { clock, prov, xa, text } = await submission();
    await prov.call('trust.revoke', { keyId: xa.fingerprint.replace(/ /g, '') });
    tick(clock);
    await refused(prov, text.replace(/"createdAt":"[^"]+"/, `"createdAt":"${clock.now.toISOString()}"`), /Chữ ký không hợp lệ|đã bị thu hồi/);
    const [later] = await exportFrom(xa, 'T12', { all: true });
    await refused(prov, fs.readFileSync(later!.file), /Khóa của Xã Tân Phong đã bị thu hồi ngày 15\/03\/2026/);
  });

  it('the wrong recipient', async () => {
    const { clock, xa, text } = await submission();
    const other = await site('XA-B', 'Xã Bình Lư', 'commune', null, clock);
    await trust(other, xa);
    await refused(other, text, /Gói này gửi cho đơn vị T12, không phải Xã Bình Lư \(XA-B\)/);
  });

  it('the same packageId again is reported and changes nothing', async () => {
    const { prov, text } = await submission();
    const file = path.join(tempDir(), 'a.tdkt');
    fs.writeFileSync(file, text);
    await prov.call('exchange.import', { path: file });
    const before = dump(prov);
    expect(await prov.call('exchange.import', { path: file })).toMatchObject({ duplicate: true, applied: false, counts: { unchanged: 3 } });
    expect(dump(prov)).toBe(before);
  });

  it('a trust list with a lower version, or past its expiry', async () => {
    const { clock, prov, xa } = await pair();
    const out = tempDir();
    const v1 = await prov.call('trustList.issue', { outDir: out, expiresDays: 2 });
    const v2 = await prov.call('trustList.issue', { outDir: out, expiresDays: 30 });
    await xa.call('exchange.import', { path: v2.files[0]!.file });
    await refused(xa, fs.readFileSync(v1.files[0]!.file), /phiên bản 1 cũ hơn phiên bản đang dùng \(2\)/);
    const x3 = await site('XA-C', 'Xã C', 'commune', null, clock);
    await trust(x3, prov);
    tick(clock, 3 * 86_400_000);
    await refused(x3, fs.readFileSync(v1.files[0]!.file), /Gói đã hết hạn dùng từ 17\/03\/2026/);
  });

  it('a trust list not signed by the province root key', async () => {
    const { clock, xa } = await pair();
    const fake = await site('T99', 'Tỉnh Giả', 'province', null, clock);
    await trust(xa, fake);
    await xa.context().sqlite.prepare(`UPDATE trusted_keys SET source = 'trust-list' WHERE unit_code = 'T99'`).run();
    const v = await fake.call('trustList.issue', { outDir: tempDir(), expiresDays: 30 });
    await refused(xa, fs.readFileSync(v.files[0]!.file), /chỉ được nhận từ khóa gốc của tỉnh/);
  });

  it('a file over the size limit (limit lowered for the test)', async () => {
    const { prov, text } = await submission();
    await refused(prov, text, /Tệp quá lớn/, { maxBytes: 1000 });
  });

  it('not JSON', async () => {
    const { prov } = await pair();
    await refused(prov, 'PK\u0003\u0004 đây là tệp zip', /không phải JSON/);
  });

  it('JSON nested 10,000 deep', async () => {
    const { prov } = await pair();
    await refused(prov, `{"tdkt":1,"header":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, /lồng nhau quá sâu/);
  });

  it('a string field of 10 MB', async () => {
    const { prov, env } = await submission();
    env.header.app.name = 'x'.repeat(10 * 1024 * 1024);
    await refused(prov, JSON.stringify(env), /trường văn bản dài bất thường/);
  });

  describe('attachments (signed by a trusted sender, still refused)', () => {
    const pdf = Buffer.from('%PDF-1.4 biên bản họp hội đồng');
    const good = () => ({ sha256: crypto.createHash('sha256').update(pdf).digest('hex'), name: 'bien-ban.pdf', mime: 'application/pdf', size: pdf.length, data: pdf.toString('base64') });
    it.each([
      ['a name with ../', { name: '../../Windows/system.ini' }, /tên không an toàn/],
      ['a name with C:\\', { name: 'C:\\bien-ban.pdf' }, /tên không an toàn/],
      ['broken base64', { data: '%%%không phải base64%%%' }, /base64 bị hỏng/],
      ['a sha256 that does not match', { sha256: 'a'.repeat(64) }, /SHA-256 không khớp/],
      ['a size that does not match', { size: 99 }, /kích thước không khớp/],
      ['a MIME type not allowed', { mime: 'application/x-msdownload' }, /không được phép/],
    ])('%s', async (_l, change, message) => {
      const { prov, xa, env } = await submission();
      env.body.attachments = [{ ...good(), ...change }];
      env.header.counts.attachments = 1;
      await refused(prov, resign(xa, env), message);
    });

    it('a good attachment is stored once, by content', async () => {
      const { prov, xa, env } = await submission();
      env.body.attachments = [good()];
      env.header.counts.attachments = 1;
      const file = path.join(tempDir(), 'ok.tdkt');
      fs.writeFileSync(file, resign(xa, env));
      expect((await prov.call('exchange.import', { path: file })).attachments).toBe(1);
      expect(prov.context().sqlite.prepare('SELECT name, size FROM attachments').all()).toEqual([{ name: 'bien-ban.pdf', size: pdf.length }]);
    });
  });

  it('a record failing its schema is rejected by name; the rest of the package lands', async () => {
    const { prov, xa, env } = await submission();
    (env.body.records[1]!.data as { birthDate: string }).birthDate = '15/03/1980';
    const file = path.join(tempDir(), 'x.tdkt');
    fs.writeFileSync(file, resign(xa, env));
    const r = await prov.call('exchange.import', { path: file });
    expect(r.rows[1]).toMatchObject({ action: 'rejected', title: 'Nguyễn Văn An' });
    expect(r.rows[1]!.reason).toMatch(/^Cá nhân "Nguyễn Văn An" bị từ chối: không đúng mẫu dữ liệu: trường "birthDate"/);
    expect(r.counts).toMatchObject({ new: 2, rejected: 1 });
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM people WHERE id = ?').get(env.body.records[1]!.id)).toEqual({ n: 0 });
  });

  it('a record of a type not allowed in this kind of package is rejected', async () => {
    const { prov, xa, env } = await submission();
    env.body.records[0]!.type = 'trust-list';
    const file = path.join(tempDir(), 'x.tdkt');
    fs.writeFileSync(file, resign(xa, env));
    const r = await prov.call('exchange.preview', { path: file });
    expect(r.rows[0]!.action).toBe('rejected');
  });

  it('a failure thrown in the middle of applying writes nothing', async () => {
    const { prov, text } = await submission();
    const before = dump(prov);
    expect(() => importPackage(prov.context(), text, { hooks: { beforeRecord: (i) => { if (i === 2) throw new Error('mất điện'); } } })).toThrow('mất điện');
    expect(dump(prov)).toBe(before);
  });

  it('a record that claims to be ours is shown as rejected, not applied', async () => {
    const { prov, xa, env } = await submission();
    env.body.records[1]!.origin = 'T12';
    const file = path.join(tempDir(), 'x.tdkt');
    fs.writeFileSync(file, resign(xa, env));
    const r = await prov.call('exchange.preview', { path: file });
    expect(r.rows[1]).toMatchObject({ action: 'rejected', reason: 'Bản ghi thuộc chính đơn vị này; không nhận bản sửa từ nơi khác.' });
  });

  it('the CLI verify exits 1 with the reason for a refused package and 0 for a good one', async () => {
    const { runCli } = await import('../cli');
    const { prov, text } = await submission();
    prov.close();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.tdkt'), text);
    fs.writeFileSync(path.join(dir, 'bad.tdkt'), text.replace('Thôn Đông', 'Thôn Tây'));
    const run = (f: string) => runCli(['verify', path.join(dir, f), '--data-dir', prov.dataDir]);
    expect(run('good.tdkt').status).toBe(0);
    const bad = run('bad.tdkt');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(TAMPERED);
  });
});
