import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';
import { sheet } from './fixture';

/**
 * A recognised initiative on an author's record satisfies the initiative criterion of a
 * Chiến sĩ thi đua cơ sở nominee, and serves one award only.
 */
async function setup() {
  const { h, inst } = await initializedHost();
  const an = await h.call('people.create', person({ unitId: inst.unitId }));
  const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', unitId: inst.unitId }));
  for (const p of [an, binh]) {
    await h.call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: 2025, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '12/QĐ-UBND', decisionDate: '2026-01-05', issuer: 'UBND xã Tân Phong' });
    await h.call('evaluations.set', { personId: p.id, year: 2025, level: 'HTT' }); // not HTXS: the initiative has to carry CSTĐCS
  }
  const [dot2] = (await h.call('initiatives.createDefaultRounds', { year: 2025 })).slice(1);
  const round = await h.call('initiatives.setCouncil', { roundId: dot2!.id, members: [{ name: 'Lê Văn Chủ', role: 'chu-tich' }, { name: 'Phạm Thị Thư', role: 'thu-ky' }, { name: 'Hoàng Văn Ủy', role: 'uy-vien' }] });
  const i = await h.call('initiatives.create', {
    title: 'Phần mềm nhắc lịch tiêm chủng qua tin nhắn', year: 2025, roundId: round.id,
    authors: [{ personId: an.id, share: 60 }, { personId: binh.id, share: 40 }],
  });
  await h.call('initiatives.receive', { id: i.id, receivedOn: '2025-10-01' });
  for (const m of round.members) await h.call('initiatives.score', { initiativeId: i.id, memberId: m.id, scores: sheet(30, 25, 25) });
  return { h, an, binh, i };
}

const dossierFor = async (h: Awaited<ReturnType<typeof setup>>['h'], personId: string, title: string) => {
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title });
  const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: personId });
  return { d, n };
};

const initiativeCriterion = async (h: Awaited<ReturnType<typeof setup>>['h'], dossierId: string) => {
  const e = await h.call('dossiers.eligibility', { id: dossierId });
  return e.nominees[0]!;
};

describe('initiatives in emulation titles', () => {
  it('only a recognised initiative counts; then it satisfies CSTĐ cơ sở', async () => {
    const { h, an, i } = await setup();
    const { d } = await dossierFor(h, an.id, 'CSTĐCS 2025 - Nguyễn Văn An');
    const before = await initiativeCriterion(h, d.id);
    expect(before.overall).toBe('fail');
    expect(before.criteria.find((c) => c.result === 'fail')!.reason).toMatch(/sáng kiến|HTXS|Hoàn thành xuất sắc/i);
    await h.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '88/QĐ-UBND', decisionDate: '2025-12-20' });
    const after = await initiativeCriterion(h, d.id);
    const c = after.criteria.find((x) => /sáng kiến/i.test(x.reason) && x.result === 'pass');
    expect(c?.reason).toContain('Phần mềm nhắc lịch tiêm chủng qua tin nhắn');
    expect(after.initiativesUsed).toEqual([i.id]);
  });

  it('serves one award: once a dossier relying on it is ready, a co-author’s dossier cannot count it', async () => {
    const { h, an, binh, i } = await setup();
    await h.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '88/QĐ-UBND', decisionDate: '2025-12-20' });
    const first = await dossierFor(h, an.id, 'CSTĐCS 2025 - Nguyễn Văn An');
    const second = await dossierFor(h, binh.id, 'CSTĐCS 2025 - Trần Thị Bình');
    expect((await initiativeCriterion(h, second.d.id)).overall).not.toBe('fail'); // not used yet: it would count for either
    await h.call('dossiers.markReady', { id: first.d.id, overrideReason: 'Thiếu biên bản, bổ sung sau' });
    const marked = await h.call('initiatives.get', { id: i.id });
    expect(marked.initiative.usedBy).toMatchObject({ nomineeId: first.n.id, dossierId: first.d.id, dossierTitle: 'CSTĐCS 2025 - Nguyễn Văn An' });
    expect((await initiativeCriterion(h, first.d.id)).overall).not.toBe('fail'); // its own use still counts
    const other = await initiativeCriterion(h, second.d.id);
    expect(other.overall).toBe('fail');
    expect(other.criteria.map((c) => c.reason).join(' ')).toMatch(/đã (được )?(dùng|tính|sử dụng)/);
    expect((await h.fail('initiatives.undoDecision', { id: i.id })).message).toMatch(/đã được tính cho một hồ sơ/);
    // Taking the nominee out of the first dossier frees the initiative again.
    await h.call('dossiers.removeNominee', { dossierId: first.d.id, nomineeId: first.n.id });
    expect((await h.call('initiatives.get', { id: i.id })).initiative.usedBy).toBeNull();
    expect((await initiativeCriterion(h, second.d.id)).overall).not.toBe('fail');
  });
});
