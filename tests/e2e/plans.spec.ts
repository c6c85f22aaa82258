import fs from 'node:fs';
import path from 'node:path';
import { generateDemo } from '../../src-main/services/demo';
import { chooseOption, docxText, expect, expectNoHorizontalScroll, field, goTo, initInstallation, quiet, screenshot, test } from './harness';

const Y = new Date().getFullYear();
const now = new Date();
const TODAY = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${Y}`;

/** A strong red (Mantine's red shades): much more red than green or blue. */
function isRed(css: string): boolean {
  const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return r > 180 && g < 110 && b < 110;
}

test('the year\'s plan made from last year\'s, a task marked done, the calendar with its deadlines (overdue red), the plan printed and read back', async ({ app, page }) => {
  await initInstallation(app);
  await generateDemo(app.invoke.bind(app), { people: 30 });

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Kế hoạch TĐKT');
  await expect(page.getByTestId('plan-empty')).toContainText(`Năm ${Y} chưa có kế hoạch công tác thi đua, khen thưởng`);
  await page.getByRole('button', { name: `Từ kế hoạch năm ${Y - 1} (dời ngày một năm)` }).click();

  const tasks = page.getByTestId('plan-task');
  await expect(page.getByRole('heading', { name: `Kế hoạch công tác thi đua, khen thưởng năm ${Y}` })).toBeVisible();
  await expect(tasks).toHaveCount(14);
  // Copied with the year moved: the inspection task is due 30/11 of this year, not last year's.
  const inspection = tasks.filter({ hasText: `Kiểm tra công tác thi đua, khen thưởng năm ${Y}` });
  await expect(inspection).toContainText(`30/11/${Y}`);
  await expect(page.getByRole('main')).not.toContainText(`năm ${Y - 1}`);
  // Last year's results are not carried over: every task starts "Chưa làm".
  await expect(tasks.filter({ hasText: 'Đã thực hiện' })).toHaveCount(0);
  const first = tasks.first();
  const overdueBefore = await tasks.filter({ has: page.getByText('Quá hạn', { exact: true }) }).count();
  await expect(first).toHaveAttribute('data-overdue', 'true');
  await screenshot(page, 'plans-01-from-last-year');

  // A task marked done: it leaves the overdue ones.
  await first.getByRole('combobox').click();
  await page.getByRole('listbox').getByRole('option', { name: 'Đã xong', exact: true }).click();
  await expect(first).toHaveAttribute('data-status', 'done');
  await expect(first).toHaveAttribute('data-overdue', 'false');
  await expect(page.getByTestId('plan-done')).toHaveText('1/14 đã xong');
  await expect(tasks.filter({ has: page.getByText('Quá hạn', { exact: true }) })).toHaveCount(overdueBefore - 1);
  expect(app.query<{ status: string }>('SELECT t.status FROM work_plan_tasks t JOIN work_plans p ON p.id = t.plan_id WHERE p.year = ? AND t.sort = 1', Y)).toEqual([{ status: 'done' }]);

  // A task with a deadline the app does not understand: a Vietnamese message, nothing added.
  await page.getByRole('button', { name: 'Thêm công việc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Nội dung công việc' }).fill('Họp giao ban công tác thi đua');
  await dialog.getByRole('textbox', { name: 'Thời hạn' }).fill('cuối năm');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toContainText('không hiểu được');
  await screenshot(page, 'plans-02-bad-deadline');
  await dialog.getByRole('textbox', { name: 'Thời hạn' }).fill(TODAY);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(tasks).toHaveCount(15);
  await expect(tasks.last()).toContainText(TODAY);
  await quiet(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'plans-03-task-done');

  // The plan's number and date, then printed and read back through LibreOffice.
  await page.getByRole('button', { name: 'Số, ngày, mục đích' }).click();
  const info = page.getByRole('dialog');
  await info.getByRole('textbox', { name: 'Số kế hoạch' }).fill(`05/KH-UBND`);
  await info.getByRole('textbox', { name: 'Ngày ban hành' }).fill(`12/01/${Y}`);
  await info.getByRole('button', { name: 'Lưu' }).click();
  await expect(info).toBeHidden();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'In kế hoạch (Word)' }).click();
  const file = path.join(app.dataDir, 'plan.docx');
  await (await download).saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(5000);
  const text = docxText(file).replace(/\s+/g, ' ');
  expect(text).toContain(`KẾ HOẠCH Công tác thi đua, khen thưởng năm ${Y}`);
  expect(text).toContain('Số: 05/KH-UBND');
  expect(text).toContain(`ngày 12 tháng 01 năm ${Y}`);
  expect(text).toContain(`(Kèm theo Kế hoạch số 05/KH-UBND ngày 12/01/${Y}`);
  expect(text).toContain(`NHIỆM VỤ TRỌNG TÂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${Y}`);
  expect(text).toContain('Công việc thực hiện trong Quý I');
  expect(text).toContain('Đã xong');
  expect(text).toContain('Họp giao ban công tác thi đua');

  // The calendar: the plan's deadlines with the others, overdue in red; month and list views.
  await goTo(page, 'Lịch công việc');
  await expect(page.getByTestId('cal-summary')).toContainText(`trong năm ${Y}`);
  await page.getByRole('combobox', { name: 'Tháng', exact: true }).click();
  await page.getByRole('listbox').getByRole('option', { name: 'Tháng 2', exact: true }).click();
  // The plan's task, not the state-level round of the same month ("Đề nghị tặng Cờ thi đua của Chính phủ (tháng 2)").
  const feb = page.getByTestId(`cal-day-${Y}-02-28`).getByTestId('cal-item').filter({ hasText: /Cờ thi đua/, hasNotText: /\(tháng 2\)/ });
  await expect(feb).toHaveText(/Cờ thi đua/);
  const stateNow = new Date() > new Date(`${Y}-02-28T23:59:59`) ? 'overdue' : 'open';
  await expect(feb).toHaveAttribute('data-state', stateNow);
  if (stateNow === 'overdue') expect(isRed(await feb.evaluate((e) => getComputedStyle(e).backgroundColor))).toBe(true);
  await screenshot(page, 'plans-04-calendar-month');
  await page.getByRole('main').locator('label', { hasText: /^Danh sách$/ }).click();
  await expect(page.getByRole('radio', { name: 'Danh sách' })).toBeChecked();
  const rows = page.getByTestId('cal-row');
  await expect(rows.filter({ hasText: `Hạn gửi đăng ký thi đua năm ${Y} lên cấp trên` })).toContainText(`31/03/${Y}`);
  await expect(rows.filter({ hasText: new RegExp(`^30/11/${Y}Kiểm tra công tác thi đua, khen thưởng năm ${Y}`) })).toContainText('Kế hoạch công tác TĐKT');
  await expect(rows.filter({ hasText: 'Hoàn thành "Kế hoạch kiểm tra' })).toContainText('Kiểm tra công tác TĐKT');
  const done = rows.filter({ hasText: 'Xây dựng, ban hành Kế hoạch' });
  await expect(done).toHaveAttribute('data-state', 'done');
  if (stateNow === 'overdue') {
    const red = rows.filter({ hasText: 'Cờ thi đua', hasNotText: '(tháng 2)' });
    await expect(red).toHaveAttribute('data-state', 'overdue');
    expect(isRed(await red.getByText(`28/02/${Y}`).evaluate((e) => getComputedStyle(e).color))).toBe(true);
  }
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'plans-05-calendar-list');

  // The .ics for the phone.
  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp lịch (.ics)' }).click();
  const icsFile = path.join(app.dataDir, 'lich.ics');
  await (await ics).saveAs(icsFile);
  const content = fs.readFileSync(icsFile, 'utf8');
  expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(content).toContain(`DTSTART;VALUE=DATE:${Y}0228`);

  // "Việc cần làm": the task due today is there, and opens the plan.
  await goTo(page, 'Việc cần làm');
  const line = page.getByTestId('home-task').filter({ hasText: 'Họp giao ban công tác thi đua' });
  await expect(line).toHaveAttribute('data-kind', 'plan');
  await expect(line).toHaveAttribute('data-state', 'soon');
  await expect(line).toContainText('Hạn hôm nay');
  await screenshot(page, 'plans-07-home');
  await line.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kế hoạch TĐKT' })).toBeVisible();
  await expect(page.getByTestId('plan-task').filter({ hasText: 'Họp giao ban công tác thi đua' })).toBeVisible();
});

test('the public notice printed from a dossier: a backwards period refused, then printed and listed on the dossier', async ({ app, page }) => {
  await initInstallation(app);
  await generateDemo(app.invoke.bind(app), { people: 30 });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y - 1));
  await page.getByTestId('dossier-row').filter({ hasText: 'Chiến sĩ thi đua cơ sở' }).click();
  const section = page.getByTestId('notice-section');
  await section.scrollIntoViewIfNeeded();
  await field(section, 'Niêm yết từ ngày').fill(`20/12/${Y}`);
  await field(section, 'đến ngày').fill(`10/12/${Y}`);
  await section.getByRole('button', { name: 'In thông báo (Word)' }).click();
  await expect(section).toContainText(`Thời gian niêm yết kết thúc (10/12/${Y}) trước khi bắt đầu (20/12/${Y}); hãy sửa lại ngày.`);
  expect(app.count('SELECT count(*) FROM public_notices')).toBe(0);

  await field(section, 'đến ngày').fill(`30/12/${Y}`);
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'In thông báo (Word)' }).click();
  const file = path.join(app.dataDir, 'thong-bao.docx');
  await (await download).saveAs(file);
  await expect(section.getByTestId('notice-row')).toHaveCount(1);
  await expect(section.getByTestId('notice-row')).toContainText(`20/12/${Y} - 30/12/${Y}`);
  expect(app.count('SELECT count(*) FROM public_notices')).toBe(1);
  const text = docxText(file).replace(/\s+/g, ' ');
  expect(text).toContain('THÔNG BÁO');
  expect(text).toContain(`từ ngày 20/12/${Y} đến hết ngày 30/12/${Y}`);
  await quiet(page);
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'plans-06-notice-on-dossier');
});
