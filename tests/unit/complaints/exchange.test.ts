// A commune's sổ đơn thư entries about its own nominees travel up with the dossier they concern (content only when chosen):
// the province sees them on the received dossier, read-only and marked as from the commune, and its eligibility check holds the nominee.
import { describe, expect, it } from 'vitest';
import { exportFrom, pair, read, tick } from '../exchange/pair';

const CONTENT = 'Tố cáo ông An kê khai khống diện tích chè.';

async function withDossier() {
  const p = await pair();
  // The province's directory has the commune under it (as its unit-directory package sends down).
  const provUnit = (await p.prov.call('setup.status', {})).installation!.unitId;
  await p.prov.call('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: provUnit });
  const d = await p.xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'LĐTT 2025' });
  await p.xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.an.id });
  const c = await p.xa.call('complaints.create', { receivedOn: '2026-03-01', sender: 'Trần Văn Cường', kind: 'to-cao', content: CONTENT, personIds: [p.an.id] });
  // About someone on no dossier: stays home.
  const home = await p.xa.call('complaints.create', { receivedOn: '2026-03-02', kind: 'kien-nghi', content: 'Kiến nghị về ông Dũng.', personIds: [p.dung.id] });
  return { ...p, d, c, home };
}

const holdOf = async (h: Awaited<ReturnType<typeof pair>>['prov'], dossierId: string) =>
  (await h.call('dossiers.eligibility', { id: dossierId })).nominees[0]!.criteria.find((x) => x.id === 'complaint');

