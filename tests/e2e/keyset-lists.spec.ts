import crypto from 'node:crypto';
import { expect, goTo, initInstallation, screenshot, test } from './harness';

test('collectives: a long list grows page by page by cursor as the clerk scrolls, and stays where it was', async ({ app, page }) => {
  const inst = await initInstallation(app);
  const sqlite = app.harness.host.context().sqlite;
  const insert = sqlite.prepare(`INSERT INTO collectives (id, origin, rev, created_at, updated_at, deleted, name, name_folded, kind, unit_id, member_count)
                                 VALUES (?, 'XA-TP', 1, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', 0, ?, ?, 'village', ?, 10)`);
  sqlite.transaction(() => {
    for (let i = 1; i <= 250; i++) insert.run(crypto.randomUUID(), `Thôn ${String(i).padStart(3, '0')}`, `thon ${String(i).padStart(3, '0')}`, inst.unitId);
  })();

  const calls: { offset: number; limit: number; after: string | null }[] = [];
  page.on('request', (req) => {
    if (!req.url().endsWith('/api/invoke')) return;
    const body = req.postDataJSON() as { name: string; input: { offset: number; limit: number; after: string | null } };
    if (body.name === 'collectives.list') calls.push(body.input);
  });

  await page.goto(app.url);
  await goTo(page, 'Tập thể');
  await expect(page.getByTestId('collectives-count')).toHaveText('250 tập thể');
  const rows = page.getByTestId('collective-row');
  await expect(rows).toHaveCount(100);

  // The table's scroll area: scrolled to the end, the next 100 come by cursor and the rows seen stay put.
  const viewport = page.locator('.mantine-ScrollArea-viewport').filter({ has: rows.first() });
  for (const [count, last] of [[200, 'Thôn 200'], [250, 'Thôn 250']] as const) {
    const top = await viewport.evaluate((el) => (el.scrollTo({ top: el.scrollHeight }), el.scrollHeight - el.clientHeight));
    await expect(rows).toHaveCount(count);
    await expect(rows.last().locator('td').first()).toHaveText(last);
    expect(Math.abs((await viewport.evaluate((el) => el.scrollTop)) - top)).toBeLessThan(2);
  }
  await screenshot(page, '60-collectives-keyset-end');
  expect(calls.map((c) => [c.limit, c.after === null])).toEqual([[100, true], [100, false], [100, false]]);
  expect(new Set(await rows.locator('td:first-child').allTextContents()).size).toBe(250);
});
