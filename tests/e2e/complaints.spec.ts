import type { Page } from '@playwright/test';
import { chooseOption, expect, expectNoHorizontalScroll, field, goTo, initInstallation, quiet, screenshot, test } from './harness';

// Sổ đơn thư: the clerk registers a denunciation about a nominee; the dossier's eligibility panel
// marks him "đang xác minh đơn thư" with the entry and NĐ 152/2025 Điều 4, "Sẵn sàng gửi" is
// refused without a reason; the conclusion lifts the hold. Dates are in last year (always past).

const Y = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';
const TITLE = `Đề nghị Chiến sĩ thi đua cơ sở năm ${Y}`;

async function openDossier(page: Page) {
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').filter({ hasText: TITLE }).click();
  await expect(page.getByTestId('dossier-title')).toHaveText(TITLE);
}

test('a complaint about a nominee holds him on the dossier until its conclusion', async ({ app, page }) => {
  test.setTimeout(120_000);
  const inst = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1985, unitId: inst.unitId });
  await app.invoke('people.create', { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthYear: 1990, unitId: inst.unitId });
  const d = await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-12-15`, title: TITLE });
  await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Đơn thư');
  await expect(page.getByText('Không có đơn thư nào đang xác minh.')).toBeVisible();

  // ── Register a denunciation about An.
  await page.getByRole('button', { name: 'Ghi đơn thư mới' }).click();
  const form = page.getByRole('dialog', { name: 'Ghi đơn thư mới' });
  await field(form, 'Ngày nhận đơn').fill(`01/10/${Y}`);
  await field(form, 'Người gửi').fill('Trần Văn Cường');
  await form.getByRole('searchbox', { name: 'Tìm cá nhân theo tên' }).fill('nguyen van an');
  await form.getByRole('button', { name: `Chọn ${AN}` }).click();
  await expect(form.getByTestId('picked-subject')).toHaveText(AN);
  await field(form, 'Nội dung đơn').fill('Tố cáo kê khai thành tích năm không đúng thực tế.');
  await field(form, 'Người xử lý').fill('Lê Văn Tâm');
  await quiet(page);
  await screenshot(page, 'complaints-01-form');
  await form.getByRole('button', { name: 'Ghi vào sổ' }).click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('complaint-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`01/10/${Y}`);
  await expect(row).toContainText('Tố cáo');
  await expect(row).toContainText(AN);
  await expect(row).toContainText('Đang xác minh');
  await expect(row).toContainText(`31/10/${Y}`); // 30 days from receipt (UNCONFIRMED figure)
  expect(app.count('SELECT count(*) FROM complaints WHERE closed_on IS NULL')).toBe(1);
  await quiet(page);
  await screenshot(page, 'complaints-02-register');
  await expectNoHorizontalScroll(page);

  // ── "Việc cần làm" warns that its time limit has passed.
  await goTo(page, 'Việc cần làm');
  const task = page.getByTestId('home-task').and(page.locator('[data-kind="complaint"]'));
  await expect(task).toHaveAttribute('data-state', 'overdue');
  await expect(task).toContainText(`Giải quyết đơn tố cáo về ${AN}`);
  await expect(task).toContainText(`hạn giải quyết 31/10/${Y}`);
  await quiet(page);
  await screenshot(page, 'complaints-02b-home');

  // ── The dossier: An is held, with the entry and its citation; "Sẵn sàng gửi" is refused.
  await openDossier(page);
  const an1 = page.getByRole('region', { name: `Điều kiện của ${AN}` });
  await expect(an1).toHaveAttribute('data-result', 'fail');
  await expect(an1.getByTestId('complaint-hold')).toHaveText('Đang xác minh đơn thư');
  const hold = an1.getByTestId('criterion').filter({ hasText: 'Đang xác minh đơn thư' });
  await expect(hold).toHaveAttribute('data-result', 'fail');
  await expect(hold).toContainText(`Đang xác minh đơn thư: Tố cáo nhận ngày 01/10/${Y} (sổ đơn thư, mã`);
  await expect(hold).toContainText('NĐ 152/2025/NĐ-CP, Điều 4');
  await an1.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, 'complaints-03-dossier-held');
  await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
  const refused = page.getByRole('dialog', { name: 'Hồ sơ chưa đủ điều kiện gửi' });
  await expect(refused.getByTestId('ready-problems')).toContainText(`${AN}: Đang xác minh đơn thư`);
  await quiet(page);
  await screenshot(page, 'complaints-04-ready-refused');
  await refused.getByRole('button', { name: 'Quay lại bổ sung' }).click();
  expect(app.count("SELECT count(*) FROM record_status WHERE record_type = 'dossier'")).toBe(0);

  // ── The conclusion: a date before the receipt is refused, then it is recorded.
  await goTo(page, 'Đơn thư');
  await row.getByRole('button', { name: 'Ghi kết luận' }).click();
  const close = page.getByRole('dialog', { name: 'Ghi kết luận đơn thư' });
  await field(close, 'Kết luận').fill('Nội dung tố cáo không có cơ sở.');
  await field(close, 'Ngày kết luận').fill(`30/09/${Y}`);
  await close.getByRole('button', { name: 'Ghi kết luận' }).click();
  await expect(close.getByText(`Ngày kết luận (30/09/${Y}) trước ngày nhận đơn (01/10/${Y}); hãy sửa lại ngày kết luận.`)).toBeVisible();
  expect(app.count('SELECT count(*) FROM complaints WHERE closed_on IS NULL')).toBe(1);
  await quiet(page);
  await screenshot(page, 'complaints-05-close-refused');
  await field(close, 'Ngày kết luận').fill(`20/10/${Y}`);
  await close.getByRole('button', { name: 'Ghi kết luận' }).click();
  await expect(close).toBeHidden();
  await expect(page.getByText('Không có đơn thư nào đang xác minh.')).toBeVisible();
  await page.getByText('Tất cả', { exact: true }).click();
  await expect(row).toContainText(`Đã kết luận 20/10/${Y}`);
  await quiet(page);
  await screenshot(page, 'complaints-06-closed');

  // ── The hold is lifted on the dossier (the dossier screen kept it open).
  await page.getByRole('navigation').getByRole('button', { name: 'Hồ sơ khen thưởng', exact: true }).click();
  await expect(page.getByTestId('dossier-title')).toHaveText(TITLE);
  const an2 = page.getByRole('region', { name: `Điều kiện của ${AN}` });
  await expect(an2.getByTestId('complaint-hold')).toHaveCount(0);
  await expect(an2.getByTestId('criterion').filter({ hasText: 'Đang xác minh đơn thư' })).toHaveCount(0);
  await an2.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, 'complaints-07-dossier-lifted');
});