describe('complaints travelling with a dossier', () => {
  it('go up without their content; the province holds the nominee and shows the entry as from the commune', async () => {
    const { prov, xa, d, c, home, an } = await withDossier();
    const [sub] = await exportFrom(xa, 'T12');
    const recs = read(sub!.file).body.records.filter((r) => r.type === 'complaint');
    expect(recs.map((r) => r.id)).toEqual([c.id]);
    expect(recs[0]!.data).toMatchObject({ kind: 'to-cao', receivedOn: '2026-03-01', content: null, subjects: [{ type: 'person', id: an.id, name: 'Nguyễn Văn An' }] });
    const raw = JSON.stringify(read(sub!.file));
    expect(raw).not.toContain('kê khai khống');
    expect(raw).not.toContain('Trần Văn Cường');
    expect(raw).not.toContain(home.id);

    await prov.call('exchange.import', { path: sub!.file });
    const seen = await prov.call('complaints.forDossier', { dossierId: d.id });
    expect(seen).toEqual([expect.objectContaining({ id: c.id, fromUnit: 'Xã Tân Phong', content: '', sender: '', sendContent: false, status: 'open' })]);
    const hold = await holdOf(prov, d.id);
    expect(hold).toMatchObject({ result: 'fail', citation: 'NĐ 152/2025/NĐ-CP, Điều 4' });
    expect(hold!.reason).toMatch(/Tố cáo nhận ngày 01\/03\/2026 \(sổ đơn thư của Xã Tân Phong, mã/);
    // Read-only above.
    expect((await prov.fail('complaints.close', { id: c.id, conclusion: 'Không đúng', closedOn: '2026-03-10' })).message).toMatch(/do Xã Tân Phong ghi/);
    expect((await prov.fail('complaints.addStep', { id: c.id, on: '2026-03-10', text: 'Xác minh' })).message).toMatch(/do Xã Tân Phong ghi/);

    // The province's own entry about the same nominee sits beside it.
    const own = await prov.call('complaints.create', { receivedOn: '2026-03-05', kind: 'phan-anh', content: 'Phản ánh gửi tỉnh.', personIds: [an.id] });
    expect((await prov.call('complaints.forDossier', { dossierId: d.id })).map((x) => [x.id, x.fromUnit])).toEqual([[own.id, null], [c.id, 'Xã Tân Phong']]);

    // The province's own entries never go down, even about the nominees of its own dossier.
    const pd = await prov.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'Hồ sơ của tỉnh' });
    const staff = await prov.call('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Minh', gender: 'male', birthYear: 1980 });
    await prov.call('dossiers.addNominee', { dossierId: pd.id, subjectType: 'person', subjectId: staff.id });
    await prov.call('complaints.create', { receivedOn: '2026-03-06', kind: 'khieu-nai', content: 'Khiếu nại ở tỉnh.', personIds: [staff.id] });
    const down = await exportFrom(prov, 'XA-TP');
    expect(down.flatMap((f) => read(f.file).body.records.map((r) => r.type))).not.toContain('complaint');
  });

  it('"Gửi kèm nội dung" sends the content; the conclusion lifts the hold above', async () => {
    const { prov, xa, d, c, clock } = await withDossier();
    await xa.call('complaints.setSendContent', { id: c.id, sendContent: true });
    const [sub] = await exportFrom(xa, 'T12');
    expect(read(sub!.file).body.records.find((r) => r.type === 'complaint')!.data).toMatchObject({ content: { sender: 'Trần Văn Cường', content: CONTENT } });
    await prov.call('exchange.import', { path: sub!.file });
    expect(await prov.call('complaints.get', { id: c.id })).toMatchObject({ content: CONTENT, sender: 'Trần Văn Cường', sendContent: true });

    tick(clock);
    await xa.call('complaints.addStep', { id: c.id, on: '2026-03-05', text: 'Thụ lý, xác minh' });
    await xa.call('complaints.close', { id: c.id, conclusion: 'Tố cáo không đúng.', closedOn: '2026-03-12' });
    const [sub2] = await exportFrom(xa, 'T12');
    await prov.call('exchange.import', { path: sub2!.file });
    expect(await prov.call('complaints.get', { id: c.id })).toMatchObject({ status: 'closed', closedOn: '2026-03-12', conclusion: 'Tố cáo không đúng.', steps: [{ on: '2026-03-05', text: 'Thụ lý, xác minh' }] });
    expect(await holdOf(prov, d.id)).toBeUndefined();
  });

  it('an entry linked to the dossier travels with it; unlinked after it was sent, it goes up withdrawn and the hold lifts', async () => {
    const { prov, xa, d, home, clock } = await withDossier();
    const linked = await xa.call('complaints.linkDossier', { id: home.id, dossierId: d.id });
    expect(linked.rev).toBe(2);
    expect(linked.subjects.map((s) => s.type)).toEqual(['person', 'dossier']);
    expect((await xa.fail('complaints.linkDossier', { id: home.id, dossierId: d.id })).message).toMatch(/đã gắn với hồ sơ “LĐTT 2025”/);
    const [sub] = await exportFrom(xa, 'T12');
    expect(read(sub!.file).body.records.filter((r) => r.type === 'complaint').map((r) => r.id)).toContain(home.id);
    await prov.call('exchange.import', { path: sub!.file });
    expect((await prov.call('complaints.forDossier', { dossierId: d.id })).map((x) => x.id)).toContain(home.id);

    tick(clock);
    await xa.call('complaints.unlinkDossier', { id: home.id, dossierId: d.id });
    const [sub2] = await exportFrom(xa, 'T12');
    const tomb = read(sub2!.file).body.records.find((r) => r.id === home.id)!;
    expect(tomb).toMatchObject({ type: 'complaint', deleted: true, rev: 3 });
    await prov.call('exchange.import', { path: sub2!.file });
    expect((await prov.call('complaints.forDossier', { dossierId: d.id })).map((x) => x.id)).not.toContain(home.id);
  });

  it('linking a dossier of another unit is refused and changes nothing', async () => {
    const { prov, xa, d, c } = await withDossier();
    const [sub] = await exportFrom(xa, 'T12');
    await prov.call('exchange.import', { path: sub!.file });
    const own = await prov.call('complaints.create', { receivedOn: '2026-03-05', kind: 'phan-anh', content: 'Phản ánh.', personIds: [(await prov.call('complaints.get', { id: c.id })).subjects[0]!.id] });
    const e = await prov.fail('complaints.linkDossier', { id: own.id, dossierId: d.id });
    expect(e.message).toMatch(/“LĐTT 2025” là hồ sơ của đơn vị khác \(XA-TP\)/);
    expect((await prov.call('complaints.get', { id: own.id })).rev).toBe(1);
  });
});
