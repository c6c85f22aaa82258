// Sổ đơn thư: registering, refusing bad input (nothing written), and the hold it puts on a dossier's nominee until its conclusion.
import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person());
  const other = await h.call('units.create', { code: 'XA-DH', name: 'Xã Đông Hưng', level: 'commune' });
  const stranger = await h.call('people.create', person({ givenName: 'Bình', unitId: other.id }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'LĐTT 2025' });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
  return { h, inst, an, stranger, d, n };
}

const table = (h: Awaited<ReturnType<typeof setup>>['h'], t: string) => h.context().sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();

describe('complaints register', () => {
  it('registers an entry with its subjects, time limit and audit row', async () => {
    const { h, an, d } = await setup();
    const c = await h.call('complaints.create', {
      receivedOn: '2026-03-01', sender: 'Trần Văn Cường', kind: 'to-cao', content: 'Tố cáo kê khai thành tích không đúng.', handler: 'Lê Văn Tâm',
      personIds: [an.id], dossierIds: [d.id],
    });
    expect(c).toMatchObject({ status: 'open', kind: 'to-cao', anonymous: false, sender: 'Trần Văn Cường', dueOn: '2026-03-31', closedOn: null });
    expect(c.limitBasis).toMatch(/Luật Tố cáo 2018.*UNCONFIRMED/);
    expect(c.subjects).toEqual([
      { type: 'person', id: an.id, name: 'Nguyễn Văn An' },
      { type: 'dossier', id: d.id, name: 'LĐTT 2025' },
    ]);
    expect(await h.call('complaints.list', { status: 'open' })).toHaveLength(1);
    const audit = h.context().sqlite.prepare("SELECT action FROM audit WHERE entity = 'complaint' AND entity_id = ?").all(c.id);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('an anonymous denunciation is recorded as such, without a statutory limit', async () => {
    const { h, an } = await setup();
    const c = await h.call('complaints.create', { receivedOn: '2026-03-01', anonymous: true, kind: 'to-cao', content: 'Đơn không ký tên.', personIds: [an.id] });
    expect(c).toMatchObject({ anonymous: true, sender: '', dueOn: null });
    expect(c.limitBasis).toMatch(/nặc danh/);
  });

  it.each([
    ['a person of another unit', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.stranger.id] }), /thuộc Xã Đông Hưng, không thuộc Xã Tân Phong/],
    ['an unknown person', () => ({ personIds: ['00000000-0000-4000-8000-000000000000'] }), /Không tìm thấy cá nhân/],
    ['nobody concerned', () => ({ personIds: [] }), /ít nhất một cá nhân hoặc tập thể/],
    ['a 301-character sender', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], sender: 'A'.repeat(301) }), /Người gửi dài tối đa 300 ký tự/],
    ['a receipt date in the future', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], receivedOn: '2026-04-01' }), /sau ngày hôm nay \(15\/03\/2026\)/],
    ['an impossible date', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], receivedOn: '2026-02-30' }), /không có thật/],
    ['an unknown kind', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], kind: 'khac' }), /khiếu nại, tố cáo, phản ánh hoặc kiến nghị/],
    ['an empty content', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], content: '' }), /Vui lòng nhập nội dung đơn/],
    ['a named sender marked anonymous', (s: Awaited<ReturnType<typeof setup>>) => ({ personIds: [s.an.id], sender: 'Trần Văn Cường', anonymous: true }), /Đơn nặc danh thì không ghi người gửi/],
  ])('refuses %s in Vietnamese and writes nothing', async (_label, over, message) => {
    const s = await setup();
    const before = JSON.stringify([table(s.h, 'complaints'), table(s.h, 'complaint_subjects'), table(s.h, 'audit')]);
    const e = await s.h.fail('complaints.create', { receivedOn: '2026-03-01', sender: 'Trần Văn Cường', kind: 'to-cao', content: 'Nội dung', ...over(s) });
    expect(e.message).toMatch(message);
    expect(JSON.stringify([table(s.h, 'complaints'), table(s.h, 'complaint_subjects'), table(s.h, 'audit')])).toBe(before);
  });

  it('holds the nominee while open: eligibility fails with the entry and NĐ 152 Điều 4, ready needs a reason; the conclusion lifts it', async () => {
    const { h, an, d, n } = await setup();
    const free = (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!;
    expect(free.criteria.some((c) => c.id === 'complaint')).toBe(false);
    expect(free.complaints).toEqual([]);

    const c = await h.call('complaints.create', { receivedOn: '2026-03-01', sender: 'Trần Văn Cường', kind: 'to-cao', content: 'Tố cáo.', personIds: [an.id] });
    const held = (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!;
    expect(held.nomineeId).toBe(n.id);
    expect(held.overall).toBe('fail');
    expect(held.complaints).toEqual([{ id: c.id, kind: 'to-cao', receivedOn: '2026-03-01' }]);
    const crit = held.criteria.find((x) => x.id === 'complaint');
    expect(crit).toMatchObject({ result: 'fail', citation: 'NĐ 152/2025/NĐ-CP, Điều 4' });
    expect(crit?.reason).toMatch(new RegExp(`^Đang xác minh đơn thư: Tố cáo nhận ngày 01/03/2026 \\(sổ đơn thư, mã ${c.id.slice(0, 8)}\\)`));
    expect(held.criteria.findIndex((x) => x.id === 'complaint')).toBe(held.criteria.findIndex((x) => x.id === 'hold') + 1);

    const refused = await h.fail('dossiers.markReady', { id: d.id, overrideReason: null });
    expect(refused.message).toMatch(/Đang xác minh đơn thư/);

    // Closing before the receipt is refused and changes nothing.
    const early = await h.fail('complaints.close', { id: c.id, conclusion: 'Không đúng.', closedOn: '2026-02-28' });
    expect(early.message).toBe('Ngày kết luận (28/02/2026) trước ngày nhận đơn (01/03/2026); hãy sửa lại ngày kết luận.');
    expect((await h.call('complaints.get', { id: c.id })).status).toBe('open');

    const closed = await h.call('complaints.close', { id: c.id, conclusion: 'Nội dung tố cáo không đúng.', closedOn: '2026-03-10' });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-10', conclusion: 'Nội dung tố cáo không đúng.' });
    const lifted = (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!;
    expect(lifted.criteria.some((x) => x.id === 'complaint')).toBe(false);
    expect(lifted.complaints).toEqual([]);
    expect((await h.fail('complaints.close', { id: c.id, conclusion: 'Lần hai.', closedOn: '2026-03-11' })).message).toMatch(/đã có kết luận ngày 10\/03\/2026/);
  });

  it('records handling steps in date order, never before the receipt', async () => {
    const { h, an } = await setup();
    const c = await h.call('complaints.create', { receivedOn: '2026-03-01', sender: 'Trần Văn Cường', kind: 'khieu-nai', content: 'Khiếu nại.', personIds: [an.id] });
    await h.call('complaints.addStep', { id: c.id, on: '2026-03-08', text: 'Xác minh tại đơn vị' });
    const s = await h.call('complaints.addStep', { id: c.id, on: '2026-03-03', text: 'Thụ lý' });
    expect(s.steps).toEqual([{ on: '2026-03-03', text: 'Thụ lý' }, { on: '2026-03-08', text: 'Xác minh tại đơn vị' }]);
    expect((await h.fail('complaints.addStep', { id: c.id, on: '2026-02-01', text: 'Sớm' })).message).toMatch(/trước ngày nhận đơn/);
  });

  it('home "Việc cần làm" warns of open entries near or past their limit, not of the others nor of closed ones', async () => {
    const { h, an } = await setup(); // today is 15/03/2026
    const add = (receivedOn: string, kind: 'to-cao' | 'khieu-nai' | 'phan-anh') =>
      h.call('complaints.create', { receivedOn, sender: 'Trần Văn Cường', kind, content: 'Nội dung.', personIds: [an.id] });
    const soon = await add('2026-02-20', 'khieu-nai'); // due 22/03/2026
    const over = await add('2026-02-01', 'to-cao'); // due 03/03/2026
    await add('2026-03-14', 'to-cao'); // due 13/04/2026: not yet
    await add('2026-01-05', 'phan-anh'); // no limit
    const lines = async () => (await h.call('home.tasks', {})).tasks.filter((t) => t.kind === 'complaint');
    expect(await lines()).toEqual([
      expect.objectContaining({ state: 'overdue', recordId: over.id, page: 'complaints', dueOn: '2026-03-03', daysLeft: -12, title: 'Giải quyết đơn tố cáo về Nguyễn Văn An' }),
      expect.objectContaining({ state: 'soon', recordId: soon.id, dueOn: '2026-03-22', daysLeft: 7, title: 'Giải quyết đơn khiếu nại về Nguyễn Văn An' }),
    ]);
    expect((await lines())[0]!.detail).toMatch(/^Nhận đơn ngày 01\/02\/2026; hạn giải quyết 03\/03\/2026/);
    await h.call('complaints.close', { id: over.id, conclusion: 'Đã giải quyết.', closedOn: '2026-03-12' });
    expect((await lines()).map((t) => t.recordId)).toEqual([soon.id]);
  });

  it('a collective of this unit can be concerned, and holds its nomination too', async () => {
    const { h, inst } = await setup();
    const col = await h.call('collectives.create', { name: 'Thôn Nà Khum', kind: 'village', unitId: inst.unitId });
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'GIAY_KHEN_TT', referenceDate: '2026-01-15', title: 'Giấy khen tập thể 2025' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: col.id });
    const c = await h.call('complaints.create', { receivedOn: '2026-03-02', sender: 'Hà Thị Mai', kind: 'phan-anh', content: 'Phản ánh.', collectiveIds: [col.id] });
    expect(c.subjects).toEqual([{ type: 'collective', id: col.id, name: 'Thôn Nà Khum' }]);
    const nom = (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!;
    expect(nom.criteria.find((x) => x.id === 'complaint')?.reason).toMatch(/^Đang xác minh đơn thư: Phản ánh nhận ngày 02\/03\/2026/);
  });
});
