import { describe, expect, it } from 'vitest';
import { initializedHost, person, readOnlyDb } from '../helpers';
import { exportFrom, pair, read } from '../exchange/pair';

// Vùng sâu, vùng xa, vùng đặc biệt khó khăn on the person: Có (true), Không (false) or Chưa rõ
// (null, the default). The review counts null as "không rõ", never as "không".

describe('people: vùng sâu, vùng xa, vùng đặc biệt khó khăn', () => {
  it('is null (chưa rõ) unless told; Có and Không are saved, read back and audited; back to chưa rõ is null again', async () => {
    const { h } = await initializedHost();
    const unknown = await h.call('people.create', person());
    expect(unknown.remoteArea).toBeNull();
    const p = await h.call('people.create', person({ givenName: 'Bình', remoteArea: true }));
    expect(p.remoteArea).toBe(true);
    const db = readOnlyDb(h.dataDir);
    const col = (id: string) => (db.prepare('SELECT remote_area v FROM people WHERE id = ?').get(id) as { v: number | null }).v;
    expect([col(unknown.id), col(p.id)]).toEqual([null, 1]);
    const created = db.prepare(`SELECT after FROM audit WHERE entity = 'person' AND action = 'create' AND entity_id = ?`).get(p.id) as { after: string };
    expect(JSON.parse(created.after)).toMatchObject({ remoteArea: true });

    const no = await h.call('people.update', { ...person({ givenName: 'Bình', remoteArea: false }), id: p.id });
    expect(no.remoteArea).toBe(false);
    expect(col(p.id)).toBe(0);
    const audit = db.prepare(`SELECT before, after FROM audit WHERE entity = 'person' AND action = 'update' AND entity_id = ?`).get(p.id) as { before: string; after: string };
    expect([JSON.parse(audit.before).remoteArea, JSON.parse(audit.after).remoteArea]).toEqual([true, false]);

    const back = await h.call('people.update', { ...person({ givenName: 'Bình', remoteArea: null }), id: p.id });
    expect(back.remoteArea).toBeNull();
    expect(col(p.id)).toBeNull();
    expect((await h.call('people.get', { id: p.id })).remoteArea).toBeNull();
  });

  it('refuses a value other than Có, Không or Chưa rõ in Vietnamese and writes nothing', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const err = await h.fail('people.create', { ...person(), remoteArea: 'có' } as never);
    expect(err.fields?.[0]?.path).toBe('remoteArea');
    expect(err.message).toContain('Vùng sâu, vùng xa phải là Có, Không hoặc Chưa rõ.');
    expect(h.snapshot()).toBe(before);
  });

  it('travels in the person record only when known; absent (an older package, or chưa rõ) reads as null above', async () => {
    const { prov, xa, an, dung } = await pair();
    await xa.call('people.update', { ...person({ unitId: an.unitId, collectiveId: an.collectiveId, remoteArea: true }), id: an.id });
    const [sub] = await exportFrom(xa, 'T12');
    const records = read(sub!.file).body.records;
    expect(records.find((r) => r.id === an.id)?.data).toMatchObject({ remoteArea: true });
    expect(Object.keys(records.find((r) => r.id === dung.id)!.data as object)).not.toContain('remoteArea');
    await prov.call('exchange.import', { path: sub!.file });
    expect((await prov.call('people.get', { id: an.id })).remoteArea).toBe(true);
    expect((await prov.call('people.get', { id: dung.id })).remoteArea).toBeNull();

    // Không travels as false; then back to chưa rõ is sent without the field and the copy reads null.
    await xa.call('people.update', { ...person({ unitId: an.unitId, collectiveId: an.collectiveId, remoteArea: false }), id: an.id });
    const [second] = await exportFrom(xa, 'T12');
    expect(read(second!.file).body.records.find((r) => r.id === an.id)?.data).toMatchObject({ remoteArea: false });
    await prov.call('exchange.import', { path: second!.file });
    expect((await prov.call('people.get', { id: an.id })).remoteArea).toBe(false);
    await xa.call('people.update', { ...person({ unitId: an.unitId, collectiveId: an.collectiveId, remoteArea: null }), id: an.id });
    const [third] = await exportFrom(xa, 'T12');
    expect(Object.keys(read(third!.file).body.records.find((r) => r.id === an.id)!.data as object)).not.toContain('remoteArea');
    await prov.call('exchange.import', { path: third!.file });
    expect((await prov.call('people.get', { id: an.id })).remoteArea).toBeNull();
  });
});
