import { buildXlsx, dateCell } from '../fixtures/xlsx';
import { expect, expectNoHorizontalScroll, goTo, initInstallation, quiet, screenshot, test } from './harness';

// "Nhập khen thưởng từ Excel": a clerk's list of past awards, previewed row by row (matched people,
// the catalogue, a duplicate, bad rows), imported only for the valid rows, then seen in a
// person's "Khen thưởng đã có" tab and in the database.

const Y = new Date().getFullYear() - 1;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('award history from .xlsx: preview with matches, a duplicate and errors; only the valid rows imported; shown in the person form', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, unitId: xa.unitId });
  const binh = await app.invoke('people.create', { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthYear: 1988, unitId: xa.unitId });
  // Bình's LĐTT of two years ago was entered by hand already.
  await app.invoke('awards.addHistory', { subjectType: 'person', subjectId: binh.id, year: Y - 1, awardCode: 'LDTT', awardName: 'Lao động tiên tiến' });

  const xlsx = await buildXlsx({
    rows: [
      ['DANH SÁCH CÁ NHÂN ĐÃ ĐƯỢC KHEN THƯỞNG'],
      null,
      ['STT', 'Họ và tên', 'Năm sinh', 'Năm', 'Danh hiệu / Hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan ban hành'],
      [1, 'Nguyễn Văn An', 1980, Y - 1, 'LĐTT', '98/QĐ-UBND', dateCell(`${Y - 1}-12-20`), 'UBND xã Tân Phong'],
      [2, 'Nguyễn Văn An', 1980, Y, 'Chiến sĩ thi đua cơ sở', '152/QĐ-UBND', `10/12/${Y}`, 'UBND xã Tân Phong'],
      [3, 'Trần Thị Bình', 1988, Y - 1, 'Lao động tiên tiến', '98/QĐ-UBND', `20/12/${Y - 1}`, 'UBND xã Tân Phong'],
      [4, 'Trần Thị Bình', 1988, Y, 'Giấy khen của Chủ tịch UBND xã', '160/QĐ-UBND', `15/12/${Y}`, 'UBND xã Tân Phong'],
      [5, 'Hoàng Văn Thụ', 1965, Y, 'LĐTT', '', '', ''],
      [6, 'Nguyễn Văn An', 1980, 'năm ngoái', 'LĐTT', '', '', ''],
    ],
    merges: ['A1:H1'],
  });

  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Nhập khen thưởng từ Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập khen thưởng đã có từ Excel' });
  await dialog.getByLabel('Tệp Excel (.xlsx)').setInputFiles({ name: 'khen-thuong-da-co.xlsx', mimeType: XLSX_MIME, buffer: xlsx });

  const rows = dialog.getByTestId('award-row');
  await expect(rows).toHaveCount(6);
  await expect(dialog.getByTestId('award-counts')).toHaveText('6 dòng · 3 sẽ nhập · 1 đã có · 2 dòng lỗi');
  await expect(dialog.getByTestId('mapping-summary')).toContainText('tiêu đề ở dòng 3');
  await expect(rows.nth(0)).toContainText('Lao động tiên tiến');
  await expect(rows.nth(0)).toContainText('ghi trong tệp: LĐTT');
  await expect(rows.nth(0)).toContainText('Sẽ nhập');
  await expect(rows.nth(2)).toContainText('Bỏ qua: đã có');
  await expect(rows.nth(3)).toContainText('Giấy khen (cá nhân)');
  await expect(dialog.getByTestId('award-error')).toHaveText([
    'Dòng 8: không có "Hoàng Văn Thụ" trong danh sách cá nhân; hãy thêm người này ở mục Cá nhân trước.',
    `Dòng 9: năm "năm ngoái" không đọc được; hãy ghi năm bốn chữ số, ví dụ ${Y}.`,
  ]);
  // Rows in error block the import until the clerk chooses to leave them out.
  const importButton = dialog.getByRole('button', { name: 'Nhập 3 khen thưởng' });
  await expect(importButton).toBeDisabled();
  await quiet(page);
  await screenshot(page, '59f-award-import-preview');
  await expectNoHorizontalScroll(page);
  await dialog.getByRole('checkbox', { name: 'Chỉ nhập các dòng hợp lệ (bỏ qua 2 dòng lỗi)' }).check();
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã nhập 3 khen thưởng (bỏ qua 1 dòng đã có, 2 dòng lỗi)')).toBeVisible();

  // In the database: three rows from the file, Bình's hand-entered one untouched.
  expect(
    app.query(
      `SELECT p.full_name name, h.year, h.award_code code, h.award_name award, h.decision_number num, h.decision_date date, h.source
       FROM award_history h JOIN people p ON p.id = h.subject_id WHERE h.deleted = 0 ORDER BY p.full_name, h.year`,
    ),
  ).toEqual([
    { name: 'Nguyễn Văn An', year: Y - 1, code: 'LDTT', award: 'Lao động tiên tiến', num: '98/QĐ-UBND', date: `${Y - 1}-12-20`, source: 'import' },
    { name: 'Nguyễn Văn An', year: Y, code: 'CSTDCS', award: 'Chiến sĩ thi đua cơ sở', num: '152/QĐ-UBND', date: `${Y}-12-10`, source: 'import' },
    { name: 'Trần Thị Bình', year: Y - 1, code: 'LDTT', award: 'Lao động tiên tiến', num: '', date: null, source: 'manual' },
    { name: 'Trần Thị Bình', year: Y, code: 'GIAY_KHEN', award: 'Giấy khen (cá nhân)', num: '160/QĐ-UBND', date: `${Y}-12-15`, source: 'import' },
  ]);
  expect(app.count("SELECT count(*) FROM audit WHERE action = 'import' AND entity = 'award-history'")).toBe(1);

  // In An's "Khen thưởng đã có" tab.
  await page.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn An' }).click();
  const form = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await form.getByRole('tab', { name: 'Khen thưởng đã có' }).click();
  const history = form.getByTestId('history-row');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText(`${Y - 1}Lao động tiên tiến`);
  await expect(history.nth(0)).toContainText(`Số 98/QĐ-UBND, ngày 20/12/${Y - 1}, UBND xã Tân Phong`);
  await expect(history.nth(1)).toContainText('Chiến sĩ thi đua cơ sở');
  await expect(history).toContainText(['Nhập từ tệp', 'Nhập từ tệp']);
  await quiet(page);
  await screenshot(page, '59g-award-import-person-history');
  expect(an.id).toBeTruthy();
});
