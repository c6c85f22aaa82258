import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const movement = await h.call('movements.create', { name: 'Phong trào "Cả nước thi đua xây dựng xã hội học tập"', kind: 'regular', year: 2026 });
  const other = await h.call('movements.create', { name: 'Phong trào "Chung sức xây dựng nông thôn mới"', kind: 'regular', year: 2026 });
  const thon = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
  const thonTay = await h.call('collectives.create', { name: 'Thôn Tây', kind: 'village', unitId: inst.unitId, memberCount: 35 });
  const base = { year: 2026, movementId: movement.id, titles: ['TTLDXS'], commitments: [], registeredOn: '2026-03-10', signerName: '', signerPosition: '' };
  const unitReg = (await h.call('registrations.create', { ...base, registrantKind: 'unit', unitId: inst.unitId })).registration;
  const thonReg = (await h.call('registrations.create', { ...base, registrantKind: 'collective', collectiveId: thon.id, titles: ['THON_VH'] })).registration;
  return { h, inst, movement, other, thon, thonTay, unitReg, thonReg };
}

describe('registrations.findSame', () => {
  it('finds the registration the unit or collective already has, with its name and movement', async () => {
    const { h, inst, movement, thon, unitReg, thonReg } = await setup();
    const q = { year: 2026, movementId: movement.id, excludeId: null };
    expect(await h.call('registrations.findSame', { ...q, registrantKind: 'unit', unitId: inst.unitId, collectiveId: null })).toEqual({
      id: unitReg.id, year: 2026, registrantName: 'Xã Tân Phong', movementName: 'Phong trào "Cả nước thi đua xây dựng xã hội học tập"',
    });
    expect(await h.call('registrations.findSame', { ...q, registrantKind: 'collective', unitId: null, collectiveId: thon.id })).toMatchObject({ id: thonReg.id, registrantName: 'Thôn Đông' });
  });

  it.each([
    ['another movement', (s: Awaited<ReturnType<typeof setup>>) => ({ movementId: s.other.id, registrantKind: 'unit' as const, unitId: s.inst.unitId })],
    ['another year', (s: Awaited<ReturnType<typeof setup>>) => ({ year: 2025, registrantKind: 'unit' as const, unitId: s.inst.unitId })],
    ['another collective', (s: Awaited<ReturnType<typeof setup>>) => ({ registrantKind: 'collective' as const, collectiveId: s.thonTay.id })],
    ['the registration being edited itself', (s: Awaited<ReturnType<typeof setup>>) => ({ registrantKind: 'unit' as const, unitId: s.inst.unitId, excludeId: s.unitReg.id })],
    ['no registrant chosen yet', () => ({ registrantKind: 'collective' as const, collectiveId: null })],
  ])('finds nothing for %s', async (_label, over) => {
    const s = await setup();
    expect(await s.h.call('registrations.findSame', { year: 2026, movementId: s.movement.id, unitId: null, collectiveId: null, excludeId: null, ...over(s) })).toBeNull();
  });

  it('saving the same registration again is still refused, and writes nothing', async () => {
    const { h, inst, movement } = await setup();
    const before = h.context().sqlite.prepare('SELECT count(*) n FROM registrations').get();
    const err = await h.fail('registrations.create', { year: 2026, movementId: movement.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDXS'], commitments: [], registeredOn: '2026-03-10' });
    expect(err.message).toBe('Xã Tân Phong đã có bản đăng ký năm 2026 theo phong trào này.');
    expect(h.context().sqlite.prepare('SELECT count(*) n FROM registrations').get()).toEqual(before);
  });
});
