import { describe, expect, it } from 'vitest';
import {
  answerProblems, checklistProblems, inspectionSummary, itemOutcome, planDue, progressOf, type AnswerValue, type ChecklistItem, type ChecklistSection,
  type SummaryInspection,
} from '../../../src-shared/rules/inspections';

const yn = (code: string, text = `Nội dung ${code}`): ChecklistItem => ({ code, text, guidance: '', evidence: '', scale: 'dat-chuadat', max: null, weight: 1, passScore: null });
const sc = (code: string, max: number, weight = 1, passScore: number | null = null): ChecklistItem => ({ ...yn(code), scale: 'score', max, weight, passScore });
const sections: ChecklistSection[] = [
  { code: 'I', title: 'Văn bản', items: [yn('1.1'), yn('1.2')] },
  { code: 'II', title: 'Phong trào', items: [yn('2.1'), sc('2.2', 10, 2), sc('2.3', 20, 1, 15)] },
];
const ans = (o: Record<string, Partial<AnswerValue>>) => new Map(Object.entries(o).map(([k, v]) => [k, { result: null, score: null, ...v }]));

describe('checklist rules', () => {
  it.each<[string, ChecklistSection[], RegExp | null]>([
    ['a good checklist', sections, null],
    ['no section', [], /ít nhất một phần/],
    ['an empty section', [{ code: 'I', title: 'Trống', items: [] }], /chưa có nội dung kiểm tra/],
    ['an item code twice', [{ code: 'I', title: 'A', items: [yn('1.1'), yn('1.1')] }], /"1.1" bị trùng/],
    ['a scored item without max', [{ code: 'I', title: 'A', items: [{ ...sc('1.1', 10), max: null }] }], /chưa có điểm tối đa/],
    ['a pass score above max', [{ code: 'I', title: 'A', items: [sc('1.1', 10, 1, 12)] }], /từ 0 đến 10/],
  ])('%s', (_l, s, problem) => {
    const p = checklistProblems(s);
    if (problem) expect(p.join(' ')).toMatch(problem);
    else expect(p).toEqual([]);
  });

  it.each<[string, ChecklistItem, Partial<AnswerValue>, RegExp | null]>([
    ['Đạt on a Đạt / Chưa đạt item', yn('1.1'), { result: 'dat' }, null],
    ['a score on a Đạt / Chưa đạt item', yn('1.1'), { score: 3 }, /không chấm điểm/],
    ['a score in range', sc('2.2', 10), { score: 10 }, null],
    ['a score above max', sc('2.2', 10), { score: 11 }, /từ 0 đến 10/],
    ['Đạt on a scored item', sc('2.2', 10), { result: 'dat' }, /nhập điểm/],
    ['Không áp dụng on a scored item', sc('2.2', 10), { result: 'kad' }, null],
    ['Không áp dụng with a score', sc('2.2', 10), { result: 'kad', score: 4 }, /không chấm điểm/],
  ])('answer: %s', (_l, item, a, problem) => {
    const p = answerProblems(item, { result: null, score: null, ...a });
    if (problem) expect(p.join(' ')).toMatch(problem);
    else expect(p).toEqual([]);
  });

  it.each<[ChecklistItem, Partial<AnswerValue> | undefined, string | null]>([
    [yn('1.1'), undefined, null],
    [yn('1.1'), { result: 'chua-dat' }, 'chua-dat'],
    [yn('1.1'), { result: 'kad' }, 'kad'],
    [sc('2.2', 10), { score: 5 }, 'dat'], // half of max by default
    [sc('2.2', 10), { score: 4.5 }, 'chua-dat'],
    [sc('2.3', 20, 1, 15), { score: 14 }, 'chua-dat'],
    [sc('2.3', 20, 1, 15), { result: 'kad' }, 'kad'],
  ])('outcome of %o with %o is %s', (item, a, out) => {
    expect(itemOutcome(item, a ? { result: null, score: null, ...a } : undefined)).toBe(out);
  });

  it('counts progress and names the unanswered items in checklist order', () => {
    expect(progressOf(sections, ans({ '1.2': { result: 'dat' }, '2.2': { score: 0 } }))).toEqual({ answered: 2, total: 5, unanswered: ['1.1', '2.1', '2.3'] });
  });
});

