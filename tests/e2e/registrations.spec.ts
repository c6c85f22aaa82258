import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildXlsx, registrationSheet } from '../fixtures/xlsx';
import {
  type AppHarness,
  chooseOption,
  docxText,
  expect,
  expectNoHorizontalScroll,
  field,
  goTo,
  initInstallation,
  pairTest,
  pairUp,
  screenshot,
  test,
} from './harness';

// Đăng ký thi đua through the screens: a movement, the commune's registration with its
// commitments and its people (pasted from Excel, an old TCVN3 .xlsx, picked from the people
// list), printed, sent up in a package; the province sees it in its list and its overview.
// Dates are in last year, so that every date typed is in the past whatever day the tests run.

const Y = new Date().getFullYear() - 1;
const MOVEMENT = 'Phong trào thi đua “Chung sức xây dựng nông thôn mới”';
const PROVINCE_MOVEMENT = 'Phong trào thi đua “Dân vận khéo”';

/** Days from today (on this computer's calendar, Vietnam's in the tests, as the service counts) to an ISO date. */
function daysUntil(iso: string): number {
  // Today in the harness's time zone (Viet Nam, set in playwright.config.ts), as the app counts.
  const today = Date.parse(`${new Date().toLocaleDateString('sv-SE')}T00:00:00Z`);
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - today) / 86_400_000);
}

async function pickYear(page: Page, year: number) {
  await chooseOption(page, page, 'Năm', String(year));
}

/** A MultiSelect option (the dropdown stays open: Escape closes it). */
async function pickTitle(page: Page, scope: Locator | Page, label: string, title: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('listbox').getByRole('option', { name: title, exact: true }).click();
  await page.keyboard.press('Escape');
}

async function addCommitment(scope: Locator, n: number, text: string, value?: string, unit?: string) {
  await scope.getByRole('button', { name: '+ Thêm cam kết' }).click();
  await field(scope, `Cam kết ${n}`).fill(text);
  if (value) await field(scope, `Số lượng cam kết ${n}`).fill(value);
  if (unit) await field(scope, `Đơn vị tính cam kết ${n}`).fill(unit);
}

async function createMovement(app: AppHarness, year = Y) {
  return app.invoke('movements.create', { name: MOVEMENT, kind: 'thematic', year });
}

/** Waits for the toasts to go, so that a screenshot shows the screen under them. */
async function quiet(page: Page) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
}

const entryNames = (page: Page) => page.getByTestId('entry-row').locator('td:nth-child(2)').allTextContents();

