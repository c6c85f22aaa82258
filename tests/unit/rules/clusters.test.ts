import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/clusters/criteria.v1.json';
import {
  criteriaSetFor, formatPoints, nextRoles, parseClusterCriteria, rankMembers, scoreProblem, suggestAwards, voteProblems, type ClusterCriterion,
} from '../../../src-shared/rules/clusters';

const items: ClusterCriterion[] = [
  { id: '1', text: 'Kinh tế', maxTenths: 300, evidence: '' },
  { id: '2', text: 'Ngân sách', maxTenths: 100, evidence: '' },
  { id: '3', text: 'An ninh', maxTenths: 100, evidence: '' },
];

describe('criteria catalogue', () => {
  it('the shipped table parses and each kind has a set in force for 2026, totalling 100 points', () => {
    const r = parseClusterCriteria(shipped);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const kind of ['cum', 'khoi'] as const) {
      const set = criteriaSetFor(r.catalogue, kind, 2026)!;
      expect(set.kind).toBe(kind);
      expect(set.items.reduce((a, i) => a + i.maxTenths, 0)).toBe(1000);
    }
    expect(criteriaSetFor(r.catalogue, 'cum', 2019)).toBeNull();
  });

  it('refuses a set with two items of the same id', () => {
    const r = parseClusterCriteria({ criteriaVersion: 2, sets: [{ id: 'X', kind: 'cum', fromYear: 2025, toYear: null, title: 'x', legalBasis: '', items: [items[0], items[0]] }] });
    expect(r.ok).toBe(false);
  });

  it('picks the newest set that covers the year', () => {
    const set = (id: string, fromYear: number, toYear: number | null) => ({ id, kind: 'cum' as const, fromYear, toYear, title: id, legalBasis: '', items });
    const cat = { criteriaVersion: 1, note: '', sets: [set('A', 2020, null), set('B', 2026, 2027)] };
    expect(criteriaSetFor(cat, 'cum', 2025)!.id).toBe('A');
    expect(criteriaSetFor(cat, 'cum', 2026)!.id).toBe('B');
    expect(criteriaSetFor(cat, 'cum', 2028)!.id).toBe('A');
  });
});

describe('scores', () => {
  it.each([
    [0, null], [300, null], [125, null],
    [301, /vượt điểm tối đa 30.*0 đến 30/], [-1, /không âm/], [1.5, /không âm/],
  ])('%s tenths on a 30-point item', (tenths, problem) => {
    const p = scoreProblem(items[0]!, tenths);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });

  it.each([[125, '12,5'], [300, '30'], [5, '0,5'], [0, '0']])('formatPoints(%s) = %s', (t, s) => expect(formatPoints(t)).toBe(s));
});

describe('rankMembers', () => {
  const m = (unitId: string, scores: Record<string, number> | null) => ({ unitId, name: unitId, scores });

  it('orders by total, breaks ties on criterion 1 then 2, shares the rank when all are equal, unscored last', () => {
    const rows = rankMembers(items, [
      m('A', { '1': 250, '2': 80, '3': 90 }), // 420
      m('B', { '1': 260, '2': 70, '3': 90 }), // 420, higher on criterion 1
      m('C', null),
      m('D', { '1': 280, '2': 90, '3': 100 }), // 470
      m('E', { '1': 250, '2': 80, '3': 90 }), // 420, same as A everywhere
    ]);
    expect(rows.map((r) => [r.unitId, r.totalTenths, r.rank])).toEqual([
      ['D', 470, 1], ['B', 420, 2], ['A', 420, 3], ['E', 420, 3], ['C', null, null],
    ]);
  });

  it('a missing criterion counts as zero', () => {
    const rows = rankMembers(items, [m('A', { '1': 100 }), m('B', { '2': 100, '3': 1 })]);
    expect(rows.map((r) => r.unitId)).toEqual(['B', 'A']);
  });
});

describe('suy tôn', () => {
  const votes = (...ys: [number, 'CO_TD_TINH' | 'BK_CT_TINH_TT' | null][]) => ys.map(([yes, award], i) => ({ unitId: `u${i}`, name: `Xã ${i}`, yes, award }));

  it.each([
    ['consistent', 5, 5, votes([5, 'CO_TD_TINH'], [4, 'BK_CT_TINH_TT'], [1, null]), []],
    ['more voters than members', 5, 6, votes([5, null]), ['voters']],
    ['more votes than voters', 5, 4, votes([5, null]), ['votes.0.yes']],
    ['award without a majority', 5, 4, votes([2, 'BK_CT_TINH_TT']), ['votes.0.award']],
    ['two flags', 5, 5, votes([5, 'CO_TD_TINH'], [5, 'CO_TD_TINH']), ['votes']],
    ['no voter', 5, 0, votes([0, null]), ['voters']],
  ])('%s', (_label, members, voters, v, fields) => {
    expect(voteProblems({ members, voters, votes: v }).map((p) => p.field)).toEqual(fields);
  });

  it('suggests the clear leader for the flag and the next two with a majority for Bằng khen', () => {
    expect(suggestAwards({ voters: 5, votes: votes([3, null], [5, null], [4, null], [4, null], [1, null]) })).toEqual([null, 'CO_TD_TINH', 'BK_CT_TINH_TT', 'BK_CT_TINH_TT', null]);
  });

  it('a tie at the top gives no flag', () => {
    expect(suggestAwards({ voters: 4, votes: votes([4, null], [4, null], [1, null]) })).toEqual(['BK_CT_TINH_TT', 'BK_CT_TINH_TT', null]);
  });
});

describe('nextRoles', () => {
  it.each([
    [['A', 'B', 'C', 'D'], 'A', 'B', 'B', 'C'],
    [['A', 'B', 'C', 'D'], 'C', 'D', 'D', 'A'],
    [['A', 'B', 'C'], 'B', null, 'C', 'A'],
    [['A', 'B', 'C'], null, null, 'A', 'B'],
    [['A'], 'A', null, 'A', null],
  ])('%j with leader %s and deputy %s: next %s / %s', (order, leader, deputy, nl, nd) => {
    expect(nextRoles(order, leader, deputy)).toEqual({ leader: nl, deputy: nd });
  });
});
