import { seedPeople } from '../bench/seed';
import { expect, expectNoHorizontalScroll, goTo, initInstallation, screenshot, test } from './harness';

test('people: 100,000 people load page by page and scroll and search smoothly', async ({ app, page }) => {
  test.setTimeout(180_000);
  const inst = await initInstallation(app);
  const t0 = Date.now();
  // The same generator as the benchmark; person 77,777 is the only "Sùng Thị Mỷ".
  seedPeople(app.harness.host.context().sqlite, 100_000, {
    unitId: inst.unitId, origin: 'XA-TP', special: { 77_777: { familyName: 'Sùng', middleName: 'Thị', givenName: 'Mỷ' } },
  });
  console.log(`seeded 100,000 people in ${Date.now() - t0} ms`);
  expect(app.count('SELECT count(*) FROM people WHERE deleted = 0')).toBe(100_000);

  // Every people.search the page makes, to show it never asks for everything.
  const searches: { query: string; offset: number; limit: number }[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/api/invoke')) return;
    const body = req.postDataJSON() as { name: string; input: { query: string; offset: number; limit: number } };
    if (body.name === 'people.search') searches.push(body.input);
  });

  const t1 = Date.now();
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  const count = page.getByTestId('people-count');
  await expect(count).toHaveText('100.000 cá nhân');
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  console.log(`first screen of 100,000 people in ${Date.now() - t1} ms`);
  await screenshot(page, '22-people-100k');
  await expectNoHorizontalScroll(page);

  const rowsInDom = () => page.locator('[role="rowgroup"] [role="row"]').count();
  expect(await rowsInDom()).toBeLessThan(200);

  // Scroll to the very end: the last person in Vietnamese order is there.
  const [last] = app.query<{ full_name: string }>('SELECT full_name FROM people WHERE deleted = 0 ORDER BY sort_key DESC, seq DESC LIMIT 1');
  const scroller = page.getByTestId('people-scroll');
  const t2 = Date.now();
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const lastRow = page.locator('[aria-rowindex="100001"]');
  await expect(lastRow).toHaveAttribute('data-testid', 'person-row');
  await expect(lastRow.locator('[role="cell"]').first()).toHaveText(last!.full_name);
  console.log(`scrolled to row 100,000 in ${Date.now() - t2} ms`);
  await screenshot(page, '23-people-100k-end');
  expect(await rowsInDom()).toBeLessThan(200);

  // And to the middle.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  await expect(page.locator('[aria-rowindex="50001"]')).toHaveAttribute('data-testid', 'person-row');
  expect(await rowsInDom()).toBeLessThan(200);

  // Only the pages that were on screen were fetched, 100 at a time.
  expect(searches.every((s) => s.limit === 100)).toBe(true);
  expect(new Set(searches.map((s) => s.offset)).size).toBeLessThan(12);

  // Search: the unique person, then a common name with the count the index gives.
  const box = page.getByRole('searchbox', { name: 'Tìm theo họ tên' });
  const t3 = Date.now();
  await box.fill('sung thi my');
  await expect(count).toHaveAttribute('data-query', 'sung thi my');
  await expect(count).toHaveText('1 cá nhân');
  await expect(page.getByTestId('person-row')).toHaveText(/Sùng Thị Mỷ/);
  console.log(`search "sung thi my" shown in ${Date.now() - t3} ms (150 ms of it is the typing debounce)`);

  const expected = app.count(
    `SELECT count(*) FROM people_fts f JOIN people p ON p.seq = f.rowid WHERE people_fts MATCH '"nguyen"*' AND p.deleted = 0`,
  );
  expect(expected).toBeGreaterThan(1000); // shown with the Vietnamese thousands separator
  await box.fill('Nguyễn'.normalize('NFD')); // sent as NFC
  await expect(count).toHaveAttribute('data-query', 'Nguyễn');
  await expect(count).toHaveText(`${expected.toLocaleString('vi-VN')} cá nhân`);
  await expect(page.getByTestId('person-row').first()).toContainText('Nguyễn');
  await screenshot(page, '24-people-100k-search');
  expect(await rowsInDom()).toBeLessThan(200);

  await box.fill('');
  await expect(count).toHaveText('100.000 cá nhân');
  await expect(page.locator('[aria-rowindex="2"]')).toHaveAttribute('data-testid', 'person-row');
});
