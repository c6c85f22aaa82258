import fs from 'node:fs';
import path from 'node:path';
import { chooseOption, expect, expectNoHorizontalScroll, field, initInstallation, screenshot, test } from './harness';

const GOOD_CSV = [
  'Mã,Tên,Cấp,Mã cấp trên,Hoạt động,Sáp nhập vào',
  'XA-NT,Xã Nậm Tăm,Xã,T12,Có,',
  'PH-DK,Phường Đoàn Kết,Phường,T12,Có,',
  'XA-SH,Xã Sơn Hải (cũ),Xã,T12,Không,XA-TP',
  'H-TD,Huyện Tam Đường,Huyện,T12,Không,',
  'XA-TP,Xã Tân Phong,Xã,T12,Có,',
].join('\r\n');

const BAD_CSV = ['Mã,Tên,Cấp,Mã cấp trên,Hoạt động,Sáp nhập vào', 'XA-NT,Xã Nậm Tăm,Làng,T12,Có,', 'XA-NT2,,Xã,T12,Có,'].join('\n');

test('units: add one through the form, import a CSV directory with a preview, see them in the table', async ({ app, page }, testInfo) => {
  await initInstallation(app);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Đơn vị hành chính' }).click();
  await expect(page.getByTestId('units-count')).toHaveText('2 đơn vị');

  // Add a unit.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(form, 'Mã')).toHaveAccessibleDescription('Vui lòng nhập mã đơn vị.');
  await field(form, 'Mã').fill('XA-BL');
  await field(form, 'Tên').fill('Xã Bình Lư');
  await chooseOption(page, form, 'Đơn vị cấp trên', 'Tỉnh Lai Châu (T12)');
  await screenshot(page, '15-unit-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  const bl = page.getByTestId('unit-row').filter({ hasText: 'XA-BL' });
  await expect(bl).toContainText('Xã Bình Lư');
  await expect(bl).toContainText('Tỉnh Lai Châu');
  await expect(bl).toContainText('Đang hoạt động');
  expect(app.query("SELECT u.name, u.level, p.code parent FROM units u JOIN units p ON p.id = u.parent_id WHERE u.code = 'XA-BL'")).toEqual([
    { name: 'Xã Bình Lư', level: 'commune', parent: 'T12' },
  ]);

  // A duplicate code is refused by the server beside "Mã".
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await field(form, 'Mã').fill('XA-BL');
  await field(form, 'Tên').fill('Xã trùng mã');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(form, 'Mã')).toHaveAccessibleDescription(/đã tồn tại/);
  // What was typed is not thrown away without a question.
  await form.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(form).toBeHidden();

  // Import: a file with bad lines shows them and cannot be applied.
  const bad = testInfo.outputPath('bad-units.csv');
  const good = testInfo.outputPath('units.csv');
  fs.mkdirSync(path.dirname(good), { recursive: true });
  fs.writeFileSync(bad, BAD_CSV);
  fs.writeFileSync(good, `\uFEFF${GOOD_CSV}`); // Excel writes a BOM in "CSV UTF-8"
  await page.getByRole('button', { name: 'Nhập danh mục' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh mục đơn vị' });
  await expect(dialog).toContainText('Mã,Tên,Cấp,Mã cấp trên,Hoạt động,Sáp nhập vào');
  const fileInput = dialog.getByLabel('Chọn tệp danh mục (.csv hoặc .json)');
  await fileInput.setInputFiles(bad);
  await expect(dialog.getByTestId('import-errors')).toContainText('Dòng 2: cấp "Làng" không hợp lệ.');
  await expect(dialog.getByTestId('import-errors')).toContainText('Dòng 3: thiếu tên đơn vị.');
  await expect(dialog.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await screenshot(page, '16-units-import-errors');

  // The good file: preview first (nothing written), then apply.
  const before = app.count('SELECT count(*) FROM units');
  await fileInput.setInputFiles(good);
  await expect(dialog.getByTestId('import-created')).toHaveText('4');
  await expect(dialog.getByTestId('import-updated')).toHaveText('0');
  await expect(dialog.getByTestId('import-unchanged')).toHaveText('1');
  await expect(dialog.getByTestId('import-errors')).toHaveCount(0);
  await screenshot(page, '17-units-import-preview');
  expect(app.count('SELECT count(*) FROM units')).toBe(before);
  await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('units-count')).toHaveText('7 đơn vị');

  await expect(page.getByTestId('unit-row').filter({ hasText: 'XA-SH' })).toContainText('Đã sáp nhập vào Xã Tân Phong');
  await expect(page.getByTestId('unit-row').filter({ hasText: 'H-TD' })).toContainText('Ngừng hoạt động');
  await expect(page.getByTestId('unit-row').filter({ hasText: 'PH-DK' })).toContainText('Phường Đoàn Kết');
  await screenshot(page, '18-units-table');
  await expectNoHorizontalScroll(page);
  expect(app.query('SELECT code, active, merged_into_id IS NOT NULL merged FROM units ORDER BY code')).toEqual([
    { code: 'H-TD', active: 0, merged: 0 },
    { code: 'PH-DK', active: 1, merged: 0 },
    { code: 'T12', active: 1, merged: 0 },
    { code: 'XA-BL', active: 1, merged: 0 },
    { code: 'XA-NT', active: 1, merged: 0 },
    { code: 'XA-SH', active: 0, merged: 1 },
    { code: 'XA-TP', active: 1, merged: 0 },
  ]);

  // Filter by level and search (accent-free).
  await chooseOption(page, page, 'Cấp', 'Huyện, quận, thị xã (hồ sơ cũ)');
  await expect(page.getByTestId('unit-row')).toHaveCount(1);
  await chooseOption(page, page, 'Cấp', 'Tất cả các cấp');
  await expect(page.getByTestId('units-count')).toHaveText('7 đơn vị');
  await page.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã' }).fill('doan ket');
  await expect(page.getByTestId('unit-row')).toHaveCount(1);
  await expect(page.getByTestId('unit-row')).toContainText('PH-DK');

  // Delete with a confirmation.
  await page.getByTestId('unit-row').click();
  await page.getByRole('dialog', { name: 'Sửa đơn vị' }).getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa đơn vị này?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa')).toBeVisible();
  await expect(page.getByTestId('units-count')).toHaveText('0 đơn vị');
  expect(app.query("SELECT deleted FROM units WHERE code = 'PH-DK'")).toEqual([{ deleted: 1 }]);
});

test('collectives: add, list and delete', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tập thể' }).click();
  await expect(page.getByTestId('collectives-count')).toHaveText('0 tập thể');
  await page.getByRole('button', { name: 'Thêm tập thể' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm tập thể' });
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(form, 'Tên tập thể')).toHaveAccessibleDescription('Vui lòng nhập tên tập thể.');
  await field(form, 'Tên tập thể').fill('Thôn Nà Khum');
  await chooseOption(page, form, 'Loại', 'Thôn, tổ dân phố');
  await field(form, 'Số thành viên').fill('1250');
  await screenshot(page, '19-collective-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('collective-row');
  await expect(row).toContainText('Thôn Nà Khum');
  await expect(row).toContainText('Xã Tân Phong');
  await expect(row).toContainText('1.250');
  await screenshot(page, '20-collectives');
  expect(app.query('SELECT name, kind, member_count FROM collectives')).toEqual([
    { name: 'Thôn Nà Khum', kind: 'village', member_count: 1250 },
  ]);

  // The collective is offered in the person form.
  await page.getByRole('button', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const person = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(person, 'Họ và tên').fill('Lò Văn Khánh');
  await person.getByRole('radio', { name: 'Nam', exact: true }).check();
  await chooseOption(page, person, 'Tập thể', 'Thôn Nà Khum – Xã Tân Phong');
  await person.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('person-row')).toContainText('Xã Tân Phong / Thôn Nà Khum');

  // A collective with members cannot be deleted: the server says why, nothing changes.
  await page.getByRole('button', { name: 'Tập thể' }).click();
  await row.click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin tập thể' });
  await edit.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa tập thể này?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByRole('dialog', { name: 'Xóa tập thể này?' })).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'còn 1 cá nhân thuộc tập thể này' })).toBeVisible();
  await screenshot(page, '21-collective-delete-refused');
  expect(app.query('SELECT deleted FROM collectives')).toEqual([{ deleted: 0 }]);

  // Its award history ("Khen thưởng đã có") is what a dossier's eligibility check reads.
  await edit.getByRole('tab', { name: 'Khen thưởng đã có' }).click();
  const add = edit.getByRole('group', { name: 'Thêm khen thưởng đã có' });
  await field(add, 'Năm').fill('2025');
  await add.getByRole('combobox', { name: 'Danh hiệu, hình thức' }).fill('tap the lao dong tien');
  await page.getByRole('option', { name: 'Tập thể lao động tiên tiến', exact: true }).click();
  await field(edit, 'Số quyết định').fill('08/QĐ-UBND');
  await edit.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  await expect(edit.getByTestId('history-row')).toHaveCount(1);
  await screenshot(page, '21b-collective-award-history');
  expect(app.query(`SELECT subject_type, year, award_code, decision_number FROM award_history`)).toEqual([
    { subject_type: 'collective', year: 2025, award_code: 'TTLDTT', decision_number: '08/QĐ-UBND' },
  ]);
  await edit.getByRole('tab', { name: 'Thông tin tập thể' }).click();
  await edit.getByRole('button', { name: 'Hủy' }).click();

  // Once the member has left, it can go.
  await page.getByRole('button', { name: 'Cá nhân' }).click();
  await page.getByTestId('person-row').click();
  // Mantine's clear button (×) is aria-hidden: reach it beside its combobox.
  await page.getByRole('combobox', { name: 'Tập thể' }).locator('xpath=..').locator('button').click();
  await page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' }).getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('person-row')).not.toContainText('Thôn Nà Khum');
  await page.getByRole('button', { name: 'Tập thể' }).click();
  await row.click();
  await edit.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa tập thể này?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByTestId('collectives-count')).toHaveText('0 tập thể');
  expect(app.query('SELECT deleted FROM collectives')).toEqual([{ deleted: 1 }]);
});
