import { describe, expect, it } from 'vitest';
import { initializedHost, person, type TestHost } from '../helpers';

// The vote table's save: the meeting and all nominees' yes votes in one transaction.

async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId }));
  const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', unitId: inst.unitId }));
  const cuong = await h.call('people.create', person({ familyName: 'Lê', middleName: 'Văn', givenName: 'Cường', unitId: inst.unitId }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' });
  const ids = [];
  for (const p of [an, binh, cuong]) ids.push((await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id })).id);
  const [a, b, c] = ids as [string, string, string];
  return { h, d, a, b, c };
}

/** The dossier, its nominees and the audit: what a refused save must leave as it was. */
const rows_ = (h: TestHost) =>
  JSON.stringify(['dossiers', 'dossier_nominees', 'audit'].map((t) => h.context().sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));

const meeting = { meetingDate: '2026-01-10', councilTotal: 9, councilPresent: 8, councilWritten: 1 };

describe('dossiers.setVotes', () => {
  it('writes the meeting and every row at once, one rev, with an audit row of the changed votes', async () => {
    const { h, d, a, b, c } = await setup();
    const r = await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: a, voteYes: 8 }, { nomineeId: b, voteYes: 9 }, { nomineeId: c, voteYes: 6 }] });
    expect(r.dossier).toMatchObject({ councilTotal: 9, councilPresent: 8, councilWritten: 1, meetingDate: '2026-01-10', rev: d.rev + 4 });
    expect(r.nominees.map((n) => [n.name, n.voteYes])).toEqual([['Nguyễn Văn An', 8], ['Trần Thị Bình', 9], ['Lê Văn Cường', 6]]);
    const db = h.context().sqlite;
    const audit = db.prepare(`SELECT after FROM audit WHERE entity = 'dossier-votes' AND entity_id = ?`).all(d.id) as { after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toEqual({ votes: [{ nomineeId: a, name: 'Nguyễn Văn An', voteYes: 8 }, { nomineeId: b, name: 'Trần Thị Bình', voteYes: 9 }, { nomineeId: c, name: 'Lê Văn Cường', voteYes: 6 }] });
    // The eligibility engine reads what the table saved: 8/9 passes 80%, 6/9 does not.
    const e = await h.call('dossiers.eligibility', { id: d.id });
    expect(e.nominees.map((n) => n.criteria.find((x) => x.id === 'vote')?.result)).toEqual(['pass', 'pass', 'fail']);
    // Saving the same table again changes nothing.
    const again = await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: a, voteYes: 8 }, { nomineeId: b, voteYes: 9 }, { nomineeId: c, voteYes: 6 }] });
    expect(again.dossier.rev).toBe(r.dossier.rev);
  });

  it('lowers present and votes in the same save (one call, no order to respect)', async () => {
    const { h, d, a, b } = await setup();
    await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: a, voteYes: 9 }, { nomineeId: b, voteYes: 9 }] });
    const r = await h.call('dossiers.setVotes', { id: d.id, ...meeting, councilPresent: 6, votes: [{ nomineeId: a, voteYes: 7 }, { nomineeId: b, voteYes: null }] });
    expect(r.nominees.map((n) => n.voteYes)).toEqual([7, null, null]);
  });

  it.each([
    ['a row above present + written, naming the nominee', (x: Awaited<ReturnType<typeof setup>>) => [{ nomineeId: x.a, voteYes: 8 }, { nomineeId: x.b, voteYes: 10 }], {}, 'votes.1.voteYes',
      'Trần Thị Bình: Số phiếu đồng ý (10) lớn hơn số thành viên bỏ phiếu (8 có mặt + 1 bằng văn bản = 9).'],
    ['present above members', (x: Awaited<ReturnType<typeof setup>>) => [{ nomineeId: x.a, voteYes: 8 }], { councilPresent: 10 }, 'councilPresent',
      'Số thành viên có mặt (10) lớn hơn tổng số thành viên (9).'],
    ['present + written above members', (x: Awaited<ReturnType<typeof setup>>) => [{ nomineeId: x.a, voteYes: 8 }], { councilWritten: 2 }, 'councilWritten',
      'Có mặt (8) cộng ý kiến bằng văn bản (2) vượt tổng số thành viên (9).'],
    ['a meeting in the future', (x: Awaited<ReturnType<typeof setup>>) => [{ nomineeId: x.a, voteYes: 8 }], { meetingDate: '2027-01-10' }, 'meetingDate', 'Ngày họp không được ở tương lai.'],
    ['the same nominee twice', (x: Awaited<ReturnType<typeof setup>>) => [{ nomineeId: x.a, voteYes: 8 }, { nomineeId: x.a, voteYes: 7 }], {}, 'votes.1.voteYes',
      'Nguyễn Văn An có hai dòng phiếu; mỗi người chỉ một dòng.'],
  ])('refuses %s and writes nothing', async (_name, rows, change, path, message) => {
    const s = await setup();
    await s.h.call('dossiers.setVotes', { id: s.d.id, ...meeting, votes: [{ nomineeId: s.c, voteYes: 5 }] });
    const snap = rows_(s.h);
    const err = await s.h.fail('dossiers.setVotes', { id: s.d.id, ...meeting, ...change, votes: rows(s) });
    expect(err.fields?.find((f) => f.path === path)?.message ?? err.message).toContain(message);
    expect(rows_(s.h)).toBe(snap);
  });

  it('refuses a meeting that a nominee left out of the table no longer fits', async () => {
    const { h, d, a, c } = await setup();
    await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: c, voteYes: 9 }] });
    const err = await h.fail('dossiers.setVotes', { id: d.id, ...meeting, councilPresent: 5, votes: [{ nomineeId: a, voteYes: 5 }] });
    expect(err.message).toContain('Lê Văn Cường: Số phiếu đồng ý (9) lớn hơn số thành viên bỏ phiếu');
  });

  it('the nominee details leave the votes alone', async () => {
    const { h, d, a } = await setup();
    await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: a, voteYes: 8 }] });
    const n = await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: a, summary: 'Tóm tắt', report: 'Báo cáo' });
    expect(n).toMatchObject({ summary: 'Tóm tắt', voteYes: 8 });
  });

  it('gives the threshold: the rule set by default, the council setting when set; the eligibility light follows it', async () => {
    const { h, d, a } = await setup();
    await h.call('dossiers.setVotes', { id: d.id, ...meeting, votes: [{ nomineeId: a, voteYes: 8 }] });
    const voteOf = async () => (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!.criteria.find((c) => c.id === 'vote')!;
    expect(await voteOf()).toMatchObject({ result: 'pass' });
    expect(await h.call('dossiers.voteThreshold', { id: d.id })).toMatchObject({ share: 0.8, text: '80%', source: 'law', secretBallot: true, citation: expect.stringMatching(/^theo Luật TĐKT 2022; NĐ 152\/2025\/NĐ-CP/) });
    const { saved: _saved, lawThreshold: _law, ...s } = await h.call('settings.get', {});
    await h.call('settings.save', { ...s, signers: s.signers.map((x) => ({ ...x, fullName: 'Lò Văn Páo' })), council: { ...s.council, voteThreshold: 0.9 } });
    expect(await h.call('dossiers.voteThreshold', { id: d.id })).toMatchObject({ share: 0.9, text: '90%', source: 'settings' });
    // 8 of 9 members is 88,9%: enough for the law's 80%, not for the council's own 90%.
    expect(await voteOf()).toMatchObject({ result: 'fail', reason: expect.stringContaining('yêu cầu từ 90% (ít nhất 9 phiếu)') });
  });
});
