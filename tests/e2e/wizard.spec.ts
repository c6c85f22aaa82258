import { chooseOption, expect, expectNoHorizontalScroll, field, screenshot, test } from './harness';

test('the province’s wizard: examples of its level, no upper level, not told to inform one; sample data offered and made', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập TĐKT Desktop' })).toBeVisible();

  // A commune is offered an upper level, whose examples are a province's (not a commune's code).
  await expect(field(page, 'Mã đơn vị')).toHaveAttribute('placeholder', 'Ví dụ: XA-TP');
  await expect(field(page, 'Mã đơn vị cấp trên')).toHaveAttribute('placeholder', 'Ví dụ: T12');
  await expect(field(page, 'Tên đơn vị cấp trên')).toHaveAttribute('placeholder', 'Ví dụ: Tỉnh Lai Châu');

  // The province: its own examples, and no "Đơn vị cấp trên" at all.
  await chooseOption(page, page, 'Cấp', 'Tỉnh, thành phố');
  await expect(field(page, 'Mã đơn vị')).toHaveAttribute('placeholder', 'Ví dụ: T12');
  await expect(field(page, 'Tên đơn vị')).toHaveAttribute('placeholder', 'Ví dụ: Tỉnh Lai Châu');
  await expect(page.getByText('Đơn vị cấp trên (không bắt buộc)')).toHaveCount(0);
  await screenshot(page, 'wizard-01-province');
  await field(page, 'Tên đơn vị').fill('Tỉnh Lai Châu');
  await field(page, 'Mã đơn vị').fill('T12');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await field(page, 'Họ tên cán bộ').fill('Lò Văn Minh');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByTestId('setup-summary')).not.toContainText('Đơn vị cấp trên');
  await page.getByRole('button', { name: 'Hoàn tất' }).click();

  const done = page.getByTestId('setup-done');
  await expect(done).toContainText('Các đơn vị cấp dưới dùng nó để xác nhận');
  await expect(done).not.toContainText('báo cho đơn vị cấp trên');
  expect(app.query("SELECT u.parent_id FROM installation i JOIN units u ON u.id = i.unit_id")).toEqual([{ parent_id: null }]);

  // Sample data, clearly marked, made through the same contract.
  await expect(done).toContainText('DỮ LIỆU MẪU');
  await done.getByRole('button', { name: 'Tạo dữ liệu mẫu để dùng thử' }).click();
  await expect(page.getByTestId('demo-done')).toContainText('10 xã, 300 cá nhân', { timeout: 60_000 });
  await screenshot(page, 'wizard-02-demo-made');
  await expectNoHorizontalScroll(page);
  expect(app.count(`SELECT count(*) FROM units WHERE level = 'commune'`)).toBe(10);

  await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByTestId('home-task').first()).toBeVisible();
  // Marked as sample data on every screen, removable (tests/e2e/demo-data.spec.ts).
  await expect(page.getByTestId('demo-banner')).toContainText('Đang dùng dữ liệu mẫu');
  await screenshot(page, 'wizard-03-province-home');
});
