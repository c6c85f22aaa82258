import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';
import { dump, exportFrom, pair } from '../exchange/pair';

async function setup(now?: () => Date) {
  const { h, inst } = await initializedHost(now ? { now } : {});
  const movement = await h.call('movements.create', {
    name: 'Phong trào "Cả nước thi đua xây dựng xã hội học tập"', kind: 'regular', year: 2026,
    targets: [{ text: 'Tỷ lệ hộ gia đình học tập', value: 85, unit: '%' }], criteria: [{ text: 'Hoàn thành kế hoạch năm' }],
  });
  const a = await h.call('people.create', person({ unitId: inst.unitId }));
  const b = await h.call('people.create', person({ familyName: 'Đặng', givenName: 'Dũng', unitId: inst.unitId }));
  const base = {
    year: 2026, movementId: movement.id, registrantKind: 'unit' as const, unitId: inst.unitId, titles: ['TTLDXS'],
    commitments: [
      { text: 'Hoàn thành 100% chỉ tiêu kinh tế - xã hội', value: 100, unit: '%' },
      { text: 'Không có cán bộ vi phạm kỷ luật' },
      { text: 'Thu ngân sách', value: 12500000000, unit: 'đồng' },
    ],
    registeredOn: '2026-03-10', signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã',
  };
  return { h, inst, movement, a, b, base };
}

