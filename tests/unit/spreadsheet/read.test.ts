import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { cfbNames } from '../../../src-main/lib/spreadsheet/container';
import { readXlsx } from '../../../src-main/lib/spreadsheet/read';
import { encodeTcvn3 } from '../../../src-shared/text/legacy';
import { buildXlsx, damageEntry, nonWorkbookZip, oleFile, setNormalFont, tcvn3 } from '../../fixtures/xlsx';
import { tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

async function refusal(bytes: Buffer): Promise<{ code: string; message: string }> {
  try {
    await readXlsx(bytes);
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('readXlsx accepted the file');
}

const MESSAGES = {
  notExcel: 'Tệp đã chọn không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".',
  password: 'Tệp Excel được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.',
  xls: 'Tệp .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx.',
  corrupt: 'Tệp Excel bị hỏng hoặc chưa được tải về đầy đủ nên không đọc được. Hãy mở thử bằng Excel; nếu mở được, hãy lưu lại rồi chọn lại tệp.',
};

describe('readXlsx: cells', () => {
  it('reads strings, numbers, dates, formulas, rich text and links as text, with each cell font', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    const row = [
      'Nguyễn Văn An',
      1980,
      0.1 + 0.2,
      new Date(Date.UTC(1980, 4, 1)),
      29221, // a day number shown as a date: read as the date
      { formula: 'A1&" (x)"', result: 'Nguyễn Văn An (x)' },
      { formula: 'DATE(1975,4,30)', result: new Date(Date.UTC(1975, 3, 30)) },
      { richText: [{ text: encodeTcvn3('Nguyễn '), font: { name: '.VnTime' } }, { text: encodeTcvn3('Văn'), font: { name: '.VnTime' } }] },
      { text: 'Trang xã', hyperlink: 'https://example.vn' },
      { error: '#N/A' },
      true,
    ] as ExcelJS.CellValue[];
    row.forEach((v, i) => {
      const cell = ws.getCell(1, i + 1);
      cell.value = v;
      if (i === 3 || i === 4 || i === 6) cell.numFmt = 'dd/mm/yyyy';
    });
    ws.getCell('A1').font = { name: 'Times New Roman' };
    ws.getCell('B1').font = { name: '.VnTime' };
    const sheet = (await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).sheets[0]!;
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]!.cells.map((c) => c.text)).toEqual([
      'Nguyễn Văn An', '1980', '0.3', '1980-05-01', '1980-01-01', 'Nguyễn Văn An (x)', '1975-04-30',
      encodeTcvn3('Nguyễn Văn'), 'Trang xã', '', 'TRUE',
    ]);
    const fonts = sheet.rows[0]!.cells.map((c) => c.font);
    expect(fonts[0]).toBe('Times New Roman');
    expect(fonts[1]).toBe('.VnTime');
    expect(fonts[7]).toBe('.VnTime'); // from the rich text runs
    expect(fonts[2]).toBe('Calibri'); // no style of its own: the workbook's Normal font
  });

  it('gives unstyled cells the workbook Normal font, which old TCVN3 workbooks set to .VnTime', async () => {
    const plain = await buildXlsx({ rows: [[encodeTcvn3('Hà Nội')]] });
    const vn = setNormalFont(plain, '.VnTime');
    expect((await readXlsx(plain)).sheets[0]!.rows[0]!.cells[0]).toEqual({ text: encodeTcvn3('Hà Nội'), font: 'Calibri' });
    expect((await readXlsx(vn)).sheets[0]!.rows[0]!.cells[0]).toEqual({ text: encodeTcvn3('Hà Nội'), font: '.VnTime' });
  });

  it('copies a merged cell into every cell of the merge and returns the ranges', async () => {
    const bytes = await buildXlsx({
      rows: [
        ['DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026'],
        null,
        ['STT', 'Họ và tên', tcvn3('Năm sinh'), null, 'Dân tộc'],
        [null, null, 'Nam', 'Nữ'],
        [1, 'Lò Văn Páo', 1980, null, 'Thái'],
      ],
      merges: ['A1:E1', 'A3:A4', 'B3:B4', 'C3:D3', 'E3:E4'],
    });
    const sheet = (await readXlsx(bytes)).sheets[0]!;
    const text = (line: number) => sheet.rows.find((r) => r.line === line)?.cells.map((c) => c.text);
    expect(text(1)).toEqual(Array(5).fill('DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026'));
    expect(text(3)).toEqual(['STT', 'Họ và tên', encodeTcvn3('Năm sinh'), encodeTcvn3('Năm sinh'), 'Dân tộc']);
    expect(text(4)).toEqual(['STT', 'Họ và tên', 'Nam', 'Nữ', 'Dân tộc']);
    expect(sheet.rows.find((r) => r.line === 3)?.cells[3]?.font).toBe('.VnTime'); // the master's font too
    expect(sheet.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 4 });
    expect(sheet.merges).toHaveLength(5);
  });

  it('skips empty rows but keeps the sheet line numbers; lists every sheet, hidden ones marked', async () => {
    const bytes = await buildXlsx([
      { name: 'Ẩn', rows: [['x']], hidden: true },
      { name: 'Danh sách', rows: [['Họ và tên'], null, ['A'], ['', '  '], null, ['B']] },
    ]);
    const wb = await readXlsx(bytes);
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([['Ẩn', true], ['Danh sách', false]]);
    expect(wb.sheets[1]!.rows.map((r) => [r.line, r.cells[0]?.text])).toEqual([[1, 'Họ và tên'], [3, 'A'], [6, 'B']]);
  });
});

