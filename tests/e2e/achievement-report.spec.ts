import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseOption, docxText, expect, field, goTo, initInstallation, quiet, screenshot, SCREENS, test } from './harness';

// A clerk fills a nominee's báo cáo thành tích by the NĐ 152/2025 form (particulars the registry
// lacks, the sections, the two tables), is refused a 50,000-word paste and a row without its
// decision number, saves, prints it and reads it back through LibreOffice.

const Y = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';

test('achievement report: structured by the decree form, filled, saved, printed and read back', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', {
    familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, position: 'Công chức Văn phòng – Thống kê', unitId: xa.unitId,
  });
  await app.invoke('awards.addHistory', {
    subjectType: 'person', subjectId: an.id, year: Y - 1, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '12/QĐ-UBND', decisionDate: `${Y}-01-05`, issuer: 'UBND xã Tân Phong',
  });
  await app.invoke('awards.addHistory', { subjectType: 'person', subjectId: an.id, year: Y - 2, awardCode: 'GIAY_KHEN', awardName: 'Giấy khen (cá nhân)', issuer: 'Chủ tịch UBND xã' });
  const d = await app.invoke('dossiers.create', {
    year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-12-15`, title: `Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y}`,
  });
  const nominee = await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc nhiệm vụ.' });

  await page.goto(app.url);
  // The registry keeps what the report form asks of a person: quê quán, trú quán, trình độ, học hàm/học vị.
  await goTo(page, 'Cá nhân');
  await page.getByTestId('person-row').filter({ hasText: AN }).click();
  const personForm = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await field(personForm, 'Quê quán').fill('Xã Tân Phong, tỉnh Lai Châu');
  await field(personForm, 'Trú quán').fill('Thôn Nà Khum, xã Tân Phong');
  await field(personForm, 'Trình độ chuyên môn').fill('Đại học Luật');
  await field(personForm, 'Học hàm, học vị').fill('x'.repeat(201)); // the field stops at 200 characters
  await expect(field(personForm, 'Học hàm, học vị')).toHaveValue('x'.repeat(200));
  await field(personForm, 'Học hàm, học vị').fill('');
  await quiet(page);
  await screenshot(page, 'achievement-report-person-particulars');
  await personForm.getByRole('button', { name: 'Lưu' }).click();
  await expect(personForm).toBeHidden();
  expect(app.query<{ home_town: string; qualification: string }>('SELECT home_town, qualification FROM people WHERE id = ?', an.id)).toEqual([
    { home_town: 'Xã Tân Phong, tỉnh Lai Châu', qualification: 'Đại học Luật' },
  ]);

  await page.getByRole('navigation').getByRole('button', { name: 'Hồ sơ khen thưởng', exact: true }).click();
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').first().click();
  await page.getByRole('button', { name: `Chi tiết ${AN}` }).click();
  const drawer = page.getByRole('dialog', { name: AN });
  await drawer.getByRole('button', { name: 'Soạn báo cáo' }).click();
  const editor = page.getByRole('dialog', { name: `Báo cáo thành tích — ${AN}` });
  await expect(editor).toContainText('Báo cáo thành tích cá nhân (thường xuyên) (NĐ 152/2025)');
  await quiet(page);
  await screenshot(page, 'achievement-report-opened');

  // Filled from the registry (the person form's particulars too); what it lacks is typed here.
  await expect(field(editor, 'Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt)')).toHaveValue(AN);
  await expect(field(editor, 'Chức vụ (Đảng, chính quyền, đoàn thể)')).toHaveValue('Công chức Văn phòng – Thống kê');
  await expect(field(editor, 'Quê quán')).toHaveValue('Xã Tân Phong, tỉnh Lai Châu');
  await expect(field(editor, 'Trú quán')).toHaveValue('Thôn Nà Khum, xã Tân Phong');
  await expect(field(editor, 'Trình độ chuyên môn, nghiệp vụ')).toHaveValue('Đại học Luật');
  await expect(editor.getByTestId('report-pages')).toContainText('(mẫu không giới hạn số trang)');
  await expect(editor.getByTestId('report-pages')).toHaveAttribute('data-over', 'false');
  await field(editor, 'Học hàm, học vị, danh hiệu, giải thưởng').fill('Không');
  // Kept as a draft while typing, like every other form.
  await expect
    .poll(() => app.count(`SELECT count(*) FROM drafts WHERE key = ? AND value LIKE '%Đại học Luật%'`, `achievement-report:${nominee.id}`), { timeout: 3000, intervals: [100] })
    .toBe(1);
  await field(editor, '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận').fill('Tham mưu công tác văn phòng, thống kê của Ủy ban nhân dân xã.');
  // Paragraphs as Word gives them (CR LF, a blank line between).
  const results = field(editor, '2. Kết quả thực hiện nhiệm vụ được giao');
  await results.fill(`Năm ${Y} hoàn thành xuất sắc nhiệm vụ được giao.\r\n\r\nChủ trì số hóa hồ sơ thống kê của xã.`);
  await expect(editor.getByTestId('words-results')).toHaveText('20 / 5.000 từ');

  // A 50,000-word paste is refused: a message, nothing inserted.
  const solutions = field(editor, '3. Các giải pháp, sáng kiến, đề tài đã áp dụng');
  await solutions.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', Array.from({ length: 50_000 }, () => 'chữ').join(' '));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(editor).toContainText('Không dán được: nội dung dán vào có 50.000 từ, mục này tối đa 5.000 từ.');
  await expect(solutions).toHaveValue('');
  await solutions.fill('Sáng kiến “Số hóa hồ sơ thống kê” được công nhận cấp cơ sở.');
  await expect(editor).not.toContainText('Không dán được'); // the message goes once the section is edited

  // Two tables from the award history; the Giấy khen row has no decision number: refused, nothing written.
  await expect(editor.locator('[data-table="titles"]')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Tên dòng 1' }).first()).toHaveValue('Lao động tiên tiến');
  const commendations = editor.locator('[data-table="commendations"]');
  await expect(commendations.getByRole('textbox', { name: 'Tên dòng 1' })).toHaveValue('Giấy khen (cá nhân)');
  await quiet(page);
  await screenshot(page, 'achievement-report-editor');
  await editor.getByRole('button', { name: 'Lưu báo cáo', exact: true }).click();
  await expect(commendations).toContainText(`Dòng 1 của bảng hình thức khen thưởng (Giấy khen (cá nhân), năm ${Y - 2}) chưa có số quyết định.`);
  expect(app.count('SELECT count(*) FROM achievement_reports')).toBe(0);
  await quiet(page);
  await screenshot(page, 'achievement-report-refused');

  await commendations.getByRole('textbox', { name: 'Số quyết định dòng 1' }).fill('40/QĐ-UBND');
  await commendations.getByRole('textbox', { name: 'Ngày quyết định dòng 1' }).fill(`28/12/${Y - 2}`);
  await editor.getByRole('button', { name: 'Lưu báo cáo', exact: true }).click();
  await expect(page.getByText(`Đã lưu báo cáo thành tích của ${AN}`)).toBeVisible();
  await quiet(page);
  await editor.getByTestId('report-pages').scrollIntoViewIfNeeded();
  await screenshot(page, 'achievement-report-pages');
  await expect.poll(() => app.count(`SELECT count(*) FROM drafts WHERE key = ?`, `achievement-report:${nominee.id}`)).toBe(0);
  const [row] = app.query<{ template_id: string; content: string }>('SELECT template_id, content FROM achievement_reports');
  expect(row!.template_id).toBe('nd152-ca-nhan-thuong-xuyen');
  expect(JSON.parse(row!.content).sections.results).toEqual([`Năm ${Y} hoàn thành xuất sắc nhiệm vụ được giao.`, 'Chủ trì số hóa hồ sơ thống kê của xã.']);

  // Printed and read back as the province's reviewer reads it.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-report-'));
  try {
    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'In báo cáo thành tích' }).click();
    const docx = await download;
    const file = path.join(tmp, docx.suggestedFilename());
    await docx.saveAs(file);
    const printed = docxText(file).replace(/\s+/gu, ' ');
    for (const s of [
      'BÁO CÁO THÀNH TÍCH', 'Quê quán: Xã Tân Phong, tỉnh Lai Châu', 'Trú quán: Thôn Nà Khum, xã Tân Phong', 'Trình độ chuyên môn, nghiệp vụ: Đại học Luật',
      'Quyền hạn, nhiệm vụ được giao', 'Chủ trì số hóa hồ sơ thống kê của xã.', '1. Danh hiệu thi đua', '2. Hình thức khen thưởng',
      'Quyết định số 12/QĐ-UBND', 'Quyết định số 40/QĐ-UBND', 'THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ]) expect(printed).toContain(s);
    expect(printed).not.toContain('XÁC NHẬN CỦA CẤP TRÊN');
    // The pages as PNG, to be looked at.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { stdio: 'pipe', timeout: 120_000 });
    execFileSync('pdftoppm', ['-r', '60', '-png', file.replace(/\.docx$/u, '.pdf'), path.join(SCREENS, 'achievement-report-printed')]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // Minh chứng: CSTĐCS by "mưu trí, sáng tạo trong chiến đấu" passes only once the clerk confirms its document.
  await editor.getByRole('button', { name: 'Hủy' }).click();
  await expect(editor).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const panel = page.getByRole('region', { name: `Điều kiện của ${AN}` });
  const combat = panel.getByTestId('proof').filter({ hasText: 'Mưu trí, sáng tạo trong chiến đấu' });
  await expect(combat).toHaveAttribute('data-confirmed', 'false');
  await expect(combat).toContainText('Chưa xác nhận minh chứng');
  await quiet(page);
  await combat.scrollIntoViewIfNeeded();
  await screenshot(page, 'achievement-report-proof-unconfirmed');
  await combat.getByRole('button', { name: 'Xác nhận minh chứng' }).click();
  await combat.getByRole('button', { name: 'Lưu xác nhận' }).click();
  await expect(combat).toContainText('Vui lòng nhập văn bản minh chứng.'); // nothing typed: refused beside the field
  expect(app.count('SELECT count(*) FROM proof_confirmations')).toBe(0);
  await field(combat, 'Văn bản minh chứng').fill('Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã');
  await combat.getByRole('button', { name: 'Lưu xác nhận' }).click();
  await expect(combat).toHaveAttribute('data-confirmed', 'true');
  await expect(combat.getByTestId('proof-confirmation')).toContainText('Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã');
  await expect(panel.getByTestId('criterion-reason').filter({ hasText: 'mưu trí, sáng tạo trong chiến đấu' })).toContainText('đã xác nhận minh chứng: Giấy xác nhận số 12/XN-BCH');
  expect(app.query('SELECT criterion_id, document FROM proof_confirmations')).toEqual([
    { criterion_id: 'cstdcs.combat', document: 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã' },
  ]);
  expect(app.count(`SELECT count(*) FROM audit WHERE entity = 'proof-confirmation'`)).toBe(1);
  await quiet(page);
  await combat.scrollIntoViewIfNeeded();
  await screenshot(page, 'achievement-report-proof-confirmed');
});
