import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import { expect, field, goTo, initInstallation, initProvince, pairTest as test, screenshot, walkChooserTo } from './harness';

// "Thêm khóa tin cậy…" on a package refused for its sender's untrusted key: the sender's key file
// is chosen (the served chooser), checked against the sender, its fingerprint compared group by
// group with the paper form (never printed first by a message), then the package imported again.

/** Chooses again: the chooser opens where the last file was chosen. */
async function chooseKeyFile(page: Page, dialog: Locator, usb: string, fileName: string) {
  await dialog.getByRole('button', { name: /^Chọn tệp (khóa|khác)…$/ }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn tệp khóa' });
  await expect(chooser.getByTestId('chooser-path')).toHaveText(usb);
  await chooser.getByTestId('chooser-file').filter({ hasText: fileName }).click();
  await expect(chooser).toBeHidden();
}

test('key trust: from a refused package, choose the sender\'s key file, compare the fingerprint group by group, import again', async ({
  app: commune,
  province,
  provincePage: page,
  usb,
}) => {
  const xa = await initInstallation(commune);
  await initProvince(province);
  const provKey = await province.invoke('keys.exportPublic', {});
  await commune.invoke('trust.add', { content: provKey.content, fingerprint: JSON.parse(provKey.content).keyId as string });
  fs.writeFileSync(path.join(usb, provKey.fileName), provKey.content);
  const xaKey = await commune.invoke('keys.exportPublic', {});
  fs.writeFileSync(path.join(usb, xaKey.fileName), xaKey.content);
  await commune.invoke('people.create', { familyName: 'Lò', middleName: 'Văn', givenName: 'Pản', gender: 'male', unitId: xa.unitId });
  const { files } = await commune.invoke('exchange.export', { to: 'T12', outDir: usb, all: true, maxSizeMb: 20, selection: null });
  const pkg = files[0]!.file;
  const groups = formatFingerprint(xa.keyId).split(' ');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(province.url);
  await goTo(page, 'Nhận về');
  const picked = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp gói…' }).click();
  await (await picked).setFiles(pkg);
  const card = page.getByTestId('package-card');
  const refusal = card.getByRole('alert');
  await expect(refusal).toContainText('Khóa của Xã Tân Phong (XA-TP) chưa được tin cậy. Hãy bấm “Thêm khóa tin cậy…”');
  // The refusal names the sender, never the fingerprint to copy.
  for (const g of groups) await expect(refusal).not.toContainText(g);

  await card.getByRole('button', { name: 'Thêm khóa tin cậy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khóa tin cậy của đơn vị gửi' });
  await expect(dialog.getByTestId('expected-sender')).toContainText('Gói này ghi là do Xã Tân Phong (XA-TP) gửi');
  await expect(dialog.getByTestId('expected-sender')).toContainText('XA-TP.tdkt-key.json');
  await screenshot(page, 'key-trust-01-expected-sender');

  // The chooser lists the key files on the stick (not the package), with the sender expected.
  await dialog.getByRole('button', { name: 'Chọn tệp khóa…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn tệp khóa' });
  await expect(chooser.getByTestId('chooser-expected')).toHaveText('Cần tệp khóa của Xã Tân Phong (XA-TP) (XA-TP.tdkt-key.json).');
  await walkChooserTo(chooser, usb);
  await expect(chooser.getByTestId('chooser-file')).toHaveCount(2);
  await expect(chooser.getByTestId('chooser-file').filter({ hasText: '.tdkt' }).filter({ hasNotText: 'key' })).toHaveCount(0);
  await screenshot(page, 'key-trust-02-chooser');
  // Another unit's key file is refused, naming both units.
  await chooser.getByTestId('chooser-file').filter({ hasText: 'T12.tdkt-key.json' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Tệp “T12.tdkt-key.json” là khóa của Tỉnh Lai Châu (T12), không phải của Xã Tân Phong (XA-TP). Hãy chọn tệp khóa của Xã Tân Phong (XA-TP).',
  );
  await expect(dialog.getByRole('button', { name: 'Tin cậy khóa này' })).toHaveCount(0);

  await chooseKeyFile(page, dialog, usb, 'XA-TP.tdkt-key.json');
  await expect(dialog.getByTestId('key-unit')).toContainText('Tệp XA-TP.tdkt-key.json: khóa của Xã Tân Phong (XA-TP)');
  await expect(dialog.getByRole('button', { name: 'Tin cậy khóa này' })).toBeDisabled();

  // Read from the paper form with group 3 misread: the screen says which group differs.
  const typedBox = field(dialog, 'Dấu vân tay đọc từ phiếu đăng ký khóa');
  const misread = groups.map((g, i) => (i === 2 ? (g === 'aaaa' ? 'bbbb' : 'aaaa') : g)).join(' ');
  await typedBox.fill(groups.slice(0, 2).join(' '));
  await expect(dialog.getByTestId('typed-verdict')).toHaveText('Đã nhập 8/32 ký tự (0–9, a–f); gõ tiếp cho đủ 8 nhóm.');
  await typedBox.fill(misread);
  await expect(dialog.getByTestId('typed-verdict')).toHaveText('Khác ở nhóm 3: đọc lại trên phiếu; nếu vẫn khác, đừng tin cậy khóa này.');
  await dialog.getByRole('button', { name: 'Tin cậy khóa này' }).click();
  const mismatch = dialog.getByRole('alert');
  await expect(mismatch).toContainText('Dấu vân tay không khớp ở nhóm 3 (đếm từ trái sang). Hãy đọc lại nhóm đó trên phiếu đăng ký khóa của Xã Tân Phong');
  await expect(mismatch).not.toContainText(groups[2]!);
  await screenshot(page, 'key-trust-03-group-3-differs');
  expect(province.count('SELECT count(*) FROM trusted_keys')).toBe(0);

  await typedBox.fill(groups.join(' ').toUpperCase());
  await expect(dialog.getByTestId('typed-verdict')).toHaveText('Khớp cả 8 nhóm.');
  await dialog.getByRole('button', { name: 'Tin cậy khóa này' }).click();
  await expect(dialog.getByTestId('trusted-done')).toContainText('Đã tin cậy khóa của Xã Tân Phong (XA-TP).');
  await screenshot(page, 'key-trust-04-trusted');
  await dialog.getByRole('button', { name: 'Nhập lại gói này' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText('Đã nhập')).toBeVisible();
  await expect(card).toContainText('Từ Xã Tân Phong (XA-TP)');
  await screenshot(page, 'key-trust-05-imported');
  expect(province.query("SELECT full_name FROM people WHERE origin = 'XA-TP'")).toEqual([{ full_name: 'Lò Văn Pản' }]);
  expect(province.query("SELECT unit_code, status, source FROM trusted_keys")).toEqual([{ unit_code: 'XA-TP', status: 'trusted', source: 'manual' }]);
});

test('key trust page: "Thêm khóa tin cậy" chooses the key file in the chooser (a file that is no key is refused), then the fingerprint is typed and compared group by group', async ({
  app: commune,
  province,
  provincePage: page,
  usb,
}) => {
  const xa = await initInstallation(commune);
  await initProvince(province);
  const xaKey = await commune.invoke('keys.exportPublic', {});
  fs.writeFileSync(path.join(usb, xaKey.fileName), xaKey.content);
  fs.writeFileSync(path.join(usb, 'ghi-chu.json'), JSON.stringify({ ghiChu: 'Không phải tệp khóa' }));
  fs.writeFileSync(path.join(usb, 'phieu-dang-ky-khoa.docx'), 'PK');
  const groups = formatFingerprint(xa.keyId).split(' ');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(province.url);
  await goTo(page, 'Khóa và tin cậy');
  await page.getByRole('button', { name: 'Thêm khóa tin cậy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khóa tin cậy' });
  await expect(dialog.getByTestId('key-file-hint')).toContainText('<mã đơn vị>.tdkt-key.json');
  await expect(dialog.getByRole('button', { name: 'Tin cậy khóa này' })).toHaveCount(0);
  await screenshot(page, 'key-trust-10-add-key');

  // The chooser lists the .json files of the stick only.
  await dialog.getByRole('button', { name: 'Chọn tệp khóa…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn tệp khóa' });
  await walkChooserTo(chooser, usb);
  await expect(chooser.getByTestId('chooser-file')).toHaveCount(2);
  await expect(chooser.getByTestId('chooser-file').filter({ hasText: '.docx' })).toHaveCount(0);
  await screenshot(page, 'key-trust-11-add-key-chooser');
  await chooser.getByTestId('chooser-file').filter({ hasText: 'ghi-chu.json' }).click();
  await expect(chooser).toBeHidden();
  await expect(dialog.getByRole('alert')).toHaveText('Tệp không phải tệp khóa công khai TĐKT hợp lệ.');
  await expect(dialog.getByRole('button', { name: 'Tin cậy khóa này' })).toHaveCount(0);

  // Chosen again (the chooser opens on the same folder): whose key, and no fingerprint to copy.
  await chooseKeyFile(page, dialog, usb, 'XA-TP.tdkt-key.json');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByTestId('key-unit')).toHaveText('Tệp XA-TP.tdkt-key.json: khóa của Xã Tân Phong (XA-TP) · Cấp: Xã, phường, đặc khu');
  for (const g of groups) await expect(dialog).not.toContainText(g);
  const trust = dialog.getByRole('button', { name: 'Tin cậy khóa này' });
  await expect(trust).toBeDisabled();

  // Group 5 misread from the paper form: the screen says which group differs, and trusts nothing.
  const typedBox = field(dialog, 'Dấu vân tay đọc từ phiếu đăng ký khóa');
  await typedBox.fill(groups.map((g, i) => (i === 4 ? (g === 'aaaa' ? 'bbbb' : 'aaaa') : g)).join(' '));
  await expect(dialog.getByTestId('typed-verdict')).toHaveText('Khác ở nhóm 5: đọc lại trên phiếu; nếu vẫn khác, đừng tin cậy khóa này.');
  await trust.click();
  await expect(dialog.getByRole('alert')).toContainText('Dấu vân tay không khớp ở nhóm 5');
  await screenshot(page, 'key-trust-12-add-key-group-5-differs');
  expect(province.count('SELECT count(*) FROM trusted_keys')).toBe(0);

  await typedBox.fill(groups.join(''));
  await expect(dialog.getByTestId('typed-verdict')).toHaveText('Khớp cả 8 nhóm.');
  await trust.click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('trusted-key-row');
  await expect(row).toContainText('Xã Tân Phong');
  await expect(row).toContainText('Đang tin cậy');
  await screenshot(page, 'key-trust-13-add-key-trusted');
  expect(province.query('SELECT unit_code, key_id, status, source FROM trusted_keys')).toEqual([{ unit_code: 'XA-TP', key_id: xa.keyId, status: 'trusted', source: 'manual' }]);
});
