import { describe, expect, it } from 'vitest';
import { handlers } from '../../../src-main/handlers';
import { rememberLayout } from '../../../src-main/services/spreadsheet';
import { deepNfc, errorToShape } from '../../../src-main/host';
import { sheetPreview, sheetPreviewInput, type SheetPreview, type SheetPreviewInput } from '../../../src-shared/api/spreadsheet';
import { encodeTcvn3, encodeVni } from '../../../src-shared/text/legacy';
import {
  HEADER, buildXlsx, clipboard, dateCell, font, manyPeople, oleFile, registrationSheet, setNormalFont, tcvn3H, type PersonRow,
} from '../../fixtures/xlsx';
import { initializedHost, person, type TestHost } from '../helpers';

// The contract is wired into `api` by its owner; until then these tests go through the same
// steps as host.invoke: NFC the input, parse it with the contract, run the handler, check
// the output against the contract.
async function preview(h: TestHost, input: SheetPreviewInput): Promise<SheetPreview> {
  const parsed = sheetPreviewInput.parse(deepNfc(input));
  return sheetPreview.parse(await handlers['sheet.preview'](h.context(), parsed));
}

async function previewFails(h: TestHost, input: SheetPreviewInput) {
  try {
    await preview(h, input);
  } catch (e) {
    return errorToShape(e);
  }
  throw new Error('preview unexpectedly succeeded');
}

const xlsx = (bytes: Buffer, over: Partial<SheetPreviewInput> = {}): SheetPreviewInput => ({
  source: { kind: 'xlsx', fileName: 'danh-sach.xlsx', contentBase64: bytes.toString('base64') },
  ...over,
});
const paste = (text: string, over: Partial<SheetPreviewInput> = {}): SheetPreviewInput => ({ source: { kind: 'paste', text }, ...over });

const PEOPLE: PersonRow[] = [
  { name: 'Nguyễn Văn Dũng', birth: '05/03/1980', gender: 'Nam', ethnicity: 'Kinh', position: 'Chủ tịch', unit: 'UBND xã', title: 'Chiến sĩ thi đua cơ sở' },
  { name: 'Trần Thị Hường', birth: '1975', gender: 'Nữ', ethnicity: 'Tày', position: 'Văn thư', unit: 'UBND xã', title: 'Lao động tiên tiến' },
  { name: 'Đặng Quốc Việt', birth: '30/4/1990', gender: 'Nam', ethnicity: 'Mường', position: 'Công an viên', unit: 'Công an xã', title: 'Lao động tiên tiến', note: 'Mới chuyển đến' },
];
const NAMES = PEOPLE.map((p) => p.name);

