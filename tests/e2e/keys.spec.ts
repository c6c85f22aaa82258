import type { Page } from '@playwright/test';
import { expect, field, initInstallation, initProvince, pairTest as test, screenshot } from './harness';

// Key rotation through the screens: the commune's "Đổi khóa" writes an announcement signed with
// its old key; the province imports it and trusts the new key only after ticking the groups of
// the fingerprint, which revokes the old key.

async function go(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test('key rotation: the commune rotates on screen, the province confirms the new fingerprint group by group', async ({ app, page, province, provincePage, usb }) => {
  const x = await initInstallation(app);
  const p = await initProvince(province);
  await province.invoke('trust.add', { content: (await app.invoke('keys.exportPublic', {})).content, fingerprint: x.fingerprint });
  await app.invoke('trust.add', { content: (await province.invoke('keys.exportPublic', {})).content, fingerprint: p.fingerprint });

  await page.goto(app.url);
  await go(page, 'Khóa và tin cậy');
  await page.getByRole('button', { name: 'Đổi khóa' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đổi khóa ký của đơn vị' });
  await field(dialog, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
  await dialog.getByRole('button', { name: 'Tạo khóa mới' }).click();
  await expect(dialog.getByTestId('rotated')).toContainText('thông báo đổi khóa ký bằng khóa cũ');
  await screenshot(page, 'keys-rotated');
  const key = await app.invoke('keys.show', {});
  expect(key.keyId).not.toBe(x.keyId);
  expect(key.previousKeyId).toBe(x.keyId);
  const [announcement] = app.query<{ file_name: string }>("SELECT file_name FROM packages WHERE direction = 'out'");
  await province.invoke('exchange.import', { path: `${usb}/${announcement!.file_name}` });

  await provincePage.goto(province.url);
  await go(provincePage, 'Khóa và tin cậy');
  const row = provincePage.getByTestId('announced-key-row');
  // The new key's fingerprint is not listed: it is compared with the paper form in the dialog.
  await expect(row).toContainText('chờ đối chiếu với phiếu đăng ký khóa mới');
  await expect(row).not.toContainText(key.fingerprint.split(' ')[0]!);
  await row.getByRole('button', { name: 'Xác nhận khóa mới' }).click();
  const confirm = provincePage.getByRole('dialog', { name: 'Xác nhận khóa mới' });
  const trust = confirm.getByRole('button', { name: 'Tin cậy khóa mới' });
  await expect(trust).toBeDisabled();
  await confirm.getByRole('button', { name: 'So từng nhóm trên màn hình thay vì gõ' }).click();
  for (const [i, g] of key.fingerprint.split(' ').entries()) await confirm.getByRole('checkbox', { name: `Nhóm ${i + 1} (${g}) khớp` }).check();
  await screenshot(provincePage, 'keys-confirm-new');
  await trust.click();
  await expect(provincePage.getByTestId('announced-keys')).toHaveCount(0);
  const rows = provincePage.getByTestId('trusted-key-row');
  await expect(rows.filter({ hasText: key.fingerprint })).toContainText('Đang tin cậy');
  await expect(rows.filter({ hasText: x.fingerprint })).toContainText('Đã thu hồi');
  expect(province.query("SELECT key_id, status FROM trusted_keys WHERE unit_code = 'XA-TP' ORDER BY status")).toEqual([
    { key_id: x.keyId, status: 'revoked' },
    { key_id: key.keyId, status: 'trusted' },
  ]);
  await screenshot(provincePage, 'keys-after-confirm');
});
