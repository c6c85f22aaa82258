// Catalogue validation of the fields issue 20 added, the rule-set statement of a transitional
// dossier, the precedence rules of NĐ 152/2025 Điều 4, report forms by round, and the award list.
import { describe, expect, it } from 'vitest';
import {
  contributionTenureMonths,
  listAwards,
  parseCatalogue,
  precedenceNotes,
  precedenceOrder,
  awardReportFormFor,
  REPORT_FORMS,
  ruleSetStatement,
  type ReportFormId,
} from '../../../src-shared/rules';
import { catalogueText, ND152, ND98, shipped, VIETNAMESE } from './fixtures';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Mutation = (c: Record<string, any>) => void;
const base = () => JSON.parse(catalogueText()) as Record<string, any>;
const award = (c: Record<string, any>, set: number, code: string) => c.ruleSets[set].awards.find((a: any) => a.code === code);
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('catalogue validation: an item without its citation, article or matching report form is refused', () => {
  const cases: [string, Mutation, RegExp][] = [
    ['a criterion without citation', (c) => { delete award(c, 1, 'HCLD_H3').criteria[0].citation; }, /khen thưởng thứ \d+ \(HCLD_H3\) › tiêu chí thứ 1 \(hcld3\.criteria\) › trường “citation”: Thiếu trường bắt buộc/],
    ['a legal basis naming no article', (c) => { award(c, 1, 'GIAY_KHEN_HGD').legalBasis = 'Luật TĐKT 2022'; }, /\(GIAY_KHEN_HGD\) › trường “legalBasis”: Căn cứ pháp lý của “GIAY_KHEN_HGD” phải nêu điều, khoản/],
    ['a route without citation', (c) => { award(c, 0, 'LDTT_CNND').routes[0].citation = ''; }, /\(LDTT_CNND\) › trường “routes\.0\.citation”: Không được để trống/],
    ['no report form', (c) => { delete award(c, 1, 'CSTT').reportForm; }, /\(CSTT\) › trường “reportForm”: Thiếu trường bắt buộc/],
    ['an unknown report form', (c) => { award(c, 1, 'CSTT').reportForm = 'nd152-mau-99'; }, /trường “reportForm”: Giá trị không hợp lệ; chỉ nhận: nd152-ca-nhan-thuong-xuyen/],
    ['an NĐ 98 form in the NĐ 152 set', (c) => { award(c, 1, 'LDTT').reportForm = 'nd98-ca-nhan-thuong-xuyen'; }, /Mẫu báo cáo “nd98-ca-nhan-thuong-xuyen” thuộc NĐ 98\/2023\/NĐ-CP, không thuộc bộ quy tắc này/],
    ['an NĐ 152 form in the NĐ 98 set', (c) => { award(c, 0, 'LDTT').reportForm = 'nd152-ca-nhan-thuong-xuyen'; }, /thuộc NĐ 152\/2025\/NĐ-CP, không thuộc bộ quy tắc này/],
    ['sameTitleAs an unknown award', (c) => { award(c, 1, 'LDTT_CNND').sameTitleAs = 'LDTT_X'; }, /“LDTT_X” không phải một khen thưởng khác trong cùng bộ quy tắc/],
    ['a round in month 13', (c) => { award(c, 1, 'CO_TD_CP').rounds[0].month = 13; }, /trường “rounds\.0\.month”: Giá trị phải từ 12 trở xuống/],
    ['a precedence share above 1', (c) => { c.ruleSets[1].precedence.womenCollectiveShare = 7; }, /trường “precedence\.womenCollectiveShare”: Giá trị phải từ 1 trở xuống/],
    ['a transition without citation', (c) => { delete c.ruleSets[1].transition.citation; }, /trường “transition\.citation”: Thiếu trường bắt buộc/],
  ];
  it.each(cases)('%s', (_name, mutate, message) => {
    const c = base();
    mutate(c);
    const r = parseCatalogue(c);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.join('\n')).toMatch(message);
    for (const e of errors) expect(e).toMatch(VIETNAMESE);
  });

  it('the shipped catalogue passes: every award cites an article and has a report form of its own decree', () => {
    const r = parseCatalogue(catalogueText());
    expect(r.ok ? [] : r.errors).toEqual([]);
    for (const rs of shipped().ruleSets) {
      for (const a of rs.awards) {
        expect(a.legalBasis, a.code).toMatch(/Điều \d+/);
        const f = REPORT_FORMS[a.reportForm];
        if (f.decree) expect(rs.legalBasis, a.code).toContain(f.decree);
      }
    }
  });
});