describe('sheet.preview: header, layout and encodings', () => {
  it('finds the header under a title row and reads a TCVN3 list by its .VnTime fonts, keeping the originals', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const p = await preview(h, xlsx(await buildXlsx(registrationSheet(PEOPLE, { title: true, encode: 'tcvn3' }))));
    expect(p).toMatchObject({ sheets: ['Danh sách'], sheet: 'Danh sách', headerRow: 3, subHeaderRow: null, headerDetected: true, headers: HEADER, mappingSource: 'guessed' });
    expect(p.mapping).toMatchObject({ fullName: 1, birth: 2, gender: 3, ethnicity: 4, position: 5, unit: 6, title: 7, note: 8 });
    expect(p.encodingUsed).toMatchObject({ fullName: 'tcvn3', gender: 'tcvn3', title: 'tcvn3', birth: 'unicode' });
    expect(p.rows.map((r) => r.values.fullName)).toEqual(NAMES);
    expect(p.rows.map((r) => r.original.fullName)).toEqual(NAMES.map((n) => encodeTcvn3(n)));
    expect(p.rows.map((r) => r.line)).toEqual([4, 5, 6]);
    expect(p.rows[2]).toMatchObject({
      converted: true,
      errors: [],
      values: { gender: 'male', birthDate: '1990-04-30', birthYear: 1990, ethnicity: '06', position: 'Công an viên', unitName: 'Công an xã', title: 'LDTT', note: 'Mới chuyển đến' },
    });
    expect(p.counts).toEqual({ rows: 3, errors: 0, matched: 0, new: 3 });
    expect(h.snapshot()).toBe(before); // a preview writes nothing
    expect(h.context().sqlite.prepare('SELECT count(*) n FROM import_layouts').get()).toEqual({ n: 0 });
  });

  it('reads a VNI list by its VNI-Times fonts', async () => {
    const { h } = await initializedHost();
    const p = await preview(h, xlsx(await buildXlsx(registrationSheet(PEOPLE, { encode: 'vni' }))));
    expect(p.headerRow).toBe(1);
    expect(p.headers).toEqual(HEADER);
    expect(p.encodingUsed).toMatchObject({ fullName: 'vni', position: 'vni' });
    expect(p.rows.map((r) => r.values.fullName)).toEqual(NAMES);
    expect(p.rows.map((r) => r.original.fullName)).toEqual(NAMES.map(encodeVni));
    expect(p.rows.map((r) => r.values.title)).toEqual(['CSTDCS', 'LDTT', 'LDTT']);
  });

  it('reads TCVN3 from cells without a font of their own when the workbook Normal font is .VnTime', async () => {
    const { h } = await initializedHost();
    const rows = [HEADER.slice(0, 4).map((x) => encodeTcvn3(x)), ...PEOPLE.map((p, i) => [i + 1, encodeTcvn3(p.name), p.birth ?? '', encodeTcvn3(p.gender ?? '')])];
    const p = await preview(h, xlsx(setNormalFont(await buildXlsx({ rows }), '.VnTime'), { encoding: 'auto' }));
    expect(p.headers).toEqual(HEADER.slice(0, 4));
    expect(p.rows.map((r) => r.values.fullName)).toEqual(NAMES);
  });

  it('lets the clerk override the encoding: VNI typed in a .VnTime cell, TCVN3 kept as typed', async () => {
    const { h } = await initializedHost();
    // Someone changed the font of a VNI list to .VnTime: the font is wrong about the text.
    const lying = await buildXlsx({ rows: [['Họ và tên', 'Giới tính'], ...PEOPLE.map((p) => [font(encodeVni(p.name), '.VnTime'), p.gender ?? ''])] });
    const auto = await preview(h, xlsx(lying));
    expect(auto.encodingUsed.fullName).toBe('tcvn3');
    expect(auto.rows.map((r) => r.values.fullName)).not.toEqual(NAMES);
    const chosen = await preview(h, xlsx(lying, { encoding: 'vni' }));
    expect(chosen.encodingUsed.fullName).toBe('vni');
    expect(chosen.rows.map((r) => r.values.fullName)).toEqual(NAMES);
    expect(chosen.headers).toEqual(['Họ và tên', 'Giới tính']); // Unicode header untouched by the choice

    // TCVN3 text in Times New Roman (pasted into a new template): guessed; "unicode" keeps it raw.
    const retyped = await buildXlsx({ rows: [['Họ và tên', 'Giới tính'], ...PEOPLE.map((p) => [font(encodeTcvn3(p.name), 'Times New Roman'), p.gender ?? ''])] });
    const guessed = await preview(h, xlsx(retyped));
    expect(guessed.encodingUsed.fullName).toBe('tcvn3');
    expect(guessed.rows.map((r) => r.values.fullName)).toEqual(NAMES);
    const raw = await preview(h, xlsx(retyped, { encoding: 'unicode' }));
    expect(raw.rows.map((r) => r.values.fullName)).toEqual(NAMES.map((n) => encodeTcvn3(n)));
    expect(raw.rows.every((r) => !r.converted)).toBe(true);
  });

  it('normalizes NFD text from the file to NFC', async () => {
    const { h } = await initializedHost();
    const nfd = (s: string) => s.normalize('NFD');
    const p = await preview(h, xlsx(await buildXlsx({ rows: [['Họ và tên', 'Giới tính', 'Dân tộc'], [nfd('Đặng Thị Ánh'), nfd('Nữ'), nfd('Tày')]] })));
    expect(p.rows[0]!.original.fullName).toBe(nfd('Đặng Thị Ánh'));
    expect(p.rows[0]!.values).toMatchObject({ fullName: 'Đặng Thị Ánh'.normalize('NFC'), familyName: 'Đặng'.normalize('NFC'), gender: 'female', ethnicity: '02' });
    expect(p.rows[0]!.values.fullName).not.toBe(nfd('Đặng Thị Ánh'));
  });

  it('reads a merged two-row header: "Năm sinh" over "Nam" | "Nữ", with column numbers under it', async () => {
    const { h } = await initializedHost();
    const bytes = await buildXlsx({
      rows: [
        [tcvn3H('DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026')],
        null,
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Dân tộc', 'Chức vụ, đơn vị công tác', 'Danh hiệu'],
        [null, null, 'Nam', 'Nữ'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        [1, 'Lò Văn Páo', 1980, null, 'Thái', 'Trưởng thôn Nà Sài', 'LĐTT'],
        [2, 'Lò Thị Mai', null, '02/09/1985', 'Thái', 'Y tá thôn', 'LĐTT'],
        [3, 'Vàng A Sử', 'x', null, "H'Mông", 'Công an viên', 'CSTĐCS'],
      ],
      merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4', 'G3:G4'],
    });
    const p = await preview(h, xlsx(bytes));
    expect(p).toMatchObject({ headerRow: 3, subHeaderRow: 4, headerDetected: true });
    expect(p.headers).toEqual(['STT', 'Họ và tên', 'Năm sinh\nNam', 'Năm sinh\nNữ', 'Dân tộc', 'Chức vụ, đơn vị công tác', 'Danh hiệu']);
    expect(p.mapping).toMatchObject({ fullName: 1, birth: null, genderMale: 2, genderFemale: 3, ethnicity: 4, position: 5, title: 6 });
    expect(p.rows.map((r) => [r.line, r.values.fullName, r.values.gender, r.values.birthYear, r.values.birthDate, r.values.ethnicity, r.values.title])).toEqual([
      [6, 'Lò Văn Páo', 'male', 1980, null, '03', 'LDTT'],
      [7, 'Lò Thị Mai', 'female', 1985, '1985-09-02', '03', 'LDTT'],
      [8, 'Vàng A Sử', 'male', null, null, '08', 'CSTDCS'],
    ]);
    expect(p.counts).toEqual({ rows: 3, errors: 0, matched: 0, new: 3 });
  });

  it('reads "Họ và tên" merged over two columns as họ + đệm | tên', async () => {
    const { h } = await initializedHost();
    const bytes = await buildXlsx({
      rows: [['STT', 'Họ và tên', null, 'Giới tính'], [1, 'Nguyễn Thị Minh', 'Khai', 'Nữ'], [2, 'Lê', 'Lợi', 'Nam']],
      merges: ['B1:C1'],
    });
    const p = await preview(h, xlsx(bytes));
    expect(p.mapping).toMatchObject({ fullName: 1, givenName: 2, gender: 3 });
    expect(p.rows.map((r) => [r.values.familyName, r.values.middleName, r.values.givenName])).toEqual([['Nguyễn', 'Thị Minh', 'Khai'], ['Lê', '', 'Lợi']]);
  });

  it('skips empty rows and keeps the sheet line numbers in messages', async () => {
    const { h } = await initializedHost();
    const rows = [PEOPLE[0]!, { name: '', birth: '1980', gender: 'Nam' }, PEOPLE[1]!, { ...PEOPLE[2]!, birth: '31/02/1980' }];
    const p = await preview(h, xlsx(await buildXlsx(registrationSheet(rows, { title: true, emptyAfter: [0, 2] }))));
    // title 1, empty 2, header 3, rows 4, (5 empty), 6, 7, (8 empty), 9
    expect(p.rows.map((r) => r.line)).toEqual([4, 6, 7, 9]);
    expect(p.rows.flatMap((r) => r.errors)).toEqual(['Dòng 6: thiếu họ tên.', 'Dòng 9: ngày sinh 31/02/1980 không có thật.']);
    expect(p.counts).toEqual({ rows: 4, errors: 2, matched: 0, new: 2 });
  });

  it('reads every birth form of a sheet: date cells, day numbers, text dates, years', async () => {
    const { h } = await initializedHost();
    const bytes = await buildXlsx({
      rows: [
        ['Họ và tên', 'Ngày sinh', 'Giới tính'],
        ['Người Một', dateCell('1980-05-01'), 'Nam'],
        ['Người Hai', 29221, 'Nam'], // General format: the day number shows
        ['Người Ba', '5/3/1981', 'Nữ'],
        ['Người Bốn', 1982, 'Nữ'],
        ['Người Năm', '1983-12-31', 'Nữ'],
        ['Người Sáu', { value: new Date(Date.UTC(1984, 1, 29)), numFmt: 'd mmmm yyyy' }, 'Nữ'],
      ],
    });
    const p = await preview(h, xlsx(bytes));
    expect(p.rows.map((r) => [r.values.birthDate, r.values.birthYear])).toEqual([
      ['1980-05-01', 1980], ['1980-01-01', 1980], ['1981-03-05', 1981], [null, 1982], ['1983-12-31', 1983], ['1984-02-29', 1984],
    ]);
    expect(p.counts.errors).toBe(0);
  });

  it('reads rows pasted from Excel, a quoted multi-line cell included, and guesses a TCVN3 column', async () => {
    const { h } = await initializedHost();
    const text = clipboard([
      ['TT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Ghi chú'],
      ['1', encodeTcvn3('Nguyễn Văn Dũng'), '1980', 'Nam', 'Dòng một\nDòng "hai"'],
      ['2', encodeTcvn3('Trần Thị Hường'), '1975', 'Nữ', ''],
    ]);
    expect(text).toContain('"Dòng một\nDòng ""hai"""');
    const p = await preview(h, paste(text));
    expect(p).toMatchObject({ sheets: [], sheet: null, headerRow: 1, mappingSource: 'guessed' });
    expect(p.encodingUsed.fullName).toBe('tcvn3');
    expect(p.rows.map((r) => [r.line, r.values.fullName, r.values.note])).toEqual([
      [2, 'Nguyễn Văn Dũng', 'Dòng một Dòng "hai"'],
      [3, 'Trần Thị Hường', ''],
    ]);
    expect(p.rows[0]!.original.note).toBe('Dòng một\nDòng "hai"');
  });
});

