import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dump } from '../exchange/pair';
import { FIXED_NOW, initializedHost, person } from '../helpers';

async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId, position: 'Công chức Văn phòng - Thống kê' }));
  const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', unitId: inst.unitId }));
  const thon = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' });
  return { h, inst, an, binh, thon, d };
}

describe('dossiers', () => {
  it('builds a dossier with nominees and the council vote, each change a new rev', async () => {
    const { h, an, binh, d } = await setup();
    expect(d).toMatchObject({ awardName: 'Chiến sĩ thi đua cơ sở', proposingUnitName: 'Xã Tân Phong', rev: 1, editable: true, status: null });
    const n1 = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: binh.id });
    expect((await h.fail('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id })).message).toMatch(/đã có trong hồ sơ/);
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 9, councilPresent: 8, councilWritten: 1 });
    const n = await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n1.id, summary: 'Tóm tắt', report: 'Báo cáo thành tích…', voteYes: 8 });
    expect(n).toMatchObject({ name: 'Nguyễn Văn An', voteYes: 8 });
    const got = await h.call('dossiers.get', { id: d.id });
    expect(got.dossier).toMatchObject({ rev: 5, nomineeCount: 2, councilTotal: 9 });
    expect(got.nominees.map((x) => x.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it.each([
    ['more yes votes than members who voted', async (h: Awaited<ReturnType<typeof setup>>) => {
      await h.h.call('dossiers.setMeeting', { id: h.d.id, meetingDate: '2026-01-10', councilTotal: 9, councilPresent: 6, councilWritten: 1 });
      const n = await h.h.call('dossiers.addNominee', { dossierId: h.d.id, subjectType: 'person', subjectId: h.an.id });
      return h.h.fail('dossiers.updateNominee', { dossierId: h.d.id, nomineeId: n.id, voteYes: 8 });
    }, /Số phiếu đồng ý \(8\) lớn hơn số thành viên bỏ phiếu \(7\)/],
    ['more present than members', async (h: Awaited<ReturnType<typeof setup>>) =>
      h.h.fail('dossiers.setMeeting', { id: h.d.id, meetingDate: '2026-01-10', councilTotal: 5, councilPresent: 6 }), /lớn hơn tổng số thành viên/],
    ['a collective for an individual title', async (h: Awaited<ReturnType<typeof setup>>) =>
      h.h.fail('dossiers.addNominee', { dossierId: h.d.id, subjectType: 'collective', subjectId: h.thon.id }), /dành cho cá nhân/],
    ['an award not in the catalogue in force', async (h: Awaited<ReturnType<typeof setup>>) =>
      h.h.fail('dossiers.create', { year: 2025, round: 'annual', awardCode: 'ANH_HUNG', referenceDate: '2026-01-15', title: 'X' }), /không có trong danh mục áp dụng ngày 15\/01\/2026/],
    ['a meeting in the future', async (h: Awaited<ReturnType<typeof setup>>) =>
      h.h.fail('dossiers.setMeeting', { id: h.d.id, meetingDate: '2027-01-10', councilTotal: 5, councilPresent: 5 }), /tương lai/],
  ])('refuses %s with a Vietnamese reason', async (_l, act, message) => {
    const s = await setup();
    const err = await act(s);
    expect(err.message).toMatch(message);
  });

  it('says per criterion why a nominee passes or fails, from history, ratings, initiatives, holds and votes', async () => {
    const { h, an, binh, d } = await setup();
    // Nguyễn Văn An: LĐTT 2025, rated HTXS in 2025. Trần Thị Bình: rated HT only, and under investigation.
    await h.call('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '12/QĐ-UBND', decisionDate: '2026-01-05', issuer: 'UBND xã Tân Phong' });
    await h.call('evaluations.set', { personId: an.id, year: 2025, level: 'HTXS' });
    await h.call('evaluations.set', { personId: binh.id, year: 2025, level: 'HT' });
    await h.call('holds.add', { personId: binh.id, kind: 'investigation', fromDate: '2025-12-01' });
    const a = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const b = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: binh.id });
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 0 });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: a.id, voteYes: 8 });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: b.id, voteYes: 7 });
    const r = await h.call('dossiers.eligibility', { id: d.id });
    expect(r.ruleSetId).toBe('VN-ND152-2025');
    const [ra, rb] = r.nominees;
    expect(ra!.name).toBe('Nguyễn Văn An');
    expect(rb!.overall).toBe('fail');
    const reasons = rb!.criteria.filter((c) => c.result === 'fail').map((c) => c.reason).join(' ');
    expect(reasons).toMatch(/điều tra|xem xét/i);
    expect(rb!.criteria.find((c) => c.id === 'vote')?.result).toBe('fail'); // 7 of 10 members < 80 %
    expect(ra!.criteria.find((c) => c.id === 'vote')?.result).toBe('pass'); // 8 of 10 = 80 %, exactly at the threshold
    for (const c of [...ra!.criteria, ...rb!.criteria]) expect(c.citation).not.toBe('');
  });

  it('counts a recognised initiative once: after it served another award it no longer does', async () => {
    const { h, an, d } = await setup();
    const db = h.context().sqlite;
    const now = FIXED_NOW.toISOString();
    const initiative = crypto.randomUUID();
    db.prepare(`INSERT INTO initiatives (id, origin, rev, created_at, updated_at, deleted, title, year, status, scope, recognised_on, decision_number, used_by_nominee_id)
                VALUES (?, 'XA-TP', 1, ?, ?, 0, 'Số hóa hồ sơ hộ tịch', 2025, 'recognised', 'co-so', '2025-11-20', '05/QĐ-UBND', NULL)`).run(initiative, now, now);
    db.prepare(`INSERT INTO initiative_authors (initiative_id, person_id, share) VALUES (?, ?, 100)`).run(initiative, an.id);
    await h.call('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến' });
    await h.call('evaluations.set', { personId: an.id, year: 2025, level: 'HTT' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const pick = async () => (await h.call('dossiers.eligibility', { id: d.id })).nominees[0]!.criteria;
    const before = await pick();
    db.prepare('UPDATE initiatives SET used_by_nominee_id = ? WHERE id = ?').run('another-award-use', initiative);
    const after = await pick();
    expect(JSON.stringify(before)).not.toBe(JSON.stringify(after));
    expect(after.map((c) => c.reason).join(' ')).toMatch(/đã được dùng|đã dùng/);
  });

  it('is read-only at the province when received, like every copy', async () => {
    const { h, d } = await setup();
    h.context().sqlite.prepare(`UPDATE dossiers SET origin = 'XA-KHAC' WHERE id = ?`).run(d.id);
    const before = dump(h as never);
    expect((await h.fail('dossiers.setMeeting', { id: d.id, meetingDate: null, councilTotal: 5, councilPresent: 5 })).code).toBe('READ_ONLY');
    expect(dump(h as never)).toBe(before);
  });
});
