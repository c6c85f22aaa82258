import { describe, expect, it } from 'vitest';
import {
  PEOPLE_FIELDS, detectHeader, guessMapping, headerNames, isColumnNumbersRow, isSubHeader, layoutSignature, parsePaste,
  type Mapping,
} from '../../../src-shared/formats/tabular';
import {
  columnEncodings, decodeHeaderCell, ethnicityCode, excelSerialToIso, normalizePeopleRows, parseBirth, parseGender, titleCode,
  type EncodingChoice, type SheetRow,
} from '../../../src-shared/formats/tabularRows';
import { encodeTcvn3, encodeVni, guessEncoding } from '../../../src-shared/text/legacy';
import { clipboard } from '../../fixtures/xlsx';

const NOW = new Date('2026-03-15T01:00:00Z');
const TODAY = '2026-03-15';
const NFD = (s: string) => s.normalize('NFD');

/** Data rows from plain text rows (no fonts), lines from `firstLine`. */
const sheetRows = (rows: string[][], firstLine = 2): SheetRow[] =>
  rows.map((cells, i) => ({ line: firstLine + i, cells: cells.map((text) => ({ text, font: null })) }));

const mapping = (m: Record<string, number>): Mapping => ({ ...Object.fromEntries(PEOPLE_FIELDS.map((f) => [f.key, null])), ...m });

function normalize(rows: string[][], m: Record<string, number>, encoding: EncodingChoice = 'auto') {
  return normalizePeopleRows(sheetRows(rows), mapping(m), { encoding, now: NOW });
}

describe('parsePaste: what Excel puts on the clipboard', () => {
  it.each<[string, string, { line: number; cells: string[] }[]]>([
    ['tabs and CRLF, trailing line end', 'a\tb\r\nc\td\r\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }]],
    ['LF only, no trailing line end', 'a\tb\nc\td', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }]],
    ['quoted cell with a line break and doubled quotes', 'x\t"Nguyễn Văn An\r\n(""Anh Ba"")"\ty\r\nz\r\n', [
      { line: 1, cells: ['x', 'Nguyễn Văn An\r\n("Anh Ba")', 'y'] },
      { line: 2, cells: ['z'] },
    ]],
    ['quoted cell holding a tab', '"a\tb"\tc\n', [{ line: 1, cells: ['a\tb', 'c'] }]],
    ['a cell merely starting with a quote stays text', '"Anh hùng" lao động\tx\n', [{ line: 1, cells: ['"Anh hùng" lao động', 'x'] }]],
    ['empty rows are left out, row numbers kept', 'a\r\n\r\n\t\t\r\nb\r\n', [{ line: 1, cells: ['a'] }, { line: 4, cells: ['b'] }]],
    ['empty cells kept in place, trailing tab', '\tb\t\n', [{ line: 1, cells: ['', 'b', ''] }]],
    ['a multi-line cell counts as one row for the numbering', '"1\n2\n3"\n4\n', [{ line: 1, cells: ['1\n2\n3'] }, { line: 2, cells: ['4'] }]],
    ['BOM dropped', '\uFEFFa\tb', [{ line: 1, cells: ['a', 'b'] }]],
  ])('%s', (_name, input, expected) => {
    expect(parsePaste(input)).toEqual(expected);
  });

  it('round-trips the fixture clipboard writer', () => {
    const rows = [['STT', 'Họ và tên', 'Ghi chú'], ['1', 'Lò Văn Páo', 'Dòng một\nDòng "hai"']];
    expect(parsePaste(clipboard(rows)).map((r) => r.cells)).toEqual(rows);
  });
});

