import { expect, goTo, initInstallation, screenshot, test } from './harness';

test('sample data: "Đang dùng dữ liệu mẫu" on every screen until "Xóa dữ liệu mẫu" removes only the sample rows', async ({ app, page }) => {
  const inst = await initInstallation(app);
  await app.invoke('demo.create', { people: 30 });
  // The clerk's own person, entered after the sample data: it stays.
  await app.invoke('people.create', { familyName: 'Hà', middleName: 'Thị', givenName: 'Thật', gender: 'female', unitId: inst.unitId });
  const sample = app.count("SELECT count(*) FROM people") - 1;
  expect(sample).toBe(30);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  const banner = page.getByTestId('demo-banner');
  await expect(banner).toContainText('Đang dùng dữ liệu mẫu: các đơn vị, cá nhân, hồ sơ tạo lúc');
  await expect(banner).toContainText('không phải số liệu thật');
  await screenshot(page, 'demo-01-banner-home');
  await goTo(page, 'Cá nhân');
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Xóa dữ liệu mẫu…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa dữ liệu mẫu' });
  await expect(dialog).toContainText(/Sẽ xóa \d+ bản ghi mẫu/);
  await expect(dialog).toContainText('1 bản ghi bạn nhập sau khi tạo dữ liệu mẫu được giữ nguyên.');
  await screenshot(page, 'demo-02-confirm');
  expect(app.count('SELECT count(*) FROM people')).toBe(31); // nothing removed before the confirmation
  await dialog.getByRole('button', { name: /^Xóa \d+ bản ghi mẫu$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Đã xóa dữ liệu mẫu \(\d+ bản ghi\)\./)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  await screenshot(page, 'demo-03-removed');

  expect(app.query('SELECT full_name FROM people')).toEqual([{ full_name: 'Hà Thị Thật' }]);
  expect(app.count("SELECT count(*) FROM units WHERE level = 'commune'")).toBe(1);
  expect(app.count('SELECT count(*) FROM dossiers')).toBe(0);
  await goTo(page, 'Cá nhân');
  await expect(page.getByRole('main')).toContainText('Hà Thị Thật');
});
