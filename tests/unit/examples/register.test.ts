// Sổ điển hình tiên tiến: registering with stages, media, awards and flags; bad input refused with nothing written; conference lists.
import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const lan = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Thị', givenName: 'Lan', gender: 'female', ethnicity: '03' }));
  const other = await h.call('units.create', { code: 'XA-DH', name: 'Xã Đông Hưng', level: 'commune' });
  const stranger = await h.call('people.create', person({ givenName: 'Bình', unitId: other.id }));
  const mv = await h.call('movements.create', { name: 'Cả nước thi đua xây dựng nông thôn mới', kind: 'thematic', year: 2025 });
  const award = await h.call('awards.addHistory', { subjectType: 'person', subjectId: lan.id, year: 2025, awardName: 'Giấy khen của Chủ tịch UBND xã', decisionNumber: '12/QĐ-UBND' });
  return { h, inst, lan, stranger, mv, award };
}

type S = Awaited<ReturnType<typeof setup>>;
const base = (s: S) => ({
  kind: 'person' as const,
  personId: s.lan.id,
  field: 'Nông nghiệp',
  movementId: s.mv.id,
  achievements: 'Phát triển mô hình trồng chè sạch, tạo việc làm cho 20 lao động.',
  stages: [
    { stage: 'phat-hien' as const, on: '2025-03-01', by: 'Hội Nông dân xã', note: '' },
    { stage: 'boi-duong' as const, on: '2025-06-01', by: 'Hội Nông dân xã', note: 'Tập huấn kỹ thuật' },
  ],
  media: [{ outlet: 'Báo Lai Châu', on: '2025-08-10', link: 'https://baolaichau.vn/bai-viet', title: 'Chè sạch Tân Phong' }],
  awardIds: [s.award.id],
  reviewOn: '2026-04-01',
});
const rows = (s: S, t: string) => s.h.context().sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();

