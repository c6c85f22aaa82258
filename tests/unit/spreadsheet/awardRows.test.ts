import { describe, expect, it } from 'vitest';
import bundled from '../../../resources/awards/catalogue.v1.json';
import {
  awardIndex, matchAward, parseCategory, parseDecisionDate, parseYear, splitDecision,
} from '../../../src-shared/formats/awardHistoryRows';
import { AWARD_HISTORY_FIELDS, detectHeader, guessMapping } from '../../../src-shared/formats/tabular';
import { parseCatalogue } from '../../../src-shared/rules/catalogue';

const parsed = parseCatalogue(bundled);
if (!parsed.ok) throw new Error('catalogue');
const index = awardIndex(parsed.catalogue.ruleSets.at(-1)!.awards);

describe('award history lists: headers', () => {
  it.each([
    [['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Năm', 'Danh hiệu / Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'],
      { fullName: 1, birth: 2, unit: 3, year: 4, award: 5, decisionNumber: 6, decisionDate: 7, issuer: 8, collectiveName: null, decision: null, category: null }],
    [['TT', 'Tên tập thể', 'Năm khen thưởng', 'Hình thức khen thưởng', 'Loại hình', 'Số, ngày quyết định', 'Cấp khen'],
      { collectiveName: 1, year: 2, award: 3, category: 4, decision: 5, issuer: 6, fullName: null, birth: null, unit: null, decisionNumber: null, decisionDate: null }],
    [['Họ tên', 'Ngày sinh', 'Năm đạt', 'Danh hiệu thi đua', 'Số QĐ', 'Ngày ký'],
      { fullName: 0, birth: 1, year: 2, award: 3, decisionNumber: 4, decisionDate: 5, collectiveName: null, unit: null, category: null, decision: null, issuer: null }],
  ])('%j', (headers, want) => {
    expect(detectHeader([headers], AWARD_HISTORY_FIELDS)).toBe(0);
    expect(guessMapping(headers, AWARD_HISTORY_FIELDS)).toEqual(want);
  });
});

describe('award history lists: values', () => {
  it.each([
    ['2024', 2024], ['Năm 2024', 2024], ['2024.0', 2024], ['20203', null], ['24', null], ['hai nghìn', null],
  ])('year %s', (text, want) => expect(parseYear(text)).toBe(want));

  it.each([
    ['', { ok: true, date: null }],
    ['10/12/2024', { ok: true, date: '2024-12-10' }],
    ['2024-12-10', { ok: true, date: '2024-12-10' }],
    ['45636', { ok: true, date: '2024-12-10' }],
    ['ngày 10 tháng 12 năm 2024', { ok: true, date: '2024-12-10' }],
    ['30/02/2024', { ok: false, problem: 'ngày quyết định 30/02/2024 không có thật' }],
    ['12/2024', { ok: false, problem: 'ngày quyết định "12/2024" không đọc được; hãy ghi dd/mm/yyyy' }],
  ])('decision date %s', (text, want) => expect(parseDecisionDate(text)).toEqual(want));

  it.each([
    ['Số 152/QĐ-UBND ngày 10/12/2024', { number: '152/QĐ-UBND', dateText: '10/12/2024' }],
    ['152/QĐ-UBND, 10/12/2024', { number: '152/QĐ-UBND', dateText: '10/12/2024' }],
    ['152/QĐ-UBND ngày 10 tháng 12 năm 2024', { number: '152/QĐ-UBND', dateText: 'ngày 10 tháng 12 năm 2024' }],
    ['Số: 07/QĐ-CT', { number: '07/QĐ-CT', dateText: '' }],
    ['', { number: '', dateText: '' }],
  ])('decision cell %s', (text, want) => expect(splitDecision(text)).toEqual(want));

  it.each([
    ['Công trạng', 'cong-trang'], ['khen thưởng đột xuất', 'dot-xuat'], ['Theo chuyên đề', 'chuyen-de'], ['theo đợt', 'phong-trao'],
    ['cống hiến', 'cong-hien'], ['Đối ngoại', 'doi-ngoai'], ['chuyen-de', 'chuyen-de'], ['khen lẻ', null],
  ])('category %s', (text, want) => expect(parseCategory(text)).toBe(want));
});

describe('award history lists: the catalogue', () => {
  it.each([
    ['Lao động tiên tiến', 'person', 'LDTT'],
    ['LĐTT', 'person', 'LDTT'],
    ['CSTĐ cơ sở', 'person', 'CSTDCS'],
    ['Chiến sĩ thi đua cấp tỉnh', 'person', 'CSTD_TINH'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'person', 'BK_CT_TINH'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'collective', 'BK_CT_TINH_TT'],
    ['Bằng khen UBND tỉnh', 'person', 'BK_CT_TINH'],
    ['Giấy khen', 'collective', 'GIAY_KHEN_TT'],
    ['Giấy khen của Chủ tịch UBND xã Tân Phong', 'person', 'GIAY_KHEN'],
    ['BK_CT_TINH', 'person', 'BK_CT_TINH'],
    ['Cờ thi đua của UBND tỉnh', 'collective', 'CO_TD_TINH'],
  ] as const)('%s for a %s → %s', (text, subject, code) => {
    expect(matchAward(text, subject, index)).toMatchObject({ kind: 'catalogue', award: { code } });
  });

  it('a title of the other kind of subject is reported, an unknown form kept as written', () => {
    expect(matchAward('Tập thể lao động xuất sắc', 'person', index)).toMatchObject({ kind: 'wrong-subject', award: { code: 'TTLDXS' } });
    expect(matchAward('Chiến sĩ thi đua cơ sở', 'collective', index)).toMatchObject({ kind: 'wrong-subject', award: { code: 'CSTDCS' } });
    expect(matchAward('Bằng khen của Bộ trưởng Bộ Y tế', 'person', index)).toEqual({ kind: 'outside' });
    expect(matchAward('Lao động tiên tiến xuất sắc', 'person', index)).toEqual({ kind: 'outside' });
  });
});