describe('which rule set judges a dossier: the one in force on its reference date, said in words', () => {
  it.each([
    // year, reference date, meeting, set, transitional, text pattern
    [2024, '2025-03-01', null, 'VN-ND98-2023', false, /^Áp dụng quy định có hiệu lực tại ngày xét 01\/03\/2025: Luật TĐKT 2022; NĐ 98\/2023\/NĐ-CP\.$/],
    [2025, '2025-06-30', null, 'VN-ND98-2023', false, /ngày xét 30\/06\/2025: .*NĐ 98\/2023/],
    [2024, '2025-07-01', null, 'VN-ND152-2025', true, /Thành tích năm 2024 đạt được khi Luật TĐKT 2022; NĐ 98\/2023\/NĐ-CP \(hiệu lực đến 30\/06\/2025\) còn hiệu lực; hồ sơ xét ngày 01\/07\/2025 áp dụng .*NĐ 152\/2025.*kể cả khi thành tích đạt được trước ngày 01\/7\/2025/],
    [2024, '2025-12-15', '2025-12-10', 'VN-ND152-2025', true, /Thành tích năm 2024 đạt được khi .*NĐ 98\/2023/],
    [2025, '2025-12-15', '2025-12-10', 'VN-ND152-2025', false, /^Áp dụng quy định có hiệu lực tại ngày xét 15\/12\/2025: .*NĐ 152\/2025/],
    [2026, '2026-01-15', null, 'VN-ND152-2025', false, /^Áp dụng quy định có hiệu lực tại ngày xét 15\/01\/2026: .*NĐ 152\/2025/],
  ] as const)('achievement year %i, reviewed %s (meeting %s) → %s, transitional %s', (year, referenceDate, meetingDate, id, transitional, text) => {
    const s = ruleSetStatement(shipped(), { year, referenceDate, meetingDate });
    expect(s.ruleSetId).toBe(id);
    expect(s.earlier !== null).toBe(transitional);
    expect(s.text).toMatch(text);
    expect(s.citation).toEqual(transitional ? expect.stringMatching(/NĐ 152\/2025\/NĐ-CP, Điều 59.*Điều 60: UNCONFIRMED/) : null);
    expect(s.paperText).toEqual(transitional ? expect.stringMatching(/^Thành tích năm 2024 đạt được khi Nghị định số 98\/2023\/NĐ-CP còn hiệu lực \(đến ngày 30\/06\/2025\); .*Nghị định số 152\/2025\/NĐ-CP; Nghị định số 129\/2025\/NĐ-CP\.$/) : null);
    expect(s.meetingWarning).toBeNull();
  });

  it.each([
    ['2025-06-30', '2025-07-02', /Ngày họp Hội đồng 02\/07\/2025 thuộc thời gian hiệu lực của .*NĐ 152\/2025.*khác với ngày xét 30\/06\/2025; hãy sửa ngày xét/],
    ['2025-07-01', '2025-06-20', /Ngày họp Hội đồng 20\/06\/2025 thuộc thời gian hiệu lực của .*NĐ 98\/2023/],
  ])('reviewed %s but the council met %s: the clerk is told to correct the date', (referenceDate, meetingDate, warning) => {
    expect(ruleSetStatement(shipped(), { year: 2024, referenceDate, meetingDate }).meetingWarning).toMatch(warning);
  });
});

describe('precedence among equals (NĐ 152/2025, Điều 4)', () => {
  const p152 = () => ND152().precedence;
  it.each([
    ['a woman, NĐ 152', p152, { kind: 'person', gender: 'female' }, 'cong-trang', [['women-first', true]]],
    ['a man, NĐ 152', p152, { kind: 'person', gender: 'male' }, 'cong-trang', []],
    ['a woman under NĐ 98 (rule not in that set)', () => ND98().precedence, { kind: 'person', gender: 'female' }, 'cong-trang', []],
    ['a collective 7/10 women', p152, { kind: 'collective', members: 10, women: 7 }, 'cong-trang', [['women-collective', true]]],
    ['a collective 6/10 women', p152, { kind: 'collective', members: 10, women: 6 }, 'cong-trang', [['women-collective', false]]],
    ['a collective with no women count', p152, { kind: 'collective', members: 10, women: null }, 'cong-trang', [['women-collective-unknown', false]]],
    ['a woman proposed for a contribution award', p152, { kind: 'person', gender: 'female' }, 'cong-hien', [['women-first', true], ['female-leader-tenure', false]]],
  ] as const)('%s', (_n, rules, subject, category, expected) => {
    const notes = precedenceNotes(rules(), subject, category);
    expect(notes.map((n) => [n.id, n.priority])).toEqual(expected);
    for (const n of notes) {
      expect(n.citation).toBe('NĐ 152/2025/NĐ-CP, Điều 4');
      expect(n.text).toMatch(VIETNAMESE);
    }
  });

  it('says the numbers of a collective', () => {
    expect(precedenceNotes(p152(), { kind: 'collective', members: 10, women: 6 }, 'cong-trang')[0]?.text).toMatch(/6\/10 thành viên nữ \(60%\); cần ít nhất 7 \(70%\)/);
    expect(precedenceNotes(p152(), { kind: 'collective', members: 10, women: 7 }, 'cong-trang')[0]?.text).toMatch(/7\/10 thành viên nữ \(70%\), từ 70% trở lên/);
  });

  it.each([
    ['female leader', { female: true, leader: true, higherRetirementAge: false }, 60, 40],
    ['female leader, 5 months', { female: true, leader: true, higherRetirementAge: false }, 5, 4],
    ['female leader with a higher retirement age', { female: true, leader: true, higherRetirementAge: true }, 60, 60],
    ['female, not a leader', { female: true, leader: false, higherRetirementAge: false }, 60, 60],
    ['male leader', { female: false, leader: true, higherRetirementAge: false }, 60, 60],
  ])('contribution tenure, %s: %i months required → %i', (_n, who, required, expected) => {
    expect(contributionTenureMonths(p152(), required, who)).toBe(expected);
    expect(contributionTenureMonths(ND98().precedence, required, who)).toBe(required);
  });

  it('orders those with priority first and keeps the rest as given', () => {
    const xs = [{ n: 'An', p: false }, { n: 'Bình', p: true }, { n: 'Chi', p: false }, { n: 'Dung', p: true }];
    expect(precedenceOrder(xs, (x) => x.p).map((x) => x.n)).toEqual(['Bình', 'Dung', 'An', 'Chi']);
    expect(precedenceOrder(xs, () => false).map((x) => x.n)).toEqual(['An', 'Bình', 'Chi', 'Dung']);
  });
});

