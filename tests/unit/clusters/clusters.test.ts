// Cụm, khối thi đua at the province: members and rotating roles, scoring within the maxima, the
// ranking, the suy tôn and the dossier it leads to; bad input refused with nothing written.
import { describe, expect, it } from 'vitest';
import { testHost } from '../helpers';

async function setup() {
  const h = testHost();
  await h.call('setup.init', { unit: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' }, clerkName: 'Nguyễn Thị Hoa' });
  const province = (await h.call('units.list', { query: '', level: null, parentId: null, includeInactive: true })).items.find((u) => u.code === 'T12')!;
  const names = ['Tân Phong', 'Đông Hưng', 'Phúc Thọ', 'Mường Tè', 'Bình Lư', 'Sìn Hồ'];
  const communes = [];
  for (const [i, n] of names.entries()) communes.push(await h.call('units.create', { code: `T12.X0${i + 1}`, name: `Xã ${n}`, level: 'commune', parentId: province.id }));
  const five = communes.slice(0, 5);
  const c = await h.call('clusters.create', {
    year: 2025, kind: 'cum', name: 'Cụm thi đua số 1',
    members: five.map((u, i) => ({ unitId: u.id, headName: `Chủ tịch ${i + 1}`, headTitle: 'Chủ tịch UBND xã' })),
    leaderUnitId: five[0]!.id, deputyUnitId: five[1]!.id,
  });
  return { h, communes, five, c };
}

const rows = (h: ReturnType<typeof testHost>, t: string) => h.context().sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
const snapshot = (h: ReturnType<typeof testHost>) => JSON.stringify(['clusters', 'cluster_members', 'cluster_scorecards', 'cluster_votes', 'dossiers', 'audit'].map((t) => rows(h, t)));

/** Full marks minus `less` tenths on criterion 1. */
const scores = (items: { id: string; maxTenths: number }[], less: number, lessOn = '1') => Object.fromEntries(items.map((i) => [i.id, i.maxTenths - (i.id === lessOn ? less : 0)]));

describe('clusters', () => {
  it('creates a cluster of the year with the criteria table in force, roles and next year’s rotation', async () => {
    const { h, five, c } = await setup();
    expect(c).toMatchObject({ year: 2025, kind: 'cum', criteriaSetId: 'CUM-XA-2025', maxTotalTenths: 1000, leaderUnitId: five[0]!.id, editable: true });
    expect(c.criteria).toHaveLength(8);
    expect(c.members.map((m) => m.role)).toEqual(['leader', 'deputy', null, null, null]);
    expect(c.nextRoles).toEqual({ leaderUnitId: five[1]!.id, deputyUnitId: five[2]!.id });
    const list = await h.call('clusters.list', { year: 2025 });
    expect(list).toEqual([expect.objectContaining({ name: 'Cụm thi đua số 1', memberCount: 5, leaderName: 'Xã Tân Phong', deputyName: 'Xã Đông Hưng', scoredCount: 0, voted: false })]);
    const next = await h.call('clusters.rollOver', { id: c.id });
    expect(next).toMatchObject({ year: 2026, leaderUnitId: five[1]!.id, deputyUnitId: five[2]!.id });
    expect(next.members.map((m) => m.headName)).toEqual(c.members.map((m) => m.headName));
  });

  it('refuses a unit already in a cluster of the same kind that year, and writes nothing', async () => {
    const { h, communes } = await setup();
    const before = snapshot(h);
    expect(await h.fail('clusters.create', { year: 2025, kind: 'cum', name: 'Cụm thi đua số 2', members: [{ unitId: communes[4]!.id }, { unitId: communes[5]!.id }] })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Xã Bình Lư đã là thành viên “Cụm thi đua số 1” năm 2025; mỗi đơn vị chỉ thuộc một cụm thi đua/) });
    expect(snapshot(h)).toBe(before);
    // Another kind, or another year, is fine.
    await h.call('clusters.create', { year: 2025, kind: 'khoi', name: 'Khối thử', members: [{ unitId: communes[4]!.id }, { unitId: communes[5]!.id }] });
    await h.call('clusters.create', { year: 2026, kind: 'cum', name: 'Cụm thi đua số 2', members: [{ unitId: communes[4]!.id }, { unitId: communes[5]!.id }] });
  });

  it('refuses a score above the criterion’s maximum, and writes nothing', async () => {
    const { h, five, c } = await setup();
    const before = snapshot(h);
    expect(await h.fail('clusters.score', { clusterId: c.id, unitId: five[0]!.id, scorer: 'self', scores: { '1': 301 } })).toMatchObject({
      code: 'INVALID_INPUT', message: 'Xã Tân Phong: Điểm tiêu chí 1 (30,1) vượt điểm tối đa 30; hãy chấm lại trong khoảng 0 đến 30.',
    });
    expect(await h.fail('clusters.score', { clusterId: c.id, unitId: five[0]!.id, scorer: 'self', scores: { '99': 1 } })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(snapshot(h)).toBe(before);
  });

  it('ranks the cluster’s scoring with the stated tie rule, self scores beside it', async () => {
    const { h, five, c } = await setup();
    const less = [40, 10, 10, 0, 25];
    for (const [i, u] of five.entries()) {
      await h.call('clusters.score', { clusterId: c.id, unitId: u.id, scorer: 'self', scores: scores(c.criteria, 0) });
      // Xã Đông Hưng and Phúc Thọ tie on total (-10), Phúc Thọ is lower on criterion 1 (so ahead is Đông Hưng).
      const s = i === 2 ? { ...scores(c.criteria, 0), '1': 300, '2': 90 } : scores(c.criteria, less[i]!);
      await h.call('clusters.score', { clusterId: c.id, unitId: u.id, scorer: 'cluster', scores: s });
    }
    const got = await h.call('clusters.get', { id: c.id });
    expect(got.ranking.map((r) => [r.name, r.totalTenths, r.rank, r.selfTotalTenths])).toEqual([
      ['Xã Mường Tè', 1000, 1, 1000], ['Xã Phúc Thọ', 990, 2, 1000], ['Xã Đông Hưng', 990, 3, 1000], ['Xã Bình Lư', 975, 4, 1000], ['Xã Tân Phong', 960, 5, 1000],
    ]);
    expect(got.tieRule).toMatch(/bằng tổng điểm thì xét lần lượt điểm từng tiêu chí/);
    // A second save is a new rev of the same scorecard.
    await h.call('clusters.score', { clusterId: c.id, unitId: five[0]!.id, scorer: 'cluster', scores: scores(c.criteria, 0) });
    expect(rows(h, 'cluster_scorecards').filter((r) => (r as { scorer: string }).scorer === 'cluster')).toHaveLength(5);
    expect((await h.call('clusters.get', { id: c.id })).scoring[0]!.cluster!.rev).toBe(2);
  });

  it('refuses a suy tôn with more voters than members or more votes than voters, and writes nothing', async () => {
    const { h, five, c } = await setup();
    const before = snapshot(h);
    const votes = five.map((u) => ({ unitId: u.id, yes: 1 }));
    expect(await h.fail('clusters.setVote', { clusterId: c.id, heldOn: '2026-01-10', voters: 6, votes })).toMatchObject({
      message: 'Số thành viên bỏ phiếu (6) nhiều hơn số thành viên của cụm, khối (5); mỗi thành viên chỉ có một phiếu.',
    });
    expect(await h.fail('clusters.setVote', { clusterId: c.id, heldOn: '2026-01-10', voters: 4, votes: [{ unitId: five[0]!.id, yes: 5 }] })).toMatchObject({
      message: 'Xã Tân Phong có 5 phiếu, nhiều hơn số thành viên bỏ phiếu (4).',
    });
    expect(await h.fail('clusters.setVote', { clusterId: c.id, heldOn: '2026-01-10', voters: 5, votes: [{ unitId: five[0]!.id, yes: 2, award: 'CO_TD_TINH' }] })).toMatchObject({
      message: expect.stringMatching(/chưa quá bán/),
    });
    expect(snapshot(h)).toBe(before);
  });

  it('makes the Cờ thi đua dossier from the suy tôn: the unit as nominee, the vote as the council record', async () => {
    const { h, five, c } = await setup();
    for (const u of five) await h.call('clusters.score', { clusterId: c.id, unitId: u.id, scorer: 'cluster', scores: scores(c.criteria, u === five[3] ? 0 : 50) });
    expect(await h.fail('clusters.propose', { clusterId: c.id, award: 'CO_TD_TINH' })).toMatchObject({ code: 'NO_VOTE' });
    const voted = await h.call('clusters.setVote', {
      clusterId: c.id, heldOn: '2026-01-10', place: 'Xã Tân Phong', chair: 'Chủ tịch 1', secretary: 'Thư ký', voters: 5,
      votes: five.map((u, i) => ({ unitId: u.id, yes: [1, 4, 0, 5, 0][i]!, award: i === 3 ? ('CO_TD_TINH' as const) : i === 1 ? ('BK_CT_TINH_TT' as const) : null })),
    });
    expect(voted.vote).toMatchObject({ voters: 5, members: 5 });
    const made = await h.call('clusters.propose', { clusterId: c.id, award: 'CO_TD_TINH' });
    expect(made).toMatchObject({ nominees: 1, title: 'Đề nghị tặng Cờ thi đua của UBND tỉnh năm 2025 cho đơn vị dẫn đầu Cụm thi đua số 1' });
    const { dossier, nominees } = await h.call('dossiers.get', { id: made.dossierId });
    expect(dossier).toMatchObject({ awardCode: 'CO_TD_TINH', year: 2025, meetingDate: '2026-01-10', councilTotal: 5, councilPresent: 5, councilWritten: 0 });
    expect(nominees).toEqual([expect.objectContaining({ subjectType: 'collective', name: 'Xã Mường Tè', voteYes: 5, summary: expect.stringMatching(/5\/5 phiếu, tổng điểm 100\/100, xếp thứ 1/) })]);
    // The council record is there: the biên bản is no longer missing.
    const docs = await h.call('dossiers.documents', { id: made.dossierId });
    expect(docs.required.find((r) => r.code === 'BIEN_BAN')!.satisfied).toBe(true);
    expect((await h.call('clusters.get', { id: c.id })).vote!.dossiers).toEqual([{ awardCode: 'CO_TD_TINH', dossierId: made.dossierId }]);
    expect(await h.fail('clusters.propose', { clusterId: c.id, award: 'CO_TD_TINH' })).toMatchObject({ code: 'EXISTS' });
    const bk = await h.call('clusters.propose', { clusterId: c.id, award: 'BK_CT_TINH_TT' });
    expect((await h.call('dossiers.get', { id: bk.dossierId })).nominees.map((n) => n.name)).toEqual(['Xã Đông Hưng']);
  });
});
