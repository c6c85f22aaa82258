import { chooseOption, expect, expectNoHorizontalScroll, goTo, initInstallation, screenshot, test } from './harness';

// Issue 20: a LĐTT dossier for the achievement year 2024 reviewed on 15/09/2025, after NĐ 152/2025
// took effect. The eligibility panel says which rule set judges it and why, and that among equally
// qualified nominees the woman comes first (NĐ 152/2025, Điều 4), each with its citation.

test('eligibility panel: the rule set of a transitional dossier and the precedence of women, with citations', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', {
    familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, position: 'Công chức Văn phòng – Thống kê', unitId: xa.unitId,
  });
  const hoa = await app.invoke('people.create', {
    familyName: 'Lò', middleName: 'Thị', givenName: 'Hoa', gender: 'female', birthYear: 1990, position: 'Công chức Tư pháp – Hộ tịch', unitId: xa.unitId,
  });
  for (const p of [an, hoa]) await app.invoke('evaluations.set', { personId: p.id, year: 2024, level: 'HTT', note: '' });
  const d = await app.invoke('dossiers.create', { year: 2024, round: 'annual', awardCode: 'LDTT', referenceDate: '2025-09-15', title: 'Đề nghị xét tặng Lao động tiên tiến năm 2024 (xét bổ sung)' });
  for (const p of [an, hoa]) await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: 'Hoàn thành tốt nhiệm vụ năm 2024' });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', '2024');
  await page.getByTestId('dossier-row').first().click();
  await expect(page.getByTestId('dossier-title')).toHaveText('Đề nghị xét tặng Lao động tiên tiến năm 2024 (xét bổ sung)');

  const panel = page.getByRole('region', { name: 'Kiểm tra điều kiện' });
  const statement = panel.getByTestId('ruleset-statement');
  await expect(statement).toHaveAttribute('data-transitional', 'true');
  await expect(statement).toContainText('Thành tích năm 2024 đạt được khi Luật TĐKT 2022; NĐ 98/2023/NĐ-CP (hiệu lực đến 30/06/2025) còn hiệu lực; hồ sơ xét ngày 15/09/2025 áp dụng');
  await expect(statement).toContainText('NĐ 152/2025/NĐ-CP, Điều 59');
  await expect(statement).toContainText('Điều 60: UNCONFIRMED');

  const hoaPanel = panel.getByRole('region', { name: 'Điều kiện của Lò Thị Hoa' });
  const note = hoaPanel.getByTestId('precedence-note');
  await expect(note).toHaveAttribute('data-priority', 'true');
  await expect(note).toContainText('Nữ: được ưu tiên xét trước khi có thành tích ngang nhau');
  await expect(note).toContainText('NĐ 152/2025/NĐ-CP, Điều 4');
  await expect(panel.getByRole('region', { name: 'Điều kiện của Nguyễn Văn An' }).getByTestId('precedence-note')).toHaveCount(0);
  await expect(panel.getByTestId('precedence-order')).toContainText('Thứ tự ưu tiên khi thành tích ngang nhau: Lò Thị Hoa; Nguyễn Văn An');

  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'award-catalogue-01-eligibility-precedence');
  await hoaPanel.scrollIntoViewIfNeeded();
  await screenshot(page, 'award-catalogue-02-precedence-note');
  await expectNoHorizontalScroll(page);
});
