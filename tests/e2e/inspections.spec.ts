import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ExchangeRecord } from '../../src-shared/exchange/envelope';
import { RECORD_TYPES } from '../../src-shared/records';
import { chooseOption, docxText, expect, expectNoHorizontalScroll, field, goTo, initInstallation, pairTest, pairUp, quiet, screenshot, test, tinyPng } from './harness';

// Kiểm tra công tác TĐKT through the screens: the commune's inspector plans the inspection of
// two agencies, fills the school's checklist (findings, documents seen, a photo; a text file
// named .jpg is refused), finishes the health station with one item left and a reason (its
// self-assessment shows as "Đơn vị tự đánh giá"), reopens and finishes it again, writes the
// recommendations, reads the year's summary, saves an edited checklist as version 2, prints the
// plan, both records and the year report, and exports the results on "Gửi đi" in a signed
// package (plan, both inspections, the photo) that the province (its own installation) imports
// on "Nhận về" and reads, read-only, on its "Kiểm tra" screens.

const Y = new Date().getFullYear();
const SCHOOL = 'Trường Tiểu học Tân Phong';
const STATION = 'Trạm Y tế xã Tân Phong';
const TITLE = 'Kiểm tra công tác thi đua, khen thưởng';
const FINDING = 'Chưa ban hành Quy chế thi đua, khen thưởng của trường; đang dùng quy chế năm 2019 đã hết hiệu lực.';
const SEEN = 'Quyết định số 05/QĐ-THTP ngày 10/01/2019; sổ văn bản đi năm nay.';
const REASON = 'Kế toán trạm nghỉ ốm, chưa xem được sổ sách Quỹ thi đua, khen thưởng; sẽ kiểm tra bổ sung trong tháng sau.';
const RECOMMEND = 'Đề nghị Trường Tiểu học Tân Phong ban hành Quy chế thi đua, khen thưởng mới trước ngày 31/12.';

const item = (page: Page, code: string): Locator => page.locator(`[data-testid="checklist-item"][data-code="${code}"]`);

