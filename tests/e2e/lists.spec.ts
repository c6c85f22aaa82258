import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { seedPeople } from '../bench/seed';
import { chooseOption, expect, expectNoHorizontalScroll, field, goTo, initInstallation, pairTest, quiet, screenshot, test } from './harness';

// Lists a clerk can work with (issue 19, point 7), at 1366×768.
const Y = new Date().getFullYear();

test('dossiers: last year’s unfinished dossier is in the default list ("Việc đang làm"), finished ones under "Tất cả các năm"', async ({ app, page }) => {
  await initInstallation(app);
  const make = (year: number, title: string) =>
    app.invoke('dossiers.create', { year, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-01-15`, title });
  const old = await make(Y - 2, `Hồ sơ năm ${Y - 2} đã có quyết định khen thưởng`);
  await make(Y - 1, `Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y - 1} cho cán bộ, công chức và người lao động của xã Tân Phong`);
  await make(Y, `Hồ sơ năm ${Y}`);
  const db = app.harness.host.context().sqlite;
  db.prepare(`INSERT INTO record_status (record_type, record_id, status, updated_at) VALUES ('dossier', ?, 'decided', '2026-01-01T00:00:00Z')`).run(old.id);

  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('Việc đang làm');
  const rows = page.getByTestId('dossier-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: `năm ${Y - 1} cho cán bộ` })).toContainText(String(Y - 1));
  await expect(page.getByTestId('dossiers-count')).toHaveText('2 hồ sơ đang làm (chưa xong của mọi năm và của năm nay)');
  // The long title wraps whole instead of ending in "…".
  await expect(page.getByText(`Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y - 1} cho cán bộ, công chức và người lao động của xã Tân Phong`)).toBeVisible();
  await screenshot(page, 'lists-01-dossiers-open-work');
  await expectNoHorizontalScroll(page);

  await chooseOption(page, page, 'Năm', 'Tất cả các năm');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('dossiers-count')).toHaveText('3 hồ sơ của tất cả các năm');
  await chooseOption(page, page, 'Năm', String(Y - 2));
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Có quyết định');
  await screenshot(page, 'lists-02-dossiers-one-year');
});

test('people: "Xuất Excel" writes every person of the search (not only the page in sight), read back from the file', async ({ app, page }) => {
  const inst = await initInstallation(app);
  seedPeople(app.harness.host.context().sqlite, 450, { unitId: inst.unitId, origin: 'XA-TP' });
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-xlsx-'));

  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await expect(page.getByTestId('people-count')).toHaveText('450 cá nhân');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất danh sách ra Excel' });
  await expect(dialog.getByTestId('xlsx-what')).toContainText('Xuất 450 cá nhân trong danh sách: mọi trang');
  // A relative folder is refused in words, and nothing is written.
  await field(dialog, 'Thư mục lưu tệp').fill('Bao cao');
  await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  await expect(dialog).toContainText('không phải là một thư mục đầy đủ');
  await field(dialog, 'Thư mục lưu tệp').fill(out);
  await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  await expect(dialog.getByTestId('xlsx-done')).toContainText('Đã lưu 450 dòng vào tệp “Danh sach ca nhan');
  await screenshot(page, 'lists-03-people-xlsx');

  const [name] = fs.readdirSync(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, name!));
  const ws = wb.worksheets[0]!;
  expect(ws.getCell('A1').value).toBe('DANH SÁCH CÁ NHÂN');
  expect((ws.getRow(5).values as unknown[]).slice(1, 6)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Năm sinh']);
  expect(ws.actualRowCount).toBe(4 + 450); // title, unit line, date line, headers (the blank line is not counted)
  const db = app.query<{ n: number }>('SELECT count(*) n FROM people')[0]!.n;
  expect(db).toBe(450);
  expect(ws.getCell('D6').numFmt).toBe('dd/mm/yyyy');
  fs.rmSync(out, { recursive: true, force: true });
});

pairTest('"Gửi đi" groups the records by type (the dossier first, 40 people folded), and "Nhận về" previews them grouped', async ({ app, page, province, provincePage, usb }) => {
  const { pairUp } = await import('./harness');
  const { xa } = await pairUp(app, province);
  await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-01-15`, title: `Đề nghị xét tặng CSTĐCS năm ${Y}` });
  seedPeople(app.harness.host.context().sqlite, 40, { unitId: xa.unitId, origin: 'XA-TP' });

  await page.goto(app.url);
  await goTo(page, 'Gửi đi');
  const groups = page.getByTestId('outbox-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toHaveAttribute('data-type', 'dossier');
  await expect(groups.nth(0)).toContainText('1 bản ghi');
  const people = page.locator('[data-testid="outbox-group"][data-type="person"]');
  await expect(people).toContainText('40 bản ghi');
  await expect(people).toContainText('bấm ▸ để xem từng bản ghi');
  // Folded: the dossier's row shows, the 40 people do not.
  await expect(page.getByTestId('outbox-row')).toHaveCount(1);
  await expect(page.getByTestId('outbox-row').filter({ hasText: `Đề nghị xét tặng CSTĐCS năm ${Y} (0 đề nghị)` })).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Phiên bản' })).toBeVisible();
  await expect(page.getByText('Lần sửa')).toHaveCount(0);
  await expect(page.getByTestId('outbox-row').filter({ hasText: 'Đề nghị xét tặng CSTĐCS' })).toContainText('Bản đầu tiên');
  await screenshot(page, 'lists-04-send-grouped');
  await expectNoHorizontalScroll(page);

  // The group's box leaves all 40 out at once, and puts them back.
  await page.getByRole('checkbox', { name: 'Gửi mọi cá nhân' }).uncheck();
  await expect(page.getByTestId('outbox-count')).toContainText('Đã chọn 1/41 bản ghi');
  await page.getByRole('checkbox', { name: 'Gửi mọi cá nhân' }).check();
  await expect(page.getByTestId('outbox-count')).toContainText('Đã chọn 41/41 bản ghi');
  await page.getByRole('button', { name: 'Mở nhóm Cá nhân' }).click();
  await expect(page.getByTestId('outbox-row').filter({ hasText: 'Cá nhân' }).first()).toBeVisible();
  await screenshot(page, 'lists-05-send-group-open');

  await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói' }).click();
  await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
  const pkg = path.join(usb, fs.readdirSync(usb).find((f) => f.startsWith('XA-TP_submission_'))!);

  await provincePage.goto(province.url);
  await goTo(provincePage, 'Nhận về');
  const chooser = provincePage.waitForEvent('filechooser');
  await provincePage.getByRole('button', { name: 'Chọn tệp gói…' }).click();
  await (await chooser).setFiles(pkg);
  const card = provincePage.getByTestId('package-card');
  const previewGroups = card.getByTestId('preview-group');
  await expect(previewGroups).toHaveCount(2);
  await expect(previewGroups.first()).toContainText('Hồ sơ đề nghị khen thưởng · 1 bản ghi');
  await expect(card.locator('[data-testid="preview-group"][data-type="person"]')).toContainText('Cá nhân · 40 bản ghi');
  await expect(card.locator('[data-testid="preview-group"][data-type="person"]')).toContainText('40 Mới');
  await expect(card.getByTestId('preview-row')).toHaveCount(1); // the dossier; the people are folded
  await expect(card.getByTestId('preview-row')).toContainText(`Đề nghị xét tặng CSTĐCS năm ${Y}`);
  await quiet(provincePage);
  await screenshot(provincePage, 'lists-06-receive-grouped');
  await expectNoHorizontalScroll(provincePage);
});