describe('report forms: by award and by the dossier\'s round, either side of 01/7/2025', () => {
  it.each([
    [ND98, 'LDTT', 'annual', 'nd98-ca-nhan-thuong-xuyen'],
    [ND98, 'LDTT', 'adhoc', 'nd98-dot-xuat'],
    [ND98, 'TTLDTT', 'thematic', 'nd98-chuyen-de'],
    [ND152, 'LDTT', 'annual', 'nd152-ca-nhan-thuong-xuyen'],
    [ND152, 'GIAY_KHEN', 'adhoc', 'nd152-dot-xuat'],
    [ND152, 'GIAY_KHEN_TT', 'thematic', 'nd152-chuyen-de'],
    [ND152, 'CO_TD_CP', 'annual', 'nd152-co-thi-dua-cp'],
    [ND152, 'CSTD_TQ', 'annual', 'nd152-cstd-toan-quoc'],
    [ND152, 'GIAY_KHEN_HGD', 'adhoc', 'ho-gia-dinh'],
  ] as const)('%#: %s in round %s uses %s', (rs, code, round, form) => {
    expect(awardReportFormFor(rs().awards.find((a) => a.code === code)!, round)).toBe(form);
  });

  it('names the mẫu numbers as the reference gives them: 05 read, others inferred, NĐ 98 unknown', () => {
    expect(REPORT_FORMS['nd152-ca-nhan-thuong-xuyen']).toMatchObject({ template: 'Mẫu số 05', certainty: 'confirmed' });
    expect(REPORT_FORMS['nd152-dot-xuat']).toMatchObject({ template: 'Mẫu số 06', certainty: 'INFERRED' });
    expect(REPORT_FORMS['nd152-chuyen-de']).toMatchObject({ template: 'Mẫu số 08', certainty: 'INFERRED' });
    for (const id of Object.keys(REPORT_FORMS) as ReportFormId[]) if (id.startsWith('nd98-')) expect(REPORT_FORMS[id]).toMatchObject({ template: null, certainty: 'UNCONFIRMED' });
  });
});

describe('the award list of a rule set (awards list)', () => {
  it.each([
    [ND98, 'LDTT_CNND', 'co-so', ['Chủ tịch UBND cấp xã', 'Chủ tịch UBND cấp huyện', 'Thủ trưởng cơ quan, đơn vị'], 'nd98-ca-nhan-thuong-xuyen'],
    [ND152, 'LDTT_CNND', 'co-so', ['Chủ tịch UBND cấp xã', 'Thủ trưởng cơ quan, đơn vị'], 'nd152-ca-nhan-thuong-xuyen'],
    [ND152, 'CSTT', 'chua-xac-dinh', [], 'nd152-ca-nhan-thuong-xuyen'],
    [ND152, 'GIAY_KHEN_HGD', 'co-so', ['Chủ tịch UBND cấp xã'], 'ho-gia-dinh'],
    [ND152, 'HCLD_H3', 'nha-nuoc', ['Chủ tịch nước'], 'nd152-ca-nhan-thuong-xuyen'],
    [ND152, 'BK_TTCP_TT', 'nha-nuoc', ['Thủ tướng Chính phủ'], 'nd152-tap-the-thuong-xuyen'],
    [ND152, 'CO_TD_TINH', 'tinh', ['Chủ tịch UBND cấp tỉnh'], 'nd152-tap-the-thuong-xuyen'],
  ] as const)('%#: %s is %s, decided by %j, report form %s', (rs, code, level, deciders, form) => {
    const item = listAwards(rs()).find((a) => a.code === code)!;
    expect(item.level).toBe(level);
    expect(item.deciders.map((d) => d.decidedByLabel)).toEqual(deciders);
    expect(item.reportForm).toBe(form);
    expect(item.legalBasis).toMatch(/Điều \d+/);
  });
});
