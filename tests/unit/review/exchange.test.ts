import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope, ExchangeRecord } from '../../../src-shared/exchange/envelope';
import type { ReportData } from '../../../src-shared/records';
import { tempDir } from '../helpers';
import { readDocx } from '../print/checker/nd30';
import { exportFrom, pair, read, resign, site, tick, trust, type Site } from '../exchange/pair';

// Issue 21, point 6: the commune's figures go up as a `report` record; the province keeps the
// newest rev per unit and period, lists who has not sent, and sums what arrived.

async function setup() {
  const p = await pair();
  const { prov, xa } = p;
  const provUnit = (await prov.call('setup.status', {})).installation!.unitId;
  // The province's directory knows two communes below it; only Tân Phong will send.
  await prov.call('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: provUnit });
  await prov.call('units.create', { code: 'XA-B', name: 'Xã Bình Lư', level: 'commune', parentId: provUnit });
  await xa.call('awards.addHistory', { subjectType: 'person', subjectId: p.an.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionDate: '2026-01-20' });
  await xa.call('awards.addHistory', { subjectType: 'collective', subjectId: p.collective.id, year: 2026, awardCode: 'GIAY_KHEN_TT', awardName: 'Giấy khen (tập thể)', decisionDate: '2026-03-01' });
  return { ...p, provUnit };
}

const reportOf = (file: string) => read(file).body.records.find((r) => r.type === 'report')!;
const rows = (s: Site) => JSON.stringify(s.context().sqlite.prepare('SELECT * FROM review_reports ORDER BY rowid').all());

function writeTemp(text: string) {
  const f = path.join(tempDir(), 'goi.tdkt');
  fs.writeFileSync(f, text);
  return f;
}

/** A package signed by `sender` with the header of `template` and these records. */
function forge(sender: Site, template: Envelope, records: ExchangeRecord[]): string {
  const env = structuredClone(template);
  env.header.packageId = crypto.randomUUID();
  env.header.sequence += 10;
  env.body.records = records;
  env.header.counts.records = records.length;
  return resign(sender, env);
}

describe('the report record: a commune\'s figures at the province', () => {
  it('goes up in the submission; the province lists it beside the unit that has not sent and sums it; a newer rev replaces it, the older is stale', async () => {
    const { clock, prov, xa, dung } = await setup();
    expect((await xa.call('review.publish', { year: 2026, period: 'h1' })).rev).toBe(1);
    const [first] = await exportFrom(xa, 'T12');
    const sent = reportOf(first!.file);
    expect(sent).toMatchObject({ type: 'report', origin: 'XA-TP', rev: 1, data: { year: 2026, period: 'h1', unitName: 'Xã Tân Phong' } });
    const preview = await prov.call('exchange.preview', { path: first!.file });
    expect(preview.rows.find((r) => r.type === 'report')).toMatchObject({ action: 'new', title: 'Số liệu 6 tháng đầu năm 2026 của Xã Tân Phong' });
    await prov.call('exchange.import', { path: first!.file });

    const r1 = await prov.call('review.rollup', { year: 2026, period: 'h1' });
    expect(r1.units.map((u) => [u.code, u.report?.rev ?? null])).toEqual([['XA-B', null], ['XA-TP', 1]]);
    expect(r1.missing).toEqual(['Xã Bình Lư']);
    expect(r1.sum.awards).toMatchObject({ total: 2, bySubject: { person: 1, collective: 1 } });
    expect(r1.sum.awards.byUnit).toEqual([{ name: 'Xã Tân Phong', count: 2 }]);
    // Another period has nothing from anyone.
    expect((await prov.call('review.rollup', { year: 2026, period: 'year' })).missing).toEqual(['Xã Bình Lư', 'Xã Tân Phong']);
    // The province's own review prints the units' table (the gap named) and their sum.
    expect((await prov.call('review.get', { year: 2026, period: 'h1' })).hasUnitsBelow).toBe(true);
    const doc = await prov.call('print.document', { kind: 'review', id: '2026:h1' });
    const d = readDocx('review', doc.fileName, Buffer.from(doc.contentBase64, 'base64'));
    expect(d.lines).toContain('7. Tổng hợp số liệu của các đơn vị');
    expect(d.text).toContain('Đã nhận số liệu 6 tháng đầu năm 2026 của 1/2 đơn vị; chưa nhận: Xã Bình Lư.');
    expect(d.lines).toContain('Chưa gửi số liệu');
    expect(d.text).toContain('Trong 6 tháng đầu năm 2026, đã khen thưởng 2 lượt');

    // A new award at the commune: rev 2 replaces rev 1 at the province.
    tick(clock);
    await xa.call('awards.addHistory', { subjectType: 'person', subjectId: dung.id, year: 2026, awardCode: 'GIAY_KHEN', awardName: 'Giấy khen', decisionDate: '2026-03-10' });
    expect((await xa.call('review.publish', { year: 2026, period: 'h1' })).rev).toBe(2);
    const [second] = await exportFrom(xa, 'T12');
    expect(reportOf(second!.file).rev).toBe(2);
    expect((await prov.call('exchange.preview', { path: second!.file })).rows.find((r) => r.type === 'report')).toMatchObject({ action: 'update' });
    await prov.call('exchange.import', { path: second!.file });
    const r2 = await prov.call('review.rollup', { year: 2026, period: 'h1' });
    expect(r2.units.find((u) => u.code === 'XA-TP')!.report).toMatchObject({ rev: 2 });
    expect(r2.sum.awards.total).toBe(3);

    // The old rev sent again (a new package carrying rev 1): stale, with its reason; nothing changes.
    const before = rows(prov);
    const old = await prov.call('exchange.preview', { path: writeTemp(forge(xa, read(first!.file), [sent])) });
    expect(old.rows[0]).toMatchObject({ action: 'stale', reason: 'Bản cũ (lần sửa 1); đang có lần sửa 2 mới hơn.' });
    await prov.call('exchange.import', { path: writeTemp(forge(xa, read(first!.file), [sent])) });
    expect(rows(prov)).toBe(before);
    // The same rev again: unchanged.
    const same = await prov.call('exchange.preview', { path: writeTemp(forge(xa, read(first!.file), [reportOf(second!.file)])) });
    expect(same.rows[0]).toMatchObject({ action: 'unchanged' });
  });

  it('figures that do not add up are refused naming the figure; a report claiming another unit is refused; nothing is written', async () => {
    const { prov, xa, clock } = await setup();
    await xa.call('review.publish', { year: 2026, period: 'year' });
    const [file] = await exportFrom(xa, 'T12');
    const env = read(file!.file);
    const good = reportOf(file!.file);
    const spoiled = structuredClone(good);
    (spoiled.data as ReportData).figures.awards.total = 9;
    const before = rows(prov);
    const p = await prov.call('exchange.preview', { path: writeTemp(forge(xa, env, [spoiled])) });
    expect(p.rows[0]!.action).toBe('rejected');
    expect(p.rows[0]!.reason).toBe(
      'Số liệu năm 2026 của Xã Tân Phong bị từ chối: Tổng số khen thưởng là 9 nhưng tổng theo loại (danh hiệu thi đua + hình thức khen thưởng) là 2; số liệu không khớp. Đề nghị đơn vị kiểm tra lại và gửi lại.',
    );
    const r = await prov.call('exchange.import', { path: writeTemp(forge(xa, env, [spoiled])) });
    expect(r.counts).toMatchObject({ rejected: 1 });
    expect(rows(prov)).toBe(before);

    // A trusted commune sending figures as if they were Tân Phong's.
    const rogue = await site('XA-B', 'Xã Bình Lư', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
    await trust(prov, rogue);
    await trust(rogue, prov);
    await rogue.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', gender: 'male' });
    const [own] = await exportFrom(rogue, 'T12');
    const claim = { ...structuredClone(good), id: crypto.randomUUID() };
    const forged = await prov.call('exchange.preview', { path: writeTemp(forge(rogue, read(own!.file), [claim])) });
    expect(forged.rows[0]!.action).toBe('rejected');
    expect(forged.rows[0]!.reason).toMatch(/^Bản ghi thuộc đơn vị XA-TP, nhưng gói do Xã Bình Lư \(XA-B\) ký: chỉ đơn vị sở hữu mới được tạo, sửa hoặc xóa bản ghi của mình\.$/u);
    await prov.call('exchange.import', { path: writeTemp(forge(rogue, read(own!.file), [claim])) });
    expect(rows(prov)).toBe(before);

    // The honest package lands.
    await prov.call('exchange.import', { path: file!.file });
    expect((await prov.call('review.rollup', { year: 2026, period: 'year' })).units.find((u) => u.code === 'XA-TP')!.report!.figures.awards.total).toBe(2);
  });

  it('the province has no upper level to send to; a report in a reference package is refused', async () => {
    const { prov, xa } = await setup();
    const none = await prov.fail('review.publish', { year: 2026, period: 'year' });
    expect(none.message).toBe('Tỉnh Lai Châu không có cấp trên trong danh mục đơn vị; không có nơi để gửi số liệu sơ kết, tổng kết.');
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM review_reports').get()).toEqual({ n: 0 });
    const out = tempDir();
    const issued = await prov.call('reference.issue', { outDir: out, expiresDays: 30 });
    expect(read(issued.files[0]!.file).body.records.map((r) => r.type)).not.toContain('report');
    const provReport: ExchangeRecord = {
      type: 'report', id: crypto.randomUUID(), rev: 1, updatedAt: '2026-03-15T01:00:00.000Z', origin: 'T12', deleted: false,
      data: { year: 2026, period: 'year', unitName: 'Tỉnh Lai Châu', figures: (await prov.call('review.get', { year: 2026, period: 'year' })).figures },
    };
    const env = read(issued.files[0]!.file);
    const p = await xa.call('exchange.preview', { path: writeTemp(forge(prov, env, [provReport])) });
    expect(p.rows[0]!.action).toBe('rejected');
    expect(p.rows[0]!.reason).toContain('không được phép có trong');
  });
});