async function answer(page: Page, code: string, result: 'Đạt' | 'Chưa đạt' | 'Không áp dụng') {
  const it = item(page, code);
  await it.getByRole('button', { name: result, exact: true }).click();
  await expect(it.getByRole('button', { name: result, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** Waits until every change on the screen is saved. */
async function allSaved(page: Page) {
  await expect(page.getByTestId('overall-save')).toHaveText('✓ Đã lưu');
}

async function openInspection(page: Page, unit: string) {
  await page.getByTestId('inspection-row').filter({ hasText: unit }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Kiểm tra: ${unit}` })).toBeVisible();
}

async function backToPlan(page: Page) {
  await page.getByRole('button', { name: '← Kế hoạch kiểm tra' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Kế hoạch kiểm tra năm ${Y}` })).toBeVisible();
}

pairTest('inspections: plan two units, fill one checklist with a photo, finish the other with a reason, recommendations, summary, a new checklist version, print, export to the province', async ({ app, province, page, provincePage, usb }) => {
  pairTest.setTimeout(360_000);
  const { xa } = await pairUp(app, province);
  await app.invoke('units.create', { code: 'TH-TP', name: SCHOOL, level: 'agency', parentId: xa.unitId });
  await app.invoke('units.create', { code: 'TYT-TP', name: STATION, level: 'agency', parentId: xa.unitId });

  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByTestId('plans-empty')).toContainText(`Chưa có kế hoạch kiểm tra nào của năm ${Y}`);

  // ── The plan: deadline 30/11 by default, team of two, two units with dates.
  await page.getByRole('button', { name: 'Kế hoạch mới' }).click();
  const form = page.getByRole('dialog', { name: 'Kế hoạch kiểm tra mới' });
  await expect(field(form, 'Hạn hoàn thành')).toHaveValue(`30/11/${Y}`);
  await field(form, 'Số kế hoạch').fill('12/KH-UBND');
  await field(form, 'Ngày kế hoạch').fill(`01/03/${Y}`);
  await form.getByRole('textbox', { name: 'Cơ quan kiểm tra' }).fill('Ủy ban nhân dân xã Tân Phong');
  await field(form, 'Họ và tên thành viên 1').fill('Lê Văn Trưởng');
  await field(form, 'Chức vụ thành viên 1').fill('Phó Chủ tịch UBND xã');
  await form.getByRole('button', { name: 'Thêm thành viên' }).click();
  await field(form, 'Họ và tên thành viên 2').fill('Phạm Thị Thư');
  await field(form, 'Chức vụ thành viên 2').fill('Công chức Văn phòng – Thống kê');
  await chooseOption(page, form, 'Vai trò thành viên 2', 'Thư ký');
  await chooseOption(page, form, 'Thêm đơn vị được kiểm tra', `${SCHOOL} (TH-TP)`);
  await chooseOption(page, form, 'Thêm đơn vị được kiểm tra', `${STATION} (TYT-TP)`);
  await expect(form.getByTestId('plan-unit-row')).toHaveCount(2);
  await field(form, `Kiểm tra ${SCHOOL} từ ngày`).fill(`01/04/${Y}`);
  await field(form, `Kiểm tra ${SCHOOL} đến ngày`).fill(`02/04/${Y}`);
  await field(form, `Kiểm tra ${STATION} từ ngày`).fill(`10/04/${Y}`);
  await screenshot(page, '80-inspection-plan-form');
  await form.getByRole('button', { name: 'Lập kế hoạch' }).click();
  await expect(form).toBeHidden();

  await expect(page.getByTestId('plan-title')).toHaveText(`Kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${Y}`);
  const rows = page.getByTestId('inspection-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: SCHOOL })).toContainText(`01/04/${Y} – 02/04/${Y}`);
  await expect(rows.filter({ hasText: SCHOOL })).toContainText('Phiên bản 1');
  await expect(rows.filter({ hasText: SCHOOL }).getByTestId('status-badge')).toHaveText('Chưa kiểm tra');
  await expect(rows.filter({ hasText: STATION }).getByTestId('progress-text')).toHaveText('0/16');
  await expect(page.getByTestId('team-member')).toHaveCount(2);
  const [plan] = app.query<{ id: string; year: number; deadline: string; inspecting_body: string; plan_number: string; plan_date: string; team: string }>(
    'SELECT id, year, deadline, inspecting_body, plan_number, plan_date, team FROM inspection_plans',
  );
  expect(plan).toMatchObject({ year: Y, deadline: `${Y}-11-30`, inspecting_body: 'Ủy ban nhân dân xã Tân Phong', plan_number: '12/KH-UBND', plan_date: `${Y}-03-01` });
  expect(JSON.parse(plan!.team)).toEqual([
    { name: 'Lê Văn Trưởng', position: 'Phó Chủ tịch UBND xã', role: 'truong-doan' },
    { name: 'Phạm Thị Thư', position: 'Công chức Văn phòng – Thống kê', role: 'thu-ky' },
  ]);
  const ids = Object.fromEntries(
    app.query<{ id: string; name: string }>('SELECT i.id, u.name FROM inspections i JOIN units u ON u.id = i.unit_id').map((r) => [r.name, r.id]),
  ) as Record<string, string>;
  expect(app.query('SELECT planned_from, planned_to, status FROM inspections WHERE id = ?', ids[SCHOOL])).toEqual([
    { planned_from: `${Y}-04-01`, planned_to: `${Y}-04-02`, status: 'planned' },
  ]);
  // The plan is edited: an earlier deadline; team, units and recommendations stay.
  await page.getByRole('button', { name: 'Sửa kế hoạch' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa kế hoạch kiểm tra' });
  await expect(edit.getByTestId('plan-unit-row')).toHaveCount(2);
  await field(edit, 'Hạn hoàn thành').fill(`15/11/${Y}`);
  await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('region', { name: 'Thông tin kế hoạch' })).toContainText(`15/11/${Y}`);
  expect(app.query('SELECT deadline, team FROM inspection_plans')).toEqual([{ deadline: `${Y}-11-15`, team: plan!.team }]);
  expect(app.count('SELECT count(*) FROM inspections WHERE deleted = 0')).toBe(2);
  // The health station sent its self-assessment beforehand (as it would in a package).
  await app.invoke('inspections.selfAssess', {
    inspectionId: ids[STATION]!,
    answers: [{ itemCode: '1.1', result: 'dat', score: null, note: 'Đã ban hành Kế hoạch số 03/KH-TYT.' }],
  });

  // ── The school: findings, documents seen, a photo; every change saved at once.
  await openInspection(page, SCHOOL);
  await expect(page.getByTestId('inspection-status')).toHaveText('Chưa kiểm tra');
  await answer(page, '1.1', 'Đạt');
  await expect(item(page, '1.1').getByTestId('save-state')).toHaveText('✓ Đã lưu');
  await expect(page.getByTestId('inspection-status')).toHaveText('Đang kiểm tra');
  await answer(page, '1.2', 'Chưa đạt');
  const i12 = item(page, '1.2');
  await i12.getByRole('textbox', { name: 'Kết quả kiểm tra, tồn tại' }).fill(FINDING);
  await i12.getByRole('textbox', { name: 'Tài liệu đã xem' }).fill(SEEN);
  await expect(i12.getByTestId('save-state')).toHaveText('✓ Đã lưu');
  await expect
    .poll(() => app.query('SELECT result, findings, documents_seen, source FROM inspection_answers WHERE inspection_id = ? AND item_code = ?', ids[SCHOOL], '1.2'))
    .toEqual([{ result: 'chua-dat', findings: FINDING, documents_seen: SEEN, source: 'team' }]);
  // A text file named .jpg is refused with the service's reason; the real photo is kept.
  await i12.getByLabel('Thêm minh chứng cho nội dung 1.2').setInputFiles({ name: 'quy-che.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Đây là văn bản, không phải ảnh', 'utf8') });
  await expect(i12.getByTestId('evidence-refused')).toHaveText(
    '"quy-che.jpg" không phải ảnh JPEG, PNG hay tệp PDF thật (nội dung tệp không khớp); hãy chụp, quét lại hoặc lưu lại đúng định dạng.',
  );
  await i12.getByLabel('Thêm minh chứng cho nội dung 1.2').setInputFiles({ name: 'quy-che-2019.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(i12.getByTestId('evidence-file')).toHaveCount(1);
  await expect(i12.getByTestId('evidence-refused')).toHaveCount(0);
  await expect.poll(() => i12.getByTestId('evidence-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  expect(app.query('SELECT item_code, name, mime FROM inspection_evidence WHERE inspection_id = ?', ids[SCHOOL])).toEqual([
    { item_code: '1.2', name: 'quy-che-2019.png', mime: 'image/png' },
  ]);
  await expect(page.getByTestId('progress-text').first()).toHaveText('2/16');
  await allSaved(page);
  await quiet(page);
  await i12.scrollIntoViewIfNeeded();
  await screenshot(page, '81-inspection-fieldwork');
  await expectNoHorizontalScroll(page);
  // The photo opens large; a second photo is added and removed again.
  await i12.getByRole('button', { name: 'Xem quy-che-2019.png' }).click();
  const photo = page.getByRole('dialog', { name: 'quy-che-2019.png' });
  await expect(photo.getByTestId('evidence-image')).toBeVisible();
  await photo.getByRole('button', { name: 'Đóng' }).click();
  await i12.getByLabel('Thêm minh chứng cho nội dung 1.2').setInputFiles({ name: 'so-van-ban.png', mimeType: 'image/png', buffer: tinyPng() });
  await expect(i12.getByTestId('evidence-file')).toHaveCount(2);
  await i12.getByRole('button', { name: 'Xóa so-van-ban.png' }).click();
  await expect(i12.getByTestId('evidence-file')).toHaveCount(1);
  expect(app.count('SELECT count(*) FROM inspection_evidence')).toBe(1);

  // The rest through the section list: every item Đạt except 6.1, not applicable.
  await page.getByRole('navigation', { name: 'Các phần của phiếu kiểm tra' }).getByRole('button', { name: /^VI\./ }).click();
  const codes = await page.getByTestId('checklist-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  expect(codes).toHaveLength(16);
  for (const code of codes.filter((c) => !['1.1', '1.2', '6.1'].includes(c))) await answer(page, code, 'Đạt');
  await answer(page, '6.1', 'Không áp dụng');
  await page.getByRole('textbox', { name: 'Kết luận kiểm tra' }).fill('Trường thực hiện cơ bản tốt công tác thi đua, khen thưởng; cần ban hành quy chế mới.');
  await allSaved(page);
  await expect(page.getByTestId('progress-text').first()).toHaveText('16/16');
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(page.getByTestId('inspection-status')).toHaveText('Đã kiểm tra xong');
  // Finished: the results are shown, no longer editable.
  await expect(item(page, '1.2').getByTestId('result-badge')).toHaveText('Chưa đạt');
  await expect(item(page, '1.2').getByRole('button', { name: 'Đạt', exact: true })).toHaveCount(0);
  await expect(item(page, '1.2').getByRole('button', { name: 'Xóa quy-che-2019.png' })).toHaveCount(0);
  expect(app.query('SELECT status, finish_reason, unanswered_at_finish, conclusion FROM inspections WHERE id = ?', ids[SCHOOL])).toEqual([
    { status: 'finished', finish_reason: null, unanswered_at_finish: '[]', conclusion: 'Trường thực hiện cơ bản tốt công tác thi đua, khen thưởng; cần ban hành quy chế mới.' },
  ]);
  expect(app.query('SELECT result, count(*) n FROM inspection_answers WHERE inspection_id = ? GROUP BY result ORDER BY result', ids[SCHOOL])).toEqual([
    { result: 'chua-dat', n: 1 }, { result: 'dat', n: 14 }, { result: 'kad', n: 1 },
  ]);

  // ── The health station: 1.1 comes from its self-assessment; 6.1 is left with a reason.
  await backToPlan(page);
  await openInspection(page, STATION);
  const i11 = item(page, '1.1');
  await expect(i11.getByTestId('self-assessed')).toHaveText('Đơn vị tự đánh giá');
  await expect(i11.getByTestId('self-note')).toContainText('Đạt – Đã ban hành Kế hoạch số 03/KH-TYT.');
  await expect(i11.getByRole('button', { name: 'Đạt', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('progress-text').first()).toHaveText('1/16');
  await quiet(page);
  await screenshot(page, '82-inspection-self-assessed');
  const stationCodes = await page.getByTestId('checklist-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  for (const code of stationCodes.filter((c) => !['1.1', '6.1'].includes(c))) await answer(page, code, code === '4.1' ? 'Chưa đạt' : 'Đạt');
  await allSaved(page);
  await expect(page.getByTestId('progress-text').first()).toHaveText('15/16');
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const finish = page.getByRole('dialog', { name: 'Còn nội dung chưa đánh giá' });
  await expect(finish.getByTestId('unanswered-list')).toContainText('6.1.');
  await expect(finish.getByTestId('unanswered-list').getByRole('listitem')).toHaveCount(1);
  await finish.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
  await expect(finish.getByText('Vui lòng ghi lý do kết thúc kiểm tra khi còn nội dung chưa đánh giá.')).toBeVisible();
  await finish.getByRole('textbox', { name: 'Lý do kết thúc kiểm tra' }).fill(REASON);
  await screenshot(page, '83-inspection-finish-reason');
  await finish.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
  await expect(finish).toBeHidden();
  await expect(page.getByTestId('finished-note')).toContainText(`Còn 1 nội dung chưa đánh giá (6.1). Lý do: ${REASON}`);
  await expect(item(page, '6.1').getByTestId('result-badge')).toHaveText('Chưa đánh giá');
  expect(app.query('SELECT status, finish_reason, unanswered_at_finish FROM inspections WHERE id = ?', ids[STATION])).toEqual([
    { status: 'finished', finish_reason: REASON, unanswered_at_finish: '["6.1"]' },
  ]);
  // Reopened, then finished again the same way.
  await page.getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByTestId('inspection-status')).toHaveText('Đang kiểm tra');
  expect(app.query('SELECT status, finish_reason FROM inspections WHERE id = ?', ids[STATION])).toEqual([{ status: 'in-progress', finish_reason: null }]);
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await finish.getByRole('textbox', { name: 'Lý do kết thúc kiểm tra' }).fill(REASON);
  await finish.getByRole('button', { name: 'Vẫn hoàn thành' }).click();
  await expect(page.getByTestId('inspection-status')).toHaveText('Đã kiểm tra xong');
  await quiet(page);
  await screenshot(page, '84-inspection-finished');
  await expectNoHorizontalScroll(page);

  // ── Back on the plan: both finished; the recommendations are saved as they are typed.
  await backToPlan(page);
  await expect(page.getByTestId('plan-finished')).toHaveText('Đã kiểm tra xong 2/2 đơn vị');
  await expect(rows.filter({ hasText: SCHOOL }).getByTestId('progress-text')).toHaveText('16/16');
  await expect(rows.filter({ hasText: STATION }).getByTestId('progress-text')).toHaveText('15/16');
  const recommendations = page.getByRole('region', { name: 'Kiến nghị, đề xuất' });
  await recommendations.getByRole('textbox').fill(RECOMMEND);
  await expect(recommendations.getByTestId('save-state')).toHaveText('✓ Đã lưu');
  expect(app.query('SELECT recommendations FROM inspection_plans')).toEqual([{ recommendations: RECOMMEND }]);
  await quiet(page);
  await screenshot(page, '85-inspection-plan');
  await expectNoHorizontalScroll(page);

  // ── The year's summary: counts per result, the items not met, per unit.
  await page.getByRole('button', { name: '← Danh sách kế hoạch' }).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await page.getByRole('tab', { name: 'Tổng hợp kết quả' }).click();
  const chart = page.getByTestId('results-chart');
  await expect(chart.locator('[data-label="Đạt"]')).toHaveAttribute('data-value', '28');
  await expect(chart.locator('[data-label="Chưa đạt"]')).toHaveAttribute('data-value', '2');
  await expect(chart.locator('[data-label="Không áp dụng"]')).toHaveAttribute('data-value', '1');
  await expect(chart.locator('[data-label="Chưa đánh giá"]')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('not-met-item')).toHaveCount(2);
  await expect(page.getByTestId('summary-unit').filter({ hasText: SCHOOL })).toContainText('Đã kiểm tra xong');
  await expect(page.getByRole('region', { name: 'Kiến nghị, đề xuất' })).toContainText(RECOMMEND);
  await screenshot(page, '86-inspection-summary');
  await expectNoHorizontalScroll(page);

  // ── Templates: version 1 in use; an edited copy is saved as version 2.
  await page.getByRole('tab', { name: 'Mẫu phiếu kiểm tra' }).click();
  await expect(page.getByTestId('template-row')).toHaveCount(1);
  await page.getByTestId('template-row').click();
  const tpl = page.getByRole('dialog');
  await expect(tpl).toHaveAccessibleName(/phiên bản 1$/);
  await expect(tpl.getByTestId('template-usage')).toContainText('Đang được 3 kế hoạch, cuộc kiểm tra sử dụng');
  await tpl.getByRole('button', { name: 'Sửa thành phiên bản mới' }).click();
  const vi = tpl.getByRole('region', { name: 'Phần VI' });
  await vi.getByRole('button', { name: 'Thêm nội dung vào phần VI' }).click();
  await vi.getByRole('textbox', { name: 'Nội dung 6.2', exact: true }).fill('Chi thưởng đúng mức, đúng đối tượng theo quyết định khen thưởng');
  await screenshot(page, '87-inspection-template-edit');
  await tpl.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
  await expect(page.getByRole('dialog', { name: /phiên bản 2$/ })).toBeVisible();
  await page.getByRole('dialog', { name: /phiên bản 2$/ }).getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByTestId('template-row')).toHaveCount(2);
  expect(app.query('SELECT version, source FROM inspection_templates ORDER BY version')).toEqual([
    { version: 1, source: 'shipped' }, { version: 2, source: 'local' },
  ]);
  expect(app.count('SELECT count(*) FROM inspections i JOIN inspection_templates t ON t.id = i.template_id WHERE t.version = 1')).toBe(2);
  await quiet(page);
  await screenshot(page, '88-inspection-templates');

  // ── Printing: the plan, both records and the year report (src-main/print).
  const kinds = await app.invoke('print.kinds', {});
  expect(kinds).toEqual(expect.arrayContaining(['inspection-plan', 'inspection-record', 'inspection-report']));
  await test.step('print the plan, both records and the year report', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-print-'));
    const save = async (click: () => Promise<void>) => {
      const download = page.waitForEvent('download');
      await click();
      const docx = await download;
      expect(docx.suggestedFilename()).toMatch(/\.docx$/);
      const file = path.join(tmp, docx.suggestedFilename());
      await docx.saveAs(file);
      return docxText(file);
    };
    try {
      const report = await save(() => page.getByRole('tab', { name: 'Tổng hợp kết quả' }).click().then(() => page.getByRole('button', { name: `In báo cáo kết quả kiểm tra năm ${Y}` }).click()));
      for (const text of [SCHOOL, STATION, 'Đề nghị Trường Tiểu học Tân Phong ban hành Quy chế']) expect(report).toContain(text);
      await page.getByRole('tab', { name: 'Kế hoạch kiểm tra' }).click();
      await page.getByTestId('plan-row').click();
      await openInspection(page, SCHOOL);
      const school = await save(() => page.getByRole('button', { name: 'In biên bản' }).click());
      for (const text of [SCHOOL, 'Lê Văn Trưởng', 'Chưa ban hành Quy chế thi đua']) expect(school).toContain(text);
      await backToPlan(page);
      await openInspection(page, STATION);
      const station = await save(() => page.getByRole('button', { name: 'In biên bản' }).click());
      for (const text of [STATION, 'Kế toán trạm nghỉ ốm']) expect(station).toContain(text);
      await backToPlan(page);
      const planDoc = await save(() => page.getByRole('button', { name: 'In kế hoạch' }).click());
      expect(planDoc).toContain('Phạm Thị Thư');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  // ── "Gửi đi": the plan and both inspections go up to the province, with the photo, signed.
  const evidence = app.query<{ sha256: string; size: number }>('SELECT sha256, size FROM inspection_evidence')[0]!;
  let pkgFile = '';
  await test.step('export the results on "Gửi đi"', async () => {
    await goTo(page, 'Gửi đi');
    await expect(page.getByRole('combobox', { name: 'Gửi cho đơn vị' })).toHaveValue('Tỉnh Lai Châu (T12)');
    const outbox = page.getByTestId('outbox-row');
    await expect(outbox.filter({ hasText: RECORD_TYPES['inspection-plan']!.label })).toHaveCount(1);
    await expect(outbox.filter({ hasText: RECORD_TYPES.inspection!.label })).toHaveCount(2);
    await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
    await quiet(page);
    await screenshot(page, '89-inspection-sent');
    const pkg = fs.readdirSync(usb).find((f) => f.startsWith('XA-TP_submission_'));
    expect(pkg).toBeTruthy();
    pkgFile = path.join(usb, pkg!);
    // The file itself: addressed to the province, signed with the commune's key, the plan before
    // the inspections it points at, both results whole, the photo once among the attachments.
    const env = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as {
      header: { kind: string; sender: { unitCode: string; keyId: string }; recipient: { unitCode: string }; counts: { records: number; attachments: number } };
      body: { records: ExchangeRecord[]; attachments: { sha256: string; name: string; mime: string; size: number; data: string }[] };
      signature: { alg: string; keyId: string; value: string };
    };
    expect(env.header).toMatchObject({ kind: 'submission', sender: { unitCode: 'XA-TP', keyId: xa.keyId }, recipient: { unitCode: 'T12' } });
    expect(env.signature).toMatchObject({ alg: 'Ed25519', keyId: xa.keyId });
    const types = env.body.records.map((r) => r.type);
    expect(types.filter((t) => t === 'inspection-plan')).toHaveLength(1);
    expect(types.filter((t) => t === 'inspection')).toHaveLength(2);
    expect(types.indexOf('inspection-plan')).toBeLessThan(types.indexOf('inspection'));
    const planRec = env.body.records.find((r) => r.type === 'inspection-plan')!;
    expect(planRec).toMatchObject({ id: plan!.id, origin: 'XA-TP', deleted: false });
    expect(planRec.data).toMatchObject({
      year: Y, planNumber: '12/KH-UBND', deadline: `${Y}-11-15`, recommendations: RECOMMEND, template: { version: 1 },
      units: [{ inspectionId: ids[SCHOOL], unit: { code: 'TH-TP' } }, { inspectionId: ids[STATION], unit: { code: 'TYT-TP' } }],
    });
    const byId = (id: string) => env.body.records.find((r) => r.type === 'inspection' && r.id === id)!;
    expect(byId(ids[SCHOOL]!).data).toMatchObject({
      planId: plan!.id, status: 'finished', unit: { code: 'TH-TP', name: SCHOOL }, finishReason: null, unansweredAtFinish: [],
      evidence: [{ itemCode: '1.2', name: 'quy-che-2019.png', mime: 'image/png', sha256: evidence.sha256 }],
    });
    expect((byId(ids[SCHOOL]!).data as { answers: { itemCode: string; result: string; findings: string }[] }).answers.find((a) => a.itemCode === '1.2'))
      .toMatchObject({ result: 'chua-dat', findings: FINDING, documentsSeen: SEEN });
    expect(byId(ids[STATION]!).data).toMatchObject({ status: 'finished', finishReason: REASON, unansweredAtFinish: ['6.1'], evidence: [] });
    expect((byId(ids[STATION]!).data as { answers: { itemCode: string; source: string; self: unknown }[] }).answers.find((a) => a.itemCode === '1.1'))
      .toMatchObject({ source: 'unit', self: { result: 'dat', note: 'Đã ban hành Kế hoạch số 03/KH-TYT.' } });
    expect(env.body.attachments).toHaveLength(1);
    expect(env.body.attachments[0]).toMatchObject({ sha256: evidence.sha256, name: 'quy-che-2019.png', mime: 'image/png', size: evidence.size });
    expect(Buffer.from(env.body.attachments[0]!.data, 'base64').equals(tinyPng())).toBe(true);
    expect(env.header.counts).toEqual({ records: env.body.records.length, attachments: 1 });
  });

  // ── The province imports the package on "Nhận về" and reads the results on its "Kiểm tra".
  await test.step('the province imports the results and reads them', async () => {
    await provincePage.goto(province.url);
    await goTo(provincePage, 'Nhận về');
    const chooser = provincePage.waitForEvent('filechooser');
    await provincePage.getByRole('button', { name: 'Chọn tệp gói…' }).click();
    await (await chooser).setFiles(pkgFile);
    const card = provincePage.getByTestId('package-card');
    await expect(card.getByTestId('package-summary')).toContainText('Từ Xã Tân Phong (XA-TP)');
    await expect(card.getByTestId('preview-row').filter({ hasText: RECORD_TYPES['inspection-plan']!.label })).toHaveCount(1);
    await expect(card.getByTestId('preview-row').filter({ hasText: `Kiểm tra ${SCHOOL} năm ${Y}` })).toContainText('Mới');
    await expect(card.getByTestId('preview-row').filter({ hasText: `Kiểm tra ${STATION} năm ${Y}` })).toContainText('Mới');
    await screenshot(provincePage, '89c-province-inspections-preview');
    await card.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(card.getByText('Đã nhập')).toBeVisible();
    // In its database: the plan, both results with every answer, the photo's bytes, all as
    // read-only copies owned by XA-TP.
    expect(province.query('SELECT id, origin, plan_number, recommendations FROM inspection_plans')).toEqual([
      { id: plan!.id, origin: 'XA-TP', plan_number: '12/KH-UBND', recommendations: RECOMMEND },
    ]);
    expect(province.query('SELECT i.id, i.origin, i.status, i.finish_reason, u.code FROM inspections i JOIN units u ON u.id = i.unit_id ORDER BY u.code')).toEqual([
      { id: ids[SCHOOL], origin: 'XA-TP', status: 'finished', finish_reason: null, code: 'TH-TP' },
      { id: ids[STATION], origin: 'XA-TP', status: 'finished', finish_reason: REASON, code: 'TYT-TP' },
    ]);
    expect(province.query('SELECT result, count(*) n FROM inspection_answers WHERE inspection_id = ? GROUP BY result ORDER BY result', ids[SCHOOL])).toEqual([
      { result: 'chua-dat', n: 1 }, { result: 'dat', n: 14 }, { result: 'kad', n: 1 },
    ]);
    expect(province.query('SELECT item_code, name, sha256 FROM inspection_evidence')).toEqual([{ item_code: '1.2', name: 'quy-che-2019.png', sha256: evidence.sha256 }]);
    expect(province.query("SELECT kind, sender_code, result FROM packages WHERE direction = 'in'")).toEqual([{ kind: 'submission', sender_code: 'XA-TP', result: 'applied' }]);

    // On screen: the commune's plan among the province's plans, marked as received, read-only.
    await provincePage.getByRole('navigation').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(provincePage.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    const planRow = provincePage.getByTestId('plan-row');
    await expect(planRow).toHaveCount(1);
    await expect(planRow).toContainText('Nhận từ đơn vị');
    await expect(planRow.getByTestId('received-from')).toHaveText('Nhận từ đơn vị: Xã Tân Phong');
    await expect(planRow).toContainText('2/2');
    await quiet(provincePage);
    await screenshot(provincePage, '89d-province-inspection-plans');
    await planRow.click();
    await expect(provincePage.getByTestId('received-copy-note')).toHaveText('Nhận từ đơn vị Xã Tân Phong (XA-TP); bản sao chỉ để xem, chỉ đơn vị đó mới sửa được.');
    for (const name of ['Sửa kế hoạch', 'Xóa', 'In kế hoạch']) await expect(provincePage.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(provincePage.getByTestId('plan-finished')).toHaveText('Đã kiểm tra xong 2/2 đơn vị');
    await expect(provincePage.getByTestId('inspection-row').filter({ hasText: STATION }).getByTestId('progress-text')).toHaveText('15/16');
    await expect(provincePage.getByRole('region', { name: 'Kiến nghị, đề xuất' }).getByRole('textbox')).toHaveValue(RECOMMEND);
    await quiet(provincePage);
    await screenshot(provincePage, '89e-province-inspection-plan');
    await expectNoHorizontalScroll(provincePage);
    await openInspection(provincePage, SCHOOL);
    await expect(provincePage.getByTestId('inspection-status')).toHaveText('Đã kiểm tra xong');
    for (const name of ['Mở lại', 'In biên bản']) await expect(provincePage.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(provincePage.getByTestId('finished-note')).toContainText('Bản sao nhận từ Xã Tân Phong; chỉ đơn vị đó mới sửa được.');
    await expect(provincePage.getByTestId('finished-note')).not.toContainText('Mở lại');
    const r12 = item(provincePage, '1.2');
    await expect(r12.getByTestId('result-badge')).toHaveText('Chưa đạt');
    await expect(r12).toContainText(FINDING);
    await expect(r12.getByTestId('evidence-file')).toHaveCount(1);
    await expect.poll(() => r12.getByTestId('evidence-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await r12.scrollIntoViewIfNeeded();
    await quiet(provincePage);
    await screenshot(provincePage, '89f-province-inspection-received');
    await expectNoHorizontalScroll(provincePage);
  });
  await screenshot(page, '89-inspection-end');
});

test('inspections: a scored item takes a score out of its max, saved at once; Không áp dụng clears it', async ({ app, page }) => {
  const xa = await initInstallation(app);
  const unit = await app.invoke('units.create', { code: 'TH-TP', name: SCHOOL, level: 'agency', parentId: xa.unitId });
  const [v1] = await app.invoke('inspections.templates', { key: null });
  const t1 = await app.invoke('inspections.template', { id: v1!.id });
  const sections = t1.sections.map((s, i) =>
    i === 0 ? { ...s, items: s.items.map((it, k) => (k === 0 ? { ...it, scale: 'score' as const, max: 10, passScore: 5 } : it)) } : s,
  );
  const v2 = await app.invoke('inspections.saveTemplate', { basedOnId: t1.id, name: t1.name, description: t1.description, sections });
  await app.invoke('inspections.createPlan', {
    year: Y, inspectingBody: 'Ủy ban nhân dân xã Tân Phong', templateId: v2.id, units: [{ unitId: unit.id, plannedFrom: null, plannedTo: null }],
  });
  await page.goto(app.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByTestId('plan-row').click();
  await expect(page.getByTestId('inspection-row')).toContainText('Phiên bản 2');
  await openInspection(page, SCHOOL);
  const i11 = item(page, '1.1');
  await expect(i11).toContainText('Tối đa 10 điểm, đạt từ 5');
  await expect(i11.getByRole('button', { name: 'Đạt', exact: true })).toHaveCount(0);
  await i11.getByRole('textbox', { name: 'Điểm nội dung 1.1' }).fill('7,5');
  await expect(i11.getByTestId('save-state')).toHaveText('✓ Đã lưu');
  await expect.poll(() => app.query('SELECT result, score FROM inspection_answers WHERE item_code = ?', '1.1')).toEqual([{ result: null, score: 7.5 }]);
  await expect(page.getByTestId('progress-text').first()).toHaveText('1/16');
  await i11.getByRole('button', { name: 'Không áp dụng', exact: true }).click();
  await expect(i11.getByRole('textbox', { name: 'Điểm nội dung 1.1' })).toHaveValue('');
  await expect.poll(() => app.query('SELECT result, score FROM inspection_answers WHERE item_code = ?', '1.1')).toEqual([{ result: 'kad', score: null }]);
  await quiet(page);
  await screenshot(page, '89b-inspection-scored-item');
});