describe('sheet.preview: header chosen by the clerk', () => {
  it('says when no header was found, and reads from the header row the clerk picks', async () => {
    const { h } = await initializedHost();
    const text = clipboard([...Array.from({ length: 16 }, (_, i) => [`Ghi chú ${i + 1}`]), ['Họ và tên', 'Năm sinh', 'Giới tính'], ['Lò Văn Páo', '1980', 'Nam']]);
    const lost = await preview(h, paste(text));
    expect(lost).toMatchObject({ headerDetected: false, headerRow: 1 });
    const picked = await preview(h, paste(text, { headerRow: 17 }));
    expect(picked).toMatchObject({ headerDetected: true, headerRow: 17, headers: ['Họ và tên', 'Năm sinh', 'Giới tính'] });
    expect(picked.rows.map((r) => [r.line, r.values.fullName, r.values.birthYear, r.values.gender])).toEqual([[18, 'Lò Văn Páo', 1980, 'male']]);
  });
});

describe('sheet.preview: remembered layouts', () => {
  const layout = (people: PersonRow[]) => buildXlsx({
    rows: [['STT', 'Họ và tên', 'Giới tính', 'Nhiệm vụ được giao', 'Ghi chú'], ...people.map((p, i) => [i + 1, p.name, p.gender ?? '', p.position ?? '', p.note ?? ''])],
  });

  it('guesses a new layout, then returns the mapping the clerk saved for it; a given mapping wins', async () => {
    const { h } = await initializedHost();
    const first = await preview(h, xlsx(await layout(PEOPLE)));
    expect(first.mappingSource).toBe('guessed');
    expect(first.mapping).toMatchObject({ fullName: 1, gender: 2, position: null, note: 4 });
    expect(first.rows[0]!.values.position).toBe('');

    // The clerk says "Nhiệm vụ được giao" is the position, and the apply step remembers it.
    const chosen = { ...first.mapping, position: 3 };
    rememberLayout(h.context(), first.signature, 'people', chosen);
    rememberLayout(h.context(), first.signature, 'people', chosen); // unchanged: nothing more written
    const audit = h.context().sqlite.prepare("SELECT action, entity_id entityId FROM audit WHERE entity = 'import_layout'").all();
    expect(audit).toEqual([{ action: 'create', entityId: first.signature }]);

    // Next month's file, same layout, other people.
    const second = await preview(h, xlsx(await layout([{ name: 'Hà Văn Tư', gender: 'Nam', position: 'Trưởng thôn' }])));
    expect(second.signature).toBe(first.signature);
    expect(second.mappingSource).toBe('remembered');
    expect(second.mapping).toEqual(chosen);
    expect(second.rows[0]!.values.position).toBe('Trưởng thôn');

    // A mapping sent with the request (the clerk editing it on screen) wins.
    const given = await preview(h, xlsx(await layout(PEOPLE), { mapping: { fullName: 1, gender: 2, note: 3 } }));
    expect(given.mappingSource).toBe('given');
    expect(given.mapping).toMatchObject({ fullName: 1, gender: 2, position: null, note: 3 });
    expect(given.rows[0]!.values.note).toBe('Chủ tịch');

    // Another layout is guessed afresh.
    const other = await preview(h, xlsx(await buildXlsx(registrationSheet(PEOPLE))));
    expect(other.mappingSource).toBe('guessed');
  });

  it('remembers through the handler as well, and the change is audited', async () => {
    const { h } = await initializedHost();
    const p = await preview(h, xlsx(await layout(PEOPLE)));
    expect(handlers['sheet.rememberLayout'](h.context(), { signature: p.signature, target: 'people', mapping: { ...p.mapping, note: null } })).toEqual({ ok: true });
    expect(handlers['sheet.rememberLayout'](h.context(), { signature: p.signature, target: 'people', mapping: { ...p.mapping, position: 3 } })).toEqual({ ok: true });
    const row = h.context().sqlite.prepare('SELECT target, mapping FROM import_layouts WHERE signature = ?').get(p.signature) as { target: string; mapping: string };
    expect(row.target).toBe('people');
    expect(JSON.parse(row.mapping)).toMatchObject({ position: 3, note: 4 });
    const actions = h.context().sqlite.prepare("SELECT action FROM audit WHERE entity = 'import_layout' ORDER BY seq").all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'update' }]);
  });
});