test('registrations: a duplicate is shown as the registrant is picked, with a link to the one already made; "Năm sinh" shows the year', async ({ app, page }) => {
  const inst = await initInstallation(app);
  const movement = await app.invoke('movements.create', { name: `Phong trào thi đua "Chung sức xây dựng nông thôn mới" năm ${Y}`, kind: 'regular', year: Y });
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01', unitId: inst.unitId });
  const { registration } = await app.invoke('registrations.create', {
    year: Y, movementId: movement.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDXS'], commitments: [], registeredOn: `${Y}-01-10`,
  });
  await app.invoke('registrations.addEntries', { registrationId: registration.id, entries: [{ personId: an.id, title: 'LDTT' }] });

  await page.goto(app.url);
  await goTo(page, 'Đăng ký thi đua');
  await page.getByRole('button', { name: 'Đăng ký mới' }).click();
  const info = page.getByRole('region', { name: 'Thông tin đăng ký' });
  await expect(page.getByTestId('same-registration')).toHaveCount(0);
  await chooseOption(page, info, 'Phong trào thi đua', movement.name);
  const hint = page.getByTestId('same-registration');
  await expect(hint).toContainText(`Đã có đăng ký của Xã Tân Phong cho ${movement.name} — không lưu được bản thứ hai.`);
  await screenshot(page, 'lists-07-registration-duplicate');
  await expectNoHorizontalScroll(page);
  // Another registrant: the hint goes.
  await info.locator('label', { hasText: /^Tập thể$/ }).click();
  await expect(hint).toHaveCount(0);
  await info.locator('label', { hasText: /^Đơn vị$/ }).click();
  await expect(hint).toBeVisible();

  await hint.getByRole('button', { name: 'Mở đăng ký đó' }).click();
  // The movement was picked: leaving the new form asks first; the clerk drops it.
  const leave = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  await expect(page.getByTestId('same-registration')).toHaveCount(0);
  const entry = page.getByTestId('entry-row');
  await expect(entry).toContainText('1980');
  await expect(entry).not.toContainText('01/05/1980');
  await screenshot(page, 'lists-08-registration-opened');
  expect(app.count('SELECT count(*) FROM registrations')).toBe(1);

  // "Phong trào thi đua": a long movement name wraps whole at 1366 px, nothing cut with "…".
  await app.invoke('movements.create', { name: LONG_MOVEMENT, kind: 'thematic', year: Y });
  await page.getByRole('button', { name: '← Danh sách đăng ký' }).click();
  await goTo(page, 'Phong trào thi đua');
  const cell = page.getByRole('cell', { name: LONG_MOVEMENT });
  await expect(cell).toBeVisible();
  expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth && getComputedStyle(td).textOverflow !== 'ellipsis')).toBe(true);
  await screenshot(page, 'lists-11-movements-wrapped');
  await expectNoHorizontalScroll(page);
});

