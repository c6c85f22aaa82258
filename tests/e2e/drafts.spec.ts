import { expect, field, goTo, initInstallation, screenshot, test } from './harness';

test('drafts: leaving a half-filled form warns, and the draft comes back after a reload and a restart', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(dialog, 'Họ và tên').fill('Lò Thị Bình');
  await field(dialog, 'Chức vụ').fill('Trưởng thôn');

  // Closing the form (Hủy, Escape) asks first; "Tiếp tục sửa" keeps the form as it is.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  const leave = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
  await expect(leave).toBeVisible();
  await expect(leave).toContainText('Thêm cá nhân');
  await screenshot(page, 'drafts-leave-question');
  await leave.getByRole('button', { name: 'Tiếp tục sửa' }).click();
  await expect(leave).toBeHidden();
  await expect(field(dialog, 'Họ và tên')).toHaveValue('Lò Thị Bình');
  await page.keyboard.press('Escape');
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Tiếp tục sửa' }).click();

  // The draft reaches the database within two seconds of typing (what a crash could lose).
  await field(dialog, 'Số điện thoại').fill('0912345678');
  await expect
    .poll(() => app.count(`SELECT count(*) FROM drafts WHERE key = 'person:new' AND value LIKE '%Trưởng thôn%' AND value LIKE '%0912345678%'`), { timeout: 2000, intervals: [100] })
    .toBe(1);

  // Reloading the page: the browser asks (beforeunload) and the draft is back when the form is opened again.
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(field(dialog, 'Họ và tên')).toHaveValue('Lò Thị Bình');
  await expect(field(dialog, 'Tên')).toHaveValue('Bình');
  await expect(field(dialog, 'Chức vụ')).toHaveValue('Trưởng thôn');
  await expect(field(dialog, 'Số điện thoại')).toHaveValue('0912345678');
  await screenshot(page, 'drafts-restored');

  // The program killed and started again (a new port, so a new browser origin): still there.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByText('Có nội dung chưa lưu từ lần trước')).toBeVisible();
  await expect(page.getByText(/“Thêm cá nhân” \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)/)).toBeVisible();
  await screenshot(page, 'drafts-after-restart');
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await expect(field(dialog, 'Chức vụ')).toHaveValue('Trưởng thôn');

  // Closing while keeping the draft, then saving: the draft is gone once the person exists.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await leave.getByRole('button', { name: 'Rời đi, giữ bản nháp' }).click();
  await expect(dialog).toBeHidden();
  expect(app.count(`SELECT count(*) FROM drafts`)).toBe(1);
  await goTo(page, 'Tập thể');
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await expect(field(dialog, 'Họ và tên')).toHaveValue('Lò Thị Bình');
  await dialog.getByRole('radio', { name: 'Nữ', exact: true }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  expect(app.count(`SELECT count(*) FROM people WHERE full_name = 'Lò Thị Bình' AND position = 'Trưởng thôn'`)).toBe(1);
  await expect.poll(() => app.count(`SELECT count(*) FROM drafts`)).toBe(0);

  // "Bỏ thay đổi" throws a draft away: the form opens empty next time.
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await field(dialog, 'Họ và tên').fill('Vì Văn Tạm');
  await expect.poll(() => app.count(`SELECT count(*) FROM drafts`)).toBe(1);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await leave.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.count(`SELECT count(*) FROM drafts`)).toBe(0);
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  await expect(field(dialog, 'Họ và tên')).toHaveValue('');
  // Nothing typed: closing does not ask.
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await expect(leave).toBeHidden();
});