describe('header detection and mapping', () => {
  it.each<[string, string[][], number | null]>([
    ['header in the first row', [['STT', 'Họ và tên', 'Ngày sinh']], 0],
    ['under a title row merged across the table', [
      Array(6).fill('DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026'), [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    ], 2],
    ['upper case, punctuation and line breaks ignored', [['TT', 'HỌ, TÊN', 'Ngày,\ntháng,\nnăm sinh']], 0],
    ['a title naming one field is not a header', [['Danh hiệu thi đua năm 2026'], ['STT', 'Họ tên', 'Giới tính']], 1],
    ['no header in the first 15 rows', [...Array(15).fill(['x', 'y']), ['Họ và tên', 'Ngày sinh']], null],
  ])('%s', (_name, rows, expected) => {
    expect(detectHeader(rows, PEOPLE_FIELDS)).toBe(expected);
  });

  it.each<[string, string[], Record<string, number>]>([
    ['usual registration list; STT ignored', ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chức vụ', 'Đơn vị công tác', 'Danh hiệu đăng ký', 'Ghi chú'],
      { fullName: 1, birth: 2, gender: 3, ethnicity: 4, position: 5, unit: 6, title: 7, note: 8 }],
    ['name in three columns', ['TT', 'Họ', 'Tên đệm', 'Tên', 'Năm sinh', 'Nam/Nữ'], { familyName: 1, middleName: 2, givenName: 3, birth: 4, gender: 5 }],
    ['"Họ và tên đệm" | "Tên"', ['Họ và tên đệm', 'Tên', 'Ngày, tháng, năm sinh'], { familyName: 0, givenName: 1, birth: 2 }],
    ['"Họ và tên" merged over two columns', ['STT', 'Họ và tên', 'Họ và tên', 'Năm sinh'], { fullName: 1, givenName: 2, birth: 3 }],
    ['"Năm sinh" over "Nam" | "Nữ"', ['STT', 'Họ và tên', 'Năm sinh\nNam', 'Năm sinh\nNữ', 'Chức vụ, đơn vị công tác'],
      { fullName: 1, genderMale: 2, genderFemale: 3, position: 4 }],
    ['other spellings', ['Họ, tên', 'Sinh ngày', 'Nơi công tác', 'Đăng ký danh hiệu', 'Chức danh'], { fullName: 0, birth: 1, unit: 2, title: 3, position: 4 }],
    ['longer header starting with a known one', ['Họ và tên cán bộ', 'Danh hiệu thi đua đăng ký năm 2026'], { fullName: 0, title: 1 }],
  ])('%s', (_name, headers, expected) => {
    expect(guessMapping(headers, PEOPLE_FIELDS)).toEqual(mapping(expected));
  });

  it('reads a two-row header column by column, and never takes a data row for one', () => {
    const top = ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'Dân tộc'];
    const sub = ['STT', 'Họ và tên', 'Nam', 'Nữ', 'Dân tộc']; // vertical merges copied down
    expect(isSubHeader(top, sub, PEOPLE_FIELDS)).toBe(true);
    expect(isSubHeader(top, ['', '', 'Nam', 'Nữ', ''], PEOPLE_FIELDS)).toBe(true); // pasted: no merge copies
    expect(isSubHeader(top, ['1', 'Nguyễn Văn An', '1980', '', 'Kinh'], PEOPLE_FIELDS)).toBe(false);
    expect(isSubHeader(['STT', 'Họ và tên', 'Giới tính'], ['1', 'Lê Văn Hồ', 'Nam'], PEOPLE_FIELDS)).toBe(false);
    expect(isSubHeader(top, top, PEOPLE_FIELDS)).toBe(false); // adds nothing
    expect(headerNames(top, sub, 6)).toEqual(['STT', 'Họ và tên', 'Năm sinh\nNam', 'Năm sinh\nNữ', 'Dân tộc', '']);
  });

  it('recognises the row numbering columns under a form header', () => {
    expect(isColumnNumbersRow(['(1)', '(2)', '', '(3)', '(4)'])).toBe(true);
    expect(isColumnNumbersRow(['1', '2', '3'])).toBe(true);
    expect(isColumnNumbersRow(['1', 'Nguyễn Văn An', '1980'])).toBe(false);
    expect(isColumnNumbersRow(['3', '2', '1'])).toBe(false);
    expect(isColumnNumbersRow(['1', '2'])).toBe(false);
  });

  it('signs a layout stably: case, diacritics, spacing and trailing empty columns do not matter', () => {
    const a = layoutSignature(['STT', 'Họ và tên', 'Ngày sinh', '', '']);
    expect(a).toBe('stt|ho va ten|ngay sinh');
    expect(layoutSignature([' stt ', NFD('HỌ VÀ  TÊN'), 'Ngay sinh'])).toBe(a);
    expect(layoutSignature(['STT', 'Họ và tên', 'Năm sinh'])).not.toBe(a);
    const wide = Array.from({ length: 80 }, (_, i) => `Cột số ${i} có tên rất dài`);
    const sig = layoutSignature(wide);
    expect(sig.length).toBeLessThanOrEqual(400);
    expect(layoutSignature([...wide.slice(0, 79), 'khác'])).not.toBe(sig);
  });
});