describe('sheet.preview: matching the registry', () => {
  it('matches by folded name and birth year; other year → new; two homonyms → warning; deleted people ignored', async () => {
    const { h, inst } = await initializedHost();
    const an = await h.call('people.create', person({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', birthDate: '1980-05-01', unitId: inst.unitId }));
    const binh = await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthDate: null, birthYear: 1975 }));
    await h.call('people.create', person({ familyName: 'Lê', middleName: 'Văn', givenName: 'Cường', birthDate: '1970-01-01' }));
    await h.call('people.create', person({ familyName: 'Lê', middleName: 'Văn', givenName: 'Cường', birthDate: '1970-06-01' }));
    const dung = await h.call('people.create', person({ familyName: 'Phạm', middleName: 'Văn', givenName: 'Dũng', birthDate: '1966-01-01' }));
    await h.call('people.delete', { id: dung.id });

    const text = clipboard([
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
      ['1', 'nguyễn văn an', '1980', ''], // case differs, no gender needed: matched
      ['2', 'Trần Thị Bình', '1976', 'Nữ'], // other year: a new person
      ['3', 'Lê Văn Cường', '1970', 'Nam'], // two in the registry
      ['4', 'Phạm Văn Dũng', '1966', 'Nam'], // deleted: new
      ['5', 'Trần Thị Bình', '', ''], // no year: matched by name alone
      ['6', 'Hoàng Văn Em', '1990', ''], // new and no gender
    ]);
    const p = await preview(h, paste(text));
    const byLine = new Map(p.rows.map((r) => [r.line, r]));
    expect(byLine.get(2)!.match).toEqual({ personId: an.id, fullName: 'Nguyễn Văn An', unitName: 'Xã Tân Phong' });
    expect(byLine.get(3)!.match).toBeNull();
    expect(byLine.get(4)!.match).toBeNull();
    expect(byLine.get(4)!.warnings).toEqual(['Dòng 4: có 2 người trùng họ tên và năm sinh trong danh sách cá nhân; chưa tự ghép được nên sẽ tạo người mới.']);
    expect(byLine.get(5)!.match).toBeNull();
    expect(byLine.get(6)!.match).toEqual({ personId: binh.id, fullName: 'Trần Thị Bình', unitName: null });
    expect(byLine.get(7)!.errors).toEqual(['Dòng 7: thiếu giới tính (Nam hoặc Nữ) để thêm người mới vào danh sách cá nhân.']);
    expect(p.rows.flatMap((r) => r.errors)).toHaveLength(1);
    expect(p.counts).toEqual({ rows: 6, errors: 1, matched: 2, new: 3 });
  });

  it('uses people_match_idx for the lookup', async () => {
    const { h } = await initializedHost();
    const plan = h.context().sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM people INDEXED BY people_match_idx WHERE search_text = ? AND birth_year = ? AND deleted = 0')
      .all('nguyen van an', 1980) as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toMatch(/people_match_idx \(search_text=\? AND birth_year=\?\)/);
  });
});

