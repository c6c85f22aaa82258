import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiErrorShape, ApiOutput } from '../../../src-shared/api';
import type { Envelope, ExchangeRecord } from '../../../src-shared/exchange/envelope';
import { tempDir, type TestHost } from '../helpers';
import { exportFrom, pair, read, resign, site, trust, type Site } from './pair';

// Issue 16: a commune the province trusts turns rogue. Whatever it signs, it may write only its
// own records at the province; the other commune's records stay exactly as they were.

/** The rows of the tables a forged record would touch, for one record id or all. */
function rowsOf(h: TestHost, tables = ['people', 'collectives', 'record_status', 'decisions', 'units']): string {
  const db = h.context().sqlite;
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
}

async function rogueSetup() {
  const p = await pair();
  const { clock, prov, xa } = p;
  // The honest commune's records reach the province first.
  const [honest] = await exportFrom(xa, 'T12');
  await prov.call('exchange.import', { path: honest!.file });
  // A second commune, trusted by the province, with one person of its own.
  const rogue = await site('XA-B', 'Xã Bình Lư', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
  await trust(prov, rogue);
  await trust(rogue, prov);
  await rogue.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', gender: 'male' });
  const [own] = await exportFrom(rogue, 'T12');
  return { ...p, rogue, template: read(own!.file), honestEnv: read(honest!.file) };
}

/** A package signed by `sender` with the header of `template` and these records. */
function forge(sender: Site, template: Envelope, records: ExchangeRecord[], patch: (e: Envelope) => void = () => {}): string {
  const env = structuredClone(template);
  env.header.packageId = crypto.randomUUID();
  env.body.records = records;
  env.header.counts.records = records.length;
  patch(env);
  return resign(sender, env);
}

async function importText(at: Site, text: string, name = 'goi.tdkt') {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return (await at.invoke('exchange.import', { path: file })) as { ok: true; result: ApiOutput<'exchange.import'> } | { ok: false; error: ApiErrorShape };
}

const personOf = (env: Envelope, id: string) => structuredClone(env.body.records.find((r) => r.id === id)!);
const OWNER_ONLY = /Bản ghi thuộc đơn vị XA-TP, nhưng gói do Xã Bình Lư \(XA-B\) ký: chỉ đơn vị sở hữu mới được tạo, sửa hoặc xóa bản ghi của mình\./;

describe('a trusted commune cannot write another commune’s records', () => {
  it.each([
    ['change: a higher rev renaming the other commune’s person', (r: ExchangeRecord) => ({ ...r, rev: 9, data: { ...(r.data as object), givenName: 'Giả' } })],
    ['tombstone: a higher rev deleting it', (r: ExchangeRecord) => ({ ...r, rev: 9, deleted: true })],
    ['new: a new record claiming the other commune as its origin', (r: ExchangeRecord) => ({ ...r, id: crypto.randomUUID(), rev: 1 })],
  ])('%s is rejected with its reason; the rest of the package lands', async (_name, change) => {
    const { prov, rogue, an, template, honestEnv } = await rogueSetup();
    const forged = change(personOf(honestEnv, an.id));
    const honestRows = () => JSON.stringify(prov.context().sqlite.prepare(`SELECT * FROM people WHERE origin = 'XA-TP' ORDER BY rowid`).all());
    const before = honestRows();
    const preview = await prov.call('exchange.preview', { path: writeTemp(forge(rogue, template, [forged, ...template.body.records])) });
    expect(preview.rows[0]).toMatchObject({ action: 'rejected' });
    expect(preview.rows[0]!.reason).toMatch(OWNER_ONLY);
    expect(preview.rows[1]).toMatchObject({ action: 'new', title: 'Lò Văn Páo' });

    const r = await importText(prov, forge(rogue, template, [forged, ...template.body.records]));
    expect(r.ok && r.result.counts).toMatchObject({ rejected: 1, new: 1 });
    // The honest commune's rows are byte-identical; the forged id was not stored; the rogue's own person landed.
    expect(honestRows()).toBe(before);
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM people WHERE id = ?').get(forged.id)).toEqual({ n: forged.id === an.id ? 1 : 0 });
    expect(prov.context().sqlite.prepare(`SELECT full_name n FROM people WHERE origin = 'XA-B'`).all()).toEqual([{ n: 'Lò Văn Páo' }]);
  });

  it('a feedback package from below carrying a decision changes no status at the province', async () => {
    const { prov, rogue, xa, an, template } = await rogueSetup();
    const decision: ExchangeRecord = {
      type: 'decision', id: crypto.randomUUID(), rev: 1, updatedAt: template.header.createdAt, origin: 'XA-B', deleted: false,
      data: { subject: { type: 'person', id: an.id, origin: 'XA-TP' }, status: 'declined', reasons: [{ field: null, message: 'Giả mạo' }], decision: null, note: '' },
    };
    const before = rowsOf(prov);
    const r = await importText(prov, forge(rogue, template, [decision], (e) => { e.header.kind = 'feedback'; }));
    expect(r.ok && r.result.rows[0]).toMatchObject({ action: 'rejected', reason: 'Quyết định, phản hồi chỉ đi từ cấp trên xuống; Xã Bình Lư (XA-B) không phải cấp trên của đơn vị này.' });
    expect(rowsOf(prov)).toBe(before);
    // The honest commune's own decision about its own record, sent up, is refused the same way.
    const mine = read((await exportFrom(xa, 'T12', { all: true }))[0]!.file);
    const own = { ...decision, id: crypto.randomUUID(), origin: 'XA-TP', data: { ...(decision.data as object), subject: { type: 'person', id: an.id, origin: 'XA-TP' } } };
    const r2 = await importText(prov, forge(xa, mine, [own], (e) => { e.header.kind = 'feedback'; }));
    expect(r2.ok && r2.result.counts).toMatchObject({ rejected: 1, new: 0 });
    expect(rowsOf(prov)).toBe(before);
  });

  it('a unit directory issued by a commune is not taken at the province', async () => {
    const { prov, rogue, template } = await rogueSetup();
    const dir: ExchangeRecord = {
      type: 'unit-directory', id: crypto.randomUUID(), rev: 5, updatedAt: template.header.createdAt, origin: 'XA-B', deleted: false,
      data: { version: 5, units: [{ code: 'XA-TP', name: 'Xã Đã Đổi Tên', level: 'commune', parentCode: null, active: false, mergedIntoCode: null }] },
    };
    const before = rowsOf(prov);
    const r = await importText(prov, forge(rogue, template, [dir], (e) => {
      e.header.kind = 'reference';
      e.header.recipient.unitCode = '*';
      e.header.expiresAt = '2027-01-01T00:00:00Z';
    }));
    expect(r.ok && r.result.rows[0]).toMatchObject({ action: 'rejected', reason: 'Danh mục đơn vị chỉ được nhận từ cấp trên; Xã Bình Lư (XA-B) không phải cấp trên của đơn vị này.' });
    expect(rowsOf(prov)).toBe(before);
  });

  it('the province’s decisions still reach the commune, and only about the commune’s own records', async () => {
    const { prov, xa, an } = await rogueSetup();
    await prov.call('exchange.decide', { subjectType: 'person', subjectId: an.id, status: 'received', reasons: [] });
    const [fb] = await exportFrom(prov, 'XA-TP');
    const env = read(fb!.file);
    expect((await xa.call('exchange.import', { path: fb!.file })).counts).toMatchObject({ new: 1, rejected: 0 });
    // The same decision re-signed about another commune's record is refused at the commune.
    const other = structuredClone(env.body.records[0]!);
    other.id = crypto.randomUUID();
    (other.data as { subject: { origin: string } }).subject.origin = 'XA-B';
    const before = rowsOf(xa);
    const r = await importText(xa, forge(prov, env, [other]));
    expect(r.ok && r.result.rows[0]).toMatchObject({ action: 'rejected', reason: 'Quyết định này nói về hồ sơ của đơn vị XA-B, không phải của đơn vị này.' });
    expect(rowsOf(xa)).toBe(before);
  });
});

describe('packages that are not I-JSON or repeat a record', () => {
  it('duplicate member names are refused before the signature is checked', async () => {
    const { prov, rogue, template } = await rogueSetup();
    const signed = forge(rogue, template, template.body.records);
    expect(signed).toContain('"givenName":"Páo"');
    // JSON.parse keeps the last name, so the signature would verify: the parser must refuse.
    const twice = signed.replace('"givenName":"Páo"', '"givenName":"Pháo","givenName":"Páo"');
    expect(JSON.parse(twice)).toEqual(JSON.parse(signed));
    const before = rowsOf(prov);
    const r = await importText(prov, twice);
    expect(!r.ok && r.error).toMatchObject({ code: 'NOT_IJSON', message: 'Gói có tên trường "givenName" lặp lại trong cùng một đối tượng; gói không đúng chuẩn và bị từ chối.' });
    expect(rowsOf(prov)).toBe(before);
  });

  it('the same record id twice is refused', async () => {
    const { prov, rogue, template } = await rogueSetup();
    const rec = template.body.records[0]!;
    const again = { ...structuredClone(rec), rev: 2, data: { ...(rec.data as object), givenName: 'Khác' } };
    const before = rowsOf(prov);
    const r = await importText(prov, forge(rogue, template, [rec, again]));
    expect(!r.ok && r.error.message).toMatch(/^Bản ghi thứ 2 \(Cá nhân, mã [0-9a-f-]{36}\) xuất hiện hai lần trong gói/);
    expect(rowsOf(prov)).toBe(before);
  });

  it('the same record id twice is refused, written once in capitals, among many others', async () => {
    const { prov, rogue, template } = await rogueSetup();
    const rec = template.body.records[0]!;
    const others = Array.from({ length: 300 }, () => ({ ...structuredClone(rec), id: crypto.randomUUID() }));
    const again = { ...structuredClone(rec), id: rec.id.toUpperCase() };
    const before = rowsOf(prov);
    const r = await importText(prov, forge(rogue, template, [rec, ...others, again]));
    expect(!r.ok && r.error).toMatchObject({
      code: 'DUPLICATE_RECORD',
      message: `Bản ghi thứ 302 (Cá nhân, mã ${rec.id.toUpperCase()}) xuất hiện hai lần trong gói; gói không đúng định dạng và bị từ chối.`,
    });
    const dupOfOther = await importText(prov, forge(rogue, template, [rec, ...others, others[150]!]));
    expect(!dupOfOther.ok && dupOfOther.error.message).toMatch(/^Bản ghi thứ 302 \(Cá nhân, mã /);
    expect(rowsOf(prov)).toBe(before);
  });

  it('a lone surrogate and an integer beyond 2^53 are refused', async () => {
    const { prov, rogue, template } = await rogueSetup();
    const signed = forge(rogue, template, template.body.records);
    const before = rowsOf(prov);
    const lone = await importText(prov, signed.replace('"givenName":"Páo"', '"givenName":"P\\ud800o"'));
    expect(!lone.ok && lone.error.code).toBe('NOT_IJSON');
    const big = await importText(prov, signed.replace(/"sequence":\d+/, '"sequence":9007199254740993'));
    expect(!big.ok && big.error.message).toMatch(/Gói chứa số 9007199254740993 vượt quá phạm vi cho phép/);
    expect(rowsOf(prov)).toBe(before);
  });
});

describe('revocation the signer cannot dodge', () => {
  it('a revoked key is refused even with createdAt before the revocation; what came before stays', async () => {
    const { clock, prov, rogue, template } = await rogueSetup();
    // Received before the revocation: stays.
    await importText(prov, forge(rogue, template, template.body.records));
    expect(prov.context().sqlite.prepare(`SELECT count(*) n FROM people WHERE origin = 'XA-B'`).get()).toEqual({ n: 1 });
    clock.now = new Date(clock.now.getTime() + 86_400_000);
    const keyId = template.header.sender.keyId;
    await prov.call('trust.revoke', { keyId });
    const backdated = forge(rogue, template, [{ ...template.body.records[0]!, rev: 2, data: { ...(template.body.records[0]!.data as object), givenName: 'Sau' } }], (e) => {
      e.header.createdAt = '2025-01-01T00:00:00+07:00';
    });
    const before = rowsOf(prov);
    const r = await importText(prov, backdated);
    expect(!r.ok && r.error).toMatchObject({ code: 'KEY_REVOKED' });
    expect(!r.ok && r.error.message).toMatch(/^Khóa của Xã Bình Lư đã bị thu hồi ngày 16\/03\/2026; mọi gói ký bằng khóa này nhận từ khi thu hồi đều bị từ chối, dù gói ghi ngày tạo nào/);
    expect(rowsOf(prov)).toBe(before);
    expect(prov.context().sqlite.prepare(`SELECT given_name g FROM people WHERE origin = 'XA-B'`).all()).toEqual([{ g: 'Páo' }]);
  });
});

function writeTemp(text: string): string {
  const file = path.join(tempDir(), 'xem-truoc.tdkt');
  fs.writeFileSync(file, text);
  return file;
}
