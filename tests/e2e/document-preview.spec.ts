import { chooseOption, expect, initInstallation, screenshot, test } from './harness';

// "Xem trước": a dossier's printed documents drawn inside the app (docx-preview under the app's
// strict CSP), with "Tải về / Mở bằng Word" saving the very same file.

const Y = new Date().getFullYear() - 1;

test('dossier preview: the Tờ trình shown in a dialog with its heading and the nominee, then saved as the same DOCX', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', {
    familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, position: 'Công chức Văn phòng – Thống kê', unitId: xa.unitId,
  });
  const d = await app.invoke('dossiers.create', {
    year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-12-15`, title: `Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y}`,
  });
  const n = await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id, summary: 'Hoàn thành xuất sắc nhiệm vụ.' });
  await app.invoke('dossiers.setMeeting', { id: d.id, meetingDate: `${Y}-12-18`, councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  await app.invoke('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: 'Hoàn thành xuất sắc nhiệm vụ.', report: 'Báo cáo.', voteYes: 8 });

  // A CSP violation (a blocked style, font or frame) would be reported on the console.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });

  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Hồ sơ khen thưởng', exact: true }).click();
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').first().click();
  await expect(page.getByTestId('dossier-title')).toHaveText(`Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y}`);

  await page.getByRole('button', { name: 'Xem trước ▾' }).click();
  const items = page.getByRole('menuitem');
  await expect(items).toHaveText([
    'Tờ trình đề nghị khen thưởng',
    'Danh sách đề nghị khen thưởng',
    'Biên bản họp Hội đồng Thi đua - Khen thưởng',
    'Báo cáo thành tích – Nguyễn Văn An',
    'Quyết định khen thưởng',
    'Giấy khen',
  ]);
  await items.filter({ hasText: 'Tờ trình' }).click();

  const dialog = page.getByRole('dialog', { name: 'Xem trước: Tờ trình đề nghị khen thưởng' });
  const pages = dialog.getByTestId('document-preview');
  await expect(pages).toHaveAttribute('aria-busy', 'false');
  await expect(pages.getByText('TỜ TRÌNH', { exact: true })).toBeVisible();
  await expect(pages.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeVisible();
  await expect(pages.getByText('(Nguyễn Văn An 8/10 phiếu, 80%)')).toBeVisible();
  // The page is A4 drawn at its size and fits the dialog at 1366×768: no sideways scrolling.
  const fits = await pages.locator('section.docx').first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const frame = el.closest('[data-testid="document-preview"]')!.getBoundingClientRect();
    return { w: Math.round(box.width), inside: box.left >= frame.left && box.right <= frame.right };
  });
  expect(fits.inside).toBe(true);
  expect(fits.w).toBeGreaterThan(700); // 21 cm at 96 dpi = 794 px
  await screenshot(page, '59h-document-preview-to-trinh');
  await pages.getByText('(Nguyễn Văn An 8/10 phiếu, 80%)').scrollIntoViewIfNeeded();
  await screenshot(page, '59i-document-preview-to-trinh-vote');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải về / Mở bằng Word' }).click();
  expect((await download).suggestedFilename()).toBe('01_to-trinh.docx');
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Another document of the set: the report names the nominee in its title.
  await page.getByRole('button', { name: 'Xem trước ▾' }).click();
  await page.getByRole('menuitem', { name: 'Báo cáo thành tích – Nguyễn Văn An' }).click();
  const report = page.getByRole('dialog', { name: 'Xem trước: Báo cáo thành tích – Nguyễn Văn An' });
  await expect(report.getByTestId('document-preview')).toHaveAttribute('aria-busy', 'false');
  await expect(report.getByTestId('document-preview')).toContainText('Nguyễn Văn An');
  await report.getByRole('button', { name: 'Đóng', exact: true }).click();

  expect(violations).toEqual([]);
});
