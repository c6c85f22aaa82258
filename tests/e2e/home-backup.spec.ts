import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, goTo, initInstallation, screenshot, test } from './harness';

test('"Việc cần làm": no copy on a USB stick for weeks is listed, opens "Sao lưu và khôi phục", and goes once a copy is written', async ({ app, page }, testInfo) => {
  await initInstallation(app);
  // The installation was set up 20 days ago (written beside the running app, as the days would have passed).
  const db = new Database(path.join(app.dataDir, 'tdkt.sqlite'));
  const setUp = new Date(Date.now() - 20 * 86_400_000);
  db.prepare('UPDATE installation SET created_at = ?').run(setUp.toISOString());
  db.close();

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  const line = page.getByTestId('home-task').filter({ hasText: 'Chưa sao lưu ra USB lần nào' });
  await expect(line).toHaveAttribute('data-kind', 'backup');
  await expect(line).toHaveAttribute('data-state', 'overdue');
  await expect(line).toContainText('Sao lưu');
  await expect(line).toContainText(/Đã dùng 2\d ngày mà chưa sao lưu ra USB/);
  await expect(line).toContainText(/Quá hạn 1\d ngày/);
  await screenshot(page, 'home-backup-01-task');

  await line.getByRole('button', { name: 'Chưa sao lưu ra USB lần nào' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sao lưu và khôi phục' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Sao lưu và khôi phục' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('last-archive')).toHaveText('Chưa sao lưu ra USB lần nào.');

  const usb = testInfo.outputPath('usb');
  fs.mkdirSync(usb, { recursive: true });
  await page.getByRole('textbox', { name: 'Thư mục lưu (ví dụ ổ USB: E:\\)' }).fill(usb);
  await page.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('Tân Phong 2026');
  await page.getByLabel('Nhập lại mật khẩu').fill('Tân Phong 2026');
  await page.getByRole('button', { name: 'Sao lưu ra thư mục này' }).click();
  await expect(page.getByText(/Đã ghi và đọc lại tệp sao lưu TDKT-XA-TP-/)).toBeVisible();
  await expect(page.getByTestId('last-archive')).toHaveText(/^Lần sao lưu ra USB gần nhất: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(tệp TDKT-XA-TP-[\d-]+\.tdkt-backup\)\.$/);
  await screenshot(page, 'home-backup-02-backup-page');

  await goTo(page, 'Việc cần làm');
  await expect(page.getByTestId('home-task').filter({ hasText: 'Sao lưu' })).toHaveCount(0);
  await expect(page.getByTestId('home-task').first()).toBeVisible(); // the other lines are still there
  await screenshot(page, 'home-backup-03-done');
});