describe('readXlsx: refusals, each with what to do', () => {
  it.each<[string, () => Promise<Buffer> | Buffer, string, string]>([
    ['plain text', () => Buffer.from('Họ và tên\tNgày sinh\r\n'), 'SHEET_FORMAT', MESSAGES.notExcel],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'SHEET_FORMAT', MESSAGES.notExcel],
    ['an empty file', () => Buffer.alloc(0), 'SHEET_FORMAT', MESSAGES.notExcel],
    ['a ZIP that is not a workbook (.docx)', nonWorkbookZip, 'SHEET_FORMAT', MESSAGES.notExcel],
    ['an OpenDocument spreadsheet', () => Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') })),
      'SHEET_FORMAT', 'Tệp bảng tính OpenDocument (.ods) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx.'],
    ['a password-protected workbook', () => oleFile(['EncryptionInfo', 'EncryptedPackage']), 'SHEET_PASSWORD', MESSAGES.password],
    ['a password-protected workbook, DataSpaces first', () => oleFile(['\u0006DataSpaces', 'EncryptedPackage', 'EncryptionInfo']), 'SHEET_PASSWORD', MESSAGES.password],
    ['an .xls (BIFF8)', () => oleFile(['Workbook', '\u0005SummaryInformation']), 'SHEET_XLS', MESSAGES.xls],
    ['an .xls (BIFF5)', () => oleFile(['Book']), 'SHEET_XLS', MESSAGES.xls],
    ['another OLE file (.doc)', () => oleFile(['WordDocument', '1Table']), 'SHEET_FORMAT', MESSAGES.notExcel],
    ['a truncated OLE file', () => oleFile(['Workbook']).subarray(0, 300), 'SHEET_CORRUPT', MESSAGES.corrupt],
    ['a truncated download', async () => (await buildXlsx({ rows: [['a']] })).subarray(0, 2000), 'SHEET_CORRUPT', MESSAGES.corrupt],
    ['a damaged sheet inside the ZIP', async () => damageEntry(await buildXlsx({ rows: [['Họ và tên', 'Ngày sinh'], ['An', 1980]] })), 'SHEET_CORRUPT', MESSAGES.corrupt],
    ['over 20 MB', () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20 * 1024 * 1024)]), 'SHEET_TOO_LARGE',
      'Tệp quá lớn (20,0 MB); chỉ nhận tệp Excel đến 20 MB. Hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia nhỏ danh sách.'],
  ])('%s', async (_name, make, code, message) => {
    expect(await refusal(await make())).toEqual({ code, message });
  });

  it('reads the directory of the compound file it refuses', () => {
    expect(cfbNames(oleFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });

  it.skipIf(!hasSoffice)('reads the directory of a real compound file (a .doc written by LibreOffice)', async () => {
    const dir = tempDir();
    const src = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(src, 'Danh sách\n');
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'doc', '--outdir', dir, src], { timeout: 120_000 });
    const doc = fs.readFileSync(path.join(dir, 'ghi-chu.doc'));
    expect(cfbNames(doc)).toEqual(expect.arrayContaining(['Root Entry', 'WordDocument']));
    expect(await refusal(doc)).toEqual({ code: 'SHEET_FORMAT', message: MESSAGES.notExcel });
  });
});
