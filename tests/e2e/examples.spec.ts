import fs from 'node:fs';
import path from 'node:path';
import { chooseOption, expect, expectNoHorizontalScroll, field, goTo, initInstallation, pairTest, pairUp, quiet, screenshot, SCREENS, test } from './harness';

// Điển hình tiên tiến: the clerk registers a woman of an ethnic minority as a typical example
// (stages, press coverage, the award it led to, review date); a stage dated before the one before
// it and a person of another commune are refused with a Vietnamese message and nothing written;
// the home page reminds of the review; a conference list is made and printed as DOCX.
// Then the sổ đơn thư: an entry's steps, its linked dossier and "Gửi kèm nội dung".

const Y = new Date().getFullYear() - 1;
const LAN = 'Lò Thị Lan';
const pad = (n: number) => String(n).padStart(2, '0');
const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
};

test('a typical example from discovery to the printed conference list', async ({ app, page }) => {
  test.setTimeout(150_000);
  const inst = await initInstallation(app);
  const lan = await app.invoke('people.create', { familyName: 'Lò', middleName: 'Thị', givenName: 'Lan', gender: 'female', birthYear: 1988, ethnicity: '03', unitId: inst.unitId });
  const other = await app.invoke('units.create', { code: 'XA-DH', name: 'Xã Đông Hưng', level: 'commune' });
  await app.invoke('people.create', { familyName: 'Hà', middleName: 'Văn', givenName: 'Bình', gender: 'male', birthYear: 1980, unitId: other.id });
  await app.invoke('awards.addHistory', { subjectType: 'person', subjectId: lan.id, year: Y, awardName: 'Giấy khen của Chủ tịch UBND xã', decisionNumber: '12/QĐ-UBND' });
  await app.invoke('movements.create', { name: 'Chung sức xây dựng nông thôn mới', kind: 'regular', year: Y });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Điển hình tiên tiến');
  await expect(page.getByText('Chưa có điển hình nào.')).toBeVisible();

  // ── The form: a person of another commune is refused.
  await page.getByRole('button', { name: 'Thêm điển hình' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm điển hình tiên tiến' });
  await form.getByRole('searchbox', { name: 'Tìm cá nhân theo tên' }).fill('ha van binh');
  await form.getByRole('button', { name: 'Chọn Hà Văn Bình' }).click();
  await field(form, 'Ngày phát hiện').fill(`01/03/${Y}`);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByText('Hà Văn Bình thuộc Xã Đông Hưng, không thuộc Xã Tân Phong', { exact: false })).toBeVisible();
  expect(app.count('SELECT count(*) FROM typical_examples')).toBe(0);
  await quiet(page);
  await screenshot(page, 'examples-01-other-unit');

  // ── Lò Thị Lan, with a fostering date before the discovery: refused, then fixed.
  await form.getByRole('button', { name: 'Bỏ chọn Hà Văn Bình' }).click();
  await form.getByRole('searchbox', { name: 'Tìm cá nhân theo tên' }).fill('lo thi lan');
  await form.getByRole('button', { name: `Chọn ${LAN}` }).click();
  await field(form, 'Lĩnh vực').fill('Phát triển kinh tế');
  await chooseOption(page, form, 'Phong trào thi đua', `Chung sức xây dựng nông thôn mới (${Y})`);
  await field(form, 'Thành tích tiêu biểu').fill('Trồng 3 ha chè sạch, tạo việc làm cho 20 lao động người dân tộc Thái.');
  await field(form, 'Người, đơn vị phát hiện').fill('Hội Phụ nữ xã');
  await field(form, 'Ngày bồi dưỡng').fill(`01/02/${Y}`);
  await field(form, 'Người, đơn vị bồi dưỡng').fill('Hội Nông dân xã');
  await form.getByRole('button', { name: 'Thêm bài báo' }).click();
  await field(form, 'Cơ quan báo chí').fill('Báo Lai Châu');
  await field(form, 'Ngày đăng').fill(`10/08/${Y}`);
  await field(form, 'Tên bài').fill('Người phụ nữ Thái làm giàu từ cây chè');
  await field(form, 'Đường dẫn').fill('https://baolaichau.vn/bai-viet');
  await form.getByRole('combobox', { name: 'Khen thưởng từ điển hình này (lịch sử khen thưởng)' }).click();
  await page.getByRole('option', { name: `Giấy khen của Chủ tịch UBND xã (${Y}, QĐ 12/QĐ-UBND)` }).click();
  await page.keyboard.press('Escape');
  await field(form, 'Ngày rà soát (nhắc trên trang Việc cần làm và Lịch)').fill(inDays(10));
  await expect(form.getByRole('checkbox', { name: 'Nữ' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Dân tộc thiểu số' })).toBeChecked();
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form.getByText(`Ngày bồi dưỡng (01/02/${Y}) trước ngày phát hiện (01/03/${Y})`, { exact: false })).toBeVisible();
  expect(app.count('SELECT count(*) FROM typical_examples')).toBe(0);
  await quiet(page);
  await screenshot(page, 'examples-02-dates-out-of-order');
  await field(form, 'Ngày bồi dưỡng').fill(`01/06/${Y}`);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId('example-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(LAN);
  await expect(row).toContainText('Bồi dưỡng');
  await expect(row).toContainText('1 bài');
  await expect(row).toContainText('Giấy khen của Chủ tịch UBND xã');
  await expect(row).toContainText('Nữ, DTTS');
  expect(app.query('SELECT stage, women, ethnic_minority FROM typical_examples')).toEqual([{ stage: 'boi-duong', women: 1, ethnic_minority: 1 }]);
  await quiet(page);
  await screenshot(page, 'examples-03-register');
  await expectNoHorizontalScroll(page);

  // ── Reopened: the stepper shows two stages reached.
  await row.click();
  const edit = page.getByRole('dialog', { name: `Điển hình: ${LAN}` });
  await expect(edit.getByRole('textbox', { name: 'Ngày bồi dưỡng' })).toHaveValue(`01/06/${Y}`);
  await quiet(page);
  await screenshot(page, 'examples-04-form');
  await edit.getByRole('button', { name: 'Hủy' }).click();

  // ── The review reminder on the home page.
  await goTo(page, 'Việc cần làm');
  const task = page.getByTestId('home-task').and(page.locator('[data-kind="example"]'));
  await expect(task).toContainText(`Rà soát điển hình tiên tiến: ${LAN}`);
  await quiet(page);
  await screenshot(page, 'examples-05-home');

  // ── The conference list, printed.
  await goTo(page, 'Điển hình tiên tiến');
  await page.getByRole('tab', { name: 'Hội nghị điển hình tiên tiến' }).click();
  await page.getByRole('button', { name: 'Lập danh sách hội nghị mới' }).click();
  const conf = page.getByTestId('conference-form');
  await field(conf, 'Tên hội nghị').fill(`Hội nghị điển hình tiên tiến xã Tân Phong năm ${Y}`);
  await conf.getByRole('textbox', { name: 'Năm' }).fill(String(Y));
  await field(conf, 'Ngày tổ chức').fill(`15/10/${Y}`);
  await conf.getByRole('combobox', { name: 'Điển hình được biểu dương (theo thứ tự chọn)' }).click();
  await page.getByRole('option', { name: `${LAN} (cá nhân, Xã Tân Phong)` }).click();
  await page.keyboard.press('Escape');
  await conf.getByRole('button', { name: 'Lưu' }).click();
  const card = page.getByTestId('conference-card');
  await expect(card).toContainText(`1. ${LAN}`);
  await quiet(page);
  await screenshot(page, 'examples-06-conference');
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'In danh sách (DOCX)' }).click();
  const file = path.join(SCREENS, 'examples-conference-list.docx');
  await (await download).saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(5000);

  // ── On the conference list, the example cannot be deleted.
  await page.getByRole('tab', { name: 'Sổ điển hình' }).click();
  await row.click();
  await page.getByRole('dialog', { name: `Điển hình: ${LAN}` }).getByRole('button', { name: 'Xóa điển hình' }).click();
  await page.getByRole('dialog', { name: 'Xóa điển hình' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText(`Điển hình này có trong danh sách “Hội nghị điển hình tiên tiến xã Tân Phong năm ${Y}”`, { exact: false })).toBeVisible();
  expect(app.count('SELECT count(*) FROM typical_examples WHERE deleted = 0')).toBe(1);
});

test('a complaint entry: steps, linked dossier and "Gửi kèm nội dung"', async ({ app, page }) => {
  test.setTimeout(90_000);
  const inst = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1985, unitId: inst.unitId });
  const d = await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'LDTT', referenceDate: `${Y}-12-15`, title: `Lao động tiên tiến năm ${Y}` });
  await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
  const c = await app.invoke('complaints.create', { receivedOn: `${Y}-10-01`, kind: 'to-cao', sender: 'Trần Văn Cường', content: 'Tố cáo kê khai không đúng.', personIds: [an.id] });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Đơn thư');
  await page.getByTestId('complaint-row').getByRole('button', { name: 'Chi tiết' }).click();
  const dlg = page.getByRole('dialog', { name: `Tố cáo nhận ngày 01/10/${Y}` });
  await dlg.getByRole('textbox', { name: 'Ngày của bước' }).fill(`20/09/${Y}`);
  await dlg.getByRole('textbox', { name: 'Nội dung bước' }).fill('Thụ lý đơn');
  await dlg.getByRole('button', { name: 'Ghi bước' }).click();
  await expect(dlg.getByText(`Bước xử lý ngày 20/09/${Y} trước ngày nhận đơn (01/10/${Y})`, { exact: false })).toBeVisible();
  await dlg.getByRole('textbox', { name: 'Ngày của bước' }).fill(`05/10/${Y}`);
  await dlg.getByRole('button', { name: 'Ghi bước' }).click();
  await expect(dlg.getByTestId('complaint-step')).toHaveText(`05/10/${Y}: Thụ lý đơn`);
  await chooseOption(page, dlg, 'Chọn hồ sơ để gắn', `Lao động tiên tiến năm ${Y} (${Y})`);
  await dlg.getByRole('button', { name: 'Gắn hồ sơ' }).click();
  await expect(dlg.getByTestId('linked-dossier')).toHaveText(`Lao động tiên tiến năm ${Y}`);
  await dlg.getByRole('checkbox', { name: /Gửi kèm nội dung/ }).click();
  await expect(dlg.getByRole('checkbox', { name: /Gửi kèm nội dung/ })).toBeChecked();
  expect(app.query('SELECT send_content s, rev FROM complaints WHERE id = ?', c.id)).toEqual([{ s: 1, rev: 4 }]);
  await quiet(page);
  await screenshot(page, 'examples-07-complaint-detail');
  await dlg.getByRole('button', { name: `Bỏ gắn Lao động tiên tiến năm ${Y}` }).click();
  await expect(dlg.getByTestId('linked-dossier')).toHaveCount(0);
  await dlg.getByRole('button', { name: 'Đóng' }).last().click();

  // The dossier lists the entry beside its eligibility panel.
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').first().click();
  const panel = page.getByTestId('dossier-complaints');
  await expect(panel).toContainText(`Tố cáo nhận ngày 01/10/${Y}`);
  await expect(panel).toContainText('Sổ đơn thư của đơn vị');
  await panel.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, 'examples-08-dossier-complaints');
});

