// Criteria proven by a document pass only once a clerk confirms the proof (who, when, which
// document); unconfirmed they read "chưa xác nhận minh chứng". Both sides of 01/7/2025.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src-shared/rules';
import { COMBAT_PROOF, confirmedProofs, proofCriteria, type ProofConfirmation } from '../../../src-shared/rules/proofs';
import { ev, facts, ND152, ND98, withParams } from './fixtures';

const SIDES = [
  ['NĐ 98/2023', ND98, '2025-06-30', 2024],
  ['NĐ 152/2025', ND152, '2026-01-15', 2025],
] as const;

const confirmation = (criterionId: string, document = 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã'): ProofConfirmation => ({
  criterionId, document, confirmedBy: 'Lường Thị Hiền', confirmedAt: '2026-01-10T08:30:00.000Z',
});

describe('which criteria need a confirmed document', () => {
  it.each(SIDES.flatMap(([side, rs]) => [
    [side, rs, 'CSTDCS', [COMBAT_PROOF]],
    [side, rs, 'GIAY_KHEN_HGD', ['gk-hgd.contribution']],
    [side, rs, 'BK_CT_TINH_HGD', ['bk-tinh-hgd.contribution']],
    [side, rs, 'HCLD_H3', ['hcld3.criteria']],
    [side, rs, 'BK_TTCP', ['bk-ttcp.criteria']],
    [side, rs, 'CO_TD_TINH', ['co-td-tinh.lead']],
    [side, rs, 'LDTT', []],
    [side, rs, 'NO_SUCH_AWARD', []],
  ] as const))('%s: %s → %j', (_side, rs, award, ids) => {
    expect(proofCriteria(rs(), award).map((c) => c.id)).toEqual(ids);
  });

  it('the combat route is offered only where any one achievement suffices (cstdcsRoute "any-of"), with Điều 23', () => {
    const [combat] = proofCriteria(ND152(), 'CSTDCS');
    expect(combat).toMatchObject({ id: COMBAT_PROOF, text: expect.stringMatching(/Mưu trí, sáng tạo trong chiến đấu/) as string, citation: expect.stringMatching(/Điều 23/) as string });
    expect(proofCriteria(withParams({ cstdcsRoute: 'htxs-and-solution' }), 'CSTDCS')).toEqual([]);
  });
});

describe('confirmed proofs as the engine reads them', () => {
  const criteria = proofCriteria(ND152(), 'GIAY_KHEN_HGD');
  it.each([
    ['a confirmation of the award’s criterion counts, naming the document, who and when', [confirmation('gk-hgd.contribution', 'Biên bản hiến đất ngày 02/3/2025 của thôn Nà Khum')], { 'gk-hgd.contribution': 'Biên bản hiến đất ngày 02/3/2025 của thôn Nà Khum — Lường Thị Hiền xác nhận ngày 10/01/2026' }],
    ['one of another award’s criterion counts for nothing', [confirmation('hcld3.criteria')], {}],
    ['a blank document counts for nothing', [confirmation('gk-hgd.contribution', '  ')], {}],
    ['none', [], {}],
  ] as const)('%s', (_name, list, expected) => {
    expect(confirmedProofs(criteria, list)).toEqual(expected);
  });
});

describe('eligibility with and without the confirmation', () => {
  const cases = SIDES.flatMap(([side, rs, refDate, year]) => [
    { side, rs, refDate, award: 'GIAY_KHEN_HGD', id: 'gk-hgd.contribution', f: facts({ subject: 'household', year }) },
    { side, rs, refDate, award: 'HCLD_H3', id: 'hcld3.criteria', f: facts({ year }) },
    { side, rs, refDate, award: 'CSTDCS', id: 'cstdcs.achievement', f: facts({ year, evaluations: [ev(year, 'HTT')], history: [{ year, awardCode: 'LDTT', category: 'cong-trang', decisionNumber: '1/QĐ-UBND', decisionDate: null }], vote: { totalMembers: 10, present: 10, written: 0, yes: 10 } }) },
  ]);

  it.each(cases)('$side $award: unconfirmed is not a pass; confirmed passes with the document in the reason', ({ rs, refDate, award, id, f }) => {
    const set = rs();
    const criteria = proofCriteria(set, award);
    const before = evaluate(f, award, set, refDate, { confirmed: confirmedProofs(criteria, []) }).criteria.find((c) => c.id === id)!;
    expect(before.result).not.toBe('pass');
    if (award !== 'CSTDCS') expect(before.reason).toMatch(/^Chưa xác nhận minh chứng/);
    expect(before.citation).not.toBe('');
    const proof = confirmation(criteria.at(-1)!.id);
    const after = evaluate(f, award, set, refDate, { confirmed: confirmedProofs(criteria, [proof]) }).criteria.find((c) => c.id === id)!;
    expect(after.result).toBe('pass');
    expect(after.reason).toContain('Giấy xác nhận số 12/XN-BCH');
    expect(after.reason).toContain('Lường Thị Hiền xác nhận ngày 10/01/2026');
  });
});
