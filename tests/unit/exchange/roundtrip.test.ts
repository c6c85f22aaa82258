import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { person, tempDir } from '../helpers';
import { dump, exportFrom, pair, read, tick } from './pair';

describe('exchange round trip', () => {
  it('commune → province → one feedback file carrying its receipt → commune, each re-import changing nothing', async () => {
    const { clock, prov, xa, an } = await pair();

    // Commune exports everything the province has not acknowledged.
    const [sub] = await exportFrom(xa, 'T12');
    expect(sub).toMatchObject({ kind: 'submission', sequence: 1, records: 3 });
    expect(sub!.fileName).toBe('XA-TP_submission_20260315_1.tdkt');
    expect((await xa.call('exchange.statusOf', { type: 'person', id: an.id })).status).toBe('sent');

    // Province previews (nothing written), then imports.
    const before = dump(prov);
    const preview = await prov.call('exchange.preview', { path: sub!.file });
    expect(preview).toMatchObject({ applied: false, duplicate: false, counts: { new: 3, update: 0, unchanged: 0, stale: 0, rejected: 0 } });
    expect(preview.rows.map((r) => r.title)).toEqual(['Thôn Đông', 'Nguyễn Văn An', 'Đặng Văn Dũng']);
    expect(dump(prov)).toBe(before);
    const imported = await prov.call('exchange.import', { path: sub!.file });
    expect(imported.applied).toBe(true);
    const copy = await prov.call('people.get', { id: an.id });
    expect(copy).toMatchObject({ fullName: 'Nguyễn Văn An', origin: 'XA-TP', rev: 1, unitName: 'Xã Tân Phong', collectiveName: 'Thôn Đông' });

    // Province returns with a reason, then decides; writes feedback and an ack.
    tick(clock);
    await prov.call('exchange.decide', { subjectType: 'person', subjectId: an.id, status: 'returned', reasons: [{ field: 'birthDate', message: 'Thiếu giấy khai sinh' }] });
    tick(clock);
    await prov.call('exchange.decide', {
      subjectType: 'person', subjectId: an.id, status: 'decided',
      decision: { number: '125/QĐ-UBND', date: '2026-03-15', issuer: 'UBND tỉnh Lai Châu', award: 'Bằng khen' },
    });
    // One file goes back: the feedback carries the province's receipt for the commune's package.
    const feedback = await exportFrom(prov, 'XA-TP');
    expect(feedback.map((f) => [f.kind, f.records])).toEqual([['feedback', 3]]);
    expect(read(feedback[0]!.file).body.records.map((r) => r.type)).toEqual(['decision', 'decision', 'receipt']);
    expect((await prov.fail('exchange.ack', { to: 'XA-TP', outDir: tempDir(), all: false })).code).toBe('NOTHING_TO_ACK');

    // The commune imports that one file and reads both, in words.
    const back = await xa.call('exchange.import', { path: feedback[0]!.file });
    expect(back.counts).toMatchObject({ new: 2, update: 1, rejected: 0 });
    expect(back.story).toEqual([
      'Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 cá nhân, 1 tập thể.',
      'Cá nhân: 1 được khen thưởng (QĐ số 125/QĐ-UBND ngày 15/03/2026, Bằng khen).',
    ]);
    expect(await xa.call('exchange.statusOf', { type: 'person', id: an.id })).toMatchObject({
      status: 'decided', decidedBy: 'T12', decision: { number: '125/QĐ-UBND', award: 'Bằng khen' },
    });
    const listed = await xa.call('records.list', { type: 'person' });
    expect(listed.items.find((r) => r.id === an.id)?.status).toBe('decided');
    // Delivered: nothing left to send.
    expect((await xa.fail('exchange.export', { to: 'T12', outDir: tempDir() })).code).toBe('NOTHING_TO_SEND');

    // Re-importing any package changes nothing.
    for (const [site, file] of [[prov, sub!.file], [xa, feedback[0]!.file]] as const) {
      const snap = dump(site);
      const again = await site.call('exchange.import', { path: file });
      expect(again).toMatchObject({ duplicate: true, applied: false });
      expect(dump(site)).toBe(snap);
    }
    const log = (await xa.call('exchange.packages', {})).items;
    expect(log.map((p) => [p.direction, p.kind, p.sequence, p.receiptText])).toEqual([
      ['in', 'feedback', 1, 'Chưa báo nhận; giấy báo sẽ đi kèm gói gửi tiếp theo cho Tỉnh Lai Châu.'],
      ['out', 'submission', 1, 'Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 cá nhân, 1 tập thể.'],
    ]);
    expect((await prov.call('exchange.packages', { direction: 'in' })).items[0]!.receiptText).toMatch(/^Đã báo nhận kèm gói số 1 ngày \d\d\/\d\d\/2026\.$/);
  });

  it('writes a receipt of its own when there is nothing else to send back', async () => {
    const { prov, xa } = await pair();
    const [sub] = await exportFrom(xa, 'T12');
    await prov.call('exchange.import', { path: sub!.file });
    expect((await prov.fail('exchange.export', { to: 'XA-TP', outDir: tempDir() })).code).toBe('NOTHING_TO_SEND');
    const [ack] = (await prov.call('exchange.ack', { to: 'XA-TP', outDir: tempDir(), all: false })).files;
    const r = await xa.call('exchange.import', { path: ack!.file });
    expect(r.story).toEqual(['Tỉnh Lai Châu đã nhận gói số 1 ngày 15/03/2026: 2 cá nhân, 1 tập thể.']);
    expect((await xa.fail('exchange.export', { to: 'T12', outDir: tempDir() })).code).toBe('NOTHING_TO_SEND');
  });

  it('sends an edit as a higher rev, applies it as an update, and ignores an older copy as stale', async () => {
    const { clock, prov, xa, an } = await pair();
    const [first] = await exportFrom(xa, 'T12');
    tick(clock);
    await xa.call('people.update', { ...person({ givenName: 'Ân' }), id: an.id });
    const [second] = await exportFrom(xa, 'T12'); // not acknowledged: all three again, one at rev 2
    expect(second!.sequence).toBe(2);
    expect((await prov.call('exchange.import', { path: second!.file })).counts).toMatchObject({ new: 3 });
    const late = await prov.call('exchange.import', { path: first!.file });
    expect(late.counts).toMatchObject({ unchanged: 2, stale: 1 });
    expect(late.rows.find((r) => r.action === 'stale')?.reason).toMatch(/Bản cũ/);
    expect((await prov.call('people.get', { id: an.id })).givenName).toBe('Ân');
  });

  it('carries a deletion as a tombstone', async () => {
    const { prov, xa, dung } = await pair();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    await xa.call('people.delete', { id: dung.id });
    const [next] = await exportFrom(xa, 'T12', { all: false });
    expect((await prov.call('exchange.import', { path: next!.file })).counts.update).toBe(1);
    expect((await prov.fail('people.get', { id: dung.id })).code).toBe('NOT_FOUND');
  });

  it('splits a large export into self-contained packages sharing a batch, and lists the gap when one is missing', async () => {
    const { prov, xa } = await pair();
    const unitId = (await xa.call('setup.status', {})).installation!.unitId;
    for (let i = 0; i < 60; i++) await xa.call('people.create', person({ givenName: `Người${i}`, position: 'Cán bộ '.repeat(20), unitId }));
    const files = await exportFrom(xa, 'T12', { maxSizeMb: 0.01 });
    expect(files.length).toBeGreaterThan(2);
    const envs = files.map((f) => read(f.file));
    expect(new Set(envs.map((e) => e.header.batch?.id)).size).toBe(1);
    expect(envs.map((e) => e.header.batch?.index)).toEqual(files.map((_f, i) => i + 1));
    for (const f of files) expect(fs.statSync(f.file).size).toBeLessThanOrEqual(0.01 * 1048576);
    // Import all but the second: each applies on its own; the gap is listed.
    for (const f of files.filter((_f, i) => i !== 1)) expect((await prov.call('exchange.import', { path: f.file })).applied).toBe(true);
    const gaps = await prov.call('exchange.gaps', {});
    expect(gaps).toEqual([{ senderCode: 'XA-TP', senderName: 'Xã Tân Phong', missing: [2], last: files.length }]);
    const overview = await prov.call('exchange.overview', {});
    expect(overview.find((o) => o.unitCode === 'XA-TP')).toMatchObject({ trusted: true, missing: [2] });
  });

  it('lets the province vouch for keys with a trust list, and revoke them', async () => {
    const { clock, prov, xa } = await pair();
    const { site, trust } = await import('./pair');
    const x2 = await site('XA-B', 'Xã Bình Lư', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
    await trust(prov, x2);
    await trust(x2, prov);
    const out = tempDir();
    const issued = await prov.call('trustList.issue', { outDir: out, expiresDays: 30 });
    expect(issued.version).toBe(1);
    expect(issued.files[0]!.fileName).toMatch(/^T12_trust-list_\d{8}_1\.tdkt$/);
    const r = await xa.call('exchange.import', { path: issued.files[0]!.file });
    expect(r.counts.new).toBe(1);
    const keys = await xa.call('trust.list', {});
    expect(keys.find((k) => k.unitCode === 'XA-B')).toMatchObject({ status: 'trusted', source: 'trust-list' });
    // XA-B's package now verifies at XA-TP without a manual confirmation.
    await x2.call('people.create', person({ givenName: 'Bình' }));
    await trust(x2, xa);
    const [pkg] = await exportFrom(x2, 'XA-TP');
    expect((await xa.call('exchange.preview', { path: pkg!.file })).counts.new).toBe(1);
    // The province revokes XA-B; the next list carries the revocation.
    tick(clock);
    await prov.call('trust.revoke', { keyId: x2.fingerprint.replace(/ /g, '') });
    const v2 = await prov.call('trustList.issue', { outDir: out, expiresDays: 30 });
    await xa.call('exchange.import', { path: v2.files[0]!.file });
    expect((await xa.call('trust.list', {})).find((k) => k.unitCode === 'XA-B')?.status).toBe('revoked');
    tick(clock);
    const [after] = await exportFrom(x2, 'XA-TP', { all: true });
    expect((await xa.fail('exchange.preview', { path: after!.file })).message).toMatch(/đã bị thu hồi/);
  });

  it('installs the province unit directory from a reference package, newer versions replacing older', async () => {
    const { prov, xa } = await pair();
    await prov.call('units.import', { format: 'csv', content: 'Mã,Tên,Cấp,Mã cấp trên\nX01,Xã Phúc Khoa,xã,T12\nX02,Xã Mường Khoa,xã,T12', dryRun: false });
    const out = tempDir();
    const v1 = await prov.call('reference.issue', { outDir: out, expiresDays: 365 });
    expect((await xa.call('exchange.import', { path: v1.files[0]!.file })).applied).toBe(true);
    expect((await xa.call('units.list', { query: 'khoa' })).items.map((u) => [u.code, u.parentCode])).toEqual([['X02', 'T12'], ['X01', 'T12']]);
    await prov.call('units.import', { format: 'csv', content: 'Mã,Tên,Cấp,Mã cấp trên,Sáp nhập vào\nX02,Xã Mường Khoa,xã,T12,X01', dryRun: false });
    const v2 = await prov.call('reference.issue', { outDir: out, expiresDays: 365 });
    await xa.call('exchange.import', { path: v2.files[0]!.file });
    expect((await xa.call('units.list', { query: 'muong khoa' })).items[0]).toMatchObject({ active: false, mergedIntoName: 'Xã Phúc Khoa' });
  });
});

describe('received copies', () => {
  it('are read-only at the receiver: edits and deletions are refused with a Vietnamese reason', async () => {
    const { prov, xa, an, collective } = await pair();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    const before = dump(prov);
    expect((await prov.fail('people.update', { ...person({ givenName: 'Sửa' }), id: an.id })).message).toMatch(/bản sao nhận từ đơn vị XA-TP/);
    expect((await prov.fail('people.delete', { id: an.id })).code).toBe('READ_ONLY');
    expect((await prov.fail('collectives.delete', { id: collective.id })).code).toBe('READ_ONLY');
    expect(dump(prov)).toBe(before);
  });
});

describe('life cycle at the owner', () => {
  it('a returned record shows its reasons, and goes back to draft when the owner edits it', async () => {
    const { clock, prov, xa, an } = await pair();
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    tick(clock);
    await prov.call('exchange.decide', { subjectType: 'person', subjectId: an.id, status: 'returned', reasons: [{ field: 'birthDate', message: 'Ngày sinh chưa khớp hồ sơ' }] });
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    expect(await xa.call('exchange.statusOf', { type: 'person', id: an.id })).toMatchObject({
      status: 'returned', reasons: [{ field: 'birthDate', message: 'Ngày sinh chưa khớp hồ sơ' }],
    });
    tick(clock);
    await xa.call('people.update', { ...person({ birthDate: '1980-05-02' }), id: an.id });
    expect((await xa.call('exchange.statusOf', { type: 'person', id: an.id })).status).toBe('draft');
    const [again] = await exportFrom(xa, 'T12');
    expect(read(again!.file).body.records.find((r) => r.id === an.id)?.rev).toBe(2);
    expect((await xa.call('exchange.statusOf', { type: 'person', id: an.id })).status).toBe('sent');
  });
});
