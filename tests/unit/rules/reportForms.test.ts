import { describe, expect, it } from 'vitest';
import shippedJson from '../../../resources/reports/forms.v1.json';
import {
  countWords,
  historyTableOf,
  estimatedPages,
  pageLimitWarning,
  pagesFor,
  reportFormFor,
  reportFormsFileSchema,
  reportProblems,
  toParagraphs,
  type ReportContent,
  type ReportForm,
} from '../../../src-shared/rules';

const file = reportFormsFileSchema.parse(shippedJson);
const forms: ReportForm[] = file.forms;

const empty = (): ReportContent => ({ particulars: {}, sections: {}, titles: [], commendations: [] });

describe('shipped report forms resources/reports/forms.v1.json', () => {
  it('parses, ids unique, every form prints the head of the unit confirming and proposing', () => {
    expect(new Set(forms.map((f) => `${f.id}@${f.version}`)).size).toBe(forms.length);
    for (const f of forms) {
      expect(f.signatures.individual.left.position.replace(/\n/g, ' ')).toBe('Thủ trưởng đơn vị xác nhận, đề nghị');
      expect(f.signatures.collective.left.position.replace(/\n/g, ' ')).toBe('Thủ trưởng đơn vị cấp trên trực tiếp xác nhận, đề nghị');
    }
  });

  it('individual forms ask for quê quán, trú quán, trình độ chuyên môn, học hàm/học vị and the duties', () => {
    for (const f of forms.filter((x) => x.subject !== 'collective')) {
      const labels = f.particulars.individual.map((p) => p.label).join('|');
      for (const w of ['Quê quán', 'Trú quán', 'Trình độ chuyên môn', 'Học hàm, học vị', 'Dân tộc', 'Giới tính']) expect(labels, f.id).toContain(w);
      expect(f.sections.individual.map((s) => s.heading).join('|'), f.id).toMatch(/Quyền hạn, nhiệm vụ được giao/);
    }
  });

  it('collective forms ask for address, phone, structure and headcount', () => {
    for (const f of forms.filter((x) => x.subject !== 'individual')) {
      const labels = f.particulars.collective.map((p) => p.label).join('|');
      for (const w of ['Tên tập thể', 'Địa điểm trụ sở', 'Điện thoại', 'Cơ cấu tổ chức', 'Số lượng']) expect(labels, f.id).toContain(w);
    }
  });
});

describe('reportFormFor: by award subject, dossier round and reference date (01/7/2025 switch)', () => {
  const cases: [string, string, string, string | null][] = [
    // subject, round, reference date, expected form id
    ['individual', 'annual', '2025-06-30', 'nd98-ca-nhan-thuong-xuyen'],
    ['individual', 'annual', '2025-07-01', 'nd152-ca-nhan-thuong-xuyen'],
    ['collective', 'annual', '2025-06-30', 'nd98-tap-the-thuong-xuyen'],
    ['collective', 'annual', '2025-07-01', 'nd152-tap-the-thuong-xuyen'],
    ['individual', 'adhoc', '2025-06-30', 'nd98-dot-xuat'],
    ['collective', 'adhoc', '2025-07-01', 'nd152-dot-xuat'],
    ['individual', 'thematic', '2025-06-30', 'nd98-chuyen-de'],
    ['collective', 'thematic', '2026-03-15', 'nd152-chuyen-de'],
    ['household', 'annual', '2025-07-01', 'nd152-ca-nhan-thuong-xuyen'],
    ['household', 'annual', '2024-12-31', 'nd98-ca-nhan-thuong-xuyen'],
    // before the Law of 2022 came into force: no form shipped
    ['individual', 'annual', '2023-12-31', null],
  ];
  it.each(cases)('%s, %s, %s → %s', (awardSubject, dossierRound, referenceDate, id) => {
    expect(reportFormFor(forms, { awardSubject, dossierRound, referenceDate })?.id ?? null).toBe(id);
  });

  it('a newer version of the same form wins', () => {
    const v1 = forms.find((f) => f.id === 'nd152-dot-xuat')!;
    const v2 = { ...v1, version: 2 };
    expect(reportFormFor([v1, v2], { awardSubject: 'individual', dossierRound: 'adhoc', referenceDate: '2025-08-01' })?.version).toBe(2);
  });
});

