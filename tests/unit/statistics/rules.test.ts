import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/reports/statistics/tt02-2023.v1.json';
import {
  computeForm, durationBand, inColumn, movementRecord, personGroupOf, statTemplateSchema, tableProblems, templateForYear, StatisticsProblem,
  type StatForm, type StatRecord,
} from '../../../src-shared/rules';
import { formForYear, loadTemplates, SHIPPED_TEMPLATES, templateFingerprint } from '../../../src-main/services/statistics';

const t = statTemplateSchema.parse(shipped);
const form = (code: string) => t.forms.find((f) => f.code === code)!;

describe('shipped statistics templates', () => {
  it('every shipped version parses, carries the five forms of TT 02/2023 and is frozen by its fingerprint', () => {
    expect(t.forms.map((f) => f.code)).toEqual(['0601.N', '0602.N', '0603.N', '0604.N', '0605.N']);
    for (const s of SHIPPED_TEMPLATES) expect(templateFingerprint(s.json), s.file).toBe(s.sha256);
    expect(loadTemplates(SHIPPED_TEMPLATES)).toHaveLength(SHIPPED_TEMPLATES.length);
  });

  it('an edited version is refused: a new regime is a new file, never a change to an old one', () => {
    const edited = structuredClone(shipped) as typeof shipped;
    edited.forms[2]!.title = 'Số khen thưởng (đã sửa)';
    expect(() => loadTemplates([{ ...SHIPPED_TEMPLATES[0]!, json: edited }])).toThrow(/changed after it shipped/);
    const v2 = { ...structuredClone(shipped), version: 2, yearFrom: 2026 };
    const both = loadTemplates([SHIPPED_TEMPLATES[0]!, { file: 'x.v2.json', json: v2, sha256: templateFingerprint(v2) }]);
    expect(formForYear('0603.N', 2025, both).template.version).toBe(1);
    expect(formForYear('0603.N', 2026, both).template.version).toBe(2);
  });

  it('the 0603.N rows: by unit, recipient (tập thể, hộ gia đình, cá nhân by leadership level, direct workers), award type', () => {
    const sections = t.awardSections.map((s) => s.label);
    expect(sections).toEqual(['Chia theo đơn vị trình khen thưởng', 'Chia theo đối tượng', 'Chia theo loại hình khen thưởng']);
    const types = t.awardSections[2]!.rows!.map((r) => r.label.split(' (')[0]);
    expect(types).toEqual(['Thường xuyên', 'Theo chuyên đề', 'Đột xuất', 'Đối ngoại', 'Quá trình cống hiến', 'Niên hạn', 'Kháng chiến']);
  });
});

describe('templateForYear: the version in force for the report year', () => {
  const versions = [
    { id: 'a', version: 1, yearFrom: 2023, yearTo: 2025 },
    { id: 'b', version: 1, yearFrom: 2026, yearTo: null },
    { id: 'b', version: 2, yearFrom: 2026, yearTo: null },
  ];
  it.each([
    [2022, null],
    [2023, 'a@1'],
    [2025, 'a@1'],
    [2026, 'b@2'],
    [2031, 'b@2'],
  ])('%i → %s', (year, want) => {
    const v = templateForYear(versions, year);
    expect(v ? `${v.id}@${v.version}` : null).toBe(want);
  });
});

describe('personGroupOf: cá nhân by leadership level (first rule that fits)', () => {
  it.each([
    ['Chủ tịch UBND tỉnh', false, 'lanh-dao-tinh'],
    ['Phó Chủ tịch Ủy ban nhân dân tỉnh Lai Châu', false, 'lanh-dao-tinh'],
    ['Giám đốc Sở Nội vụ', false, 'lanh-dao-so'],
    ['Tổng Giám đốc Công ty cổ phần Chè', false, 'doanh-nhan'],
    ['Phó Trưởng phòng Văn hóa', false, 'lanh-dao-khac'],
    ['Chủ tịch UBND xã', false, 'lanh-dao-khac'],
    ['Công nhân', true, 'truc-tiep'],
    ['', true, 'truc-tiep'],
    ['Công chức văn phòng', false, 'khac'],
    ['', false, 'khac'],
  ])('%j (trực tiếp: %s) → %s', (position, directLabor, group) => expect(personGroupOf(t.personGroups, { position, directLabor })).toBe(group));
});

describe('durationBand and movementRecord (0601.N)', () => {
  it.each([
    [null, null, '1-nam'],
    ['2025-01-01', '2025-06-30', 'duoi-1'],
    ['2025-01-01', '2025-12-31', '1-nam'],
    ['2025-01-01', '2026-12-31', '1-3'],
    ['2025-01-01', '2028-12-31', '3-5'],
    ['2025-01-01', '2030-12-31', 'tu-5'],
  ])('%s → %s: %s', (a, b, band) => expect(durationBand(a, b)).toBe(band));
  it('regular is thường xuyên, periodic and thematic are chuyên đề', () => {
    expect(movementRecord({ id: '1', kind: 'regular', level: 'tinh', startDate: null, endDate: null }).dims).toEqual({ level: 'tinh', scope: 'dia-phuong', duration: '1-nam', method: 'thuong-xuyen' });
    expect(movementRecord({ id: '2', kind: 'periodic', level: 'co-so', startDate: null, endDate: null }).dims.method).toBe('chuyen-de');
  });
});