describe('sheet.preview: refusals', () => {
  it.each<[string, () => Promise<SheetPreviewInput> | SheetPreviewInput, string, string]>([
    ['a password-protected workbook', () => xlsx(oleFile(['EncryptionInfo', 'EncryptedPackage'])), 'SHEET_PASSWORD',
      'Tệp Excel được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.'],
    ['an .xls', () => xlsx(oleFile(['Workbook'])), 'SHEET_XLS', 'Tệp .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx.'],
    ['not a spreadsheet', () => xlsx(Buffer.from('Họ và tên,Ngày sinh\n')), 'SHEET_FORMAT',
      'Tệp đã chọn không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".'],
    ['a sheet that is not in the file', async () => xlsx(await buildXlsx(registrationSheet(PEOPLE)), { sheet: 'Tháng 5' }), 'SHEET_NOT_FOUND',
      'Tệp không có trang tính "Tháng 5"; hãy chọn lại trang tính.'],
    ['a header row that is empty', async () => xlsx(await buildXlsx(registrationSheet(PEOPLE, { title: true })), { headerRow: 2 }), 'SHEET_HEADER',
      'Dòng 2 trống hoặc không có trong trang tính; hãy chọn lại dòng tiêu đề.'],
    ['an empty paste', () => paste('\r\n\t\r\n'), 'SHEET_EMPTY', 'Chưa có dữ liệu; hãy sao chép danh sách trong Excel (kể cả dòng tiêu đề) rồi dán vào đây.'],
    ['20,001 pasted rows', () => paste(clipboard([['Họ và tên', 'Năm sinh'], ...Array.from({ length: 20_001 }, (_, i) => [`Người ${i}`, '1980'])])),
      'SHEET_TOO_MANY_ROWS', 'Danh sách có 20.001 dòng dữ liệu, vượt giới hạn 20.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.'],
  ])('%s', async (_name, make, code, message) => {
    const { h } = await initializedHost();
    expect(await previewFails(h, await make())).toEqual({ code, message });
  });

  it('refuses a workbook over 20,000 data rows, counting exactly or, far over, without reading on', async () => {
    const { h } = await initializedHost();
    const sheet = (n: number) => buildXlsx({ rows: [['Họ và tên', 'Năm sinh'], ...Array.from({ length: n }, (_, i) => [`Người ${i}`, 1980])] });
    expect(await previewFails(h, xlsx(await sheet(20_001)))).toEqual({
      code: 'SHEET_TOO_MANY_ROWS', message: 'Danh sách có 20.001 dòng dữ liệu, vượt giới hạn 20.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.',
    });
    expect(await previewFails(h, xlsx(await sheet(20_100)))).toEqual({
      code: 'SHEET_TOO_MANY_ROWS', message: 'Danh sách có hơn 20.000 dòng dữ liệu, vượt giới hạn 20.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.',
    });
    const ok = await preview(h, xlsx(await sheet(20_000)));
    expect(ok.counts.rows).toBe(20_000);
  }, 120_000);

  it('refuses oversize input at the contract, in Vietnamese', () => {
    const big = sheetPreviewInput.safeParse({ source: { kind: 'xlsx', fileName: 'x.xlsx', contentBase64: 'A'.repeat(28_000_001) } });
    expect(big.success).toBe(false);
    expect(big.error?.issues[0]?.message).toBe('Tệp quá lớn; chỉ nhận tệp Excel đến 20 MB.');
    const text = sheetPreviewInput.safeParse({ source: { kind: 'paste', text: 'x'.repeat(10_000_001) } });
    expect(text.error?.issues[0]?.message).toBe('Nội dung dán quá lớn (tối đa 10 MB); hãy chọn tệp Excel thay vì dán.');
    const enc = sheetPreviewInput.safeParse({ source: { kind: 'paste', text: 'x' }, encoding: 'utf8' });
    expect(enc.error?.issues[0]?.message).toBe('Bảng mã không hợp lệ (tự nhận, Unicode, TCVN3 hoặc VNI).');
  });
});

