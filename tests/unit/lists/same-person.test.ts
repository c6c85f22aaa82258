import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId, birthDate: '1980-05-01' }));
  const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthDate: null, birthYear: 1975, unitId: inst.unitId }));
  return { h, inst, an, binh };
}

const q = (over: Record<string, unknown>) => ({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', birthDate: '1980-05-01', birthYear: null, unitId: null, excludeId: null, ...over });

describe('people.findSame', () => {
  it('finds the person with the same name, birth and unit, typed with other spacing or case', async () => {
    const { h, inst, an, binh } = await setup();
    expect(await h.call('people.findSame', q({ unitId: inst.unitId }))).toEqual({ id: an.id, fullName: 'Nguyễn Văn An', birthDate: '1980-05-01', birthYear: 1980, unitName: 'Xã Tân Phong' });
    expect(await h.call('people.findSame', q({ familyName: ' nguyễn', givenName: 'AN ', unitId: inst.unitId }))).toMatchObject({ id: an.id });
    // Only the year known on one side: the same year is enough.
    expect(await h.call('people.findSame', q({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', birthDate: '1975-02-03', unitId: inst.unitId }))).toMatchObject({ id: binh.id });
    expect(await h.call('people.findSame', q({ birthDate: null, birthYear: 1980, unitId: inst.unitId }))).toMatchObject({ id: an.id });
  });

  it.each([
    ['another day of birth', { birthDate: '1980-05-02' }],
    ['another year', { birthDate: null, birthYear: 1981 }],
    ['no birth typed yet', { birthDate: null, birthYear: null }],
    ['another unit', { unitId: null }],
    ['the person being edited', { excludeId: 'self' }],
    ['another name', { givenName: 'Anh' }],
  ] as [string, Record<string, unknown>][])('finds nobody for %s', async (_l, over) => {
    const { h, inst, an } = await setup();
    const input = q({ unitId: inst.unitId, ...over, ...('excludeId' in over ? { excludeId: an.id } : {}) });
    expect(await h.call('people.findSame', input)).toBeNull();
  });
});
