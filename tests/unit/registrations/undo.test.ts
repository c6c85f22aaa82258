import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const movement = await h.call('movements.create', { name: 'Phong trào thi đua năm 2026', kind: 'regular', year: 2026 });
  const a = await h.call('people.create', person({ unitId: inst.unitId }));
  const b = await h.call('people.create', person({ familyName: 'Đặng', givenName: 'Dũng', unitId: inst.unitId }));
  const { registration: r } = await h.call('registrations.create', {
    year: 2026, movementId: movement.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDXS'], registeredOn: '2026-03-10',
  });
  await h.call('registrations.addEntries', { registrationId: r.id, entries: [{ personId: a.id, title: 'LDTT', note: 'Tổ trưởng' }, { personId: b.id, title: 'CSTDCS', note: '' }] });
  const entries = (await h.call('registrations.get', { id: r.id })).entries;
  return { h, a, r, entries };
}

describe('removing a registration entry can be undone', () => {
  it('puts the line back with its title, note and place, as a new rev, audited', async () => {
    const { h, r, entries } = await setup();
    const first = entries[0]!;
    await h.call('registrations.removeEntry', { registrationId: r.id, entryId: first.id });
    expect((await h.call('registrations.get', { id: r.id })).entries.map((e) => e.fullName)).toEqual(['Đặng Văn Dũng']);
    await h.call('registrations.restoreEntry', { registrationId: r.id, entryId: first.id });
    const got = await h.call('registrations.get', { id: r.id });
    expect(got.entries.map((e) => [e.id, e.fullName, e.title, e.note])).toEqual([
      [first.id, 'Nguyễn Văn An', 'LDTT', 'Tổ trưởng'],
      [entries[1]!.id, 'Đặng Văn Dũng', 'CSTDCS', ''],
    ]);
    expect(got.registration.rev).toBe(4);
    const trail = h.context().sqlite.prepare(`SELECT action FROM audit WHERE entity = 'registration-entry' AND entity_id = ? ORDER BY seq`).all(first.id);
    expect(trail).toEqual([{ action: 'delete' }, { action: 'create' }]);
    expect((await h.fail('registrations.restoreEntry', { registrationId: r.id, entryId: first.id })).message).toMatch(/đã có lại/);
  });

  it('refuses when the person was added again meanwhile, changing nothing', async () => {
    const { h, a, r, entries } = await setup();
    await h.call('registrations.removeEntry', { registrationId: r.id, entryId: entries[0]!.id });
    await h.call('registrations.addEntries', { registrationId: r.id, entries: [{ personId: a.id, title: 'CSTDCS', note: '' }] });
    const before = JSON.stringify(await h.call('registrations.get', { id: r.id }));
    expect((await h.fail('registrations.restoreEntry', { registrationId: r.id, entryId: entries[0]!.id })).message).toMatch(/đã được thêm lại/);
    expect(JSON.stringify(await h.call('registrations.get', { id: r.id }))).toBe(before);
  });
});
