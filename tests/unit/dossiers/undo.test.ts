import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' });
  await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 9, councilPresent: 8, councilWritten: 1 });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
  await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: 'Tóm tắt', report: 'Báo cáo thành tích dài…', voteYes: 8 });
  const i = await h.call('initiatives.create', { title: 'Sổ theo dõi công văn đến', year: 2025, authors: [{ personId: an.id, share: 100 }] });
  // The initiative this nominee's award relies on (set when a dossier is marked ready).
  h.context().sqlite.prepare('UPDATE initiatives SET used_by_nominee_id = ? WHERE id = ?').run(n.id, i.id);
  return { h, an, d, n, i };
}

const usedBy = (h: Awaited<ReturnType<typeof setup>>['h'], id: string) =>
  (h.context().sqlite.prepare('SELECT used_by_nominee_id u FROM initiatives WHERE id = ?').get(id) as { u: string | null }).u;

describe('removing a nominee can be undone', () => {
  it('brings the nominee back with its report, votes and initiative, as new revs, audited', async () => {
    const { h, d, n, i } = await setup();
    const revBefore = (await h.call('dossiers.get', { id: d.id })).dossier.rev;
    await h.call('dossiers.removeNominee', { dossierId: d.id, nomineeId: n.id });
    expect((await h.call('dossiers.get', { id: d.id })).nominees).toEqual([]);
    expect(usedBy(h, i.id)).toBeNull();
    const back = await h.call('dossiers.restoreNominee', { dossierId: d.id, nomineeId: n.id });
    expect(back).toMatchObject({ id: n.id, name: 'Nguyễn Văn An', summary: 'Tóm tắt', report: 'Báo cáo thành tích dài…', voteYes: 8 });
    const got = await h.call('dossiers.get', { id: d.id });
    expect(got.nominees.map((x) => x.id)).toEqual([n.id]);
    expect(got.dossier.rev).toBe(revBefore + 2);
    expect(usedBy(h, i.id)).toBe(n.id);
    const trail = h.context().sqlite.prepare(`SELECT action FROM audit WHERE entity = 'dossier-nominee' AND entity_id = ? ORDER BY seq`).all(n.id);
    expect(trail).toEqual([{ action: 'delete' }, { action: 'create' }]);
    // Undoing twice is refused: the nominee is already there.
    expect((await h.fail('dossiers.restoreNominee', { dossierId: d.id, nomineeId: n.id })).message).toMatch(/đã có lại trong hồ sơ/);
  });

  it('refuses when the person was added again meanwhile, or nothing was removed, changing nothing', async () => {
    const { h, an, d, n } = await setup();
    await h.call('dossiers.removeNominee', { dossierId: d.id, nomineeId: n.id });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const before = JSON.stringify(await h.call('dossiers.get', { id: d.id }));
    expect((await h.fail('dossiers.restoreNominee', { dossierId: d.id, nomineeId: n.id })).message).toMatch(/đã được thêm lại/);
    expect((await h.fail('dossiers.restoreNominee', { dossierId: d.id, nomineeId: crypto.randomUUID() })).message).toMatch(/Không tìm thấy người đã bỏ/);
    expect(JSON.stringify(await h.call('dossiers.get', { id: d.id }))).toBe(before);
  });
});
