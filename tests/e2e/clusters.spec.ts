import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { docxText, expect, expectNoHorizontalScroll, field, goTo, initProvince, quiet, screenshot, test } from './harness';

// Cụm, khối thi đua at the province: the clerk makes a cluster of five communes (a sixth commune
// already in it is refused for another cluster), scores with a score over the maximum refused where
// it is typed, reads the ranking, records the suy tôn, makes the Cờ thi đua dossier from it, and
// prints the giao ước and the ranking, read back through LibreOffice.

const Y = new Date().getFullYear() - 1;
const NAMES = ['Tân Phong', 'Đông Hưng', 'Phúc Thọ', 'Mường Tè', 'Bình Lư', 'Sìn Hồ'];

async function download(page: Page, button: string, file: string): Promise<string> {
  const d = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  await (await d).saveAs(file);
  return docxText(file).replace(/\s+/g, ' ');
}

test('a cluster of five communes: members, scoring, ranking, suy tôn, dossier and printed papers', async ({ app, page }) => {
  test.setTimeout(180_000);
  const inst = await initProvince(app);
  const communes: { id: string }[] = [];
  for (const [i, n] of NAMES.entries()) communes.push(await app.invoke('units.create', { code: `T12.X0${i + 1}`, name: `Xã ${n}`, level: 'commune', parentId: inst.unitId }));

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await goTo(page, 'Cụm, khối thi đua');
  await expect(page.getByText(`Năm ${Y} chưa có cụm, khối thi đua nào.`)).toBeVisible();

  // ── Create the cluster: five communes, Tân Phong leads, Đông Hưng deputises.
  await page.getByRole('button', { name: 'Tạo cụm, khối' }).click();
  const form = page.getByRole('dialog');
  await field(form, 'Tên').fill('Cụm thi đua số 1');
  const pick = async (name: string) => {
    await form.getByRole('combobox', { name: 'Đơn vị thành viên' }).click();
    await page.getByRole('option', { name, exact: true }).click();
  };
  for (const n of NAMES.slice(0, 5)) await pick(`Xã ${n}`);
  await field(form, 'Tên').click(); // closes the members' dropdown
  await form.getByRole('combobox', { name: 'Cụm trưởng' }).click();
  await page.getByRole('option', { name: 'Xã Tân Phong', exact: true }).click();
  await form.getByRole('combobox', { name: 'Cụm phó' }).click();
  await page.getByRole('option', { name: 'Xã Đông Hưng', exact: true }).click();
  await form.getByRole('button', { name: 'Tạo' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('cluster-row')).toHaveCount(1);
  await expect(page.getByTestId('member-row')).toHaveCount(5);
  await expect(page.getByTestId('next-roles')).toContainText('cụm trưởng Xã Đông Hưng, cụm phó Xã Phúc Thọ');
  const clusterId = app.query<{ id: string }>('SELECT id FROM clusters')[0]!.id;

  // ── A commune already in the cluster is refused for another cluster of the same kind that year.
  await page.getByRole('button', { name: 'Tạo cụm, khối' }).click();
  await field(form, 'Tên').fill('Cụm thi đua số 2');
  await pick('Xã Bình Lư');
  await pick('Xã Sìn Hồ');
  await field(form, 'Tên').click();
  await form.getByRole('button', { name: 'Tạo' }).click();
  await expect(form.getByTestId('cluster-create-error')).toContainText('Xã Bình Lư đã là thành viên “Cụm thi đua số 1”');
  expect(app.count('SELECT count(*) FROM clusters')).toBe(1);
  await form.getByRole('button', { name: 'Hủy' }).click();

  // ── Heads who sign the giao ước, and its date.
  for (const [k, n] of NAMES.slice(0, 5).entries()) {
    await page.getByRole('textbox', { name: `Người đứng đầu Xã ${n}` }).fill(['Lò Văn Páo', 'Nguyễn Văn Hùng', 'Lường Văn Chiến', 'Vàng A Sử', 'Tao Văn Minh'][k]!);
    await page.getByRole('textbox', { name: `Chức vụ Xã ${n}` }).fill('Chủ tịch UBND xã');
  }
  await page.getByRole('button', { name: 'Lưu thành viên' }).click();
  await field(page, 'Ngày ký giao ước').fill(`20/02/${Y}`);
  await page.getByRole('button', { name: 'Lưu giao ước' }).click();
  await expect.poll(() => app.query<{ d: string }>('SELECT pledge_date d FROM clusters')[0]!.d).toBe(`${Y}-02-20`);
  await quiet(page);
  await screenshot(page, 'clusters-01-members');
  await expectNoHorizontalScroll(page);

  // ── Scoring: every member self-scored and the cluster's scores entered (seeded), then the clerk
  // corrects one criterion in the table; a score over the maximum is refused where it is typed.
  const c = await app.invoke('clusters.get', { id: clusterId });
  const short = [50, 20, 20, 5, 70];
  for (const [k, u] of communes.slice(0, 5).entries()) {
    const s = Object.fromEntries(c.criteria.map((i) => [i.id, i.maxTenths - (i.id === '1' ? short[k]! : 0)]));
    await app.invoke('clusters.score', { clusterId, unitId: u.id, scorer: 'self', scores: s });
    await app.invoke('clusters.score', { clusterId, unitId: u.id, scorer: 'cluster', scores: s });
  }
  await page.getByTestId('cluster-row').click();
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  const cell = page.getByRole('textbox', { name: 'Xã Phúc Thọ, tiêu chí 2' });
  await expect(cell).toHaveValue('10');
  await cell.fill('12');
  await expect(page.getByTestId('scoring-table')).toContainText('Tối đa 10');
  await expect(page.getByTestId('score-errors')).toContainText('Xã Phúc Thọ, tiêu chí 2');
  await expect(page.getByRole('button', { name: /^Lưu điểm/ })).toBeDisabled();
  await quiet(page);
  await screenshot(page, 'clusters-02-over-max');
  await cell.fill('9,5');
  await expect(page.getByTestId('score-errors')).toBeHidden();
  await page.getByRole('button', { name: 'Lưu điểm (1 đơn vị)' }).click();
  await expect.poll(() => app.query<{ s: string }>(`SELECT scores s FROM cluster_scorecards WHERE scorer = 'cluster' AND unit_id = ?`, communes[2]!.id)[0]!.s).toContain('"2":95');

  // ── Ranking: Mường Tè first; Đông Hưng (98) above Phúc Thọ (97,5).
  await page.getByRole('tab', { name: 'Xếp hạng' }).click();
  const ranks = page.getByTestId('ranking-row');
  await expect(ranks).toHaveCount(5);
  await expect(ranks.nth(0)).toContainText('Xã Mường Tè');
  await expect(ranks.nth(1)).toContainText('Xã Đông Hưng');
  await expect(ranks.nth(2)).toContainText('Xã Phúc Thọ97,5');
  await quiet(page);
  await screenshot(page, 'clusters-03-ranking');

  // ── Suy tôn: more votes than voters is marked; then the votes, the suggestion, saved.
  await page.getByRole('tab', { name: 'Suy tôn' }).click();
  await field(page, 'Ngày họp suy tôn').fill(`10/12/${Y}`);
  for (const [k, n] of NAMES.slice(0, 5).entries()) await page.getByRole('textbox', { name: `Số phiếu Xã ${n}` }).fill(String([2, 4, 3, 6, 1][k]));
  await expect(page.getByTestId('vote-table')).toContainText('Xã Mường Tè có 6 phiếu, nhiều hơn số thành viên bỏ phiếu (5).');
  await expect(page.getByRole('button', { name: 'Lưu biên bản suy tôn' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Số phiếu Xã Mường Tè' }).fill('5');
  await page.getByRole('button', { name: 'Gợi ý đề nghị theo số phiếu' }).click();
  await expect(page.getByRole('combobox', { name: 'Đề nghị cho Xã Mường Tè' })).toHaveValue('Cờ thi đua của Ủy ban nhân dân tỉnh');
  await expect(page.getByRole('combobox', { name: 'Đề nghị cho Xã Đông Hưng' })).toHaveValue('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  await page.getByRole('button', { name: 'Lưu biên bản suy tôn' }).click();
  await expect(page.getByTestId('propose-actions')).toBeVisible();
  expect(app.count('SELECT voters FROM cluster_votes')).toBe(5);

  // ── "Lập hồ sơ đề nghị" Cờ thi đua: the leading commune as nominee, the suy tôn as the council's record.
  await page.getByRole('button', { name: 'Lập hồ sơ đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh' }).click();
  await expect(page.getByRole('button', { name: /Đã lập hồ sơ Cờ thi đua/ })).toBeVisible();
  const d = app.query<{ award_code: string; council_total: number; council_present: number; name: string; vote_yes: number }>(
    `SELECT d.award_code, d.council_total, d.council_present, c.name, n.vote_yes FROM dossiers d JOIN dossier_nominees n ON n.dossier_id = d.id JOIN collectives c ON c.id = n.subject_id`,
  );
  expect(d).toEqual([{ award_code: 'CO_TD_TINH', council_total: 5, council_present: 5, name: 'Xã Mường Tè', vote_yes: 5 }]);
  await quiet(page);
  await screenshot(page, 'clusters-04-suy-ton');
  await expectNoHorizontalScroll(page);

  // ── The printed giao ước (one signature per member) and ranking, read back through LibreOffice.
  const pledge = await download(page, 'In giao ước thi đua', path.join(app.dataDir, 'pledge.docx'));
  expect(pledge).toContain(`GIAO ƯỚC THI ĐUA Năm ${Y}`);
  for (const n of ['Lò Văn Páo', 'Nguyễn Văn Hùng', 'Lường Văn Chiến', 'Vàng A Sử', 'Tao Văn Minh']) expect(pledge).toContain(n);
  expect(pledge.match(/TM\. ỦY BAN NHÂN DÂN/g)).toHaveLength(5);
  const ranking = await download(page, 'In bảng xếp hạng', path.join(app.dataDir, 'ranking.docx'));
  expect(ranking).toContain(`Kết quả chấm điểm, xếp hạng thi đua năm ${Y} của Cụm thi đua số 1`);
  expect(ranking).toContain('Xã Mường Tè: 5/5 phiếu, đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh');
  expect(fs.statSync(path.join(app.dataDir, 'ranking.docx')).size).toBeGreaterThan(5000);
});