pairTest('the province sees the commune\'s entry on the received dossier, read-only, and holds the nominee', async ({ app: commune, province, provincePage: page, usb }) => {
  pairTest.setTimeout(120_000);
  const { xa, tinh } = await pairUp(commune, province);
  await province.invoke('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: tinh.unitId });
  const an = await commune.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1985, unitId: xa.unitId });
  const title = `Lao động tiên tiến năm ${Y}`;
  const d = await commune.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'LDTT', referenceDate: `${Y}-12-15`, title });
  await commune.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
  await commune.invoke('complaints.create', { receivedOn: `${Y}-10-01`, kind: 'to-cao', sender: 'Trần Văn Cường', content: 'Nội dung riêng của xã.', personIds: [an.id] });
  const up = (await commune.invoke('exchange.export', { to: 'T12', outDir: usb })).files[0]!.file;
  expect(fs.readFileSync(up, 'utf8')).not.toContain('Nội dung riêng của xã');
  await province.invoke('exchange.import', { path: up });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(province.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').filter({ hasText: title }).click();
  const panel = page.getByTestId('dossier-complaints');
  await expect(panel).toContainText(`Tố cáo nhận ngày 01/10/${Y}`);
  await expect(panel).toContainText('Từ sổ đơn thư của Xã Tân Phong (chỉ xem)');
  await expect(panel).toContainText('Đơn vị không gửi kèm nội dung đơn');
  await expect(page.getByText(`Tố cáo nhận ngày 01/10/${Y} (sổ đơn thư của Xã Tân Phong, mã`, { exact: false })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, 'examples-09-province-dossier');

  await goTo(page, 'Đơn thư');
  const row = page.getByTestId('complaint-row');
  await expect(row).toContainText('Từ Xã Tân Phong');
  await expect(row.getByRole('button', { name: 'Ghi kết luận' })).toHaveCount(0);
  await quiet(page);
  await screenshot(page, 'examples-10-province-register');
});