describe('inspection summary figures', () => {
  const list: SummaryInspection[] = [
    { id: 'a', unitName: 'Xã A', status: 'finished', sections, answers: ans({ '1.1': { result: 'dat' }, '1.2': { result: 'chua-dat' }, '2.1': { result: 'kad' }, '2.2': { score: 8 }, '2.3': { score: 10 } }) },
    { id: 'b', unitName: 'Xã B', status: 'in-progress', sections, answers: ans({ '1.2': { result: 'chua-dat' }, '2.1': { result: 'chua-dat' }, '2.2': { score: 4 } }) },
    { id: 'c', unitName: 'Xã C', status: 'planned', sections, answers: ans({}) },
  ];
  const s = inspectionSummary(2026, [{ id: 'p', title: 'KH 2026', recommendations: 'Kiện toàn Hội đồng' }, { id: 'q', title: 'KH bổ sung', recommendations: ' ' }], list);

  it.each<[string, unknown, unknown]>([
    ['units', s.units, { total: 3, planned: 1, inProgress: 1, finished: 1, inspected: 2 }],
    ['results', s.results, { dat: 2, chuaDat: 5, kad: 1, unanswered: 7 }],
    ['weighted score', s.score, { total: 34, max: 60, percent: 56.7 }],
    ['progress', s.progress, { answered: 8, total: 15, percent: 53.3 }],
    ['per unit A', s.perUnit[0], { inspectionId: 'a', unitName: 'Xã A', status: 'finished', dat: 2, chuaDat: 2, kad: 1, unanswered: 0, score: 26, maxScore: 40 }],
    ['per unit B', s.perUnit[1], { inspectionId: 'b', unitName: 'Xã B', status: 'in-progress', dat: 0, chuaDat: 3, kad: 0, unanswered: 2, score: 8, maxScore: 20 }],
    ['item 1.2', s.items[1], { code: '1.2', section: 'Văn bản', dat: 0, chuaDat: 2, kad: 0, unanswered: 1, notMetUnits: ['Xã A', 'Xã B'], averageScore: null }],
    ['item 2.2', s.items[3], { code: '2.2', scale: 'score', dat: 1, chuaDat: 1, unanswered: 1, notMetUnits: ['Xã B'], averageScore: 6 }],
    ['most often not met', s.mostNotMet.map((m) => [m.code, m.count]), [['1.2', 2], ['2.1', 1], ['2.2', 1], ['2.3', 1]]],
    ['recommendations (blank ones left out)', s.recommendations, [{ planId: 'p', title: 'KH 2026', text: 'Kiện toàn Hội đồng' }]],
  ])('%s', (_l, got, want) => {
    expect(got).toMatchObject(want as object);
  });

  it('is empty but well formed for a year without inspections', () => {
    expect(inspectionSummary(2027, [], [])).toMatchObject({ plans: 0, units: { total: 0 }, score: { percent: null }, progress: { percent: null }, items: [], mostNotMet: [] });
  });
});

describe('a plan against its deadline', () => {
  it.each<[string, string, number, number, { state: string; daysLeft: number }]>([
    ['weeks ahead', '2026-10-01', 0, 5, { state: 'ok', daysLeft: 60 }],
    ['16 days left', '2026-11-14', 2, 5, { state: 'ok', daysLeft: 16 }],
    ['15 days left', '2026-11-15', 2, 5, { state: 'soon', daysLeft: 15 }],
    ['the last day', '2026-11-30', 4, 5, { state: 'soon', daysLeft: 0 }],
    ['a day late', '2026-12-01', 4, 5, { state: 'overdue', daysLeft: -1 }],
    ['late but every unit finished', '2026-12-04', 5, 5, { state: 'done', daysLeft: -4 }],
    ['all finished early', '2026-09-01', 3, 3, { state: 'done', daysLeft: 90 }],
    ['no unit listed yet, late', '2026-12-02', 0, 0, { state: 'overdue', daysLeft: -2 }],
    ['across a year end', '2027-01-02', 0, 1, { state: 'overdue', daysLeft: -33 }],
  ])('%s', (_l, today, finished, units, want) => {
    expect(planDue('2026-11-30', today, finished, units)).toEqual(want);
  });
});