describe('sheet.preview: a large list', () => {
  it('previews 5,000 rows with matches', async () => {
    const { h } = await initializedHost();
    const list = manyPeople(5_000);
    // 50 of them are already in the registry.
    for (const p of list.filter((_, i) => i % 100 === 0)) {
      const [family, middle, given] = p.name.split(' ');
      const [d, m, y] = String(p.birth).split('/');
      await h.call('people.create', person({ familyName: family!, middleName: middle!, givenName: given!, gender: p.gender === 'Nữ' ? 'female' : 'male', birthDate: `${y}-${m}-${d}` }));
    }
    const bytes = await buildXlsx(registrationSheet(list, { title: true }));
    const started = performance.now();
    const p = await preview(h, xlsx(bytes));
    const ms = performance.now() - started;
    console.log(`sheet.preview of 5,000 rows (${(bytes.length / 1024).toFixed(0)} KB .xlsx): ${ms.toFixed(0)} ms`);
    expect(p.counts).toEqual({ rows: 5_000, errors: 0, matched: 50, new: 4_950 });
    expect(p.rows[0]).toMatchObject({ line: 4, values: { fullName: list[0]!.name }, match: { fullName: list[0]!.name } });
    expect(p.rows.at(-1)!.line).toBe(5_003);
  }, 120_000);
});
