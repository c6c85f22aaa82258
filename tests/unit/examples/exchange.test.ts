// Typical examples travel up as records owned by the commune: read-only copies above, updates and deletions by the owner only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { dump, exportFrom, pair, read, resign, site, tick, trust } from '../exchange/pair';

async function withExample() {
  const p = await pair();
  const award = await p.xa.call('awards.addHistory', { subjectType: 'person', subjectId: p.an.id, year: 2025, awardName: 'Lao động tiên tiến', decisionNumber: '10/QĐ-UBND', decisionDate: '2026-01-05' });
  const x = await p.xa.call('examples.create', {
    kind: 'person', personId: p.an.id, field: 'Nông nghiệp', achievements: 'Mô hình chè sạch.',
    stages: [{ stage: 'phat-hien', on: '2025-03-01', by: 'Hội Nông dân xã' }], media: [{ outlet: 'Báo Lai Châu', on: '2025-08-10', link: 'https://baolaichau.vn/a' }],
    awardIds: [award.id], directWorker: true,
  });
  return { ...p, x };
}

describe('typical examples in packages', () => {
  it('go up as "example" records; the province keeps a read-only copy with the awards as described', async () => {
    const { prov, xa, x, clock } = await withExample();
    const [sub] = await exportFrom(xa, 'T12');
    const rec = read(sub!.file).body.records.find((r) => r.type === 'example')!;
    expect(rec).toMatchObject({ id: x.id, origin: 'XA-TP', rev: 1, deleted: false });
    expect(rec.data).toMatchObject({ name: 'Nguyễn Văn An', unit: { code: 'XA-TP' }, awards: [{ awardName: 'Lao động tiên tiến', decisionNumber: '10/QĐ-UBND' }] });
    const preview = await prov.call('exchange.preview', { path: sub!.file });
    expect(preview.rows.find((r) => r.type === 'example')).toMatchObject({ action: 'new', title: 'Nguyễn Văn An' });
    await prov.call('exchange.import', { path: sub!.file });
    const [copy] = await prov.call('examples.list', {});
    expect(copy).toMatchObject({ id: x.id, origin: 'XA-TP', readOnly: true, unitName: 'Xã Tân Phong', stage: 'phat-hien', women: false, flagsFromPerson: true });
    expect(copy!.awards).toEqual([expect.objectContaining({ awardName: 'Lao động tiên tiến', year: 2025 })]);
    // Only the owner changes it.
    const e = await prov.fail('examples.update', { kind: 'model', name: 'Sửa', stages: [{ stage: 'phat-hien', on: '2025-03-01' }], id: x.id });
    expect(e.message).toMatch(/bản sao nhận từ đơn vị XA-TP/);

    // The owner's next stage arrives as rev 2; its deletion as a tombstone.
    tick(clock);
    await xa.call('examples.update', {
      kind: 'person', personId: x.personId, field: 'Nông nghiệp', achievements: 'Mô hình chè sạch.', directWorker: true,
      stages: [...x.stages, { stage: 'boi-duong', on: '2025-06-01', by: 'UBND xã' }], id: x.id,
    });
    const [sub2] = await exportFrom(xa, 'T12');
    await prov.call('exchange.import', { path: sub2!.file });
    expect((await prov.call('examples.get', { id: x.id }))).toMatchObject({ rev: 2, stage: 'boi-duong' });
    tick(clock);
    await xa.call('examples.delete', { id: x.id });
    const [sub3] = await exportFrom(xa, 'T12');
    expect(read(sub3!.file).body.records.filter((r) => r.type === 'example').map((r) => r.deleted)).toEqual([true]);
    await prov.call('exchange.import', { path: sub3!.file });
    expect(await prov.call('examples.list', {})).toEqual([]);

    // The province's own register stays with it: nothing goes down.
    await prov.call('examples.create', { kind: 'model', name: 'Mô hình của tỉnh', stages: [{ stage: 'phat-hien', on: '2025-01-01' }] });
    expect((await prov.fail('exchange.export', { to: 'XA-TP', outDir: tempDir() })).code).toBe('NOTHING_TO_SEND');
  });

  it('an example claiming another commune as its owner is rejected and nothing of it is written', async () => {
    const { prov, xa, clock } = await withExample();
    const dh = await site('XA-DH', 'Xã Đông Hưng', 'commune', { code: 'T12', name: 'Tỉnh Lai Châu' }, clock);
    await trust(prov, dh);
    const [sub] = await exportFrom(xa, 'T12');
    const env = read(sub!.file);
    const rec = env.body.records.find((r) => r.type === 'example')!;
    rec.origin = 'XA-DH';
    const file = path.join(tempDir(), 'forged.tdkt');
    fs.writeFileSync(file, resign(xa, env));
    const before = dump(prov);
    const r = await prov.call('exchange.preview', { path: file });
    expect(r.rows.find((x) => x.type === 'example')).toMatchObject({ action: 'rejected', reason: expect.stringMatching(/Bản ghi thuộc đơn vị XA-DH, nhưng gói do Xã Tân Phong/) });
    expect(dump(prov)).toBe(before);
    await prov.call('exchange.import', { path: file });
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM typical_examples').get()).toEqual({ n: 0 });
  });
});
