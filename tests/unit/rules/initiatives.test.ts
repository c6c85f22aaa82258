import { describe, expect, it } from 'vitest';
import {
  answerDue, councilSummary, criteriaProblems, DEFAULT_CRITERIA, DEFAULT_PASS_MARK, dueState, roundName, shareProblems, sheetProblems, sheetTotal,
} from '../../../src-shared/rules/initiatives';

const C = DEFAULT_CRITERIA;
const sheet = (a: number, b: number, c: number) => ({ scores: { 'tinh-moi': a, 'kha-nang-ap-dung': b, 'hieu-qua': c } });

describe('authors’ shares', () => {
  it.each([
    { shares: [100], ok: true },
    { shares: [50, 30, 20], ok: true },
    { shares: [33.33, 33.33, 33.34], ok: true },
    { shares: [50, 49.99], ok: false, says: '99,99%' },
    { shares: [60, 50], ok: false, says: '110%' },
    { shares: [], ok: false, says: 'ít nhất một tác giả' },
    { shares: [100, 0], ok: false, says: 'lớn hơn 0' },
    { shares: [33.333, 66.667], ok: false, says: 'hai chữ số thập phân' },
    { shares: [120, -20], ok: false, says: 'không quá 100%' },
  ])('$shares → ok=$ok', ({ shares, ok, says }) => {
    const problems = shareProblems(shares.map((share, i) => ({ name: `Tác giả ${i + 1}`, share })));
    expect(problems.length === 0).toBe(ok);
    if (says) expect(problems.join(' ')).toContain(says);
  });
});

describe('score sheets', () => {
  it.each([
    { s: sheet(40, 30, 30), problems: 0, total: 100 },
    { s: sheet(0, 0, 0), problems: 0, total: 0 },
    { s: sheet(20.5, 15, 10), problems: 0, total: 45.5 },
    { s: sheet(41, 30, 30), problems: 1, says: 'từ 0 đến 40' },
    { s: sheet(-1, 30, 30), problems: 1, says: 'từ 0 đến 40' },
    { s: sheet(20.25, 10, 10), problems: 1, says: 'nửa điểm' },
    { s: { scores: { 'tinh-moi': 10, 'kha-nang-ap-dung': 10 } }, problems: 1, says: 'Chưa chấm tiêu chí "Hiệu quả' },
    { s: { scores: { ...sheet(1, 1, 1).scores, 'la': 3 } }, problems: 1, says: 'không có trong phiếu' },
  ])('sheet %#', ({ s, problems, total, says }) => {
    const p = sheetProblems(C, s.scores);
    expect(p).toHaveLength(problems);
    if (says) expect(p[0]!.message).toContain(says);
    if (total !== undefined) expect(sheetTotal(C, s.scores)).toBe(total);
  });

  it('checks the round’s own criteria and pass mark', () => {
    expect(criteriaProblems(C, DEFAULT_PASS_MARK)).toEqual([]);
    expect(criteriaProblems(C, 101).join()).toContain('không quá tổng điểm tối đa (100)');
    expect(criteriaProblems([], 10).join()).toContain('ít nhất một tiêu chí');
    expect(criteriaProblems([{ code: 'a', name: 'A', max: 10 }, { code: 'a', name: 'B', max: 0 }], 5).length).toBe(2);
  });
});

describe('council proposal', () => {
  it.each([
    { members: 3, sheets: [sheet(20, 15, 15), sheet(20, 15, 15), sheet(20, 15, 15)], proposal: 'recognise', average: 50 }, // exactly at the pass mark
    { members: 3, sheets: [sheet(20, 15, 14.5), sheet(20, 15, 15), sheet(20, 15, 15)], proposal: 'refuse', average: 49.83 },
    { members: 3, sheets: [sheet(40, 30, 30), sheet(10, 10, 10)], proposal: 'recognise', average: 65 }, // 2 of 3 is a quorum
    { members: 4, sheets: [sheet(40, 30, 30), sheet(10, 10, 10)], proposal: 'incomplete', average: 65 }, // 2 of 4 is not
    { members: 5, sheets: [], proposal: 'incomplete', average: null },
    { members: 0, sheets: [], proposal: 'incomplete', average: null },
  ])('$members members, $sheets.length sheets → $proposal', ({ members, sheets, proposal, average }) => {
    const s = councilSummary(C, DEFAULT_PASS_MARK, members, sheets);
    expect(s.proposal).toBe(proposal);
    expect(s.average).toBe(average);
    expect(s.explanation.length).toBeGreaterThan(10);
  });

  it('averages each criterion for the minutes', () => {
    const s = councilSummary(C, 50, 2, [sheet(30, 20, 10), sheet(35, 25, 15)]);
    expect(s.byCriterion).toEqual({ 'tinh-moi': 32.5, 'kha-nang-ap-dung': 22.5, 'hieu-qua': 12.5 });
    expect(s.explanation).toContain('67,5/100');
  });
});

describe('three-month answer limit', () => {
  it.each([
    ['2026-03-15', '2026-06-15'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2026-10-31', '2027-01-31'],
    ['2026-12-31', '2027-03-31'],
    ['2026-05-31', '2026-08-31'],
  ])('received %s → due %s', (received, due) => expect(answerDue(received)).toBe(due));

  it('refuses an impossible date', () => expect(() => answerDue('2026-02-30')).toThrow('không hợp lệ'));

  it.each([
    { status: 'received', due: '2026-06-15', today: '2026-05-01', state: 'ok' },
    { status: 'received', due: '2026-06-15', today: '2026-05-31', state: 'soon' },
    { status: 'received', due: '2026-06-15', today: '2026-06-15', state: 'soon' },
    { status: 'received', due: '2026-06-15', today: '2026-06-16', state: 'overdue' },
    { status: 'recognised', due: '2026-06-15', today: '2026-07-16', state: 'answered' },
    { status: 'draft', due: null, today: '2026-07-16', state: 'none' },
  ])('$status due $due on $today → $state', ({ status, due, today, state }) => expect(dueState(status, due, today)).toBe(state));
});

it.each([[1, 'Đợt I'], [2, 'Đợt II'], [4, 'Đợt IV'], [9, 'Đợt IX']])('round %i is called %s', (n, name) => expect(roundName(n)).toBe(name));