describe('countWords and toParagraphs (paste from Word)', () => {
  it.each([
    ['', 0],
    ['Hoàn thành xuất sắc nhiệm vụ', 6],
    ['Quyết định số 125/QĐ-UBND ngày 12/3/2025', 6],
    ['  một\u00a0hai\tba  ', 3],
  ])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));

  it('keeps paragraphs, drops blank lines, tabs and NBSP, NFC', () => {
    const pasted = 'Năm 2025, tôi được giao:\r\n\r\n\t- Phụ trách\u00a0văn  thư;\r\n- Lưu trữ.\u2029Cuối\n';
    expect(toParagraphs(pasted)).toEqual(['Năm 2025, tôi được giao:', '- Phụ trách văn thư;', '- Lưu trữ.', 'Cuối']);
    expect(toParagraphs('Nguye\u0302\u0303n')[0]).toBe('Nguyễn');
  });
});

describe('reportProblems: what keeps a report from being saved', () => {
  const form = forms.find((f) => f.id === 'nd152-ca-nhan-thuong-xuyen')!;
  const row = { year: 2024, name: 'Lao động tiên tiến', decisionNumber: '12/QĐ-UBND', decisionDate: '2024-12-20', issuer: 'UBND xã' };

  it('a complete report has none', () => {
    expect(reportProblems(form, 'individual', { ...empty(), sections: { results: ['Hoàn thành tốt.'] }, titles: [row] })).toEqual([]);
  });

  it('a row without its decision number is refused, in Vietnamese, naming the row', () => {
    const p = reportProblems(form, 'individual', { ...empty(), commendations: [{ ...row, name: 'Giấy khen', decisionNumber: ' ' }] });
    expect(p).toHaveLength(1);
    expect(p[0]!.field).toBe('commendations.0.decisionNumber');
    expect(p[0]!.message).toMatch(/Dòng 1 của bảng hình thức khen thưởng \(Giấy khen, năm 2024\) chưa có số quyết định/);
  });

  it('a 50,000-word section is refused with the limit named', () => {
    const big = Array.from({ length: 500 }, () => Array(100).fill('thành').join(' '));
    const p = reportProblems(form, 'individual', { ...empty(), sections: { results: big } });
    expect(p[0]!.message).toMatch(/50\.000 từ, vượt giới hạn 5\.000 từ/);
  });

  it('a section of another form is refused', () => {
    expect(reportProblems(form, 'individual', { ...empty(), sections: { deed: ['x'] } })[0]!.message).toMatch(/không có trong mẫu/);
  });

  it('estimates pages from words and table rows', () => {
    expect(estimatedPages(form, 'individual', empty())).toBe(1);
    expect(estimatedPages(form, 'individual', { ...empty(), sections: { results: [Array(900).fill('từ').join(' ')] } })).toBe(3);
  });
});

describe('historyTableOf: titles and commendations go to separate tables', () => {
  const kinds: Record<string, 'title' | 'form'> = { LDTT: 'title', GIAY_KHEN: 'form', CO_TD_TINH: 'title' };
  it.each([
    ['LDTT', 'Lao động tiên tiến', 'titles'],
    ['GIAY_KHEN', 'Giấy khen (cá nhân)', 'commendations'],
    ['CO_TD_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'titles'],
    ['', 'Chiến sĩ thi đua cơ sở', 'titles'],
    ['', 'Bằng khen của Chủ tịch UBND tỉnh', 'commendations'],
    ['', 'Huân chương Lao động hạng Ba', 'commendations'],
    ['UNKNOWN', 'Tập thể lao động xuất sắc', 'titles'],
  ])('%s “%s” → %s', (code, name, table) => {
    expect(historyTableOf(code, name, (c) => kinds[c])).toBe(table);
  });
});

describe('page limits: an estimate against the form’s limit, a warning (not a refusal) when over', () => {
  const form = { name: 'Báo cáo thành tích cá nhân (thường xuyên) (NĐ 152/2025)', pageLimit: 3 as number | null };
  it.each([
    ['no words, no rows: one page', 0, 0, 1],
    ['450 words: two pages', 450, 0, 2],
    ['451 words: three pages', 451, 0, 3],
    ['20 table rows weigh a page', 0, 20, 2],
  ])('pagesFor: %s', (_n, words, rows, pages) => {
    expect(pagesFor(words, rows)).toBe(pages);
  });

  it.each([
    ['under the limit', 2, 3, null],
    ['at the limit', 3, 3, null],
    ['over the limit', 4, 3, /^Báo cáo thành tích của Nguyễn Văn An ước khoảng 4 trang, vượt giới hạn 3 trang của mẫu “Báo cáo thành tích cá nhân \(thường xuyên\) \(NĐ 152\/2025\)”\. Vẫn in được/],
    ['a form without a limit', 40, null, null],
  ] as const)('pageLimitWarning: %s', (_n, pages, limit, expected) => {
    const got = pageLimitWarning({ ...form, pageLimit: limit }, pages, 'Nguyễn Văn An');
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatch(expected);
  });
});
