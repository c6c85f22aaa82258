// The catalogue's new individual routes can be registered for at the start of the year: Lao động
// tiên tiến for workers and farmers (Điều 24 khoản 3) and Chiến sĩ tiên tiến (khoản 2, dân quân);
// as individual titles they go on the list of people, not on the unit's own titles.
import { describe, expect, it } from 'vitest';
import { EMULATION_TITLES } from '../../../src-shared/catalog/titles';
import { initializedHost, person } from '../helpers';

describe('registration titles from the completed catalogue', () => {
  it.each([
    ['LDTT_CNND', 'individual'],
    ['CSTT', 'individual'],
    ['GD_VH', 'household'],
  ])('%s is a registration title for a %s', (code, subject) => {
    expect(EMULATION_TITLES.find((t) => t.code === code)?.subject).toBe(subject);
  });

  it('household Giấy khen / Bằng khen are forms proposed by a dossier, not titles registered for', () => {
    expect(EMULATION_TITLES.map((t) => t.code)).not.toContain('GIAY_KHEN_HGD');
    expect(EMULATION_TITLES.map((t) => t.code)).not.toContain('BK_CT_TINH_HGD');
  });

  it('a farmer registers for LĐTT (khoản 3) and a militiaman for Chiến sĩ tiên tiến; the unit cannot take them as its own titles', async () => {
    const { h, inst } = await initializedHost();
    const movement = await h.call('movements.create', { name: 'Phong trào "Chung sức xây dựng nông thôn mới"', kind: 'regular', year: 2026, targets: [], criteria: [] });
    const farmer = await h.call('people.create', person({ unitId: inst.unitId, position: 'Nông dân', directLabor: true }));
    const militia = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', unitId: inst.unitId, position: 'Thôn đội trưởng' }));
    const base = { year: 2026, movementId: movement.id, registrantKind: 'unit' as const, unitId: inst.unitId, commitments: [], registeredOn: '2026-03-10', signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã' };
    const before = h.snapshot();
    expect((await h.fail('registrations.create', { ...base, titles: ['CSTT'] })).message).toMatch(/"Chiến sĩ tiên tiến" là danh hiệu cá nhân/);
    expect(h.snapshot()).toBe(before);
    const { registration: r } = await h.call('registrations.create', { ...base, titles: ['TTLDTT'] });
    await h.call('registrations.addEntries', { registrationId: r.id, entries: [{ personId: farmer.id, title: 'LDTT_CNND' }, { personId: militia.id, title: 'CSTT' }] });
    const got = await h.call('registrations.get', { id: r.id });
    expect(got.entries.map((e) => e.title).sort()).toEqual(['CSTT', 'LDTT_CNND']);
  });
});