const rec = (id: string, dims: Record<string, string>, awardCode = 'BK_CT_TINH', name = 'Bằng khen'): StatRecord => ({ id, dims: { unit: 'u1', enterprise: 'khong', personGroup: '', ...dims }, awardCode, nameFolded: name.toLowerCase() });

describe('computeForm and tableProblems', () => {
  const f = form('0603.N');
  const records = [
    rec('1', { recipient: 'tap-the', enterprise: 'co', category: 'cong-trang' }, 'BK_CT_TINH_TT'),
    rec('2', { recipient: 'ca-nhan', personGroup: 'truc-tiep', category: 'dot-xuat' }),
    rec('3', { recipient: 'ca-nhan', personGroup: 'khac', category: 'cong-trang' }, 'CSTD_TINH'),
    rec('4', { recipient: 'ca-nhan', personGroup: 'khac', category: 'cong-trang' }, 'LDTT'), // not a province-level award: not counted
    rec('5', { recipient: 'ho-gia-dinh', category: 'cong-trang' }, '', 'ky niem chuong vi su nghiep'),
  ];
  it('counts each record in its row and column; the total row and column add up', () => {
    const table = computeForm(t, f, records, { u1: 'Xã A' });
    const row = (k: string) => table.rows.find((r) => r.key === k)!;
    expect(row('total').cells).toEqual([4, 2, 1, 0, 1]);
    expect(row('don-vi:u1').label).toBe('1. Xã A');
    expect(row('doi-tuong:tap-the/doanh-nghiep').cells[0]).toBe(1);
    expect(row('doi-tuong:ca-nhan').cells[0]).toBe(2);
    expect(row('doi-tuong:ca-nhan/truc-tiep').ids[0]).toEqual(['2']);
    expect(row('loai-hinh:dot-xuat').cells).toEqual([1, 1, 0, 0, 0]);
    expect(tableProblems(table)).toEqual([]);
  });

  it('a record the layout has no row for is refused, naming the row in Vietnamese', () => {
    const noAbroad = { ...t, awardSections: t.awardSections.map((s) => (s.id === 'loai-hinh' ? { ...s, rows: s.rows!.filter((r) => r.id !== 'doi-ngoai') } : s)) };
    const data = [...records, rec('6', { recipient: 'ca-nhan', personGroup: 'khac', category: 'doi-ngoai' })];
    expect(() => computeForm(noAbroad, f, data)).toThrow(StatisticsProblem);
    expect(() => computeForm(noAbroad, f, data)).toThrow(
      'Biểu 0603.N (số khen thưởng cấp bộ, ban, ngành, tỉnh, phiên bản 1) không có dòng cho loại hình khen thưởng "khen thưởng đối ngoại" ở phần "Chia theo loại hình khen thưởng", trong khi số liệu năm này có 1 bản ghi như vậy.',
    );
  });

  it('overlapping columns make the numbers not add up, and the check says where', () => {
    const overlapping: StatForm = { ...f, columns: [...f.columns, { id: 'bk2', label: 'Bằng khen (lặp)', codes: ['BK_CT_TINH'] }] };
    const problems = tableProblems(computeForm(t, overlapping, records));
    expect(problems[0]).toBe('Dòng "Tổng số": cột Tổng số là 4 nhưng các cột cộng lại là 5.');
  });

  it('a "trong đó" row larger than its row, and sections not adding up, are reported', () => {
    const table = computeForm(t, f, records);
    const bad = { ...table, rows: table.rows.map((r) => (r.key === 'doi-tuong:tap-the/doanh-nghiep' ? { ...r, cells: [2, 2, 0, 0, 0] } : r.key === 'loai-hinh:nien-han' ? { ...r, cells: [1, 1, 0, 0, 0] } : r)) };
    const p = tableProblems(bad);
    expect(p).toContain('Dòng "Trong đó: Doanh nghiệp" (cột "Tổng số") lớn hơn dòng "Tập thể".');
    expect(p).toContain('Phần "Chia theo loại hình khen thưởng", cột "Tổng số": các dòng cộng lại là 5, khác dòng Tổng số (4).');
  });

  it('inColumn: by code or folded name, then by dimensions', () => {
    const c = form('0602.N').columns.find((x) => x.id === 'hc-tt')!;
    expect(inColumn(c, rec('a', { recipient: 'tap-the' }, 'HCLD_H3_TT'))).toBe(true);
    expect(inColumn(c, rec('b', { recipient: 'tap-the' }, '', 'huan chuong doc lap hang nhat'))).toBe(true);
    expect(inColumn(c, rec('c', { recipient: 'ca-nhan' }, '', 'huan chuong doc lap hang nhat'))).toBe(false);
    expect(inColumn(c, rec('d', { recipient: 'tap-the' }, 'BK_TTCP_TT'))).toBe(false);
  });
});
