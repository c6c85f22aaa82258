import fs from 'node:fs';
import path from 'node:path';
import { expect, initInstallation, screenshot, test, walkChooserTo } from './harness';

test('backup: create a copy, back up to a USB folder with a passphrase, preview a restore, restore', async ({ app, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await initInstallation(app);
  const an = { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male' as const, birthDate: '1980-05-01' };
  await app.invoke('people.create', an);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  await expect(table.getByRole('row').filter({ hasText: 'Do cán bộ tạo' })).toContainText('1 cá nhân, 0 hồ sơ, 0 gói');

  // A person entered after the copy.
  await app.invoke('people.create', { ...an, givenName: 'Bình' });

  // To a USB stick: one file, the key under a passphrase typed twice.
  const usb = testInfo.outputPath('usb');
  fs.mkdirSync(usb, { recursive: true });
  const folder = page.getByRole('textbox', { name: 'Thư mục lưu (ví dụ ổ USB: E:\\)' });
  await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('Tân Phong 2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('Tân Phong 2026');
  // Typed by hand, a relative folder is refused beside the field; nothing is written there.
  await folder.fill('sao-luu');
  await page.getByRole('button', { name: 'Sao lưu ra thư mục này' }).click();
  await expect(folder).toHaveAccessibleDescription(/"sao-luu" không phải là một thư mục đầy đủ trên máy này; hãy bấm "Chọn…"/);
  expect(fs.existsSync(path.resolve('sao-luu'))).toBe(false);
  await screenshot(page, '60a-backup-folder-refused');

  // "Chọn…": the folder chooser, drives on the left; walk from "/" down to the stick.
  await folder.fill('');
  await page.getByRole('region', { name: 'Sao lưu ra USB hoặc thư mục khác' }).getByRole('button', { name: 'Chọn…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn thư mục lưu tệp sao lưu' });
  await walkChooserTo(chooser, usb);
  await screenshot(page, '60b-backup-folder-chooser');
  await chooser.getByRole('button', { name: 'Chọn thư mục này' }).click();
  await expect(chooser).toBeHidden();
  await expect(folder).toHaveValue(usb);
  await expect(folder).not.toHaveAccessibleDescription(/không phải/);

  await page.getByRole('button', { name: 'Sao lưu ra thư mục này' }).click();
  await expect(page.getByText(/Đã ghi và đọc lại tệp sao lưu TDKT-XA-TP-/)).toBeVisible();
  expect(fs.readdirSync(usb).filter((f) => f.endsWith('.tdkt-backup'))).toHaveLength(1);
  await expect(page.getByTestId('last-archive')).toContainText('Lần sao lưu ra USB gần nhất:');
  await screenshot(page, '60-backup-page');
  // The stick's folder is remembered for the next backup, after the app is opened again.
  await page.reload();
  await page.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
  await expect(page.getByRole('textbox', { name: 'Thư mục lưu (ví dụ ổ USB: E:\\)' })).toHaveValue(usb);

  // Restore the first copy: the preview compares, nothing changes until confirmed.
  await table.getByRole('row').filter({ hasText: 'Do cán bộ tạo' }).filter({ hasText: '1 cá nhân' }).getByRole('button', { name: /Khôi phục bản/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Xem trước khi khôi phục' });
  await expect(dialog.getByRole('row', { name: /Cá nhân/ })).toHaveText(/Cá nhân\s*2\s*1/);
  await expect(dialog).toContainText('Xã Tân Phong');
  await screenshot(page, '61-backup-restore-preview');
  expect(app.count('SELECT count(*) FROM people')).toBe(2);

  await dialog.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await expect(page.getByText(/Đã khôi phục bản lúc/)).toBeVisible();
  await expect.poll(() => app.count('SELECT count(*) FROM people')).toBe(1);
  // The safety copy of the state before the restore is listed.
  await expect(table.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })).toContainText('2 cá nhân');
  await page.getByRole('button', { name: 'Cá nhân' }).first().click();
  await expect(page.getByText('Bình')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
  await screenshot(page, '62-backup-after-restore');

  // "Khôi phục từ tệp": the file on the stick is chosen in the chooser (backup files only), then previewed.
  fs.writeFileSync(path.join(usb, 'ghi-chu.txt'), 'không phải bản sao lưu');
  const fromFile = page.getByRole('region', { name: 'Khôi phục từ tệp' });
  await fromFile.getByRole('button', { name: 'Chọn…' }).click();
  const fileChooser = page.getByRole('dialog', { name: 'Chọn tệp sao lưu' });
  await walkChooserTo(fileChooser, usb);
  await expect(fileChooser.getByTestId('chooser-file')).toHaveCount(1);
  await screenshot(page, '62a-backup-file-chooser');
  await fileChooser.getByTestId('chooser-file').filter({ hasText: /^📄 TDKT-XA-TP-.*\.tdkt-backup/ }).click();
  await expect(fileChooser).toBeHidden();
  const archive = fs.readdirSync(usb).find((f) => f.endsWith('.tdkt-backup'))!;
  await expect(fromFile.getByRole('textbox', { name: 'Đường dẫn tệp sao lưu' })).toHaveValue(path.join(usb, archive));
  await fromFile.getByLabel('Mật khẩu của tệp').fill('Tân Phong 2026');
  await fromFile.getByRole('button', { name: 'Xem trước' }).click();
  const fromArchive = page.getByRole('dialog', { name: 'Xem trước khi khôi phục' });
  await expect(fromArchive.getByRole('row', { name: /Cá nhân/ })).toHaveText(/Cá nhân\s*1\s*2/);
  await screenshot(page, '62b-backup-file-preview');
  await fromArchive.getByRole('button', { name: 'Hủy', exact: true }).click();
  await expect(fromArchive).toBeHidden();
  expect(app.count('SELECT count(*) FROM people')).toBe(1);
});

test('backup: a database that cannot be read shows the newest backup by name and restores from the error screen', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await initInstallation(app);
  await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01' });
  const good = await app.invoke('backup.create', { toDir: null, passphrase: null });
  await app.stop();
  const file = path.join(app.dataDir, 'tdkt.sqlite');
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  fs.closeSync(fd);
  await app.start();

  await page.goto(app.url);
  const alert = page.getByRole('alert').filter({ hasText: 'Không mở được dữ liệu' });
  await expect(alert).toContainText(good.local.fileName);
  await screenshot(page, '63-backup-unreadable');
  await alert.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  await table.getByRole('row').filter({ hasText: 'Do cán bộ tạo' }).getByRole('button', { name: /Khôi phục bản/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Xem trước khi khôi phục' });
  await expect(dialog.getByRole('row', { name: /Cá nhân/ })).toHaveText(/Cá nhân\s*0\s*1/);
  await dialog.getByRole('button', { name: 'Khôi phục bản này' }).click();
  // The page reloads into the app, with the data back.
  await expect(page.getByTestId('header-unit')).toHaveText('Xã Tân Phong');
  expect(app.count('SELECT count(*) FROM people')).toBe(1);
  await page.getByRole('button', { name: 'Sao lưu và khôi phục' }).click();
  await expect(table.getByRole('row').filter({ hasText: 'Bản dữ liệu hỏng (giữ lại)' })).toBeVisible();
});

test('backup: a database with a damaged page opens read-only with a banner naming the backup on every screen', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await initInstallation(app);
  for (const givenName of ['An', 'Bình', 'Cường']) {
    await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName, gender: 'male', birthDate: '1980-05-01' });
  }
  const good = await app.invoke('backup.create', { toDir: null, passphrase: null });
  const rootpage = app.count(`SELECT rootpage FROM sqlite_master WHERE name = 'people'`);
  await app.stop();
  const fd = fs.openSync(path.join(app.dataDir, 'tdkt.sqlite'), 'r+');
  fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (rootpage - 1) * 4096);
  fs.closeSync(fd);
  await app.start();

  await page.goto(app.url);
  const banner = page.getByRole('alert').filter({ hasText: 'Dữ liệu bị hỏng: chỉ xem, không ghi được' });
  await expect(banner).toContainText(good.local.fileName);
  await screenshot(page, '64-backup-damaged-banner');
  await banner.getByRole('button', { name: 'Mở Sao lưu và khôi phục' }).click();
  await expect(page.getByRole('button', { name: 'Sao lưu ngay' })).toBeDisabled();
});
