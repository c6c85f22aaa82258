import path from 'node:path';
import ExcelJS from 'exceljs';
import { generateDemo } from '../../src-main/services/demo';
import { chooseOption, docxText, expect, expectNoHorizontalScroll, goTo, initInstallation, quiet, screenshot, test } from './harness';

const Y = new Date().getFullYear();

test('báo cáo thống kê on demo data: a number checked, a cell opened to its records, the XLSX and DOCX downloaded and read back', async ({ app, page }) => {
  await initInstallation(app);
  await generateDemo(app.invoke.bind(app), { people: 30 });
  // Province-level awards of this year on top of the demo's: three Bằng khen (one đột xuất), a CSTĐ cấp tỉnh, a Cờ thi đua.
  const people = (await app.invoke('people.search', { query: '', offset: 0, limit: 4, unitId: null })).items;
  const on = `${Y}-01-01`;
  for (const [i, p] of people.slice(0, 3).entries()) {
    await app.invoke('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: Y, awardCode: 'BK_CT_TINH', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', category: i === 2 ? 'dot-xuat' : 'cong-trang', decisionNumber: `${i + 1}/QĐ-UBND`, decisionDate: on });
  }
  await app.invoke('awards.addHistory', { subjectType: 'person', subjectId: people[3]!.id, year: Y, awardCode: 'CSTD_TINH', awardName: 'Chiến sĩ thi đua cấp tỉnh', category: 'cong-trang', decisionDate: on });
  const village = (await app.invoke('collectives.list', { query: '', offset: 0, limit: 1 })).items[0]!;
  await app.invoke('awards.addHistory', { subjectType: 'collective', subjectId: village.id, year: Y, awardCode: 'CO_TD_TINH', awardName: 'Cờ thi đua của UBND tỉnh', category: 'cong-trang', decisionDate: on });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Báo cáo thống kê');
  const cell = (row: string, col: string) => page.locator(`tr[data-row="${row}"] td[data-col="${col}"]`);
  await expect(page.getByTestId('stat-summary')).toContainText(`Biểu 0603.N: số khen thưởng cấp bộ, ban, ngành, tỉnh năm ${Y}. 5 bản ghi được tính. Hạn gửi: 15/12/${Y}.`);
  await expect(cell('total', 'tong')).toHaveText('5');
  await expect(cell('total', 'bk')).toHaveText('3');
  await expect(cell('doi-tuong:tap-the', 'co')).toHaveText('1');
  await expect(cell('loai-hinh:dot-xuat', 'tong')).toHaveText('1');
  await quiet(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'statistics-01-form');

  // The Bằng khen of the total row opens to its three records.
  await cell('total', 'bk').getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('cell-count')).toHaveText('3 bản ghi được tính trong ô này.');
  const records = dialog.getByRole('table', { name: 'Khen thưởng được tính' }).locator('tbody tr');
  await expect(records).toHaveCount(3);
  for (const p of people.slice(0, 3)) await expect(dialog).toContainText(p.fullName);
  await expect(records.filter({ hasText: '3/QĐ-UBND' })).toContainText('Khen thưởng đột xuất');
  await screenshot(page, 'statistics-02-cell');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The spreadsheet in the form's layout, numbers as numbers.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải biểu thống kê dạng Excel (.xlsx)' }).click();
  const xlsx = path.join(app.dataDir, 'bieu.xlsx');
  await (await xlsxDownload).saveAs(xlsx);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows.find((r) => r[0] === 'Tổng số')).toEqual(['Tổng số', '01', 5, 3, 1, 1, 0]);

  // The Word file read back through LibreOffice and pdftotext.
  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải biểu thống kê dạng Word (.docx)' }).click();
  const docx = path.join(app.dataDir, 'bieu.docx');
  await (await docxDownload).saveAs(docx);
  const text = docxText(docx).replace(/[ \t]+/g, ' ');
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỐ KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH', `Năm ${Y}`, 'Biểu số: 0603.N/BNV-TĐKT', 'Đơn vị nhận báo cáo: Tỉnh Lai Châu', 'NGƯỜI LẬP BIỂU', 'Nguyễn Thị Hoa']) {
    expect(text).toContain(s);
  }
  expect(text).toMatch(/Tổng số 01 5 3 1 1 0/u);

  // Another form: the demo's movement of this year in 0601.N.
  await chooseOption(page, page, 'Biểu báo cáo', '0601.N - Số phong trào thi đua');
  await expect(cell('total', 'tong')).toHaveText('1');
  await expect(cell('hinh-thuc:thuong-xuyen', 'don-vi')).toHaveText('1');
  // Last year: the demo's own province-level awards (Bằng khen for two people and a thôn, a Cờ thi đua).
  await chooseOption(page, page, 'Biểu báo cáo', '0603.N - Số khen thưởng cấp bộ, ban, ngành, tỉnh');
  await chooseOption(page, page, 'Năm', String(Y - 1));
  await expect(cell('total', 'tong')).toHaveText('4');
  await expect(cell('total', 'bk')).toHaveText('3');
  await expect(cell('doi-tuong:tap-the', 'co')).toHaveText('1');
  // A year without province-level awards: said, and the empty form can still be downloaded.
  await chooseOption(page, page, 'Năm', String(Y - 2));
  await expect(page.getByTestId('stat-message')).toHaveText(`Năm ${Y - 2} chưa có khen thưởng nào trong lịch sử khen thưởng thuộc biểu 0603.N: biểu vẫn in được, các ô bằng 0.`);
  await expect(cell('total', 'tong')).toHaveText('0');
  await expect(page.getByRole('button', { name: 'Tải biểu thống kê dạng Word (.docx)' })).toBeEnabled();
  await quiet(page);
  await screenshot(page, 'statistics-03-empty-year');
});
