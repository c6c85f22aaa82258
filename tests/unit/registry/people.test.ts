import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

const NFD = (s: string) => s.normalize('NFD');

describe('people', () => {
  it('stores names as NFC, split into họ, tên đệm, tên, and shows them whole', async () => {
    const { h, inst } = await initializedHost();
    const p = await h.call('people.create', person({ familyName: NFD('Đặng'), middleName: NFD('Văn'), givenName: NFD('Dũng'), unitId: inst.unitId }));
    expect(p.fullName).toBe('Đặng Văn Dũng');
    expect(p.fullName === p.fullName.normalize('NFC')).toBe(true);
    expect(p).toMatchObject({ familyName: 'Đặng', middleName: 'Văn', givenName: 'Dũng', unitName: 'Xã Tân Phong', birthYear: 1980, origin: 'XA-TP', rev: 1 });
    const row = h.context().sqlite.prepare('SELECT full_name, search_text FROM people WHERE id = ?').get(p.id);
    expect(row).toEqual({ full_name: 'Đặng Văn Dũng'.normalize('NFC'), search_text: 'dang van dung' });
  });

  it('finds names ignoring case and diacritics, đ included, for NFC and NFD queries', async () => {
    const { h } = await initializedHost();
    for (const [f, m, g] of [['Đặng', 'Văn', 'Dũng'], ['Nguyễn', 'Văn', 'An'], ['Nguyễn', 'Thị', 'Vân'], ['Đỗ', 'Thị', 'Đào'], ['Trần', 'Văn', 'Đăng']]) {
      await h.call('people.create', person({ familyName: f, middleName: m, givenName: g }));
    }
    const names = async (query: string) => (await h.call('people.search', { query })).items.map((p) => p.fullName);
    expect(await names('dang')).toEqual(['Đặng Văn Dũng', 'Trần Văn Đăng']);
    expect(await names('ĐẶNG')).toEqual(['Đặng Văn Dũng', 'Trần Văn Đăng']);
    expect(await names('nguyen van')).toEqual(['Nguyễn Văn An']);
    expect(await names(NFD('Nguyễn Văn'))).toEqual(['Nguyễn Văn An']);
    expect(await names('van')).toHaveLength(4); // Văn as a word start, and Vân
    expect(await names('do thi dao')).toEqual(['Đỗ Thị Đào']);
    expect(await names('ng v')).toEqual(['Nguyễn Văn An']);
    expect(await names('thi')).toEqual(['Đỗ Thị Đào', 'Nguyễn Thị Vân']);
    expect(await names('"; DROP TABLE people; --')).toEqual([]);
    expect((await h.call('people.search', { query: '' })).total).toBe(5);
  });

  it('lists in Vietnamese order: tên, then tên đệm, then họ', async () => {
    const { h } = await initializedHost();
    const input = ['Lê Minh Đức', 'Trần Thị Bình', 'Nguyễn Văn An', 'Đặng Văn Dũng', 'Phạm Văn Dương', 'Bùi Thị Ánh', 'Hoàng Văn Anh', 'Lê Văn Bình', 'Đỗ Văn Bình'];
    for (const full of input) {
      const [f, ...rest] = full.split(' ');
      await h.call('people.create', person({ familyName: f!, middleName: rest.slice(0, -1).join(' '), givenName: rest.at(-1)! }));
    }
    const list = (await h.call('people.search', { query: '' })).items.map((p) => p.fullName);
    expect(list).toEqual([
      'Nguyễn Văn An', 'Hoàng Văn Anh', 'Bùi Thị Ánh', 'Trần Thị Bình', 'Đỗ Văn Bình', 'Lê Văn Bình',
      'Đặng Văn Dũng', 'Phạm Văn Dương', 'Lê Minh Đức',
    ]);
  });

  it('pages through a large list with a stable total', async () => {
    const { h } = await initializedHost();
    for (let i = 0; i < 25; i++) await h.call('people.create', person({ givenName: `An${String(i).padStart(2, '0')}` }));
    const page1 = await h.call('people.search', { query: '', offset: 0, limit: 10 });
    const page3 = await h.call('people.search', { query: 'an', offset: 20, limit: 10 });
    expect(page1.total).toBe(25);
    expect(page1.items).toHaveLength(10);
    expect(page3.total).toBe(25);
    expect(page3.items.map((p) => p.givenName)).toEqual(['An20', 'An21', 'An22', 'An23', 'An24']);
  });

  it('updates with rev + 1 and an audit row holding before and after', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person());
    const u = await h.call('people.update', { ...person({ givenName: 'Bình', position: 'Trưởng thôn' }), id: p.id });
    expect(u).toMatchObject({ fullName: 'Nguyễn Văn Bình', rev: 2, position: 'Trưởng thôn' });
    expect((await h.call('people.search', { query: 'an' })).total).toBe(0);
    expect((await h.call('people.search', { query: 'binh' })).total).toBe(1);
    const audit = h.context().sqlite.prepare(`SELECT action, before, after FROM audit WHERE entity = 'person' ORDER BY seq`).all() as {
      action: string; before: string | null; after: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.before!).givenName).toBe('An');
    expect(JSON.parse(audit[1]!.after).givenName).toBe('Bình');
  });

  it('deletes as a tombstone: hidden from lists, kept with rev + 1', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person());
    await h.call('people.delete', { id: p.id });
    expect((await h.call('people.search', { query: '' })).total).toBe(0);
    expect(h.context().sqlite.prepare('SELECT deleted, rev FROM people WHERE id = ?').get(p.id)).toEqual({ deleted: 1, rev: 2 });
    expect((await h.fail('people.get', { id: p.id })).code).toBe('NOT_FOUND');
    expect((await h.call('records.list', { type: 'person', includeDeleted: true })).items[0]).toMatchObject({ id: p.id, deleted: true, rev: 2 });
  });

  it('takes the unit of the collective when only the collective is given', async () => {
    const { h, inst } = await initializedHost();
    const c = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 120 });
    const p = await h.call('people.create', person({ collectiveId: c.id, birthDate: null, birthYear: 1975 }));
    expect(p).toMatchObject({ unitId: inst.unitId, collectiveName: 'Thôn Đông', birthDate: null, birthYear: 1975 });
    expect((await h.fail('collectives.delete', { id: c.id })).message).toMatch(/còn 1 cá nhân/);
  });

  it.each([
    ['no tên', person({ givenName: '' }), 'givenName', /Vui lòng nhập tên/],
    ['only spaces as tên', person({ givenName: '   ' }), 'givenName', /Vui lòng nhập tên/],
    ['a 300-character name', person({ givenName: 'A'.repeat(300) }), 'givenName', /tối đa 40 ký tự/],
    ['a full name over 100 characters', person({ familyName: 'A'.repeat(40), middleName: 'B'.repeat(40), givenName: 'C'.repeat(30) }), 'givenName', /tối đa 100 ký tự/],
    ['a birth date in the future', person({ birthDate: '2026-03-16' }), 'birthDate', /tương lai/],
    ['an impossible date', person({ birthDate: '2023-02-29' }), 'birthDate', /không có thật/],
    ['a date in the wrong format', person({ birthDate: '01/05/1980' }), 'birthDate', /dd\/mm\/yyyy/],
    ['a birth year in the future', person({ birthDate: null, birthYear: 2030 }), 'birthYear', /tương lai/],
    ['a birth year before 1900', person({ birthDate: null, birthYear: 1850 }), 'birthYear', /1900/],
    ['an unknown ethnicity', person({ ethnicity: '99' }), 'ethnicity', /dân tộc/],
    ['a phone with letters', person({ phone: '09x1234567' }), 'phone', /chữ số/],
    ['an unknown unit', person({ unitId: '00000000-0000-4000-8000-000000000000' }), 'unitId', /không có trong danh mục/],
    ['no gender', { ...person(), gender: undefined }, 'gender', /giới tính/],
  ])('refuses %s with a Vietnamese message and writes nothing', async (_label, input, field, message) => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const err = await h.fail('people.create', input);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.fields?.[0]?.path).toBe(field);
    expect(err.message).toMatch(message);
    expect(h.snapshot()).toBe(before);
  });

  it('accepts a birth date of today early in the morning in Viet Nam (UTC is still yesterday)', async () => {
    const { h } = await initializedHost({ now: () => new Date('2026-03-15T06:30:00+07:00') });
    expect(new Date('2026-03-15T00:00:00Z').getTimezoneOffset()).toBe(-420); // UTC+7
    expect((await h.call('people.create', person({ birthDate: '2026-03-15' }))).birthDate).toBe('2026-03-15');
    expect((await h.fail('people.create', person({ birthDate: '2026-03-16' }))).message).toMatch(/tương lai/);
  });

  it('reports a full disk in Vietnamese and keeps the database as it was', async () => {
    const { h } = await initializedHost();
    const db = h.context().sqlite;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let err;
    let before = '';
    for (let i = 0; i < 200 && !err; i++) {
      before = h.snapshot();
      const r = await h.invoke('people.create', person({ givenName: `Tên${i}`, position: 'x'.repeat(200) }));
      if (!r.ok) err = r.error;
    }
    expect(err?.code).toBe('SQLITE_FULL');
    expect(err?.message).toMatch(/Ổ đĩa đã đầy/);
    // The failing call left no partial row and no audit entry.
    expect(h.snapshot()).toBe(before);
  });
});
