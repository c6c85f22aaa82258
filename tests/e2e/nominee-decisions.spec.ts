import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseOption, expect, expectNoHorizontalScroll, field, goTo, pairTest as test, pairUp, quiet, screenshot } from './harness';

// The province decides a received dossier nominee by nominee on its screen: An is awarded, Bình is
// returned with a reason. The feedback package goes down; the commune imports it through "Nhận về"
// and sees both outcomes on the dossier, and An's award history carries the decision.
// Everything happens in last year, so every date typed is in the past whatever day tests run.

const Y = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const TITLE = `Đề nghị Chiến sĩ thi đua cơ sở năm ${Y}`;
const REASON = 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng';

async function openDossier(page: Page) {
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').filter({ hasText: TITLE }).click();
  await expect(page.getByTestId('dossier-title')).toHaveText(TITLE);
}

test('the province awards one nominee and returns another on its screen; the commune sees both outcomes and the award history', async ({ app, province, page, provincePage, usb }) => {
  test.setTimeout(180_000);
  const { xa } = await pairUp(app, province);

  // The commune's dossier with two people, sent up and imported at the province (through the host).
  const people = [];
  for (const p of [
    { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male' as const, birthYear: 1985 },
    { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female' as const, birthYear: 1990 },
  ]) people.push(await app.invoke('people.create', { ...p, unitId: xa.unitId }));
  const d = await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-12-15`, title: TITLE });
  for (const p of people) await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id });
  const up = await app.invoke('exchange.export', { to: 'T12', outDir: fs.mkdtempSync(path.join(usb, 'up-')) });
  for (const f of up.files) await province.invoke('exchange.import', { path: f.file });

  // ── The province opens the received dossier: one row per nominee, an outcome each.
  await provincePage.goto(province.url);
  await openDossier(provincePage);
  const section = provincePage.getByRole('region', { name: 'Kết quả xét khen thưởng' });
  const rows = section.getByTestId('outcome-row');
  await expect(rows).toHaveCount(2);
  await chooseOption(provincePage, section, `Kết quả: ${AN}`, 'Khen thưởng');
  await chooseOption(provincePage, section, `Kết quả: ${BINH}`, 'Trả lại');
  // A return without its reason is refused on the spot; nothing is written.
  await section.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(rows.filter({ hasText: BINH })).toContainText('Vui lòng ghi lý do.');
  await expect(section.getByText('Vui lòng nhập số quyết định.')).toBeVisible();
  expect(province.count('SELECT count(*) FROM decisions')).toBe(0);
  await field(section, `Lý do: ${BINH}`).fill(REASON);
  await field(section, 'Số quyết định').fill('21/QĐ-UBND');
  await field(section, 'Ngày quyết định').fill(`20/12/${Y}`);
  await field(section, 'Cơ quan ban hành').fill('Chủ tịch UBND xã Tân Phong');
  await expect(field(section, 'Hình thức khen thưởng')).toHaveValue('Chiến sĩ thi đua cơ sở');
  await section.scrollIntoViewIfNeeded();
  await screenshot(provincePage, '90-province-decides-per-nominee');
  await expectNoHorizontalScroll(provincePage);
  await section.getByRole('button', { name: 'Lưu quyết định' }).click();

  // Saved: one decision record, the outcomes read back in the section, the status beside it.
  await expect(section.getByTestId('outcome-decision')).toContainText(`Quyết định số 21/QĐ-UBND ngày 20/12/${Y} của Chủ tịch UBND xã Tân Phong`);
  await expect(section.getByTestId('outcome-status')).toHaveText(['Khen thưởng', 'Trả lại']);
  await expect(provincePage.getByTestId('record-status')).toHaveText('Có quyết định');
  expect(province.query('SELECT status, subject_id FROM decisions')).toEqual([{ status: 'decided', subject_id: d.id }]);
  await quiet(provincePage);
  await screenshot(provincePage, '91-province-outcomes-saved');

  // ── The feedback package goes down; the commune imports it on "Nhận về".
  const down = fs.mkdtempSync(path.join(usb, 'down-'));
  const fb = await province.invoke('exchange.export', { to: 'XA-TP', outDir: down });
  expect(fb.files.map((f) => f.kind)).toEqual(['feedback']);
  await page.goto(app.url);
  await goTo(page, 'Nhận về');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp gói…' }).click();
  await (await chooser).setFiles(fb.files[0]!.file);
  const card = page.getByTestId('package-card');
  await expect(card.getByTestId('preview-row').filter({ hasText: 'Quyết định, phản hồi' })).toHaveCount(1);
  await card.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(card.getByText('Đã nhập')).toBeVisible();

  // The dossier shows each nominee's outcome with the reason, read-only.
  await openDossier(page);
  await expect(page.getByTestId('record-status')).toHaveText('Có quyết định');
  await expect(page.getByTestId('record-decision')).toContainText(`Quyết định số 21/QĐ-UBND ngày 20/12/${Y}`);
  // The outcomes are not repeated as a red "to fix" list above the dossier.
  await expect(page.getByTestId('record-reasons')).toHaveCount(0);
  await quiet(page);
  await screenshot(page, '92a-commune-dossier-decided');
  const outcomes = page.getByRole('region', { name: 'Kết quả xét khen thưởng' });
  await expect(outcomes.getByTestId('outcome-row')).toHaveCount(2);
  await expect(outcomes.getByTestId('outcome-row').filter({ hasText: AN }).getByTestId('outcome-status')).toHaveText('Khen thưởng');
  await expect(outcomes.getByTestId('outcome-row').filter({ hasText: BINH }).getByTestId('outcome-status')).toHaveText('Trả lại');
  await expect(outcomes.getByTestId('outcome-row').filter({ hasText: BINH }).getByTestId('outcome-reasons')).toHaveText(REASON);
  await expect(outcomes.getByTestId('outcome-decision')).toContainText('21/QĐ-UBND');
  await expect(outcomes.getByRole('button', { name: 'Ghi lại kết quả' })).toHaveCount(0);
  await expect(outcomes.getByRole('combobox')).toHaveCount(0);
  await quiet(page);
  await outcomes.scrollIntoViewIfNeeded();
  await screenshot(page, '92-commune-sees-outcomes');
  await expectNoHorizontalScroll(page);

  // An's award history has the award with the decision; Bình's has none.
  expect(app.query("SELECT p.full_name, h.award_code, h.decision_number, h.decision_date FROM award_history h JOIN people p ON p.id = h.subject_id WHERE h.source = 'decision'")).toEqual([
    { full_name: AN, award_code: 'CSTDCS', decision_number: '21/QĐ-UBND', decision_date: `${Y}-12-20` },
  ]);
  await goTo(page, 'Cá nhân');
  await page.getByTestId('person-row').filter({ hasText: AN }).click();
  const form = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await form.getByRole('tab', { name: 'Khen thưởng đã có' }).click();
  const history = form.getByTestId('history-row');
  await expect(history).toHaveCount(1);
  await expect(history).toContainText('Chiến sĩ thi đua cơ sở');
  await expect(history).toContainText(`Số 21/QĐ-UBND, ngày 20/12/${Y}`);
  await quiet(page);
  await screenshot(page, '93-commune-award-history-from-outcome');
});
