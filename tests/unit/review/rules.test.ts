import { describe, expect, it } from 'vitest';
import { reviewFigures } from '../../../src-shared/records';
import {
  awardInPeriod, awardKindByName, awardLevel, comparison, emptyFigures, figuresEmpty, figuresProblem, periodLabel, periodRange, sumFigures, tallyFigures, type AwardFact, type ReviewFigures,
} from '../../../src-shared/rules/review';

const person = (over: Partial<NonNullable<AwardFact['person']>> = {}) => ({ female: null, minority: null, directLabor: null, remote: null, ...over });
const award = (over: Partial<AwardFact> = {}): AwardFact => ({
  kind: 'title', code: 'LDTT', subjectType: 'person', year: 2026, decisionDate: '2026-03-10', unitName: 'Thôn Đông', person: person(), ...over,
});

describe('periods', () => {
  it.each([
    [2026, 'h1', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026'],
    [2026, 'h2', '2026-07-01', '2026-12-31', '6 tháng cuối năm 2026'],
    [2025, 'year', '2025-01-01', '2025-12-31', 'năm 2025'],
  ] as const)('%i %s: %s to %s, "%s"', (y, p, from, to, label) => {
    expect(periodRange(y, p)).toEqual({ from, to });
    expect(periodLabel(y, p)).toBe(label);
  });

  it.each([
    ['dated in June, first half', { year: 2026, decisionDate: '2026-06-30' }, 'h1', true],
    ['dated in July, not the first half', { year: 2026, decisionDate: '2026-07-01' }, 'h1', false],
    ['dated in July, second half', { year: 2026, decisionDate: '2026-07-01' }, 'h2', true],
    ['last year\'s title decided in January: this year', { year: 2025, decisionDate: '2026-01-22' }, 'year', true],
    ['undated: the whole year of its award', { year: 2026, decisionDate: null }, 'year', true],
    ['undated: never a half (cannot be told)', { year: 2026, decisionDate: null }, 'h1', false],
    ['undated, another year', { year: 2025, decisionDate: null }, 'year', false],
  ] as const)('%s', (_name, a, p, expected) => {
    expect(awardInPeriod(a, 2026, p)).toBe(expected);
  });
});

describe('award level and kind', () => {
  it.each([
    ['LDTT', 'base'], ['CSTDCS', 'base'], ['GIAY_KHEN_TT', 'base'], ['GD_VH', 'base'], ['THON_VH', 'base'],
    ['CSTD_TINH', 'province'], ['BK_CT_TINH', 'province'], ['BK_CT_TINH_HGD', 'province'], ['CO_TD_TINH', 'province'],
    ['CSTD_TQ', 'state'], ['CO_TD_CP', 'state'], ['BK_TTCP_TT', 'state'], ['HCLD_H3', 'state'],
    ['', 'other'], ['KHAC', 'other'],
  ])('%s is %s', (code, level) => expect(awardLevel(code)).toBe(level));

  it.each([
    ['Lao động tiên tiến', 'title'], ['Chiến sĩ thi đua cơ sở', 'title'], ['Cờ thi đua của Ủy ban nhân dân tỉnh', 'title'],
    ['Giấy khen của Chủ tịch UBND xã', 'form'], ['Bằng khen của Thủ tướng Chính phủ', 'form'], ['  Gia đình văn hóa ', 'title'],
  ])('"%s" outside the catalogue is a %s', (name, kind) => expect(awardKindByName(name)).toBe(kind));
});

describe('tallyFigures', () => {
  it('counts by kind, level, subject, month, unit; a missing person field is "không rõ", never "không"', () => {
    const f = tallyFigures({
      awards: [
        award({ person: person({ female: true, minority: true, directLabor: true, remote: null }) }),
        award({ code: 'BK_CT_TINH', kind: 'form', decisionDate: '2026-05-02', person: person({ female: false, minority: false, directLabor: false, remote: false }) }),
        award({ code: '', kind: 'form', decisionDate: null, unitName: null, person: null }),
        award({ subjectType: 'collective', code: 'TTLDXS', decisionDate: '2026-12-20', unitName: 'Trường THCS', person: null }),
      ],
      registered: [{ code: 'LDTT', name: 'Lao động tiên tiến', achieved: true }, { code: 'LDTT', name: 'Lao động tiên tiến', achieved: false }, { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', achieved: false }],
      initiatives: { applied: 3, recognised: 1 },
      inspections: { planned: 2, done: 1 },
    });
    expect(f.awards).toMatchObject({
      total: 4, byKind: { title: 2, form: 2 }, byLevel: { base: 2, province: 1, state: 0, other: 1 }, bySubject: { person: 3, collective: 1 }, undated: 1,
    });
    expect(f.awards.byMonth).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(f.awards.byUnit).toEqual([{ name: 'Thôn Đông', count: 2 }, { name: 'Không rõ đơn vị', count: 1 }, { name: 'Trường THCS', count: 1 }]);
    expect(f.people).toEqual({
      women: { yes: 1, no: 1, unknown: 1 }, minority: { yes: 1, no: 1, unknown: 1 }, directLabor: { yes: 1, no: 1, unknown: 1 }, remote: { yes: 0, no: 1, unknown: 2 },
    });
    expect(f.registrations).toEqual({
      registered: 3, achieved: 1,
      byTitle: [{ code: 'LDTT', name: 'Lao động tiên tiến', registered: 2, achieved: 1 }, { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', registered: 1, achieved: 0 }],
    });
    expect(figuresProblem(f)).toBeNull();
    expect(reviewFigures.safeParse(f).success).toBe(true);
    expect(figuresEmpty(f)).toBe(false);
    expect(figuresEmpty(emptyFigures())).toBe(true);
  });
});

const sample = (): ReviewFigures => tallyFigures({
  awards: [award({ person: person({ female: true }) }), award({ subjectType: 'collective', person: null, decisionDate: null })],
  registered: [{ code: 'LDTT', name: 'Lao động tiên tiến', achieved: true }],
  initiatives: { applied: 1, recognised: 1 },
  inspections: { planned: 1, done: 1 },
});

describe('figuresProblem: totals against their parts, naming the figure', () => {
  it.each<[string, (f: ReviewFigures) => void, RegExp]>([
    ['total vs kinds', (f) => { f.awards.total = 5; }, /^Tổng số khen thưởng là 5 nhưng tổng theo loại \(danh hiệu thi đua \+ hình thức khen thưởng\) là 2; số liệu không khớp\.$/u],
    ['levels', (f) => { f.awards.byLevel.state = 1; }, /Tổng số khen thưởng là 2 nhưng tổng theo cấp khen thưởng là 3/u],
    ['subjects', (f) => { f.awards.bySubject.collective = 0; }, /tổng theo đối tượng \(cá nhân \+ tập thể\) là 1/u],
    ['months', (f) => { f.awards.byMonth[4] = 1; }, /tổng theo tháng \(kể cả không rõ ngày quyết định\) là 3/u],
    ['units', (f) => { f.awards.byUnit[0]!.count = 7; }, /tổng theo đơn vị là 7/u],
    ['a share', (f) => { f.people.women.unknown = 3; }, /^Số khen thưởng cá nhân \(tỷ lệ nữ\) là 1 nhưng tổng có \+ không \+ không rõ là 4/u],
    ['registered', (f) => { f.registrations.registered = 4; }, /^Số đăng ký danh hiệu là 4 nhưng tổng theo từng danh hiệu là 1/u],
    ['achieved more than registered', (f) => { f.registrations.byTitle[0]!.achieved = 2; f.registrations.achieved = 2; }, /^Danh hiệu “Lao động tiên tiến”: số đạt \(2\) lớn hơn số đăng ký \(1\)\.$/u],
    ['inspections', (f) => { f.inspections.done = 2; }, /^Số cuộc kiểm tra đã xong \(2\) lớn hơn số theo kế hoạch \(1\)\.$/u],
  ])('%s', (_name, spoil, message) => {
    const f = sample();
    expect(figuresProblem(f)).toBeNull();
    spoil(f);
    expect(figuresProblem(f)).toMatch(message);
  });
});

describe('sumFigures and comparison', () => {
  it('sums element by element; each unit is one row of "by unit"; the sum adds up', () => {
    const a = sample();
    const b = tallyFigures({ awards: [award({ code: 'CSTDCS', decisionDate: '2026-03-01' })], registered: [{ code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', achieved: false }], initiatives: { applied: 2, recognised: 0 }, inspections: { planned: 0, done: 0 } });
    const s = sumFigures([{ unitName: 'Xã A', figures: a }, { unitName: 'Xã B', figures: b }]);
    expect(s.awards.total).toBe(3);
    expect(s.awards.byUnit).toEqual([{ name: 'Xã A', count: 2 }, { name: 'Xã B', count: 1 }]);
    expect(s.awards.byMonth[2]).toBe(2);
    expect(s.awards.undated).toBe(1);
    expect(s.people.women).toEqual({ yes: 1, no: 0, unknown: 1 });
    expect(s.registrations.byTitle.map((t) => [t.code, t.registered, t.achieved])).toEqual([['LDTT', 1, 1], ['CSTDCS', 1, 0]]);
    expect(s.initiatives).toEqual({ applied: 3, recognised: 1 });
    expect(figuresProblem(s)).toBeNull();
    expect(sumFigures([])).toEqual(emptyFigures());
  });

  it('compares with the previous year: difference signed', () => {
    const rows = comparison(sample(), emptyFigures());
    expect(rows.find((r) => r.label === 'Tổng số khen thưởng')).toEqual({ label: 'Tổng số khen thưởng', current: 2, previous: 0, diff: 2 });
    expect(comparison(emptyFigures(), sample()).find((r) => r.label === 'Sáng kiến được công nhận')!.diff).toBe(-1);
  });
});
