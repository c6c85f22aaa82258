import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

// "Xóa dữ liệu mẫu": only what the demo made goes, in one transaction; the clerk's own records stay.

const TABLES = ['units', 'people', 'collectives', 'dossiers', 'dossier_nominees', 'initiatives', 'initiative_evaluations', 'registrations', 'registration_entries', 'inspections', 'inspection_plans', 'record_status'];

describe('sample data: marked, and removable without touching the clerk\'s records', () => {
  it('removes every sample row and keeps what the clerk had before and added after', async () => {
    const { h } = await initializedHost();
    const db = h.context().sqlite;
    const all = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit', 'settings')").all() as { name: string }[]).map((t) => t.name);
    expect(all).toEqual(expect.arrayContaining(TABLES));
    const count = () => Object.fromEntries(all.map((t) => [t, (db.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n]));
    const unitId = (await h.call('setup.status', {})).installation!.unitId;
    const before = await h.call('people.create', person({ givenName: 'Trước', unitId }));
    const empty = count();
    const docSettings = await h.call('settings.get', {});
    expect(await h.call('demo.status', {})).toMatchObject({ active: false });

    await h.call('demo.create', { people: 30 });
    const status = await h.call('demo.status', {});
    expect(status).toMatchObject({ active: true, later: 0, tangled: [] });
    expect(status.sample).toBeGreaterThan(50);
    expect(count().people).toBe(31);
    expect(JSON.stringify(await h.call('settings.get', {}))).toContain('Lò Văn Páo'); // sample signer
    // Last year's province-level awards (FIXED_NOW is in 2026): the statistics form 0603.N of 2025 has figures.
    const form0603 = async () => (await h.call('statistics.compute', { form: '0603.N', year: 2025 })).rows.find((x) => x.key === 'total')!.cells;
    expect(await form0603()).toEqual([4, 3, 0, 1, 0]);

    // Added by the clerk after the demo, using nothing of it.
    const after = await h.call('people.create', person({ givenName: 'Sau', unitId }));
    expect((await h.call('demo.status', {})).later).toBe(1);

    const r = await h.call('demo.remove', {});
    expect(r.removed).toBeGreaterThan(50);
    // Every table as it was, but the person added after; the search index included.
    const now = count();
    expect(now).toEqual({ ...empty, people: empty.people! + 1, people_fts: now.people_fts, people_fts_data: now.people_fts_data, people_fts_idx: now.people_fts_idx, people_fts_docsize: now.people_fts_docsize, people_fts_config: now.people_fts_config });
    expect(now.people_fts_docsize).toBe(empty.people_fts_docsize! + 1);
    expect((db.prepare('SELECT id FROM people ORDER BY given_name').all() as { id: string }[]).map((p) => p.id).sort()).toEqual([before.id, after.id].sort());
    expect((await h.call('people.search', { query: 'Nguyễn', offset: 0, limit: 50, unitId: null })).total).toBe(2); // the search index follows
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(await form0603()).toEqual([0, 0, 0, 0, 0]); // the sample awards went with the rest
    // The sample signers and council are gone with it.
    expect(await h.call('settings.get', {})).toEqual(docSettings);
    expect(await h.call('demo.status', {})).toMatchObject({ active: false });
    expect(db.prepare("SELECT action, entity FROM audit ORDER BY seq DESC LIMIT 1").get()).toEqual({ action: 'delete', entity: 'demo' });
    expect((await h.fail('demo.remove', {})).message).toBe('Không có dữ liệu mẫu để xóa.');
  });

  it('refuses, changing nothing, while a record the clerk keeps uses a sample record, and says which', async () => {
    const { h } = await initializedHost();
    await h.call('demo.create', { people: 20 });
    const c = (await h.call('collectives.list', { query: '', unitId: null })).items[0]!;
    const input = person({ givenName: 'Mới', unitId: c.unitId, collectiveId: c.id });
    const mine = await h.call('people.create', input);
    expect((await h.call('demo.status', {})).tangled).toEqual(['cá nhân']);
    const snap = h.snapshot();
    const e = await h.fail('demo.remove', {});
    expect(e.code).toBe('DEMO_IN_USE');
    expect(e.message).toMatch(/^Chưa xóa được dữ liệu mẫu: còn cá nhân do bạn nhập có dùng đến dữ liệu mẫu .*Không có gì bị xóa\.$/);
    expect(h.snapshot()).toBe(snap);

    // Moved out of the sample collective to this unit: now the sample data can go, the person stays.
    const unitId = (await h.call('setup.status', {})).installation!.unitId;
    await h.call('people.update', { ...input, unitId, collectiveId: null, id: mine.id });
    expect((await h.call('demo.status', {})).tangled).toEqual([]);
    // Settings the clerk changed after the demo are left as the clerk made them.
    const s = await h.call('settings.get', {});
    await h.call('settings.save', { ...s, placeName: 'Mường So' } as never);
    await h.call('demo.remove', {});
    expect(h.context().sqlite.prepare('SELECT given_name g FROM people').all()).toEqual([{ g: 'Mới' }]);
    expect((await h.call('settings.get', {})).placeName).toBe('Mường So');
  });
});
