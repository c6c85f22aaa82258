import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import {
  type AppHarness,
  chooseOption,
  expect,
  expectNoHorizontalScroll,
  field,
  initInstallation,
  initProvince,
  pairTest as test,
  screenshot,
  walkChooserTo,
} from './harness';

// Exchange between two installations through the screens: keys and trust, "Gửi đi",
// "Nhận về", "Nhật ký gói", "Tổng hợp đơn vị" and feedback on a received record. The commune
// (XA-TP) is `app` in `page`; the province (T12) is `province` in `provincePage`; `usb` is the
// folder the package files travel in.

async function go(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** "Xuất khóa công khai": the download is kept in `dir` as the unit would put it on a stick. */
async function exportKey(page: Page, dir: string): Promise<string> {
  await go(page, 'Khóa và tin cậy');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất khóa công khai' }).click();
  const d = await download;
  const file = path.join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

async function pickFiles(page: Page, scope: Page | Locator, button: string, files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0]) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

/** "Thêm khóa tin cậy" ▸ "Chọn tệp khóa…": the key file chosen in the served chooser. */
async function openAddKey(page: Page, keyFile: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Thêm khóa tin cậy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khóa tin cậy' });
  await dialog.getByRole('button', { name: 'Chọn tệp khóa…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Chọn tệp khóa' });
  await walkChooserTo(chooser, path.dirname(keyFile));
  await chooser.getByTestId('chooser-file').filter({ hasText: path.basename(keyFile) }).click();
  await expect(chooser).toBeHidden();
  return dialog;
}

function packageFile(dir: string, prefix: string): string {
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.tdkt'));
  if (!name) throw new Error(`no ${prefix}* in ${dir}: ${fs.readdirSync(dir).join(', ')}`);
  return path.join(dir, name);
}

function counts(app: AppHarness) {
  return {
    packages: app.count('SELECT count(*) FROM packages'),
    people: app.count('SELECT count(*) FROM people'),
    decisions: app.count('SELECT count(*) FROM decisions'),
    statuses: app.count('SELECT count(*) FROM record_status'),
  };
}

async function sendTo(page: Page, usb: string, recipient: string, rows: number) {
  await go(page, 'Gửi đi');
  await expect(page.getByRole('combobox', { name: 'Gửi cho đơn vị' })).toHaveValue(recipient);
  await expect(page.getByTestId('outbox-row')).toHaveCount(rows);
  await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
  await page.getByRole('button', { name: 'Tạo gói' }).click();
  await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
  await expect(page.getByTestId('written-file')).toHaveCount(1);
}

test('exchange: keys, a submission up, feedback carrying its receipt down, through the screens of both installations', async ({
  app: commune,
  province,
  page,
  provincePage,
  usb,
}) => {
  test.setTimeout(180_000);
  const xa = await initInstallation(commune);
  const tinh = await initProvince(province);
  await page.goto(commune.url);
  await provincePage.goto(province.url);
  const keys = fs.mkdtempSync(path.join(usb, 'keys-'));

  // Each side exports its public key file; the commune also prints its registration form.
  const communeKey = await exportKey(page, keys);
  expect(path.basename(communeKey)).toBe('XA-TP.tdkt-key.json');
  const provinceKey = await exportKey(provincePage, keys);
  expect(JSON.parse(fs.readFileSync(provinceKey, 'utf8'))).toMatchObject({ tdktKey: 1, unitCode: 'T12', keyId: tinh.keyId });
  const form = page.waitForEvent('download');
  await page.getByRole('button', { name: 'In phiếu đăng ký khóa' }).click();
  const docx = await form;
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect((await fs.promises.readFile(await docx.path())).subarray(0, 2).toString()).toBe('PK');

  // The commune trusts the province's key by ticking each of the 8 groups as compared.
  let dialog = await openAddKey(page, provinceKey);
  await expect(dialog.getByTestId('key-unit')).toContainText('Tỉnh Lai Châu (T12)');
  const trust = dialog.getByRole('button', { name: 'Tin cậy khóa này' });
  await expect(trust).toBeDisabled();
  const groups = formatFingerprint(tinh.keyId).split(' ');
  expect(groups).toHaveLength(8);
  await expect(dialog.getByTestId('fingerprint-check')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'So từng nhóm trên màn hình thay vì gõ' }).click();
  for (const [i, g] of groups.entries()) {
    await expect(dialog.getByTestId('fingerprint-check')).toContainText(g);
    await dialog.getByRole('checkbox', { name: `Nhóm ${i + 1} (${g}) khớp` }).check();
    if (i < 7) await expect(trust).toBeDisabled();
  }
  await expect(trust).toBeEnabled();
  await screenshot(page, '30-trust-add-key');
  await trust.click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('trusted-key-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Tỉnh Lai Châu');
  await expect(row).toContainText('Xác nhận tay');
  await expect(row).toContainText('Đang tin cậy');
  await expect(row).toContainText(formatFingerprint(tinh.keyId));

  // The province types the fingerprint read from the commune's paper form (a wrong one is refused).
  dialog = await openAddKey(provincePage, communeKey);
  await expect(dialog.getByTestId('key-unit')).toContainText('Xã Tân Phong (XA-TP)');
  const typed = field(dialog, 'Dấu vân tay đọc từ phiếu đăng ký khóa');
  await typed.fill('0000 1111 2222 3333 4444 5555 6666 7777');
  await dialog.getByRole('button', { name: 'Tin cậy khóa này' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Dấu vân tay không khớp');
  expect(province.count('SELECT count(*) FROM trusted_keys')).toBe(0);
  await typed.fill(xa.keyId.toUpperCase().replace(/(.{4})/g, '$1-').slice(0, -1)); // any case, any separator
  await dialog.getByRole('button', { name: 'Tin cậy khóa này' }).click();
  await expect(dialog).toBeHidden();
  await expect(provincePage.getByTestId('trusted-key-row')).toContainText('Xã Tân Phong');
  expect(province.query('SELECT unit_code, status, source FROM trusted_keys')).toEqual([{ unit_code: 'XA-TP', status: 'trusted', source: 'manual' }]);

  // Province mode: issue the trust list into the folder; the files written are listed.
  const issued = fs.mkdtempSync(path.join(usb, 'issued-'));
  await field(provincePage, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(issued);
  await expect(provincePage.getByRole('textbox', { name: 'Số ngày hiệu lực' })).toHaveValue('365');
  await provincePage.getByRole('button', { name: 'Phát hành danh sách khóa' }).click();
  await expect(provincePage.getByText('Đã phát hành danh sách khóa phiên bản 1:')).toBeVisible();
  await expect(provincePage.getByTestId('written-file')).toContainText('T12_trust-list_');
  expect(fs.readdirSync(issued)).toHaveLength(1);
  await screenshot(provincePage, '31-trust-page-province');
  await expectNoHorizontalScroll(provincePage);

  // The commune's people (seeded through the host), then "Gửi đi" to the province.
  for (const p of [
    { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male' as const, birthDate: '1985-03-05' },
    { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female' as const, birthYear: 1990 },
  ]) {
    await commune.invoke('people.create', { ...p, unitId: xa.unitId });
  }
  await go(page, 'Gửi đi');
  await expect(page.getByTestId('outbox-row')).toHaveCount(2);
  await expect(page.getByTestId('outbox-count')).toContainText('Đã chọn 2/2 bản ghi');
  // The clerk may leave a record out (and put it back).
  await page.getByRole('checkbox', { name: 'Gửi Trần Thị Bình' }).uncheck();
  await expect(page.getByTestId('outbox-count')).toContainText('Đã chọn 1/2 bản ghi');
  await page.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
  await expect(page.getByTestId('outbox-count')).toContainText('Đã chọn 2/2 bản ghi');
  await sendTo(page, usb, 'Tỉnh Lai Châu (T12)', 2);
  await expect(page.getByTestId('written-file')).toContainText('Gói gửi lên');
  await screenshot(page, '32-send');
  await expectNoHorizontalScroll(page);
  const submission = packageFile(usb, 'XA-TP_submission_');

  // The province previews the file: nothing is written until "Nhập".
  await go(provincePage, 'Nhận về');
  await pickFiles(provincePage, provincePage, 'Chọn tệp gói…', submission);
  const card = provincePage.getByTestId('package-card');
  await expect(card.getByTestId('package-summary')).toContainText('Từ Xã Tân Phong (XA-TP) · Gói số 1');
  await expect(card).toContainText('Gói gửi lên');
  await expect(card).toContainText('Mới: 2');
  await expect(card.getByTestId('preview-row')).toHaveCount(2);
  await expect(card.getByTestId('preview-row').filter({ hasText: 'Nguyễn Văn An' })).toContainText('Mới');
  await screenshot(provincePage, '33-receive-preview');
  await expectNoHorizontalScroll(provincePage);
  expect(province.count("SELECT count(*) FROM people WHERE origin = 'XA-TP'")).toBe(0);
  await card.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(card.getByText('Đã nhập')).toBeVisible();
  expect(province.query("SELECT full_name FROM people WHERE origin = 'XA-TP' ORDER BY full_name")).toEqual([
    { full_name: 'Nguyễn Văn An' },
    { full_name: 'Trần Thị Bình' },
  ]);
  expect(province.query('SELECT direction, kind, sender_code, sequence, result FROM packages ORDER BY processed_at')).toEqual([
    { direction: 'out', kind: 'trust-list', sender_code: 'T12', sequence: 1, result: 'written' },
    { direction: 'in', kind: 'submission', sender_code: 'XA-TP', sequence: 1, result: 'applied' },
  ]);

  // "Nhật ký gói" and "Tổng hợp đơn vị".
  await go(provincePage, 'Nhật ký gói');
  await expect(provincePage.getByTestId('package-row')).toHaveCount(2);
  await expect(provincePage.getByTestId('package-row').filter({ hasText: 'Danh sách khóa tin cậy' })).toContainText('Tất cả đơn vị');
  const logRow = provincePage.getByTestId('package-row').filter({ hasText: 'Gói gửi lên' });
  for (const t of ['Nhận', 'Gói gửi lên', 'Xã Tân Phong (XA-TP)', 'Mới 2', 'Chưa báo nhận; giấy báo sẽ đi kèm gói gửi tiếp theo cho Xã Tân Phong.']) await expect(logRow).toContainText(t);
  await expect(logRow).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await screenshot(provincePage, '34-packages-log');
  await go(provincePage, 'Tổng hợp đơn vị');
  const unitRow = provincePage.getByTestId('overview-row').filter({ hasText: 'XA-TP' });
  await expect(unitRow).toContainText('Khóa tin cậy');
  await expect(unitRow).toContainText('Nhận gói số 1');
  // Two people are registry rows, not submissions: nothing waits for an answer.
  await expect(unitRow).toContainText('Chưa gửi hồ sơ nào lên.');
  await screenshot(provincePage, '35-overview');
  await expectNoHorizontalScroll(provincePage);

  // Feedback on a received copy: read-only form, "Trả lại" with reasons, then "Có quyết định".
  await go(provincePage, 'Cá nhân');
  await provincePage.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn An' }).click();
  let person = provincePage.getByRole('dialog', { name: 'Thông tin cá nhân (bản sao nhận về)' });
  await expect(person.getByTestId('received-copy-note')).toHaveText('Bản sao nhận từ Xã Tân Phong; chỉ đơn vị đó mới sửa được.');
  await expect(field(person, 'Họ và tên')).toBeDisabled();
  await expect(person.getByRole('button', { name: 'Lưu', exact: true })).toHaveCount(0);
  await chooseOption(provincePage, person, 'Phản hồi', 'Trả lại để bổ sung');
  await person.getByRole('button', { name: 'Lưu phản hồi' }).click();
  await expect(person.getByText('Vui lòng ghi lý do, mỗi dòng một lý do.')).toBeVisible();
  await person.getByRole('textbox', { name: 'Lý do (mỗi dòng một lý do)' }).fill('Thiếu bản tóm tắt thành tích\nThiếu biên bản họp xét');
  await person.getByRole('button', { name: 'Lưu phản hồi' }).click();
  await expect(person.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');
  await expect(person.getByTestId('record-reasons')).toContainText('Thiếu biên bản họp xét');
  await chooseOption(provincePage, person, 'Phản hồi', 'Có quyết định');
  await field(person, 'Số quyết định').fill('125/QĐ-UBND');
  await field(person, 'Ngày quyết định').fill('15/01/2025');
  await field(person, 'Cơ quan ban hành').fill('UBND tỉnh Lai Châu');
  await field(person, 'Hình thức khen thưởng').fill('Bằng khen');
  await screenshot(provincePage, '36-feedback');
  await expectNoHorizontalScroll(provincePage);
  await person.getByRole('button', { name: 'Lưu phản hồi' }).click();
  await expect(person.getByTestId('record-status')).toHaveText('Có quyết định');
  await expect(person.getByTestId('record-decision')).toHaveText('Quyết định số 125/QĐ-UBND ngày 15/01/2025 của UBND tỉnh Lai Châu — Bằng khen');
  await person.getByRole('button', { name: 'Đóng', exact: true }).click();
  // The second person is only returned, to show the commune its reasons beside the form.
  await provincePage.getByTestId('person-row').filter({ hasText: 'Trần Thị Bình' }).click();
  person = provincePage.getByRole('dialog', { name: 'Thông tin cá nhân (bản sao nhận về)' });
  await chooseOption(provincePage, person, 'Phản hồi', 'Trả lại để bổ sung');
  await person.getByRole('textbox', { name: 'Lý do (mỗi dòng một lý do)' }).fill('Ngày sinh chỉ có năm; cần ngày đầy đủ');
  await person.getByRole('button', { name: 'Lưu phản hồi' }).click();
  await expect(person.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');
  await person.getByRole('button', { name: 'Đóng', exact: true }).click();
  expect(province.query('SELECT status FROM decisions ORDER BY created_at')).toEqual([{ status: 'returned' }, { status: 'decided' }, { status: 'returned' }]);

  // "Gửi đi" to the commune: the feedback package, carrying the receipt for its submission.
  await sendTo(provincePage, usb, 'Xã Tân Phong (XA-TP)', 3);
  await expect(provincePage.getByTestId('written-file')).toContainText('Gói phản hồi');
  const feedback = packageFile(usb, 'T12_feedback_');
  await go(provincePage, 'Nhật ký gói');
  await expect(provincePage.getByTestId('package-row').filter({ hasText: 'Gói gửi lên' })).toContainText(/Đã báo nhận kèm gói số 1 ngày \d{2}\/\d{2}\/\d{4}\./);

  // The commune imports that one file.
  await go(page, 'Nhận về');
  await pickFiles(page, page, 'Chọn tệp gói…', [feedback]);
  const cards = page.getByTestId('package-card');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('Mới: 3');
  await expect(cards).toContainText('Cập nhật: 1');
  await expect(cards.getByTestId('package-story')).toContainText(/Tỉnh Lai Châu đã nhận gói số 1 ngày \d{2}\/\d{2}\/\d{4}: 2 cá nhân\./);
  await page.getByRole('button', { name: /^Nhập tất cả/ }).click();
  await expect(cards.getByText('Đã nhập')).toHaveCount(1);
  await screenshot(page, '37-receive-feedback');
  await expectNoHorizontalScroll(page);
  expect(commune.query("SELECT s.status FROM record_status s JOIN people p ON p.id = s.record_id ORDER BY p.given_name")).toEqual([
    { status: 'decided' },
    { status: 'returned' },
  ]);
  // The receipt marked both people as delivered: nothing is left to send.
  await go(page, 'Gửi đi');
  await expect(page.getByText('Không có gì mới để gửi cho Tỉnh Lai Châu (T12)')).toBeVisible();

  // The person form at the commune shows the decision; the returned one its reasons beside the form.
  await go(page, 'Cá nhân');
  await page.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn An' }).click();
  person = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await expect(person.getByTestId('record-status')).toHaveText('Có quyết định');
  await expect(person.getByTestId('record-decision')).toContainText('Quyết định số 125/QĐ-UBND ngày 15/01/2025');
  await person.getByRole('button', { name: 'Hủy' }).click();
  await page.getByTestId('person-row').filter({ hasText: 'Trần Thị Bình' }).click();
  await expect(person.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');
  await expect(person.getByTestId('record-reasons')).toContainText('Ngày sinh chỉ có năm; cần ngày đầy đủ');
  await expect(field(person, 'Họ và tên')).toBeEnabled();
  await screenshot(page, '38-person-returned');
  await expectNoHorizontalScroll(page);
  await person.getByRole('button', { name: 'Hủy' }).click();

  // Importing the same file again says so and changes nothing.
  const before = counts(commune);
  await go(page, 'Nhận về');
  await page.getByRole('button', { name: 'Xóa danh sách' }).click();
  await pickFiles(page, page, 'Chọn tệp gói…', feedback);
  const again = page.getByTestId('package-card');
  await expect(again).toContainText('Gói này đã được nhập trước đó');
  await expect(again.getByRole('button', { name: 'Nhập', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Nhập tất cả/ })).toBeDisabled();
  expect(counts(commune)).toEqual(before);
  expect(before).toMatchObject({ packages: 2, people: 2, decisions: 3 });
});

/** Both installations set up and trusting each other (or only the commune trusting the province). */
async function pairUp(commune: AppHarness, province: AppHarness, provinceTrustsCommune: boolean) {
  await initInstallation(commune);
  await initProvince(province);
  const trust = async (from: AppHarness, to: AppHarness) => {
    const key = await from.invoke('keys.exportPublic', {});
    const fp = JSON.parse(key.content).keyId as string;
    await to.invoke('trust.add', { content: key.content, fingerprint: fp });
  };
  await trust(province, commune);
  if (provinceTrustsCommune) await trust(commune, province);
}

async function exportPeople(commune: AppHarness, usb: string, names: string[]): Promise<string> {
  const status = await commune.invoke('setup.status', {});
  for (const n of names) {
    const [familyName, middleName, givenName] = n.split(' ');
    await commune.invoke('people.create', { familyName: familyName!, middleName: middleName!, givenName: givenName!, gender: 'male', unitId: status.installation!.unitId });
  }
  const { files } = await commune.invoke('exchange.export', { to: 'T12', outDir: usb });
  return files[0]!.file;
}

test('exchange: a package changed after signing is refused with the reason and writes nothing', async ({ app: commune, province, provincePage, usb }) => {
  await pairUp(commune, province, true);
  const file = await exportPeople(commune, usb, ['Hoàng Văn Tú']);
  const original = fs.readFileSync(file, 'utf8');
  const tampered = original.replace('Hoàng', 'Hoàn');
  expect(tampered).not.toBe(original);
  expect(tampered.length).toBe(original.length - 1);

  await provincePage.goto(province.url);
  await go(provincePage, 'Nhận về');
  await pickFiles(provincePage, provincePage, 'Chọn tệp gói…', [
    { name: 'XA-TP_submission_sua.tdkt', mimeType: 'application/json', buffer: Buffer.from(tampered) },
    { name: path.basename(file), mimeType: 'application/json', buffer: Buffer.from(original) },
  ]);
  const bad = provincePage.getByTestId('package-card').filter({ hasText: 'XA-TP_submission_sua.tdkt' });
  await expect(bad.getByRole('alert')).toContainText('Chữ ký không hợp lệ: gói đã bị sửa sau khi ký');
  await expect(bad.getByRole('button', { name: 'Nhập', exact: true })).toHaveCount(0);
  // The untouched file next to it is fine.
  const good = provincePage.getByTestId('package-card').filter({ hasText: path.basename(file) });
  await expect(good).toContainText('Mới: 1');
  await screenshot(provincePage, '39-receive-tampered');
  await expect(provincePage.getByRole('button', { name: /^Nhập tất cả/ })).toBeEnabled();
  expect(province.count('SELECT count(*) FROM packages')).toBe(0);
  expect(province.count("SELECT count(*) FROM people WHERE origin = 'XA-TP'")).toBe(0);

  // Package 2 imported while package 1 never arrived: "Nhật ký gói" names the gap.
  const second = await exportPeople(commune, usb, ['Vàng A Dế']);
  await provincePage.getByRole('button', { name: 'Xóa danh sách' }).click();
  await pickFiles(provincePage, provincePage, 'Chọn tệp gói…', second);
  await expect(provincePage.getByTestId('package-summary')).toContainText('Gói số 2');
  await provincePage.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(provincePage.getByText('Đã nhập')).toBeVisible();
  await go(provincePage, 'Nhật ký gói');
  await expect(provincePage.getByTestId('gap-alert')).toContainText('Chưa nhận gói số 1 của Xã Tân Phong');
  await screenshot(provincePage, '39-packages-gap');
});

test('exchange: a package from an untrusted key names the sender (not its fingerprint); once the key is trusted it checks again', async ({
  app: commune,
  province,
  provincePage,
  usb,
}) => {
  await pairUp(commune, province, false);
  const file = await exportPeople(commune, usb, ['Lò Văn Pản']);
  const { installation } = await commune.invoke('setup.status', {});
  const key = await commune.invoke('keys.exportPublic', {});
  const keyFile = path.join(usb, key.fileName);
  fs.writeFileSync(keyFile, key.content);

  await provincePage.goto(province.url);
  // "Gửi đi" has nobody to send to yet, and says what to do.
  await go(provincePage, 'Gửi đi');
  await expect(provincePage.getByText('Chưa có đơn vị nào để gửi')).toBeVisible();

  await go(provincePage, 'Nhận về');
  await pickFiles(provincePage, provincePage, 'Chọn tệp gói…', file);
  const card = provincePage.getByTestId('package-card');
  await expect(card.getByRole('alert')).toContainText('Khóa của Xã Tân Phong (XA-TP) chưa được tin cậy.');
  await expect(card.getByRole('alert')).not.toContainText(formatFingerprint(installation!.keyId).split(' ')[0]!);
  await expect(provincePage.getByRole('button', { name: /^Nhập tất cả/ })).toBeDisabled();
  await screenshot(provincePage, '39-receive-untrusted');
  expect(province.count('SELECT count(*) FROM packages')).toBe(0);
  expect(province.count("SELECT count(*) FROM people WHERE origin = 'XA-TP'")).toBe(0);

  // To the trust page and back: the file is still listed and checks out now.
  await go(provincePage, 'Khóa và tin cậy');
  const dialog = await openAddKey(provincePage, keyFile);
  await field(dialog, 'Dấu vân tay đọc từ phiếu đăng ký khóa').fill(formatFingerprint(installation!.keyId));
  await dialog.getByRole('button', { name: 'Tin cậy khóa này' }).click();
  await expect(dialog).toBeHidden();
  await go(provincePage, 'Nhận về');
  await card.getByRole('button', { name: 'Kiểm tra lại' }).click();
  await expect(card).toContainText('Mới: 1');
  await card.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(card.getByText('Đã nhập')).toBeVisible();
  expect(province.query("SELECT full_name FROM people WHERE origin = 'XA-TP'")).toEqual([{ full_name: 'Lò Văn Pản' }]);
});