describe('values of a cell', () => {
  it.each<[string, { date: string | null; year: number | null } | string]>([
    ['05/03/1980', { date: '1980-03-05', year: 1980 }],
    ['5/3/1980', { date: '1980-03-05', year: 1980 }],
    ['05-03-1980', { date: '1980-03-05', year: 1980 }],
    ['05.03.1980', { date: '1980-03-05', year: 1980 }],
    ['1980-03-05', { date: '1980-03-05', year: 1980 }],
    ['1980', { date: null, year: 1980 }],
    ['03/1980', { date: null, year: 1980 }],
    ['29221', { date: '1980-01-01', year: 1980 }], // Excel day number
    ['29285.75', { date: '1980-03-05', year: 1980 }],
    ['', { date: null, year: null }],
    ['31/02/1980', 'ngày sinh 31/02/1980 không có thật'],
    ['13/1980', 'ngày sinh 13/1980 không có thật'],
    ['1/5/80', 'ngày sinh "1/5/80" không đọc được; hãy ghi dd/mm/yyyy hoặc năm sinh yyyy'],
    ['khoảng 1980', 'ngày sinh "khoảng 1980" không đọc được; hãy ghi dd/mm/yyyy hoặc năm sinh yyyy'],
    ['2027', 'năm sinh ở tương lai'],
    ['16/03/2026', 'ngày sinh 16/03/2026 ở tương lai'],
    ['1899', 'năm sinh phải từ 1900 trở đi'],
  ])('birth %j', (text, expected) => {
    const r = parseBirth(text, TODAY);
    expect(r).toEqual(typeof expected === 'string' ? { ok: false, message: expected } : { ok: true, birth: expected });
  });

  it('converts Excel day numbers across the 1900 leap-year bug', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45000)).toBe('2023-03-15');
  });

  it.each([
    ['Nam', 'male'], ['nam', 'male'], ['NAM', 'male'], ['Nữ', 'female'], ['nữ', 'female'], ['NỮ', 'female'],
    [NFD('Nữ'), 'female'], ['nu', 'female'], ['x', null], ['', null], ['Không rõ', null],
  ])('gender %j → %s', (text, expected) => {
    expect(parseGender(text)).toBe(expected);
  });

  it.each([
    ['Kinh', '01'], ['Tày', '02'], ['Thái', '03'], ["H'Mông", '08'], ['Mông', '08'], ['Hmông', '08'], ['HMÔNG', '08'],
    ['Khơ-me', '05'], ['Khmer', '05'], ['Ê-đê', '12'], ['Ê Đê', '12'], ['Bru-Vân Kiều', '23'], ['Sán Dìu', '18'], ['02', '02'],
    ['Kinh Việt Nam', null], ['Anh', null],
  ])('ethnicity %j → %s', (text, expected) => {
    expect(ethnicityCode(text)).toBe(expected);
  });

  it.each([
    ['Lao động tiên tiến', 'LDTT'], ['LĐTT', 'LDTT'], ['lđtt', 'LDTT'], ['CSTĐCS', 'CSTDCS'], ['Chiến sĩ thi đua cơ sở', 'CSTDCS'],
    ['CSTĐ cơ sở', 'CSTDCS'], ['Chiến sĩ thi đua cấp tỉnh', 'CSTD_TINH'], ['CSTD_TINH', 'CSTD_TINH'], [NFD('Lao động tiên tiến'), 'LDTT'],
    ['Anh hùng', null], ['Chiến sĩ thi đua', null],
  ])('title %j → %s', (text, expected) => {
    expect(titleCode(text)).toBe(expected);
  });
});