describe('movements and registrations', () => {
  it('registers the commune with commitments and people, each change a new rev with audit', async () => {
    const { h, a, b, base } = await setup();
    const { registration: r, warnings } = await h.call('registrations.create', base);
    expect(warnings).toEqual([]);
    expect(r).toMatchObject({ registrantName: 'Xã Tân Phong', titles: ['TTLDXS'], late: false, rev: 1, status: null, editable: true });
    expect(r.commitments[1]).toEqual({ text: 'Không có cán bộ vi phạm kỷ luật', value: null, unit: '' });
    await h.call('registrations.addEntries', { registrationId: r.id, entries: [{ personId: a.id, title: 'LDTT' }, { personId: b.id, title: 'CSTDCS' }] });
    const got = await h.call('registrations.get', { id: r.id });
    expect(got.registration).toMatchObject({ rev: 2, entryCount: 2 });
    expect(got.entries.map((e) => [e.fullName, e.title])).toEqual([['Nguyễn Văn An', 'LDTT'], ['Đặng Văn Dũng', 'CSTDCS']]);
    await h.call('registrations.updateEntry', { registrationId: r.id, entryId: got.entries[0]!.id, title: 'CSTDCS' });
    await h.call('registrations.removeEntry', { registrationId: r.id, entryId: got.entries[1]!.id });
    expect((await h.call('registrations.get', { id: r.id })).registration).toMatchObject({ rev: 4, entryCount: 1 });
    const audit = h.context().sqlite.prepare(`SELECT count(*) n FROM audit WHERE entity = 'registration'`).get();
    expect(audit).toEqual({ n: 4 });
  });

  it('refuses a person twice in one registration, writing nothing', async () => {
    const { h, a, b, base } = await setup();
    const { registration: r } = await h.call('registrations.create', base);
    await h.call('registrations.addEntries', { registrationId: r.id, entries: [{ personId: a.id, title: 'LDTT' }] });
    const before = dump(h as never);
    const err = await h.fail('registrations.addEntries', { registrationId: r.id, entries: [{ personId: b.id, title: 'LDTT' }, { personId: a.id, title: 'CSTDCS' }] });
    expect(err.message).toBe('Nguyễn Văn An đã có trong danh sách đăng ký này.');
    expect(dump(h as never)).toBe(before);
    expect((await h.fail('registrations.addEntries', { registrationId: r.id, entries: [{ personId: b.id, title: 'TTLDTT' }] })).message).toMatch(/không phải danh hiệu cá nhân/);
  });

  it('accepts a registration after the deadline with a warning, recorded as late', async () => {
    const { h, base } = await setup(() => new Date('2026-04-20T08:00:00+07:00'));
    expect(await h.call('registrations.deadline', { year: 2026 })).toEqual({ year: 2026, deadline: '2026-03-31', daysLeft: -20 });
    const { registration, warnings } = await h.call('registrations.create', { ...base, registeredOn: '2026-04-15', lateNote: 'Chờ Nghị quyết HĐND' });
    expect(warnings).toEqual(['Đăng ký sau hạn 31/03/2026: vẫn được ghi nhận, có đánh dấu nộp muộn.']);
    expect(registration).toMatchObject({ late: true, lateNote: 'Chờ Nghị quyết HĐND' });
    await h.call('registrations.setDeadline', { year: 2026, deadline: '2026-04-30' });
    const { warnings: none } = await h.call('registrations.update', { ...base, id: registration.id, registeredOn: '2026-04-15' });
    expect(none).toEqual([]);
    expect((await h.call('registrations.overview', { year: 2026 })).daysLeft).toBe(10);
  });

  it.each([
    ['an individual title for the unit', { titles: ['LDTT'] }, /danh hiệu cá nhân/],
    ['no title', { titles: [] }, /ít nhất một danh hiệu/],
    ['a date in the future', { registeredOn: '2027-01-01' }, /tương lai/],
    ['an unknown movement', { movementId: '00000000-0000-4000-8000-000000000000' }, /Phong trào thi đua không có/],
    ['a 600-character commitment', { commitments: [{ text: 'x'.repeat(600) }] }, /tối đa 500/],
  ])('refuses %s', async (_l, change, message) => {
    const { h, base } = await setup();
    const before = dump(h as never);
    expect((await h.fail('registrations.create', { ...base, ...change })).message).toMatch(message);
    expect(dump(h as never)).toBe(before);
  });

  it('refuses a second registration of the same unit under the same movement and year', async () => {
    const { h, base } = await setup();
    await h.call('registrations.create', base);
    expect((await h.fail('registrations.create', base)).message).toMatch(/đã có bản đăng ký năm 2026/);
  });

  it('travels to the province with its people and movement; the province sees it per unit', async () => {
    const { prov, xa } = await pair();
    const inst = (await xa.call('setup.status', {})).installation!;
    const movement = await xa.call('movements.create', { name: 'Thi đua dân vận khéo', kind: 'thematic', year: 2026 });
    const people = (await xa.call('people.search', { query: '' })).items;
    const { registration } = await xa.call('registrations.create', {
      year: 2026, movementId: movement.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDTT'], registeredOn: '2026-03-01',
      commitments: [{ text: 'Xây dựng 2 mô hình dân vận khéo', value: 2, unit: 'mô hình' }],
    });
    await xa.call('registrations.addEntries', { registrationId: registration.id, entries: people.map((p) => ({ personId: p.id, title: 'LDTT' })) });
    const [file] = await exportFrom(xa, 'T12');
    const r = await prov.call('exchange.import', { path: file!.file });
    expect(r.rows.map((x) => x.type)).toEqual(['collective', 'person', 'person', 'movement', 'registration']);
    const got = await prov.call('registrations.get', { id: registration.id });
    expect(got.registration).toMatchObject({ origin: 'XA-TP', editable: false, movementName: 'Thi đua dân vận khéo', entryCount: 2 });
    expect(got.entries.map((e) => e.fullName).sort()).toEqual(['Nguyễn Văn An', 'Đặng Văn Dũng']);
    expect((await prov.fail('registrations.removeEntry', { registrationId: registration.id, entryId: got.entries[0]!.id })).code).toBe('READ_ONLY');
    const overview = await prov.call('registrations.overview', { year: 2026 });
    expect(overview.units).toContainEqual(expect.objectContaining({ unitCode: 'XA-TP', registrations: 1, entries: 2 }));
    expect((await xa.call('exchange.statusOf', { type: 'registration', id: registration.id })).status).toBe('sent');
  });
});
