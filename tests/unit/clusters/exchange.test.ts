// Cụm, khối thi đua travel: the province's cluster goes down read-only; the commune (a member and
// the cụm trưởng) sends its self-scoring, its scoring of the members and the biên bản suy tôn up.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { exportFrom, pair, read, resign, tick } from '../exchange/pair';

async function setup() {
  const p = await pair();
  const { prov } = p;
  const province = (await prov.call('units.list', { query: '', level: null, parentId: null, includeInactive: true })).items.find((u) => u.code === 'T12')!;
  const names = [['XA-TP', 'Xã Tân Phong'], ['XA-DH', 'Xã Đông Hưng'], ['XA-PT', 'Xã Phúc Thọ']];
  const units = [];
  for (const [code, name] of names) units.push(await prov.call('units.create', { code: code!, name: name!, level: 'commune', parentId: province.id }));
  const c = await prov.call('clusters.create', {
    year: 2025, kind: 'cum', name: 'Cụm thi đua số 1', leaderUnitId: units[0]!.id, deputyUnitId: units[1]!.id,
    members: units.map((u, k) => ({ unitId: u.id, headName: `Chủ tịch ${k + 1}`, headTitle: 'Chủ tịch UBND xã' })),
  });
  return { ...p, c, units };
}

describe('clusters travel', () => {
  it('goes down read-only; the member’s own scoring, the cụm trưởng’s scoring and minutes go up, each owned by who made them', async () => {
    const { clock, prov, xa, c } = await setup();
    const out = tempDir();
    const issued = await prov.call('reference.issue', { outDir: out, expiresDays: 30 });
    const preview = await xa.call('exchange.preview', { path: issued.files[0]!.file });
    expect(preview.rows.find((r) => r.type === 'cluster')).toMatchObject({ action: 'new', title: 'Cụm thi đua số 1 năm 2025 (3 đơn vị)' });
    await xa.call('exchange.import', { path: issued.files[0]!.file });

    const copy = await xa.call('clusters.get', { id: c.id });
    expect(copy).toMatchObject({ editable: false, origin: 'T12', criteria: c.criteria, maxTotalTenths: 1000 });
    expect(copy.members.map((m) => [m.unitCode, m.role, m.headName])).toEqual([['XA-TP', 'leader', 'Chủ tịch 1'], ['XA-DH', 'deputy', 'Chủ tịch 2'], ['XA-PT', null, 'Chủ tịch 3']]);
    const [tp, dh, pt] = copy.members.map((m) => m.unitId);
    expect(copy.viewerUnitId).toBe(tp);
    expect((await xa.fail('clusters.update', { id: c.id, name: 'Sửa', members: copy.members.map((m) => ({ unitId: m.unitId })) })).code).toBe('READ_ONLY');
    expect((await xa.fail('clusters.rollOver', { id: c.id })).code).toBe('READ_ONLY');

    // The commune scores itself; scoring another member as "self" is refused.
    const full = Object.fromEntries(c.criteria.map((i) => [i.id, i.maxTenths]));
    await xa.call('clusters.score', { clusterId: c.id, unitId: tp!, scorer: 'self', scores: full });
    expect(await xa.fail('clusters.score', { clusterId: c.id, unitId: dh!, scorer: 'self', scores: full })).toMatchObject({ code: 'READ_ONLY' });
    // As cụm trưởng it scores every member and holds the suy tôn.
    for (const u of [tp!, dh!, pt!]) await xa.call('clusters.score', { clusterId: c.id, unitId: u, scorer: 'cluster', scores: { ...full, '1': u === dh ? 250 : 300 } });
    await xa.call('clusters.setVote', { clusterId: c.id, heldOn: '2026-01-10', voters: 3, votes: [{ unitId: tp!, yes: 3, award: 'CO_TD_TINH' }, { unitId: dh!, yes: 1 }, { unitId: pt!, yes: 2, award: 'BK_CT_TINH_TT' }] });

    tick(clock);
    const files = await exportFrom(xa, 'T12');
    const types = read(files[0]!.file).body.records.map((r) => r.type).filter((t) => t.startsWith('cluster'));
    expect(types.sort()).toEqual(['cluster-scorecard', 'cluster-scorecard', 'cluster-scorecard', 'cluster-scorecard', 'cluster-vote']);
    const rows = (await prov.call('exchange.preview', { path: files[0]!.file })).rows.filter((r) => r.type.startsWith('cluster'));
    expect(rows.every((r) => r.action === 'new')).toBe(true);
    expect(rows.map((r) => r.title)).toContain('Điểm tự chấm của Xã Tân Phong');
    await prov.call('exchange.import', { path: files[0]!.file });

    const got = await prov.call('clusters.get', { id: c.id });
    expect(got.scoring.map((s) => [s.name, s.self?.origin ?? null, s.cluster?.origin ?? null])).toEqual([
      ['Xã Tân Phong', 'XA-TP', 'XA-TP'], ['Xã Đông Hưng', null, 'XA-TP'], ['Xã Phúc Thọ', null, 'XA-TP'],
    ]);
    expect(got.ranking.map((r) => [r.name, r.rank])).toEqual([['Xã Tân Phong', 1], ['Xã Phúc Thọ', 1], ['Xã Đông Hưng', 3]]);
    expect(got.vote).toMatchObject({ origin: 'XA-TP', voters: 3, heldOn: '2026-01-10' });
    // The copy of the commune's scoring is read-only at the province.
    expect(got.scoring[0]!.cluster!.editable).toBe(false);
    expect((await prov.fail('clusters.score', { clusterId: c.id, unitId: got.scoring[0]!.unitId, scorer: 'cluster', scores: full })).code).toBe('READ_ONLY');
  });

  it('refuses a member’s self-scoring that claims another member, and applies nothing of it', async () => {
    const { clock, prov, xa, c } = await setup();
    const issued = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 30 });
    await xa.call('exchange.import', { path: issued.files[0]!.file });
    const copy = await xa.call('clusters.get', { id: c.id });
    await xa.call('clusters.score', { clusterId: c.id, unitId: copy.members[0]!.unitId, scorer: 'self', scores: { '1': 200 } });
    tick(clock);
    const [file] = await exportFrom(xa, 'T12');
    const env = read(file!.file);
    const card = env.body.records.find((r) => r.type === 'cluster-scorecard')!;
    (card.data as { unit: { code: string; name: string } }).unit = { ...(card.data as { unit: { code: string; name: string; level: string } }).unit, code: 'XA-DH', name: 'Xã Đông Hưng' };
    const forged = path.join(tempDir(), 'forged.tdkt');
    fs.writeFileSync(forged, resign(xa, env));
    const row = (await prov.call('exchange.preview', { path: forged })).rows.find((r) => r.type === 'cluster-scorecard')!;
    expect(row).toMatchObject({ action: 'rejected', reason: 'Điểm tự chấm của Xã Đông Hưng chỉ nhận từ chính Xã Đông Hưng.' });
    await prov.call('exchange.import', { path: forged });
    expect(prov.context().sqlite.prepare('SELECT count(*) n FROM cluster_scorecards').get()).toEqual({ n: 0 });
  });
});
