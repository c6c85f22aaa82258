import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateDemo } from '../../src-main/services/demo';
import { docxText, expect, expectNoHorizontalScroll, goTo, pairTest as test, pairUp, quiet, screenshot, SCREENS } from './harness';

const Y = new Date().getFullYear();

test('the clerk writes the review\'s sections and prints it; the figures go up and the province sees the units side by side and sums them', async ({ app, page, province, provincePage, usb }) => {
  const { tinh } = await pairUp(app, province);
  await generateDemo(app.invoke.bind(app), { people: 30 });
  const expected = await app.invoke('review.get', { year: Y, period: 'year' });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Sơ kết, tổng kết');
  await expect(page.getByTestId('stat-awards')).toContainText(String(expected.figures.awards.total));
  await expect(page.getByTestId('stat-registrations')).toContainText(`${expected.figures.registrations.registered} / ${expected.figures.registrations.achieved}`);
  await expect(page.getByTestId('chart-months').getByTestId('bar')).toHaveCount(12);
  await expect(page.getByTestId('share-women')).toContainText('Nữ');
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'review-01-figures');

  // The sections the clerk writes, and who signs.
  await page.getByRole('tab', { name: 'Đánh giá, phương hướng' }).click();
  await page.getByRole('textbox', { name: 'Ưu điểm', exact: true }).fill('Phong trào thi đua được triển khai sâu rộng đến từng thôn, bản.');
  await page.getByRole('textbox', { name: 'Hạn chế', exact: true }).fill('Một số hồ sơ đề nghị khen thưởng gửi chậm.');
  await page.getByRole('textbox', { name: 'Nguyên nhân', exact: true }).fill('Cán bộ làm công tác thi đua kiêm nhiệm nhiều việc.');
  await page.getByRole('textbox', { name: 'Phương hướng, nhiệm vụ', exact: true }).fill('Tiếp tục đẩy mạnh phong trào thi đua yêu nước.');
  await page.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Hà Văn Sơn');
  await page.getByRole('textbox', { name: 'Chức vụ người ký', exact: true }).fill('Phó Chủ tịch');
  await page.getByRole('button', { name: 'Lưu phần đánh giá' }).click();
  await expect(page.getByTestId('texts-saved')).toContainText('Đã lưu lúc');
  expect(app.query<{ weaknesses: string; signer_name: string }>('SELECT weaknesses, signer_name FROM review_texts WHERE year = ? AND period = ?', Y, 'year'))
    .toEqual([{ weaknesses: 'Một số hồ sơ đề nghị khen thưởng gửi chậm.', signer_name: 'Hà Văn Sơn' }]);
  await quiet(page);
  await screenshot(page, 'review-02-sections');

  // Printed and read back through LibreOffice; its first page rendered to look at.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'In báo cáo (Word)' }).click();
  const file = path.join(app.dataDir, 'tong-ket.docx');
  await (await download).saveAs(file);
  const text = docxText(file).replace(/\s+/g, ' ');
  expect(text).toContain(`BÁO CÁO Tổng kết công tác thi đua, khen thưởng năm ${Y}`);
  expect(text).toContain(`đã khen thưởng ${expected.figures.awards.total} lượt`);
  expect(text).toContain(`So sánh với năm ${Y - 1}`);
  expect(text).toContain('Phong trào thi đua được triển khai sâu rộng đến từng thôn, bản.');
  expect(text).toContain('Cán bộ làm công tác thi đua kiêm nhiệm nhiều việc.');
  expect(text).toContain('KT. CHỦ TỊCH');
  expect(text).toContain('PHÓ CHỦ TỊCH');
  expect(text).toContain('Hà Văn Sơn');
  const pdfDir = fs.mkdtempSync(path.join(app.dataDir, 'pdf-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(pdfDir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, file], { stdio: 'pipe', timeout: 120_000 });
  execFileSync('pdftoppm', ['-r', '60', '-png', path.join(pdfDir, 'tong-ket.pdf'), path.join(SCREENS, 'review-docx')]);

  // The figures go up with the next submission package.
  await page.getByRole('button', { name: 'Gửi số liệu lên cấp trên' }).click();
  await expect(page.getByTestId('review-sent')).toHaveText('Số liệu đã chuẩn bị gửi lên (lần 1)');
  const sent = await app.invoke('exchange.export', { to: 'T12', outDir: usb, all: false, maxSizeMb: 20, selection: null });
  // The province's directory: Tân Phong and a commune that has not sent.
  await province.invoke('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: tinh.unitId });
  await province.invoke('units.create', { code: 'XA-B', name: 'Xã Bình Lư', level: 'commune', parentId: tinh.unitId });
  for (const f of sent.files) await province.invoke('exchange.import', { path: f.file });

  await provincePage.setViewportSize({ width: 1366, height: 768 });
  await provincePage.goto(province.url);
  await goTo(provincePage, 'Sơ kết, tổng kết');
  // The province has no upper level: nothing to send up.
  await expect(provincePage.getByRole('button', { name: 'Gửi số liệu lên cấp trên' })).toHaveCount(0);
  await provincePage.getByRole('tab', { name: 'Tổng hợp các đơn vị' }).click();
  await expect(provincePage.getByTestId('rollup-summary')).toHaveText(`Đã nhận số liệu năm ${Y} của 1/2 đơn vị. Chưa nhận: Xã Bình Lư.`);
  await expect(provincePage.getByTestId('rollup-unit').filter({ hasText: 'Xã Bình Lư' })).toContainText('Chưa gửi số liệu');
  await expect(provincePage.getByTestId('rollup-unit').filter({ hasText: 'Xã Tân Phong' })).toHaveAttribute('data-sent', 'true');
  await provincePage.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
  await expect(provincePage.getByTestId('rollup-sum')).toContainText(`Cộng (1 đơn vị)${expected.figures.awards.total}`);
  await expectNoHorizontalScroll(provincePage);
  await screenshot(provincePage, 'review-03-province-rollup');
  // The province's own report carries the units' table and their sum.
  const doc = await province.invoke('print.document', { kind: 'review', id: String(Y) });
  const provFile = path.join(province.dataDir, doc.fileName);
  fs.writeFileSync(provFile, Buffer.from(doc.contentBase64, 'base64'));
  const provText = docxText(provFile).replace(/\s+/g, ' ');
  expect(provText).toContain('7. Tổng hợp số liệu của các đơn vị');
  expect(provText).toContain(`Đã nhận số liệu năm ${Y} của 1/2 đơn vị; chưa nhận: Xã Bình Lư.`);
  expect(provText).toContain('Chưa gửi số liệu');
});