describe('normalizePeopleRows', () => {
  const FULL = { fullName: 0, birth: 1, gender: 2, ethnicity: 3, title: 4 };

  it('splits names, reads every column, defaults ethnicity to Kinh, and keeps the raw text', () => {
    const { rows } = normalize([['  Nguyễn   Thị Minh  Khai ', '05/03/1980', 'nữ', '', 'LĐTT']], FULL);
    expect(rows).toEqual([{
      line: 2,
      values: {
        familyName: 'Nguyễn', middleName: 'Thị Minh', givenName: 'Khai', fullName: 'Nguyễn Thị Minh Khai', gender: 'female',
        birthDate: '1980-03-05', birthYear: 1980, ethnicity: '01', position: '', unitName: '', title: 'LDTT', note: '', remoteArea: null,
      },
      original: { fullName: '  Nguyễn   Thị Minh  Khai ', birth: '05/03/1980', gender: 'nữ', ethnicity: '', title: 'LĐTT' },
      converted: false,
      errors: [],
      warnings: [],
    }]);
  });

  it('builds the name from three columns, from "họ và tên đệm" | "tên", and from "Họ và tên" over two columns', () => {
    expect(normalize([['Lò', 'Văn', 'Páo']], { familyName: 0, middleName: 1, givenName: 2 }).rows[0]?.values)
      .toMatchObject({ familyName: 'Lò', middleName: 'Văn', givenName: 'Páo', fullName: 'Lò Văn Páo' });
    expect(normalize([['Nguyễn Thị Minh', 'Khai']], { familyName: 0, givenName: 1 }).rows[0]?.values)
      .toMatchObject({ familyName: 'Nguyễn', middleName: 'Thị Minh', givenName: 'Khai', fullName: 'Nguyễn Thị Minh Khai' });
    expect(normalize([['Trần Văn', 'Ba'], ['Trần Văn Bốn', 'Bốn']], { fullName: 0, givenName: 1 }).rows.map((r) => r.values.fullName))
      .toEqual(['Trần Văn Ba', 'Trần Văn Bốn']);
  });

  it('turns NFD text into NFC', () => {
    const { rows } = normalize([[NFD('Đặng Thị Ánh'), '1990', NFD('Nữ'), NFD('Tày'), NFD('Lao động tiên tiến')]], FULL);
    const v = rows[0]!.values;
    expect(v.fullName).toBe('Đặng Thị Ánh'.normalize('NFC'));
    expect(v.fullName).not.toBe(NFD('Đặng Thị Ánh'));
    expect(v).toMatchObject({ gender: 'female', ethnicity: '02', title: 'LDTT' });
    expect(rows[0]!.converted).toBe(false);
  });

  it('reads gender and birth from "Nam" / "Nữ" columns holding the year, a date or an x', () => {
    const { rows } = normalize(
      [['Lê Văn Hai', '1975', ''], ['Lê Thị Ba', '', '02/09/1980'], ['Lê Văn Bốn', 'x', ''], ['Lê Thị Năm', '', 'X'], ['Lê Văn Sáu', '1970', '1971'], ['Lê Văn Bảy', '', '']],
      { fullName: 0, genderMale: 1, genderFemale: 2 },
    );
    expect(rows.map((r) => [r.values.gender, r.values.birthYear, r.values.birthDate, r.errors])).toEqual([
      ['male', 1975, null, []],
      ['female', 1980, '1980-09-02', []],
      ['male', null, null, []],
      ['female', null, null, []],
      [null, null, null, ['Dòng 6: đánh dấu cả cột Nam và cột Nữ.']],
      [null, null, null, []],
    ]);
  });

  it('with only a "Nữ" column, an empty cell means a man', () => {
    const { rows } = normalize([['Lê Văn Hai', ''], ['Lê Thị Ba', 'x']], { fullName: 0, genderFemale: 1 });
    expect(rows.map((r) => r.values.gender)).toEqual(['male', 'female']);
  });

  it('names every problem in Vietnamese with the line, and the second of two same persons', () => {
    const { rows } = normalize(
      [
        ['Nguyễn Văn An', '01/05/1980', 'Nam', 'Kinh', 'LĐTT'], // 2
        ['', '1980', 'Nam', '', ''], // 3
        ['Trần Thị Bình', '31/02/1980', 'Nữ', '', ''], // 4
        ['Lê Văn Cường', '1980', 'Nam', '', 'Anh hùng'], // 5
        ['Phạm Văn Dũng', '2030', 'Nam', '', ''], // 6
        ['nguyễn văn AN', '1980', 'nam', '', ''], // 7: same person as line 2
        ['Hoàng Thị Em', '1985', 'Bê đê', 'Kinh Việt Nam', 'Tập thể lao động tiên tiến'], // 8
        [`Nguyễn ${'Văn '.repeat(30)}Dài`, '', 'Nam', '', ''], // 9
        ['Nguyễn Văn An', '1981', 'Nam', '', ''], // 10: other year, another person
      ],
      FULL,
    );
    expect(rows.map((r) => r.errors)).toEqual([
      [],
      ['Dòng 3: thiếu họ tên.'],
      ['Dòng 4: ngày sinh 31/02/1980 không có thật.'],
      ['Dòng 5: danh hiệu "Anh hùng" không có trong danh mục.'],
      ['Dòng 6: năm sinh ở tương lai.'],
      ['Dòng 7: trùng với dòng 2 (cùng họ tên và năm sinh).'],
      [
        'Dòng 8: giới tính "Bê đê" không rõ; hãy ghi Nam hoặc Nữ.',
        'Dòng 8: dân tộc "Kinh Việt Nam" không có trong danh mục.',
        'Dòng 8: danh hiệu "Tập thể lao động tiên tiến" dành cho tập thể, không đăng ký cho cá nhân.',
      ],
      ['Dòng 9: họ và tên dài quá 100 ký tự.'],
      [],
    ]);
  });

  it('skips empty rows, the column numbers row and everything from "Tổng cộng" on, keeping line numbers', () => {
    const rows: SheetRow[] = sheetRows([
      ['(1)', '(2)', '(3)', '(4)'],
      ['1', 'Nguyễn Văn An', '1980', 'Nam'],
      ['2', '', '', ''], // numbered but empty: a template row
      ['3', 'Trần Thị Bình', '1982', 'Nữ'],
      ['', 'Tổng cộng: 2 người', '', ''],
      ['', 'Nguyễn Văn Ký', '', ''],
    ], 5);
    const out = normalizePeopleRows(rows, mapping({ fullName: 1, birth: 2, gender: 3 }), { encoding: 'auto', now: NOW });
    expect(out.rows.map((r) => [r.line, r.values.fullName])).toEqual([[6, 'Nguyễn Văn An'], [8, 'Trần Thị Bình']]);
  });

  it('does not take "Công an xã" or a note about "tổng số" for the end of the table', () => {
    const out = normalize(
      [['1', 'Nguyễn Văn An', 'Công an xã', 'Tổng số ngày công: 250'], ['2', 'Trần Văn Công', 'Cộng đồng', ''], ['', 'Cộng: 2 người', '', ''], ['3', 'Lê Văn Sau', '', '']],
      { fullName: 1, unit: 2, note: 3 },
    );
    expect(out.rows.map((r) => [r.line, r.values.fullName, r.values.unitName])).toEqual([[2, 'Nguyễn Văn An', 'Công an xã'], [3, 'Trần Văn Công', 'Cộng đồng']]);
  });

  it('leaves out a signature block written in the table columns', () => {
    const out = normalize([['Nguyễn Văn An', '1980', 'Nam'], ['', 'Người lập biểu', ''], ['', '(Ký, ghi rõ họ tên)', '']], { fullName: 0, birth: 1, gender: 2 });
    expect(out.rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('legacy encodings in rows', () => {
  const names = ['Nguyễn Văn Dũng', 'Trần Thị Hường', 'Đặng Quốc Việt', 'Lê Thị Ngọc Tuyết'];

  it.each<[string, (s: string) => string, 'tcvn3' | 'vni']>([
    ['TCVN3', (s) => encodeTcvn3(s), 'tcvn3'],
    ['VNI', encodeVni, 'vni'],
  ])('guesses a %s column without fonts from the column as a whole, keeping the originals', (_n, encode, enc) => {
    const { rows, encodingUsed } = normalize(names.map((n) => [encode(n), 'Nam']), { fullName: 0, gender: 1 });
    expect(encodingUsed).toEqual({ fullName: enc, gender: 'unicode' });
    expect(rows.map((r) => r.values.fullName)).toEqual(names);
    expect(rows.map((r) => r.original.fullName)).toEqual(names.map(encode));
    expect(rows.every((r) => r.converted)).toBe(true);
  });

  it('guesses a column together: a cell alone can read as Unicode ("Tố" in TCVN3 reads "Tè")', () => {
    const given = ['Tố', 'Dũng', 'Hường', 'Việt'];
    expect(guessEncoding(encodeTcvn3('Tố'))).toBe('unicode'); // alone, the guess is wrong
    const { rows, encodingUsed } = normalize(given.map((g) => ['Lê', 'Văn', encodeTcvn3(g)]), { familyName: 0, middleName: 1, givenName: 2 });
    expect(encodingUsed.givenName).toBe('tcvn3');
    expect(rows.map((r) => r.values.givenName)).toEqual(given);
  });

  it('converts the legacy cells of a mixed column, leaving the one typed later in Unicode as it is', () => {
    const { rows, encodingUsed } = normalize([...names.map((n) => [encodeTcvn3(n)]), ['Phạm Thị Ngọc Ánh']], { fullName: 0 });
    expect(encodingUsed.fullName).toBe('tcvn3');
    expect(rows.map((r) => r.values.fullName)).toEqual([...names, 'Phạm Thị Ngọc Ánh']);
    expect(rows.map((r) => r.converted)).toEqual([true, true, true, true, false]);
  });

  it('decodes header cells one by one; a clerk choice never breaks a Unicode header', () => {
    expect(decodeHeaderCell({ text: encodeTcvn3('Họ và tên'), font: null }, 'auto')).toBe('Họ và tên');
    expect(decodeHeaderCell({ text: encodeTcvn3('Ghi chú'), font: '.VnTime' }, 'auto')).toBe('Ghi chú');
    expect(decodeHeaderCell({ text: encodeTcvn3('ghi chú', { uppercaseFont: true }), font: '.VnTimeH' }, 'auto')).toBe('GHI CHÚ');
    expect(decodeHeaderCell({ text: encodeVni('Dân tộc'), font: null }, 'vni')).toBe('Dân tộc');
    expect(decodeHeaderCell({ text: 'Ghi chú', font: null }, 'tcvn3')).toBe('Ghi chú');
    expect(decodeHeaderCell({ text: encodeTcvn3('Họ và tên'), font: null }, 'unicode')).toBe(encodeTcvn3('Họ và tên'));
  });

  it('takes the encoding from the cell font, even for a cell the guess would miss', () => {
    // One short TCVN3 word in .VnTime: the font says what it is.
    const rows: SheetRow[] = [{ line: 2, cells: [{ text: encodeTcvn3('Hà'), font: '.VnTime' }] }, { line: 3, cells: [{ text: 'Hà', font: 'Times New Roman' }] }];
    const out = normalizePeopleRows(rows, mapping({ fullName: 0 }), { encoding: 'auto', now: NOW });
    expect(out.rows.map((r) => [r.values.fullName, r.converted])).toEqual([['Hà', true], ['Hà', false]]);
  });

  it('never converts Unicode Vietnamese, whatever the font or the choice', () => {
    const cells = [{ text: 'Hoàng Thị Thúy', font: '.VnTime' }]; // à, ú are TCVN3 and VNI codes too; ị is not
    expect(columnEncodings(cells, 'auto').used).toBe('tcvn3');
    for (const encoding of ['auto', 'tcvn3', 'vni'] as const) {
      const out = normalizePeopleRows([{ line: 2, cells }], mapping({ fullName: 0 }), { encoding, now: NOW });
      expect(out.rows[0]?.values.fullName).toBe('Hoàng Thị Thúy');
      expect(out.rows[0]?.converted).toBe(false);
    }
  });

  it('lets the clerk override a wrong font: VNI text in a .VnTime cell', () => {
    const rows: SheetRow[] = names.map((n, i) => ({ line: i + 2, cells: [{ text: encodeVni(n), font: '.VnTime' }] }));
    const auto = normalizePeopleRows(rows, mapping({ fullName: 0 }), { encoding: 'auto', now: NOW });
    expect(auto.encodingUsed.fullName).toBe('tcvn3');
    expect(auto.rows.map((r) => r.values.fullName)).not.toEqual(names);
    const chosen = normalizePeopleRows(rows, mapping({ fullName: 0 }), { encoding: 'vni', now: NOW });
    expect(chosen.encodingUsed.fullName).toBe('vni');
    expect(chosen.rows.map((r) => r.values.fullName)).toEqual(names);
  });
});