pairTest(
  'registrations: movement, registration with commitments and people from a paste, an old TCVN3 .xlsx and the people list; printed, sent, seen by the province',
  async ({ app: commune, province, page, provincePage, usb }) => {
    pairTest.setTimeout(240_000);
    const { xa, tinh } = await pairUp(commune, province);
    // The province has a second commune, which sends nothing.
    await province.invoke('units.create', { code: 'XA-MS', name: 'Xã Mường So', level: 'commune', parentId: tinh.unitId });
    // Already in the commune's people list: matched by name and birth year, not created again.
    const an = await commune.invoke('people.create', {
      familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1985-03-05', position: 'Chủ tịch UBND xã', unitId: xa.unitId,
    });
    await commune.invoke('people.create', { familyName: 'Phạm', middleName: 'Thị', givenName: 'Lan', gender: 'female', birthYear: 1991, position: 'Văn thư', unitId: xa.unitId });
    // The province's own movement reaches the commune in its reference package (read-only there).
    await province.invoke('movements.create', {
      name: PROVINCE_MOVEMENT, kind: 'regular', year: Y, theme: 'Dân vận khéo', targets: [{ text: 'Mô hình dân vận khéo', value: 2, unit: 'mô hình' }],
    });
    const reference = await province.invoke('reference.issue', { outDir: fs.mkdtempSync(path.join(usb, 'ref-')) });
    await commune.invoke('exchange.import', { path: reference.files[0]!.file });
    await page.goto(commune.url);

    // "Phong trào thi đua": the province's movement is there, read-only.
    await goTo(page, 'Phong trào thi đua');
    await pickYear(page, Y);
    const received = page.getByTestId('movement-row').filter({ hasText: PROVINCE_MOVEMENT });
    await expect(received).toContainText('Tỉnh Lai Châu');
    await expect(received).toContainText('Cấp trên');
    await received.click();
    const readOnly = page.getByRole('dialog', { name: 'Phong trào thi đua (nhận từ cấp trên)' });
    await expect(readOnly.getByTestId('movement-received-note')).toHaveText('Phong trào do Tỉnh Lai Châu phát động; chỉ đơn vị đó mới sửa được.');
    await expect(field(readOnly, 'Tên phong trào')).toBeDisabled();
    await expect(field(readOnly, 'Chỉ tiêu 1')).toHaveValue('Mô hình dân vận khéo');
    await expect(readOnly.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
    await readOnly.getByRole('button', { name: 'Đóng', exact: true }).click();

    // The clerk adds the commune's own movement of the year.
    await page.getByRole('button', { name: 'Thêm phong trào' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm phong trào thi đua' });
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(form.getByText('Vui lòng nhập tên phong trào.')).toBeVisible();
    await expect(form.getByText('Vui lòng chọn loại phong trào.')).toBeVisible();
    await field(form, 'Tên phong trào').fill(MOVEMENT);
    await chooseOption(page, form, 'Loại phong trào', 'Theo chuyên đề');
    await expect(form.getByRole('textbox', { name: 'Năm' })).toHaveValue(String(Y));
    await field(form, 'Ngày bắt đầu').fill(`01/01/${Y}`);
    await field(form, 'Ngày kết thúc').fill(`31/12/${Y}`);
    await field(form, 'Chủ đề').fill('Xây dựng nông thôn mới nâng cao');
    await field(form, 'Khẩu hiệu').fill('Cả nước chung sức xây dựng nông thôn mới');
    await form.getByRole('button', { name: '+ Thêm chỉ tiêu' }).click();
    await field(form, 'Chỉ tiêu 1').fill('Tỷ lệ hộ đạt chuẩn gia đình văn hóa');
    await field(form, 'Số lượng chỉ tiêu 1').fill('90');
    await field(form, 'Đơn vị tính chỉ tiêu 1').fill('%');
    await form.getByRole('button', { name: '+ Thêm tiêu chí' }).click();
    await field(form, 'Tiêu chí 1').fill('Hoàn thành kế hoạch năm');
    await field(form, 'Căn cứ phát động').fill('Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh');
    await screenshot(page, '41-movement-form');
    await expectNoHorizontalScroll(page);
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('movement-row')).toHaveCount(2);
    const own = page.getByTestId('movement-row').filter({ hasText: MOVEMENT });
    await expect(own).toContainText('Theo chuyên đề');
    await expect(own).toContainText(`01/01/${Y} – 31/12/${Y}`);
    await expect(own).toContainText('Xã Tân Phong');
    await screenshot(page, '40-movements-list');
    expect(commune.query("SELECT name, kind, year, start_date, targets, criteria FROM movements WHERE origin = 'XA-TP'")).toEqual([
      {
        name: MOVEMENT, kind: 'thematic', year: Y, start_date: `${Y}-01-01`,
        targets: JSON.stringify([{ text: 'Tỷ lệ hộ đạt chuẩn gia đình văn hóa', value: 90, unit: '%' }]),
        criteria: JSON.stringify([{ text: 'Hoàn thành kế hoạch năm' }]),
      },
    ]);

    // "Đăng ký thi đua" of that year: the deadline long past, nothing registered yet.
    await goTo(page, 'Đăng ký thi đua');
    await pickYear(page, Y);
    await expect(page.getByTestId('deadline')).toHaveText(`Hạn gửi đăng ký năm ${Y}: 31/03/${Y}`);
    await expect(page.getByTestId('days-left')).toHaveText(`Đã quá hạn ${-daysUntil(`${Y}-03-31`)} ngày`);
    await expect(page.getByTestId('registrations-count')).toHaveText(`0 bản đăng ký năm ${Y}`);

    // The commune registers itself (the unit of this installation by default), with three commitments.
    await page.getByRole('button', { name: 'Đăng ký mới' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Bản đăng ký thi đua năm ${Y}` })).toBeVisible();
    const info = page.getByRole('region', { name: 'Thông tin đăng ký' });
    await expect(info.getByRole('combobox', { name: 'Đơn vị đăng ký' })).toHaveValue('Xã Tân Phong (XA-TP)');
    await expect(page.getByText('Lưu bản đăng ký trước, rồi thêm cá nhân vào danh sách.')).toBeVisible();
    await chooseOption(page, info, 'Phong trào thi đua', MOVEMENT);
    await pickTitle(page, info, 'Danh hiệu đăng ký', 'Tập thể lao động xuất sắc');
    await addCommitment(info, 1, 'Hoàn thành 100% chỉ tiêu kinh tế - xã hội', '100', '%');
    await addCommitment(info, 2, 'Không có cán bộ, công chức vi phạm kỷ luật');
    await addCommitment(info, 3, 'Thu ngân sách trên địa bàn', '12500000000', 'đồng');
    await expect(field(info, 'Số lượng cam kết 3')).toHaveValue('12.500.000.000');
    await field(info, 'Ngày đăng ký').fill(`15/03/${Y}`);
    await field(info, 'Người ký').fill('Lò Văn Páo');
    await field(info, 'Chức vụ người ký').fill('Chủ tịch UBND xã');
    await expect(page.getByTestId('late-hint')).toHaveCount(0);
    await screenshot(page, '42-registration-editor');
    await expectNoHorizontalScroll(page);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // Saved: the people list below opens.
    await expect(page.getByText(/^Chưa có cá nhân nào trong danh sách/)).toBeVisible();
    await expect(page.getByTestId('save-warnings')).toHaveCount(0);
    const [reg] = commune.query<{ id: string; registrant_name: string; titles: string; commitments: string; late: number; registered_on: string }>(
      'SELECT id, registrant_name, titles, commitments, late, registered_on FROM registrations',
    );
    expect(reg).toMatchObject({ registrant_name: 'Xã Tân Phong', titles: '["TTLDXS"]', late: 0, registered_on: `${Y}-03-15` });
    expect(JSON.parse(reg!.commitments)).toEqual([
      { text: 'Hoàn thành 100% chỉ tiêu kinh tế - xã hội', value: 100, unit: '%' },
      { text: 'Không có cán bộ, công chức vi phạm kỷ luật', value: null, unit: '' },
      { text: 'Thu ngân sách trên địa bàn', value: 12_500_000_000, unit: 'đồng' },
    ]);

    // "Thêm từ Excel" ▸ "Dán từ Excel": rows copied in Excel with their header; one name typed with
    // combining marks (NFD), one row with a title not in the catalogue (refused until fixed). The
    // gender column is needed: the people not yet in the list are created from these rows.
    const thuy = 'Hoàng Thị Thủy';
    const rows = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'Danh hiệu'],
      ['1', 'Nguyễn Văn An', '1985', 'Nam', 'Chủ tịch UBND xã', 'Chiến sĩ thi đua cơ sở'],
      ['2', 'Trần Thị Bình', '1990', 'Nữ', 'Công chức văn hóa - xã hội', 'Lao động tiên tiến'],
      ['3', 'Lò Thị Mai', '1988', 'Nữ', 'Kế toán', ''],
      ['4', 'Vàng A Dế', '1979', 'Nam', 'Trưởng thôn Nà Khum', 'Huân chương Lao động'],
      ['5', thuy.normalize('NFD'), '1992', 'Nữ', 'Văn thư', 'Lao động tiên tiến'],
    ];
    const tsv = (r: string[][]) => `${r.map((x) => x.join('\t')).join('\r\n')}\r\n`;
    await page.getByRole('button', { name: 'Thêm từ Excel' }).click();
    const sheet = page.getByRole('dialog', { name: 'Thêm từ Excel' });
    const paste = sheet.getByRole('textbox', { name: 'Dán các dòng đã copy trong Excel (cả dòng tiêu đề)' });
    await paste.fill(tsv(rows));
    await sheet.getByRole('button', { name: 'Xem trước' }).click();
    await expect(sheet.getByTestId('sheet-row')).toHaveCount(5);
    await expect(sheet.getByTestId('sheet-counts')).toHaveText('5 dòng · 1 khớp danh sách · 3 tạo mới · 1 dòng lỗi');
    await expect(sheet.getByTestId('sheet-row').nth(3).getByTestId('sheet-error')).toContainText('Huân chương Lao động');
    await expect(sheet.getByRole('button', { name: 'Thêm 5 người' })).toBeDisabled();
    // Fixed in the sheet and pasted again.
    rows[4]![5] = 'Lao động tiên tiến';
    await paste.fill(tsv(rows));
    await sheet.getByRole('button', { name: 'Xem trước' }).click();
    await expect(sheet.getByTestId('sheet-counts')).toHaveText('5 dòng · 1 khớp danh sách · 4 tạo mới · 0 dòng lỗi');
    const previewRows = sheet.getByTestId('sheet-row');
    await expect(previewRows.nth(0).getByTestId('sheet-match')).toHaveText('✓ Nguyễn Văn An – Xã Tân Phong');
    await expect(previewRows.nth(1).getByTestId('sheet-match')).toHaveText('Tạo mới');
    await expect(previewRows.nth(2)).toContainText('Lao động tiên tiến(mặc định)');
    await expect(previewRows.nth(4)).toContainText(thuy); // NFC on screen
    await expect(sheet.getByTestId('mapping-summary')).toContainText('Họ và tên ← Cột B: Họ và tên');
    await quiet(page);
    await screenshot(page, '43-sheet-paste-preview');
    await expectNoHorizontalScroll(page);
    await sheet.getByRole('button', { name: 'Thêm 5 người' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByTestId('entry-row')).toHaveCount(5);

    // ▸ "Chọn tệp .xlsx": an old list typed with the TCVN3 font .VnTime, title on top, header on line 3.
    const xlsx = await buildXlsx(
      registrationSheet([{ name: 'Đặng Thị Hường', birth: '1979', gender: 'Nữ', ethnicity: 'Tày', position: 'Chủ tịch Hội Phụ nữ', unit: 'Xã Tân Phong', title: 'Lao động tiên tiến' }], {
        encode: 'tcvn3',
        title: true,
      }),
    );
    await page.getByRole('button', { name: 'Thêm từ Excel' }).click();
    await sheet.getByRole('tab', { name: 'Chọn tệp .xlsx' }).click();
    await sheet.getByLabel('Tệp Excel (.xlsx)').setInputFiles({ name: 'danh-sach-cu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await expect(sheet.getByTestId('sheet-row')).toHaveCount(1);
    await expect(sheet.getByTestId('sheet-row')).toContainText('Đặng Thị Hường');
    await expect(sheet.getByTestId('converted-from')).toHaveText('§Æng ThÞ H­êng →');
    await expect(sheet.getByRole('combobox', { name: 'Bảng mã' })).toHaveValue('Tự nhận');
    await expect(sheet.getByTestId('mapping-summary')).toContainText('tiêu đề ở dòng 3');
    // Read as Unicode, the TCVN3 header is not recognised any more; "Tự nhận" reads it again.
    await chooseOption(page, sheet, 'Bảng mã', 'Unicode');
    await expect(sheet.getByTestId('header-hint')).toBeVisible();
    await expect(sheet.getByTestId('mapping-summary')).toContainText('chưa ghép được cột nào');
    await expect(sheet.getByRole('button', { name: 'Thêm 0 người' })).toBeDisabled();
    await chooseOption(page, sheet, 'Bảng mã', 'Tự nhận');
    await expect(sheet.getByTestId('sheet-row')).toContainText('Đặng Thị Hường');
    await sheet.getByRole('button', { name: 'Sửa ghép cột…' }).click();
    await expect(sheet.getByTestId('mapping-editor')).toBeVisible();
    await quiet(page);
    await screenshot(page, '44-sheet-xlsx-tcvn3');
    await sheet.getByRole('button', { name: 'Thêm 1 người' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByTestId('entry-row')).toHaveCount(6);
    expect(await entryNames(page)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lò Thị Mai', 'Vàng A Dế', thuy, 'Đặng Thị Hường']);
    expect(commune.count('SELECT count(*) FROM people')).toBe(7); // 2 seeded + 5 created, An linked
    expect(commune.query("SELECT gender, birth_year, ethnicity FROM people WHERE full_name = 'Đặng Thị Hường'")).toEqual([
      { gender: 'female', birth_year: 1979, ethnicity: expect.not.stringMatching(/^01$/) },
    ]);

    // A title changed in place.
    await page.getByRole('combobox', { name: 'Danh hiệu của Trần Thị Bình' }).selectOption({ label: 'Chiến sĩ thi đua cơ sở' });
    await expect
      .poll(() => commune.query("SELECT e.title FROM registration_entries e JOIN people p ON p.id = e.person_id WHERE p.full_name = 'Trần Thị Bình'"))
      .toEqual([{ title: 'CSTDCS' }]);

    // "Thêm từ danh sách": An is in the list already; picking him with Lan adds nobody.
    const before = commune.query('SELECT rev FROM registrations')[0];
    const entriesBefore = commune.query('SELECT id, person_id, title, position FROM registration_entries ORDER BY position');
    await page.getByRole('button', { name: 'Thêm từ danh sách' }).click();
    const picker = page.getByRole('dialog', { name: 'Thêm cá nhân từ danh sách' });
    await picker.getByRole('searchbox', { name: 'Tìm theo họ tên' }).fill('nguyen van an');
    await expect(picker.getByTestId('picker-count')).toHaveAttribute('data-query', 'nguyen van an');
    await expect(picker.getByTestId('picker-row')).toHaveCount(1);
    await expect(picker.getByTestId('picker-row')).toContainText('Đã có');
    await picker.getByRole('checkbox', { name: 'Chọn Nguyễn Văn An' }).check();
    await picker.getByRole('searchbox', { name: 'Tìm theo họ tên' }).fill('lan');
    await picker.getByRole('checkbox', { name: 'Chọn Phạm Thị Lan' }).check();
    await chooseOption(page, picker, 'Danh hiệu đăng ký cho người đã chọn', 'Chiến sĩ thi đua cơ sở');
    await expect(picker.getByTestId('picked-count')).toHaveText('Đã chọn 2 người: Nguyễn Văn An, Phạm Thị Lan');
    await picker.getByRole('button', { name: 'Thêm 2 người' }).click();
    await expect(picker.getByRole('alert')).toContainText('Nguyễn Văn An đã có trong danh sách đăng ký này.');
    await screenshot(page, '45-picker-duplicate');
    await expectNoHorizontalScroll(page);
    expect(commune.query('SELECT rev FROM registrations')[0]).toEqual(before);
    expect(commune.query('SELECT id, person_id, title, position FROM registration_entries ORDER BY position')).toEqual(entriesBefore);
    // Without An, Lan is added.
    await picker.getByRole('button', { name: 'Bỏ chọn 1 người đã có trong danh sách' }).click();
    await expect(picker.getByTestId('picked-count')).toHaveText('Đã chọn 1 người: Phạm Thị Lan');
    await picker.getByRole('button', { name: 'Thêm 1 người' }).click();
    await expect(picker).toBeHidden();
    await expect(page.getByTestId('entry-row')).toHaveCount(7);
    await expect(page.getByTestId('entries-count')).toHaveText('7 người');
    expect(commune.query('SELECT e.title FROM registration_entries e WHERE e.person_id = ?', an.id)).toEqual([{ title: 'CSTDCS' }]);
    expect(commune.count('SELECT count(*) FROM registration_entries')).toBe(7);
    await page.getByRole('region', { name: 'Danh sách cá nhân đăng ký' }).scrollIntoViewIfNeeded();
    await quiet(page);
    await screenshot(page, '46-registration-entries');
    await expectNoHorizontalScroll(page);

    // "In bản đăng ký": the DOCX, converted by LibreOffice, names every person with their diacritics.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'In bản đăng ký' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toMatch(new RegExp(`^dang-ky-thi-dua-${Y}_.*\\.docx$`));
    const docxFile = path.join(usb, docx.suggestedFilename());
    await docx.saveAs(docxFile);
    const printed = docxText(docxFile);
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lò Thị Mai', 'Vàng A Dế', thuy, 'Đặng Thị Hường', 'Phạm Thị Lan']) expect(printed).toContain(name);
    expect(printed).toContain('BẢN ĐĂNG KÝ THI ĐUA');
    expect(printed).toContain(`Năm ${Y}`);
    expect(printed).toContain('Thu ngân sách trên địa bàn: 12.500.000.000 đồng');
    fs.rmSync(docxFile);

    // Back to the list: the registration with its people count, a draft until sent.
    await page.getByRole('button', { name: '← Danh sách đăng ký' }).click();
    const row = page.getByTestId('registration-row');
    await expect(row).toHaveCount(1);
    for (const t of ['Xã Tân Phong', MOVEMENT, 'Tập thể lao động xuất sắc', '7', `15/03/${Y}`, 'Nháp']) await expect(row).toContainText(t);
    await expect(row.getByTestId('late-badge')).toHaveCount(0);
    await expect(page.getByTestId('own-summary')).toHaveText('Đơn vị này: 1 bản đăng ký, 7 cá nhân đăng ký, đã gửi 0/1.');
    await quiet(page);
    await screenshot(page, '47-registrations-list');
    await expectNoHorizontalScroll(page);

    // "Gửi đi": the registration travels up with its movement and people.
    await goTo(page, 'Gửi đi');
    await expect(page.getByTestId('outbox-row').filter({ hasText: 'Đăng ký thi đua' })).toHaveCount(1);
    await expect(page.getByTestId('outbox-row').filter({ hasText: 'Phong trào thi đua' })).toHaveCount(1);
    await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
    const pkg = fs.readdirSync(usb).find((f) => f.startsWith('XA-TP_submission_'));
    expect(pkg).toBeTruthy();
    await goTo(page, 'Đăng ký thi đua');
    await expect(page.getByTestId('registration-row').getByTestId('status-badge')).toHaveText('Đã gửi');
    await expect(page.getByTestId('own-summary')).toContainText('đã gửi 1/1');

    // The province imports the package…
    await provincePage.goto(province.url);
    await goTo(provincePage, 'Nhận về');
    const chooser = provincePage.waitForEvent('filechooser');
    await provincePage.getByRole('button', { name: 'Chọn tệp gói…' }).click();
    await (await chooser).setFiles(path.join(usb, pkg!));
    const card = provincePage.getByTestId('package-card');
    await expect(card.getByTestId('preview-row').filter({ hasText: 'Đăng ký thi đua' })).toHaveCount(1);
    await card.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(card.getByText('Đã nhập')).toBeVisible();
    expect(province.query("SELECT registrant_name, origin, year, late FROM registrations")).toEqual([
      { registrant_name: 'Xã Tân Phong', origin: 'XA-TP', year: Y, late: 0 },
    ]);
    expect(province.count('SELECT count(*) FROM registration_entries')).toBe(7);

    // …and sees it in its list and in the overview of the units below it.
    await goTo(provincePage, 'Đăng ký thi đua');
    await pickYear(provincePage, Y);
    const provRow = provincePage.getByTestId('registration-row');
    await expect(provRow).toHaveCount(1);
    for (const t of ['Xã Tân Phong', MOVEMENT, '7']) await expect(provRow).toContainText(t);
    const units = provincePage.getByTestId('subunit-row');
    await expect(units).toHaveCount(2);
    await expect(units.filter({ hasText: 'Xã Mường So' })).toContainText('Chưa gửi');
    await expect(units.filter({ hasText: 'Xã Tân Phong' })).toContainText('1 bản · 7 người');
    await expect(provincePage.getByTestId('subunits-summary')).toHaveText('Đã gửi: 1/2 đơn vị');
    await screenshot(provincePage, '48a-province-registrations');
    await expectNoHorizontalScroll(provincePage);
    // The consolidated list, in Excel.
    const xlsxDownload = provincePage.waitForEvent('download');
    await provincePage.getByRole('button', { name: 'In danh sách tổng hợp (Excel)' }).click();
    const list = await xlsxDownload;
    expect(list.suggestedFilename()).toBe(`danh-sach-dang-ky-thi-dua-${Y}_T12.xlsx`);
    expect((await fs.promises.readFile(await list.path())).subarray(0, 2).toString()).toBe('PK');

    // The received registration opens read-only.
    await provRow.click();
    await expect(provincePage.getByTestId('received-copy-note')).toHaveText('Bản sao nhận từ Xã Tân Phong; chỉ đơn vị đó mới sửa được.');
    await expect(provincePage.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
    await expect(provincePage.getByRole('button', { name: 'Thêm từ Excel' })).toHaveCount(0);
    await expect(provincePage.getByRole('textbox', { name: 'Ngày đăng ký' })).toBeDisabled();
    await expect(provincePage.getByTestId('entry-row')).toHaveCount(7);
    await screenshot(provincePage, '48b-province-registration-readonly');
    await expectNoHorizontalScroll(provincePage);

    // The province returns it with a reason; the feedback package brings status and reason down.
    await province.invoke('exchange.decide', {
      subjectType: 'registration', subjectId: reg!.id, status: 'returned', reasons: [{ field: null, message: 'Thiếu biên bản họp bình xét của xã' }], note: '',
    });
    const feedback = await province.invoke('exchange.export', { to: 'XA-TP', outDir: fs.mkdtempSync(path.join(usb, 'fb-')) });
    for (const f of feedback.files) await commune.invoke('exchange.import', { path: f.file });
    await goTo(page, 'Phong trào thi đua');
    await goTo(page, 'Đăng ký thi đua');
    await expect(page.getByTestId('registration-row').getByTestId('status-badge')).toHaveText('Trả lại để bổ sung');
    await page.getByTestId('registration-row').click();
    await expect(page.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');
    await expect(page.getByTestId('record-reasons')).toContainText('Thiếu biên bản họp bình xét của xã');
    await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeEnabled();
    await screenshot(page, '48c-registration-returned');
    await expectNoHorizontalScroll(page);
  },
);

test('registrations: a collective registered after the deadline is kept with a warning and "Nộp muộn"; the deadline can be moved', async ({ app, page }) => {
  const xa = await initInstallation(app);
  await createMovement(app);
  await app.invoke('collectives.create', { name: 'Thôn Nà Khum', kind: 'village', unitId: xa.unitId, memberCount: 86 });
  await page.goto(app.url);
  await goTo(page, 'Đăng ký thi đua');
  await pickYear(page, Y);
  await page.getByRole('button', { name: 'Đăng ký mới' }).click();
  const info = page.getByRole('region', { name: 'Thông tin đăng ký' });

  // Nothing chosen: each missing field says so, nothing is written.
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(info.getByText('Vui lòng chọn phong trào thi đua.')).toBeVisible();
  await expect(info.getByText('Chọn ít nhất một danh hiệu đăng ký.')).toBeVisible();
  await expect(info.getByText(/Ngày đăng ký không hợp lệ/)).toBeVisible();
  expect(app.count('SELECT count(*) FROM registrations')).toBe(0);

  await chooseOption(page, info, 'Phong trào thi đua', MOVEMENT);
  await info.getByText('Tập thể', { exact: true }).click();
  await chooseOption(page, info, 'Tập thể đăng ký', 'Thôn Nà Khum – Xã Tân Phong');
  await pickTitle(page, info, 'Danh hiệu đăng ký', 'Thôn, tổ dân phố văn hóa');
  await addCommitment(info, 1, 'Tỷ lệ hộ gia đình văn hóa', '95', '%');
  await field(info, 'Ngày đăng ký').fill(`10/04/${Y}`);
  await expect(page.getByTestId('late-hint')).toHaveText(`Ngày đăng ký sau hạn 31/03/${Y}: bản đăng ký vẫn được ghi nhận, có đánh dấu nộp muộn.`);
  await page.getByRole('textbox', { name: 'Lý do nộp muộn' }).fill('Chờ thôn họp bình xét');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByTestId('save-warnings')).toContainText(`Đăng ký sau hạn 31/03/${Y}: vẫn được ghi nhận, có đánh dấu nộp muộn.`);
  await expect(page.getByTestId('late-badge')).toHaveText('Nộp muộn');
  await screenshot(page, '49a-registration-late');
  await expectNoHorizontalScroll(page);
  expect(app.query('SELECT registrant_kind, registrant_name, late, late_note, titles FROM registrations')).toEqual([
    { registrant_kind: 'collective', registrant_name: 'Thôn Nà Khum', late: 1, late_note: 'Chờ thôn họp bình xét', titles: '["THON_VH"]' },
  ]);

  await page.getByRole('button', { name: '← Danh sách đăng ký' }).click();
  const row = page.getByTestId('registration-row');
  await expect(row).toContainText('Thôn Nà Khum (tập thể)');
  await expect(row.getByTestId('late-badge')).toHaveText('Nộp muộn');

  // This year's deadline moved to the end of the year: the days left are counted again.
  const thisYear = Y + 1;
  await pickYear(page, thisYear);
  await page.getByRole('button', { name: 'Đổi hạn' }).click();
  const deadline = page.getByRole('textbox', { name: 'Hạn đăng ký mới' });
  await deadline.fill('31/02/2000');
  await page.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(page.getByText('Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.')).toBeVisible();
  await deadline.fill(`31/12/${thisYear}`);
  await page.getByRole('button', { name: 'Lưu hạn' }).click();
  await expect(page.getByTestId('deadline')).toHaveText(`Hạn gửi đăng ký năm ${thisYear}: 31/12/${thisYear}`);
  const left = daysUntil(`${thisYear}-12-31`);
  await expect(page.getByTestId('days-left')).toHaveText(left > 0 ? `Còn ${left} ngày` : 'Hôm nay là hạn cuối');
  expect(app.query("SELECT value FROM settings WHERE key = ?", `registration-deadline:${thisYear}`)).toEqual([{ value: `${thisYear}-12-31` }]);
  await screenshot(page, '49b-registrations-deadline');
});

test('registrations: last year’s unsent registration is in the default list ("Việc đang làm"); a sent one only under "Tất cả các năm"; the card says its year', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const thisYear = Y + 1;
  const register = async (year: number, name: string) => {
    const movement = await app.invoke('movements.create', { name, kind: 'thematic', year });
    const { registration } = await app.invoke('registrations.create', {
      year, movementId: movement.id, registrantKind: 'unit', unitId: xa.unitId, titles: ['TTLDXS'], commitments: [],
      registeredOn: `${year}-03-10`, signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã',
    });
    return registration;
  };
  await register(Y, MOVEMENT);
  const sent = await register(Y, PROVINCE_MOVEMENT);
  app.harness.host.context().sqlite
    .prepare(`INSERT INTO record_status (record_type, record_id, status, updated_at) VALUES ('registration', ?, 'sent', ?)`)
    .run(sent.id, `${Y}-03-12T00:00:00Z`);

  await page.goto(app.url);
  await goTo(page, 'Đăng ký thi đua');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('Việc đang làm');
  const rows = page.getByTestId('registration-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(MOVEMENT);
  await expect(rows).toContainText(String(Y));
  await expect(rows.getByTestId('status-badge')).toHaveText('Nháp');
  await expect(page.getByTestId('registrations-count')).toHaveText('1 bản đăng ký đang làm (chưa xong của mọi năm và của năm nay)');
  // The deadline card and the printed lists are this year's, and say so.
  await expect(page.getByTestId('deadline')).toHaveText(`Hạn gửi đăng ký năm ${thisYear}: 31/03/${thisYear}`);
  await expect(page.getByTestId('card-year-note')).toHaveText(
    `Danh sách bên dưới: việc đang làm của mọi năm. Hạn đăng ký, số liệu và danh sách in ở đây là của năm ${thisYear}; chọn một năm ở ô “Năm” để xem năm khác.`,
  );
  await quiet(page);
  await screenshot(page, '49c-registrations-open-work');
  await expectNoHorizontalScroll(page);

  await chooseOption(page, page, 'Năm', 'Tất cả các năm');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: PROVINCE_MOVEMENT }).getByTestId('status-badge')).toHaveText('Đã gửi');
  await expect(page.getByTestId('registrations-count')).toHaveText('2 bản đăng ký của tất cả các năm');
  await expect(page.getByTestId('card-year-note')).toContainText('Danh sách bên dưới: tất cả các năm.');

  // One year: the card follows it and needs no note.
  await pickYear(page, Y);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('deadline')).toHaveText(`Hạn gửi đăng ký năm ${Y}: 31/03/${Y}`);
  await expect(page.getByTestId('card-year-note')).toHaveCount(0);
  await pickYear(page, thisYear);
  await expect(page.getByTestId('registrations-empty')).toHaveText(`Chưa có bản đăng ký nào năm ${thisYear}. Bấm “Đăng ký mới” để bắt đầu.`);
});