describe('typical examples register', () => {
  it('registers a person with stages, media, awards; flags come from the person', async () => {
    const s = await setup();
    const x = await s.h.call('examples.create', { ...base(s), women: false, ethnicMinority: false });
    expect(x).toMatchObject({
      name: 'Lò Thị Lan', stage: 'boi-duong', unitName: 'Xã Tân Phong', movementName: 'Cả nước thi đua xây dựng nông thôn mới',
      women: true, ethnicMinority: true, directWorker: false, flagsFromPerson: true, reviewOn: '2026-04-01', readOnly: false,
    });
    expect(x.awards).toEqual([expect.objectContaining({ id: s.award.id, awardName: 'Giấy khen của Chủ tịch UBND xã' })]);
    // Stored as the person's record says, whatever the form sent.
    expect(s.h.context().sqlite.prepare('SELECT women, ethnic_minority e, direct_worker d FROM typical_examples').get()).toEqual({ women: 1, e: 1, d: 0 });
    expect(x.media).toHaveLength(1);
    expect(await s.h.call('examples.list', { year: 2025 })).toHaveLength(1);
    expect(await s.h.call('examples.list', { year: 2024 })).toHaveLength(0);
    const audit = s.h.context().sqlite.prepare("SELECT action FROM audit WHERE entity = 'typical-example'").all();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('keeps the flags a clerk sets for a household or a model', async () => {
    const s = await setup();
    const x = await s.h.call('examples.create', {
      kind: 'model', name: 'Mô hình “Dân vận khéo” thôn Bản Lang', stages: [{ stage: 'phat-hien', on: '2025-02-01' }], women: true, directWorker: true,
    });
    expect(x).toMatchObject({ kind: 'model', women: true, ethnicMinority: false, directWorker: true, flagsFromPerson: false, personId: null });
  });

  it.each([
    ['a person of another unit', (s: S) => ({ personId: s.stranger.id, awardIds: [] }), /Nguyễn Văn Bình thuộc Xã Đông Hưng, không thuộc Xã Tân Phong/],
    ['stage dates out of order', () => ({ stages: [{ stage: 'phat-hien', on: '2025-06-01' }, { stage: 'boi-duong', on: '2025-03-01' }] }), /Ngày bồi dưỡng \(01\/03\/2025\) trước ngày phát hiện \(01\/06\/2025\)/],
    ['a stage twice', () => ({ stages: [{ stage: 'phat-hien', on: '2025-01-01' }, { stage: 'phat-hien', on: '2025-03-01' }] }), /mỗi bước chỉ ghi một lần/],
    ['no discovery first', () => ({ stages: [{ stage: 'tong-ket', on: '2025-01-01' }] }), /Bước đầu tiên phải là “Phát hiện”/],
    ['a review before the discovery', () => ({ reviewOn: '2025-01-01' }), /Ngày rà soát \(01\/01\/2025\) trước ngày phát hiện/],
    ['a step in the future', () => ({ stages: [{ stage: 'phat-hien', on: '2026-05-01' }] }), /sau ngày hôm nay \(15\/03\/2026\)/],
    ['an over-long field', () => ({ field: 'L'.repeat(201) }), /Lĩnh vực dài tối đa 200 ký tự/],
    ['over-long achievements', () => ({ achievements: 'x'.repeat(5001) }), /Thành tích dài tối đa 5000 ký tự/],
    ['an over-long outlet', () => ({ media: [{ outlet: 'B'.repeat(201), on: '2025-08-10' }] }), /Tên cơ quan báo chí dài tối đa 200 ký tự/],
    ['another person\'s award', (s: S) => ({ kind: 'model', personId: null, name: 'Mô hình', awardIds: [s.award.id], stages: [{ stage: 'phat-hien', on: '2025-01-01' }] }), null],
  ])('refuses %s with a Vietnamese message and writes nothing', async (_, over, message) => {
    const s = await setup();
    const before = JSON.stringify([rows(s, 'typical_examples'), rows(s, 'audit')]);
    const input = { ...base(s), ...over(s) };
    if (message === null) {
      // A model not linked to anyone may cite any award of the register (it is the unit's choice): accepted.
      await s.h.call('examples.create', input as never);
      return;
    }
    const e = await s.h.fail('examples.create', input);
    expect(e.message).toMatch(message);
    expect(JSON.stringify([rows(s, 'typical_examples'), rows(s, 'audit')])).toBe(before);
  });

  it('updates (rev +1), refuses a stranger on update, and deletes as a tombstone', async () => {
    const s = await setup();
    const x = await s.h.call('examples.create', base(s));
    const y = await s.h.call('examples.update', { ...base(s), id: x.id, stages: [...base(s).stages, { stage: 'tong-ket', on: '2026-01-10', by: 'UBND xã' }] });
    expect(y).toMatchObject({ rev: 2, stage: 'tong-ket' });
    const e = await s.h.fail('examples.update', { ...base(s), id: x.id, personId: s.stranger.id, awardIds: [] });
    expect(e.message).toMatch(/không thuộc Xã Tân Phong/);
    expect((await s.h.call('examples.get', { id: x.id })).rev).toBe(2);
    await s.h.call('examples.delete', { id: x.id });
    expect(await s.h.call('examples.list', {})).toHaveLength(0);
    expect(s.h.context().sqlite.prepare('SELECT deleted, rev FROM typical_examples').get()).toEqual({ deleted: 1, rev: 3 });
  });

  it('keeps a conference list in order and refuses an example found after the conference', async () => {
    const s = await setup();
    const a = await s.h.call('examples.create', base(s));
    const b = await s.h.call('examples.create', { kind: 'household', name: 'Hộ ông Lò Văn Páo', stages: [{ stage: 'phat-hien', on: '2025-09-01' }] });
    const c = await s.h.call('examples.saveConference', { title: 'Hội nghị điển hình tiên tiến xã Tân Phong lần thứ II', year: 2025, heldOn: '2025-10-01', exampleIds: [b.id, a.id] });
    expect(c.examples.map((x) => x.id)).toEqual([b.id, a.id]);
    const e = await s.h.fail('examples.saveConference', { id: c.id, title: c.title, year: 2025, heldOn: '2025-08-01', exampleIds: [b.id] });
    expect(e.message).toMatch(/Hộ ông Lò Văn Páo được phát hiện ngày 01\/09\/2025, sau ngày hội nghị \(01\/08\/2025\)/);
    expect((await s.h.fail('examples.delete', { id: a.id })).message).toMatch(/có trong danh sách “Hội nghị điển hình tiên tiến/);
    expect((await s.h.call('examples.conferences', {}))[0]!.rev).toBe(1);
  });
});
