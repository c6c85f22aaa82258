import { describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../src-shared/api';
import { buildXlsx, clipboard, dateCell, tcvn3, type CellSpec } from '../../fixtures/xlsx';
import { initializedHost, person } from '../helpers';

// Khen thưởng đã có from a clerk's .xlsx: matched to the registry and the catalogue, checked, and
// written in one transaction with source 'import' (FIXED_NOW is 15/3/2026).

async function registry() {
  const { h, inst } = await initializedHost();
  const school = await h.call('units.create', { code: 'TH-TP', name: 'Trường Tiểu học Tân Phong', level: 'agency', parentId: inst.unitId });
  const an = await h.call('people.create', person({ birthDate: null, birthYear: 1980, unitId: inst.unitId }));
  const hoa = await h.call('people.create', person({ familyName: 'Đỗ', middleName: 'Thị', givenName: 'Hoa', gender: 'female', birthDate: '1990-04-02', unitId: inst.unitId }));
  // Two teachers with the same name and birth year, in two units; two more with no unit to tell them apart.
  const lanXa = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Thị', givenName: 'Lan', gender: 'female', birthDate: null, birthYear: 1985, unitId: inst.unitId }));
  const lanTruong = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Thị', givenName: 'Lan', gender: 'female', birthDate: null, birthYear: 1985, unitId: school.id }));
  await h.call('people.create', person({ familyName: 'Vàng', middleName: 'A', givenName: 'Páo', birthDate: null, birthYear: 1970, unitId: inst.unitId }));
  await h.call('people.create', person({ familyName: 'Vàng', middleName: 'A', givenName: 'Páo', birthDate: null, birthYear: 1970, unitId: inst.unitId }));
  const thon = await h.call('collectives.create', { name: 'Thôn Nà Khum', kind: 'village', unitId: inst.unitId, memberCount: 40 });
  return { h, inst, an, hoa, lanXa, lanTruong, thon };
}

const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Năm', 'Danh hiệu / Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'];

async function sheet(rows: CellSpec[][], title = true) {
  const xlsx = await buildXlsx({
    rows: [...(title ? [['DANH SÁCH KHEN THƯỞNG ĐÃ CÓ'], null] : []), HEADER, ...rows.map((r, i) => [i + 1, ...r])],
    merges: title ? ['A1:I1'] : [],
  });
  return { source: { kind: 'xlsx' as const, fileName: 'khen-thuong.xlsx', contentBase64: xlsx.toString('base64') } };
}

const history = (h: Awaited<ReturnType<typeof registry>>['h'], subjectType: 'person' | 'collective', subjectId: string) =>
  h.context().sqlite
    .prepare('SELECT year, award_code code, award_name name, category, decision_number num, decision_date date, issuer, source FROM award_history WHERE subject_type = ? AND subject_id = ? AND deleted = 0 ORDER BY year, award_name')
    .all(subjectType, subjectId);

const historyCount = (h: Awaited<ReturnType<typeof registry>>['h']) => (h.context().sqlite.prepare('SELECT count(*) n FROM award_history').get() as { n: number }).n;

describe('award history from an .xlsx', () => {
  it('previews each row: person by name and birth year, the catalogue by name or abbreviation, the rest kept as written', async () => {
    const { h, an, hoa, lanTruong } = await registry();
    const input = {
      sheet: await sheet([
        ['Nguyễn Văn An', 1980, 'UBND xã', 2023, 'LĐTT', '120/QĐ-UBND', dateCell('2023-12-20'), 'UBND xã Tân Phong'],
        ['Nguyễn Văn An', 1980, '', '2024', 'Chiến sĩ thi đua cơ sở', '15/QĐ-UBND', '10/01/2025', 'UBND xã Tân Phong'],
        ['Đỗ Thị Hoa'.normalize('NFD'), '02/04/1990', '', 2024, 'Bằng khen của Chủ tịch UBND tỉnh', '2051/QĐ-UBND', '05/12/2024', 'UBND tỉnh Lai Châu'],
        ['Lò Thị Lan', 1985, 'Trường Tiểu học Tân Phong', 2022, 'Giấy khen của Chủ tịch UBND huyện', '', '', ''],
        ['Đỗ Thị Hoa', 1990, '', 2021, 'Kỷ niệm chương vì sự nghiệp giáo dục', '', '', 'Bộ Giáo dục và Đào tạo'],
      ]),
      defaultCategory: 'cong-trang' as const,
    };
    const p = await h.call('awards.importPreview', input);
    expect(p.headerRow).toBe(3);
    expect(p.mappingSource).toBe('guessed');
    expect(p.counts).toEqual({ rows: 5, ok: 5, duplicates: 0, errors: 0, inCatalogue: 4, outside: 1 });
    expect(p.rows.map((r) => [r.line, r.match?.subjectId, r.year, r.awardCode, r.awardName, r.category, r.decisionDate])).toEqual([
      [4, an.id, 2023, 'LDTT', 'Lao động tiên tiến', 'cong-trang', '2023-12-20'],
      [5, an.id, 2024, 'CSTDCS', 'Chiến sĩ thi đua cơ sở', 'cong-trang', '2025-01-10'],
      [6, hoa.id, 2024, 'BK_CT_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (cá nhân)', 'cong-trang', '2024-12-05'],
      // Two Lò Thị Lan born 1985: the unit column tells which.
      [7, lanTruong.id, 2022, 'GIAY_KHEN', 'Giấy khen (cá nhân)', 'cong-trang', null],
      [8, hoa.id, 2021, '', 'Kỷ niệm chương vì sự nghiệp giáo dục', 'cong-trang', null],
    ]);
    expect(p.rows[2]!.name).toBe('Đỗ Thị Hoa'); // NFC
    expect(historyCount(h)).toBe(0); // a preview writes nothing
  });

  it('applies in one go: source import, an audit row per award and one for the import; the layout is remembered', async () => {
    const { h, an, thon } = await registry();
    const input = {
      sheet: await sheet([
        ['Nguyễn Văn An', 1980, '', 2023, 'Lao động tiên tiến', 'Số 120/QĐ-UBND', dateCell('2023-12-20'), 'UBND xã Tân Phong'],
        ['Nguyễn Văn An', 1980, '', 2024, 'Hoàn thành xuất sắc nhiệm vụ tiêu biểu', '', '', 'UBND xã Tân Phong'],
      ]),
      defaultCategory: 'dot-xuat' as const,
    };
    const auditBefore = (h.context().sqlite.prepare('SELECT count(*) n FROM audit').get() as { n: number }).n;
    expect(await h.call('awards.importApply', input)).toEqual({ added: 2, duplicates: 0, skippedErrors: 0 });
    expect(history(h, 'person', an.id)).toEqual([
      { year: 2023, code: 'LDTT', name: 'Lao động tiên tiến', category: 'cong-trang', num: 'Số 120/QĐ-UBND', date: '2023-12-20', issuer: 'UBND xã Tân Phong', source: 'import' },
      // Outside the catalogue: the default category the clerk chose.
      { year: 2024, code: '', name: 'Hoàn thành xuất sắc nhiệm vụ tiêu biểu', category: 'dot-xuat', num: '', date: null, issuer: 'UBND xã Tân Phong', source: 'import' },
    ]);
    const audit = h.context().sqlite.prepare('SELECT action, entity FROM audit ORDER BY rowid').all().slice(auditBefore);
    expect(audit).toEqual([
      { action: 'create', entity: 'award-history' }, { action: 'create', entity: 'award-history' },
      { action: 'import', entity: 'award-history' }, { action: 'create', entity: 'import_layout' },
    ]);
    // What the person's tab reads.
    expect((await h.call('awards.history', { subjectType: 'person', subjectId: an.id })).map((r) => [r.year, r.awardName, r.source])).toEqual([
      [2023, 'Lao động tiên tiến', 'import'], [2024, 'Hoàn thành xuất sắc nhiệm vụ tiêu biểu', 'import'],
    ]);
    expect((await h.call('awards.importPreview', input)).mappingSource).toBe('remembered');
    expect(history(h, 'collective', thon.id)).toEqual([]);
  });

  it('bad rows get Vietnamese reasons; apply refuses and writes nothing unless "only the valid rows" is chosen', async () => {
    const { h, an } = await registry();
    const input = {
      sheet: await sheet([
        ['Nguyễn Văn An', 1980, '', 2023, 'LĐTT', '', '', ''],
        ['Hoàng Văn Thụ', 1965, '', 2023, 'LĐTT', '', '', ''],
        ['Vàng A Páo', 1970, '', 2023, 'LĐTT', '', '', ''],
        ['Nguyễn Văn An', 1980, '', '20203', 'CSTĐCS', '', '', ''],
        ['Nguyễn Văn An', 1980, '', 2027, 'CSTĐCS', '', '', ''],
        ['Nguyễn Văn An', 1980, '', 2024, 'CSTĐCS', '', '31/02/2025', ''],
        ['Nguyễn Văn An', 1980, '', 2024, 'CSTĐCS', '', 'tháng 12', ''],
        ['Nguyễn Văn An', 1975, '', 2022, 'LĐTT', '', '', ''],
        ['Nguyễn Văn An', 1980, '', 2022, 'Tập thể lao động tiên tiến', '', '', ''],
        ['Nguyễn Văn An', 1980, '', '', 'LĐTT', '', '', ''],
      ]),
    };
    const p = await h.call('awards.importPreview', input);
    expect(p.counts).toMatchObject({ rows: 10, ok: 1, errors: 9 });
    expect(p.rows.flatMap((r) => r.errors)).toEqual([
      'Dòng 5: không có "Hoàng Văn Thụ" trong danh sách cá nhân; hãy thêm người này ở mục Cá nhân trước.',
      'Dòng 6: có 2 người trùng họ tên và năm sinh "Vàng A Páo" trong danh sách cá nhân; hãy ghi đơn vị để phân biệt.',
      'Dòng 7: năm "20203" không đọc được; hãy ghi năm bốn chữ số, ví dụ 2025.',
      'Dòng 8: năm 2027 ở tương lai.',
      'Dòng 9: ngày quyết định 31/02/2025 không có thật.',
      'Dòng 10: ngày quyết định "tháng 12" không đọc được; hãy ghi dd/mm/yyyy.',
      'Dòng 11: có người tên "Nguyễn Văn An" trong danh sách cá nhân nhưng không sinh năm 1975; hãy kiểm tra lại năm sinh.',
      'Dòng 12: "Tập thể lao động tiên tiến" là khen thưởng dành cho tập thể, không ghi cho cá nhân.',
      'Dòng 13: thiếu năm khen thưởng.',
    ]);

    const before = historyCount(h);
    const refused = await h.fail('awards.importApply', input);
    expect(refused.code).toBe('SHEET_ROWS');
    expect(refused.message).toMatch(/^Chưa nhập: 9 dòng có lỗi\. Dòng 5: không có "Hoàng Văn Thụ"/);
    expect(refused.message).toContain('"Chỉ nhập các dòng hợp lệ"');
    expect(historyCount(h)).toBe(before);

    expect(await h.call('awards.importApply', { ...input, onlyValid: true })).toEqual({ added: 1, duplicates: 0, skippedErrors: 9 });
    expect(history(h, 'person', an.id)).toMatchObject([{ year: 2023, code: 'LDTT' }]);
  });

  it('a row already in the history (entered by hand or imported before), or twice in the file, is skipped and reported', async () => {
    const { h, an, thon } = await registry();
    await h.call('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: 2023, awardCode: 'LDTT', awardName: 'Lao động tiên tiến' });
    const input = {
      sheet: await sheet([
        ['Nguyễn Văn An', 1980, '', 2023, 'Lao động tiên tiến', '', '', ''],
        ['Nguyễn Văn An', 1980, '', 2024, 'LĐTT', '', '', ''],
        ['Nguyễn Văn An', 1980, '', 2024, 'Lao động tiên tiến', '', '', ''],
      ]),
    };
    const p = await h.call('awards.importPreview', input);
    expect(p.rows.map((r) => r.status)).toEqual(['duplicate', 'ok', 'duplicate']);
    expect(p.rows.flatMap((r) => r.warnings)).toEqual([
      'Dòng 4: Nguyễn Văn An đã có Lao động tiên tiến năm 2023 trong khen thưởng đã có; bỏ qua dòng này.',
      'Dòng 6: trùng với dòng 5 (cùng đối tượng, năm và khen thưởng); bỏ qua dòng này.',
    ]);
    expect(await h.call('awards.importApply', input)).toEqual({ added: 1, duplicates: 2, skippedErrors: 0 });
    // The same file again: nothing left to add, and nothing written.
    const again = await h.fail('awards.importApply', input);
    expect(again).toMatchObject({ code: 'SHEET_EMPTY', message: 'Mọi dòng hợp lệ đều đã có trong khen thưởng đã có; không có gì để nhập thêm.' });
    expect(history(h, 'person', an.id)).toHaveLength(2);
    expect(history(h, 'collective', thon.id)).toEqual([]);
  });

  it('two Giấy khen in one year under two decisions are two awards; the same decision twice is one', async () => {
    const { h, hoa } = await registry();
    const input = {
      sheet: await sheet([
        ['Đỗ Thị Hoa', 1990, '', 2024, 'Giấy khen của Chủ tịch UBND xã', '30/QĐ-UBND', '15/03/2024', 'UBND xã Tân Phong'],
        ['Đỗ Thị Hoa', 1990, '', 2024, 'Giấy khen của Chủ tịch UBND xã', '210/QĐ-UBND', '20/12/2024', 'UBND xã Tân Phong'],
        ['Đỗ Thị Hoa', 1990, '', 2024, 'Giấy khen', '210 / QĐ-UBND', '', ''],
      ]),
    };
    const p = await h.call('awards.importPreview', input);
    expect(p.rows.map((r) => [r.awardCode, r.status])).toEqual([['GIAY_KHEN', 'ok'], ['GIAY_KHEN', 'ok'], ['GIAY_KHEN', 'duplicate']]);
    expect(p.rows[2]!.warnings).toEqual(['Dòng 6: trùng với dòng 5 (cùng đối tượng, năm và khen thưởng); bỏ qua dòng này.']);
    expect(await h.call('awards.importApply', input)).toEqual({ added: 2, duplicates: 1, skippedErrors: 0 });
    expect(history(h, 'person', hoa.id)).toMatchObject([{ num: '30/QĐ-UBND' }, { num: '210/QĐ-UBND' }]);
  });

  it('collectives by "Tên tập thể", a one-cell "Số, ngày quyết định", a "Loại hình" column, and TCVN3 text', async () => {
    const { h, thon } = await registry();
    const xlsx = await buildXlsx({
      rows: [
        ['STT', 'Tên tập thể', 'Năm', 'Hình thức khen thưởng', 'Loại hình', 'Số, ngày quyết định', 'Cấp khen'],
        [1, tcvn3('Thôn Nà Khum'), 2024, tcvn3('Tập thể lao động tiên tiến'), '', 'Số 88/QĐ-UBND ngày 15/12/2024', tcvn3('UBND xã Tân Phong')],
        [2, 'Thôn Nà Khum', 2025, 'Giấy khen', 'Đột xuất', '12/QĐ-UBND, ngày 20 tháng 8 năm 2025', 'UBND xã Tân Phong'],
        [3, 'Thôn Pá Khoang', 2025, 'Giấy khen', '', '', ''],
        [4, 'Thôn Nà Khum', 2025, 'Chiến sĩ thi đua cơ sở', 'khen lẻ', '', ''],
      ],
    });
    const input = { sheet: { source: { kind: 'xlsx' as const, fileName: 'tap-the.xlsx', contentBase64: xlsx.toString('base64') } } };
    const p = await h.call('awards.importPreview', input);
    expect(p.rows.slice(0, 2).map((r) => [r.subjectType, r.match?.subjectId, r.awardCode, r.category, r.decisionNumber, r.decisionDate, r.issuer, r.converted])).toEqual([
      ['collective', thon.id, 'TTLDTT', 'cong-trang', '88/QĐ-UBND', '2024-12-15', 'UBND xã Tân Phong', true],
      ['collective', thon.id, 'GIAY_KHEN_TT', 'dot-xuat', '12/QĐ-UBND', '2025-08-20', 'UBND xã Tân Phong', false],
    ]);
    expect(p.rows.slice(2).flatMap((r) => r.errors)).toEqual([
      'Dòng 4: không có tập thể "Thôn Pá Khoang" trong danh sách tập thể; hãy thêm tập thể này ở mục Tập thể trước.',
      'Dòng 5: loại hình "khen lẻ" không rõ; hãy ghi công trạng, đột xuất, chuyên đề, theo đợt, cống hiến hoặc đối ngoại.',
      'Dòng 5: "Chiến sĩ thi đua cơ sở" là khen thưởng dành cho cá nhân, không ghi cho tập thể.',
    ]);
    expect(await h.call('awards.importApply', { ...input, onlyValid: true })).toEqual({ added: 2, duplicates: 0, skippedErrors: 2 });
    expect(history(h, 'collective', thon.id)).toMatchObject([
      { year: 2024, code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', num: '88/QĐ-UBND', date: '2024-12-15', source: 'import' },
      { year: 2025, code: 'GIAY_KHEN_TT', name: 'Giấy khen (tập thể)', category: 'dot-xuat', source: 'import' },
    ]);
  });

  it('pasted rows work the same way; a list with no recognisable header is refused with a reason', async () => {
    const { h, an } = await registry();
    const text = clipboard([
      ['Họ và tên', 'Ngày sinh', 'Năm', 'Danh hiệu', 'Số QĐ', 'Ngày QĐ'],
      ['Nguyễn Văn An', '1980', '2025', 'Chiến sĩ thi đua cơ sở', '20/QĐ-UBND', '15/01/2026'],
    ]);
    expect(await h.call('awards.importApply', { sheet: { source: { kind: 'paste', text } } })).toEqual({ added: 1, duplicates: 0, skippedErrors: 0 });
    expect(history(h, 'person', an.id)).toMatchObject([{ year: 2025, code: 'CSTDCS', num: '20/QĐ-UBND', date: '2026-01-15' }]);

    const before = historyCount(h);
    const noHeader = clipboard([['a', 'b'], ['Nguyễn Văn An', '2024']]);
    const refused = await h.fail('awards.importApply', { sheet: { source: { kind: 'paste', text: noHeader } } } satisfies ApiInput<'awards.importApply'>);
    expect(refused).toEqual({
      code: 'SHEET_MAPPING',
      message: 'Chưa biết cột nào ghi họ và tên (hoặc tên tập thể), năm, danh hiệu, hình thức khen thưởng: hãy chọn đúng dòng tiêu đề hoặc tự ghép cột.',
    });
    expect(historyCount(h)).toBe(before);
    // The people preview does not take this list.
    expect((await h.fail('sheet.preview', { source: { kind: 'paste', text }, target: 'award-history' })).message).toContain('Nhập khen thưởng từ Excel');
  });
});
