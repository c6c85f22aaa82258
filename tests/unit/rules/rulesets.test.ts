import { describe, expect, it } from 'vitest';
import { evaluate, ruleSetFor, type Catalogue, type NomineeFacts } from '../../../src-shared/rules';
import { ev, facts, hold, shipped, sol, titles, VIETNAMESE } from './fixtures';

/** National catalogue plus a Bắc Ninh set from 15/12/2025 with CSTĐCS at 75% instead of 80%. */
function withBacNinh(): Catalogue {
  const cat = shipped();
  const nd152 = ruleSetFor(cat, '2025-07-01');
  cat.ruleSets.push({
    ...nd152,
    id: 'BN-QD86-2025',
    province: 'BN',
    effectiveFrom: '2025-12-15',
    legalBasis: `${nd152.legalBasis}; QĐ 86/2025/QĐ-UBND`,
    parameters: { ...nd152.parameters, voteThresholds: { ...nd152.parameters.voteThresholds, CSTDCS: 0.75 } },
    awards: nd152.awards.map((a) => (a.code === 'CSTDCS' ? { ...a, vote: { ...a.vote, threshold: 0.75 } } : a)),
  });
  return cat;
}

describe('the rule set changes on 01/7/2025', () => {
  const heldNominee = facts({ evaluations: [ev(2025, 'HTXS')], holds: [hold('investigation', null, '2025-06-01', null)], vote: { totalMembers: 10, present: 10, written: 0, yes: 10 } });

  it.each([
    ['2025-06-30', 'VN-ND98-2023', 'NĐ 98/2023/NĐ-CP (điều khoản chưa xác minh)', 'NĐ 98/2023/NĐ-CP, Điều 30 khoản 7'],
    ['2025-07-01', 'VN-ND152-2025', 'NĐ 152/2025/NĐ-CP, Điều 4', 'NĐ 98/2023/NĐ-CP, Điều 30 khoản 7 (tỷ lệ tham chiếu; quy định tương ứng của NĐ 152/2025/NĐ-CP chưa xác minh)'],
  ])('reference date %s picks %s and cites it', (refDate, id, holdCitation, voteCitation) => {
    const rs = ruleSetFor(shipped(), refDate);
    expect(rs.id).toBe(id);
    const r = evaluate(heldNominee, 'CSTDCS', rs, refDate);
    expect(r.ruleSetId).toBe(id);
    expect(r.overall).toBe('fail');
    expect(r.criteria.find((c) => c.id === 'hold')?.citation).toBe(holdCitation);
    expect(r.criteria.find((c) => c.id === 'vote')?.citation).toBe(voteCitation);
  });

  it('the same award has a different authority either side of the date (district → commune chairman)', () => {
    const before = ruleSetFor(shipped(), '2025-06-30').awards.find((a) => a.code === 'CSTDCS');
    const after = ruleSetFor(shipped(), '2025-07-01').awards.find((a) => a.code === 'CSTDCS');
    expect(before?.authority).toMatch(/cấp huyện/);
    expect(after?.authority).toMatch(/cấp xã/);
  });
});

describe('a province set with a different vote threshold changes the outcome from its effective date', () => {
  const nominee = facts({ evaluations: [ev(2025, 'HTXS')], vote: { totalMembers: 20, present: 18, written: 2, yes: 15 } });
  it.each([
    ['2025-12-14', 'BN', 'VN-ND152-2025', 'fail', /15\/20 phiếu đồng ý \(75%\).*yêu cầu từ 80% \(ít nhất 16 phiếu\)/],
    ['2025-12-15', 'BN', 'BN-QD86-2025', 'pass', /15\/20 phiếu đồng ý \(75%\).*yêu cầu từ 75% \(ít nhất 15 phiếu\)/],
    ['2025-12-15', 'HN', 'VN-ND152-2025', 'fail', /yêu cầu từ 80%/],
    ['2025-12-15', null, 'VN-ND152-2025', 'fail', /yêu cầu từ 80%/],
  ] as const)('on %s in province %s: %s → %s', (refDate, province, id, overall, reason) => {
    const rs = ruleSetFor(withBacNinh(), refDate, province);
    expect(rs.id).toBe(id);
    const r = evaluate(nominee, 'CSTDCS', rs, refDate);
    expect(r.overall).toBe(overall);
    expect(r.criteria.find((c) => c.id === 'vote')?.reason).toMatch(reason);
  });
});

describe('every answer is explained: Vietnamese reason, citation from the catalogue, consistent overall', () => {
  const profiles: [string, (subject: NomineeFacts['subject']) => NomineeFacts][] = [
    ['empty facts', (subject) => facts({ subject })],
    [
      'rich facts',
      (subject) =>
        facts({
          subject,
          history: [...titles('CSTDCS', 2022, 2023, 2024, 2025), ...titles('CSTD_TINH', 2022), ...titles('TTLDXS', 2024)],
          evaluations: [ev(2024, 'HTXS'), ev(2025, 'HTT')],
          initiatives: [sol('SK1', '2025-02-01', 'tinh'), sol('SK2', '2024-02-01', 'co-so', 'elsewhere')],
          topics: [sol('DT1', '2021-02-01', 'toan-quoc')],
          holds: [hold('discipline', 'khien-trach', '2021-01-01', '2021-06-30')],
          collective: { members: 12, ldtt: 9, completedTasks: 12, cstdcs: 1, disciplinedCanhCaoOrAbove: 0 },
          vote: { totalMembers: 9, present: 8, written: 1, yes: 8 },
        }),
    ],
  ];
  const cat = shipped();
  const rows = cat.ruleSets.flatMap((rs) => rs.awards.flatMap((a) => profiles.map(([p, make]) => ({ rs: rs.id, code: a.code, profile: p, make }))));

  it.each(rows)('$rs $code with $profile', ({ rs: id, code, make }) => {
    const rs = cat.ruleSets.find((r) => r.id === id);
    if (!rs) throw new Error(id);
    const award = rs.awards.find((a) => a.code === code);
    if (!award) throw new Error(code);
    const r = evaluate(make(award.subject), code, rs, '2026-01-15');
    expect(r.criteria.length).toBeGreaterThan(0);
    const described = new Set([...award.criteria, ...rs.generalCriteria].map((c) => c.id));
    for (const c of r.criteria) {
      expect(described.has(c.id), `${c.id} is described in the catalogue`).toBe(true);
      expect(c.citation).toBe([...award.criteria, ...rs.generalCriteria].find((x) => x.id === c.id)?.citation);
      expect(c.reason, c.id).toMatch(VIETNAMESE);
      expect(c.reason, c.id).toMatch(/\.$/);
      expect(c.reason, c.id).not.toMatch(/undefined|NaN|\[object/);
    }
    for (const m of r.manual) expect(m.citation.length).toBeGreaterThan(5);
    const results = r.criteria.map((c) => c.result);
    expect(r.overall).toBe(results.includes('fail') ? 'fail' : results.includes('evidence') ? 'evidence' : 'pass');
  });
});