const LONG_MOVEMENT = `Phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn ${Y}-${Y + 4} trên địa bàn xã`;

test('a landscape preview (the dossier’s list of nominees) fits the dialog’s width: no sideways scrolling', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, position: 'Công chức Văn phòng – Thống kê', unitId: xa.unitId });
  const d = await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-01-15`, title: `Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y}` });
  await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc nhiệm vụ.' });

  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await page.getByTestId('dossier-row').first().click();
  await page.getByRole('button', { name: 'Xem trước ▾' }).click();
  await page.getByRole('menuitem', { name: 'Danh sách đề nghị khen thưởng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xem trước: Danh sách đề nghị khen thưởng' });
  const preview = dialog.getByTestId('document-preview');
  await expect(preview).toHaveAttribute('aria-busy', 'false');
  await expect(preview).toContainText('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  const fit = await preview.evaluate((frame) => {
    const view = frame.querySelector<HTMLElement>('.mantine-ScrollArea-viewport')!;
    const page1 = frame.querySelector('section.docx')!.getBoundingClientRect();
    const box = frame.getBoundingClientRect();
    return { sideways: view.scrollWidth - view.clientWidth, inside: page1.left >= box.left && page1.right <= box.right, wide: page1.width > page1.height };
  });
  expect(fit).toEqual({ sideways: 0, inside: true, wide: true });
  await screenshot(page, 'lists-09-landscape-preview');
});

test('people: the same person (name, date of birth, unit) is shown as it is typed, with a link to the one already listed', async ({ app, page }) => {
  const inst = await initInstallation(app);
  await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01', position: 'Chủ tịch UBND xã', unitId: inst.unitId });

  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(dialog, 'Họ và tên').fill('Nguyễn Văn An');
  await field(dialog, 'Ngày sinh').fill('02/05/1980');
  // A namesake born another day is another person.
  await page.waitForTimeout(800);
  await expect(dialog.getByTestId('same-person')).toHaveCount(0);
  await field(dialog, 'Ngày sinh').fill('01/05/1980');
  const hint = dialog.getByTestId('same-person');
  await expect(hint).toContainText('Đã có Nguyễn Văn An, sinh ngày 01/05/1980, Xã Tân Phong trong danh sách cá nhân');
  await screenshot(page, 'lists-10-person-duplicate');
  await hint.getByRole('button', { name: 'Mở người này' }).click();
  await page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await expect(field(edit, 'Chức vụ')).toHaveValue('Chủ tịch UBND xã');
  await expect(edit.getByTestId('same-person')).toHaveCount(0);
  expect(app.count('SELECT count(*) FROM people')).toBe(1);
});

test('initiatives: an application from last year not yet answered is in the default list; a year shows only that year', async ({ app, page }) => {
  const inst = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, unitId: inst.unitId });
  await app.invoke('initiatives.create', { title: 'Sổ theo dõi công văn đến bằng bảng tính', year: Y - 1, authors: [{ personId: an.id, share: 100 }] });
  await app.invoke('initiatives.create', { title: `Sáng kiến năm ${Y}`, year: Y, authors: [{ personId: an.id, share: 100 }] });

  await page.goto(app.url);
  await goTo(page, 'Sáng kiến');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('Việc đang làm');
  const rows = page.getByTestId('initiative-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Sổ theo dõi công văn đến' })).toContainText(String(Y - 1));
  await quiet(page);
  await screenshot(page, 'lists-12-initiatives-open-work');
  await expectNoHorizontalScroll(page);
  await chooseOption(page, page, 'Năm', String(Y));
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('initiatives-count')).toHaveText(`1 đơn năm ${Y}`);
});
