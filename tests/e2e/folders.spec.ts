import fs from 'node:fs';
import path from 'node:path';
import { expect, field, goTo, pairTest as test, pairUp, screenshot } from './harness';

const OUT = 'Thư mục lưu gói (ví dụ ổ USB: E:\\)';

test('packages go to a folder chosen from the drives, never to a relative path or a missing drive; "Mở thư mục" shows the files', async ({ app, page, province, usb }) => {
  const { xa } = await pairUp(app, province);
  await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, unitId: xa.unitId });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Gửi đi');

  // Typed by hand: a relative path and a drive this machine does not have are refused beside the field, and nothing is made.
  for (const typed of ['goi-tdkt', 'E:\\']) {
    await field(page, OUT).fill(typed);
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(field(page, OUT)).toHaveAccessibleDescription(/không phải là một thư mục đầy đủ trên máy này/);
    expect(fs.existsSync(path.resolve(typed))).toBe(false);
  }
  await screenshot(page, 'folders-01-refused');
  expect(app.count(`SELECT count(*) FROM packages WHERE direction = 'out'`)).toBe(0);

  // "Chọn…": the served chooser, drives on the left; walk from "/" down to the stick.
  await field(page, OUT).fill('');
  await page.getByRole('button', { name: 'Chọn…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn thư mục lưu gói' });
  await chooser.getByRole('button', { name: 'Toàn bộ máy (/)' }).click();
  await expect(chooser.getByTestId('chooser-path')).toHaveText('/');
  for (const part of usb.split('/').filter(Boolean)) {
    await chooser.getByTestId('chooser-folder').filter({ hasText: new RegExp(`^📁 ${part}$`) }).click();
  }
  await expect(chooser.getByTestId('chooser-path')).toHaveText(usb);
  await screenshot(page, 'folders-02-chooser');
  await chooser.getByRole('button', { name: 'Chọn thư mục này' }).click();
  await expect(chooser).toBeHidden();
  await expect(field(page, OUT)).toHaveValue(usb);

  await page.getByRole('button', { name: 'Tạo gói' }).click();
  await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
  const pkg = fs.readdirSync(usb).find((f) => f.startsWith('XA-TP_submission_'))!;
  expect(pkg).toBeTruthy();

  // "Mở thư mục" lists the files of the folder the packages went to.
  await page.getByRole('button', { name: 'Mở thư mục' }).click();
  const folder = page.getByRole('dialog', { name: 'Các tệp trong thư mục lưu gói' });
  await expect(folder.getByTestId('chooser-file').filter({ hasText: pkg })).toBeVisible();
  await screenshot(page, 'folders-03-open-folder');
});
