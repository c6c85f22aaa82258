import { chooseOption, expect, field, expectNoHorizontalScroll, goTo, screenshot, test } from './harness';

test('first run: the wizard declares the unit, its parent and the clerk, then shows the key fingerprint', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập TĐKT Desktop' })).toBeVisible();

  // Required fields are checked before moving on.
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Vui lòng nhập tên đơn vị.')).toBeVisible();
  await expect(page.getByText('Vui lòng nhập mã đơn vị.')).toBeVisible();

  await field(page, 'Tên đơn vị').fill('Xã Tân Phong');
  await field(page, 'Mã đơn vị').fill('XA-TP');
  await chooseOption(page, page, 'Cấp', 'Xã, phường, đặc khu');
  await field(page, 'Tên đơn vị cấp trên').fill('Tỉnh Lai Châu');
  await field(page, 'Mã đơn vị cấp trên').fill('T12');
  await chooseOption(page, page, 'Cấp của đơn vị cấp trên', 'Tỉnh, thành phố');
  await screenshot(page, '01-setup-unit');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Vui lòng nhập họ tên cán bộ.')).toBeVisible();
  await field(page, 'Họ tên cán bộ').fill('Nguyễn Thị Hoa');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  const summary = page.getByTestId('setup-summary');
  await expect(summary).toContainText('Xã Tân Phong');
  await expect(summary).toContainText('Tỉnh Lai Châu (T12, Tỉnh, thành phố)');
  await expect(summary).toContainText('Nguyễn Thị Hoa');
  await screenshot(page, '02-setup-confirm');
  expect(app.count('SELECT count(*) FROM installation')).toBe(0);
  await page.getByRole('button', { name: 'Hoàn tất' }).click();

  // The fingerprint: 32 hex digits in 8 groups of 4.
  const fingerprint = page.getByTestId('fingerprint');
  await expect(fingerprint).toBeVisible();
  const groups = await fingerprint.locator('p').allTextContents();
  expect(groups).toHaveLength(8);
  for (const g of groups) expect(g).toMatch(/^[0-9a-f]{4}$/);
  await expect(page.getByText('Dấu vân tay khóa')).toBeVisible();
  await screenshot(page, '03-setup-fingerprint');

  // In the database: the installation row and both units, the commune under the province.
  const [inst] = app.query<{ key_id: string; clerk_name: string; code: string }>(
    'SELECT i.key_id, i.clerk_name, u.code FROM installation i JOIN units u ON u.id = i.unit_id',
  );
  expect(inst).toMatchObject({ clerk_name: 'Nguyễn Thị Hoa', code: 'XA-TP' });
  expect(groups.join('')).toBe(inst?.key_id);
  const units = app.query<{ code: string; name: string; level: string; parent: string | null }>(
    'SELECT u.code, u.name, u.level, p.code parent FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.code',
  );
  expect(units).toEqual([
    { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province', parent: null },
    { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parent: 'T12' },
  ]);
  expect(app.count("SELECT count(*) FROM audit WHERE action = 'init'")).toBe(1);

  await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  await expect(page.getByTestId('header-unit')).toHaveText('Xã Tân Phong');
  await expect(page.getByRole('banner')).toContainText('Nguyễn Thị Hoa');
  // The first screen is "Việc cần làm": a new commune is due to register for the year.
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByTestId('home-task')).toContainText('Lập đăng ký thi đua năm');
  await goTo(page, 'Cá nhân');
  await expect(page.getByTestId('people-count')).toHaveText('0 cá nhân');
  await screenshot(page, '04-people-empty');
  await expectNoHorizontalScroll(page);

  // The clerk at work can be changed from the header (it goes into the audit log).
  await page.getByRole('button', { name: /Cán bộ: Nguyễn Thị Hoa/ }).click();
  const clerk = page.getByRole('dialog', { name: 'Cán bộ đang làm việc' });
  await field(clerk, 'Họ tên cán bộ').fill('Lò Thị Phương');
  await clerk.getByRole('button', { name: 'Lưu' }).click();
  await expect(clerk).toBeHidden();
  await expect(page.getByRole('banner')).toContainText('Lò Thị Phương');
  expect(app.query('SELECT clerk_name FROM installation')).toEqual([{ clerk_name: 'Lò Thị Phương' }]);

  await page.getByRole('button', { name: 'Khóa và tin cậy' }).click();
  await expect(page.getByTestId('fingerprint')).toBeVisible();
  await expect(page.getByText('Tệp chỉ người dùng này đọc được')).toBeVisible();
  await screenshot(page, '05-keys');
  await expectNoHorizontalScroll(page);
});

test('a broken data folder shows a Vietnamese message instead of the app', async ({ app, page }) => {
  await app.stop();
  const fs = await import('node:fs');
  const path = await import('node:path');
  fs.writeFileSync(path.join(app.dataDir, 'tdkt.sqlite'), 'đây không phải là cơ sở dữ liệu SQLite '.repeat(200));
  await app.start();
  await page.goto(app.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không mở được dữ liệu của TĐKT Desktop');
  await expect(alert).toContainText('không phải cơ sở dữ liệu của TĐKT Desktop');
  await screenshot(page, '06-broken-data');
});
