import { demoHomeTasks } from '../../src-main/exchange/demoWork';
import { generateDemo } from '../../src-main/services/demo';
import { expect, expectNoHorizontalScroll, goTo, initInstallation, screenshot, test } from './harness';

const Y = new Date().getFullYear();
const RETURNED = `Đề nghị tặng Giấy khen đột xuất năm ${Y}`;
const OVERDUE = 'Sổ theo dõi tiến độ giải quyết đơn thư của xã';

test('"Việc cần làm" is the first screen: the returned dossier and the overdue initiative answer from the demo, each opening its screen', async ({ app, page }) => {
  await initInstallation(app);
  const invoke = app.invoke.bind(app);
  await generateDemo(invoke, { people: 45 });
  await demoHomeTasks(app.harness.host.context(), invoke);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Việc cần làm' })).toHaveAttribute('aria-current', 'page');

  const tasks = page.getByTestId('home-task');
  const dossier = tasks.filter({ hasText: RETURNED });
  await expect(dossier).toHaveAttribute('data-kind', 'dossier');
  await expect(dossier).toContainText('Cấp trên trả lại: Thiếu biên bản họp Hội đồng Thi đua - Khen thưởng xã');
  const answer = tasks.filter({ hasText: OVERDUE });
  await expect(answer).toHaveAttribute('data-state', 'overdue');
  await expect(answer).toContainText('Quá hạn');
  await expect(answer).toContainText(/Quá hạn \d+ ngày/);
  // Overdue work is on top.
  await expect(tasks.first()).toHaveAttribute('data-state', 'overdue');
  await screenshot(page, 'home-01-tasks');
  await expectNoHorizontalScroll(page);

  // The returned dossier opens in its editor, on "Hồ sơ khen thưởng".
  await dossier.getByRole('button', { name: `Sửa và gửi lại hồ sơ "${RETURNED}"` }).click();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Hồ sơ khen thưởng' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByText(RETURNED).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Thiếu biên bản họp');
  await screenshot(page, 'home-02-returned-dossier');

  // The overdue answer opens the application on "Sáng kiến".
  await goTo(page, 'Việc cần làm');
  await page.getByTestId('home-task').filter({ hasText: OVERDUE }).getByRole('button').click();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Sáng kiến' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').getByText(OVERDUE).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Quá hạn');
  await screenshot(page, 'home-03-overdue-initiative');
});
