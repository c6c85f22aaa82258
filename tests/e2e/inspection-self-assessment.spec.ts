import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { RECORD_TYPES } from '../../src-shared/records';
import { docxText, expect, expectNoHorizontalScroll, field, goTo, pairTest, pairUp, quiet, screenshot, type AppHarness } from './harness';

// The inspected unit's side of a province inspection: the province plans to inspect Xã Tân Phong
// and publishes a new checklist version; both reach the commune in the reference package ("Nhận
// về"); the commune's clerk opens the received plan and fills "Tự đánh giá của đơn vị" (saved on
// every change, still there after a reload), sends it up on "Gửi đi"; the province imports it and
// its checklist for Xã Tân Phong shows the unit's answers marked "Đơn vị tự đánh giá"; the team
// confirms one differently and the unit's own answer stays beside it.

const Y = new Date().getFullYear();
const TITLE = 'Kiểm tra công tác thi đua, khen thưởng';
const PLAN = `Kiểm tra công tác thi đua, khen thưởng năm ${Y} tại các xã`;
const NOTE_11 = 'Đã ban hành Kế hoạch số 05/KH-UBND ngày 15/01 về phát động thi đua năm nay.';
const NOTE_12 = 'Quy chế năm 2019 chưa sửa theo Luật Thi đua, khen thưởng năm 2022; đang dự thảo.';

const selfItem = (page: Page, code: string): Locator => page.locator(`[data-testid="self-item"][data-code="${code}"]`);
const item = (page: Page, code: string): Locator => page.locator(`[data-testid="checklist-item"][data-code="${code}"]`);

/** Imports a package on "Nhận về" and returns its preview card (not yet applied). */
async function openPackage(page: Page, file: string) {
  await goTo(page, 'Nhận về');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Chọn tệp gói…' }).click();
  await (await chooser).setFiles(file);
  return page.getByTestId('package-card');
}

async function apply(card: Locator) {
  await card.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(card.getByText('Đã nhập')).toBeVisible();
}

async function openPlan(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await page.getByRole('tab', { name: 'Kế hoạch kiểm tra' }).click();
  await page.getByTestId('plan-row').filter({ hasText: PLAN }).click();
  await expect(page.getByTestId('plan-title')).toContainText(PLAN);
}

async function xaUnitAt(province: AppHarness, provinceUnitId: string): Promise<string> {
  const found = (await province.invoke('units.list', { query: 'Tân Phong' })).items.find((u) => u.code === 'XA-TP');
  return found?.id ?? (await province.invoke('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: provinceUnitId })).id;
}

pairTest('inspections: the commune fills its self-assessment of the province plan, sends it up, and the province sees it marked as the unit’s', async ({ app, province, page, provincePage, usb }) => {
  pairTest.setTimeout(240_000);
  const { tinh } = await pairUp(app, province);

  // ── The province: a plan over Xã Tân Phong, and a new checklist version for the units' own use.
  const xaId = await xaUnitAt(province, tinh.unitId);
  // Ten days left: the plan warns on both installations.
  const d = new Date(Date.now() + 10 * 86_400_000);
  const deadline = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const plan = await province.invoke('inspections.createPlan', {
    year: Y, title: PLAN, deadline, inspectingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu', planNumber: '45/KH-HĐTĐKT',
    team: [{ name: 'Lò Văn Minh', position: 'Trưởng ban Thi đua - Khen thưởng', role: 'truong-doan' }],
    units: [{ unitId: xaId, plannedFrom: `${Y}-09-15`, plannedTo: `${Y}-09-16` }],
  });
  const inspectionId = plan.units[0]!.id;
  const [v1] = await province.invoke('inspections.templates', { key: null });
  const t1 = await province.invoke('inspections.template', { id: v1!.id });
  const digital = { code: '7', title: 'Chuyển đổi số', items: [{ ...t1.sections[0]!.items[0]!, code: '7.1', text: 'Cập nhật hồ sơ khen thưởng trên phần mềm' }] };
  await province.invoke('inspections.saveTemplate', { basedOnId: t1.id, name: 'Phiếu kiểm tra của tỉnh', description: '', sections: [...t1.sections, digital] });
  const reference = await province.invoke('reference.issue', { outDir: fs.mkdtempSync(path.join(usb, 'ref-')), expiresDays: 365 });

  // ── The commune receives the reference package: the plan and the checklist version, new.
  await page.goto(app.url);
  await pairTest.step('the commune receives the plan and the checklist', async () => {
    const card = await openPackage(page, reference.files[0]!.file);
    await expect(card.getByTestId('package-summary')).toContainText('Từ Tỉnh Lai Châu (T12)');
    await expect(card.getByTestId('preview-row').filter({ hasText: RECORD_TYPES['inspection-plan']!.label })).toContainText('Mới');
    await expect(card.getByTestId('preview-row').filter({ hasText: 'Phiếu kiểm tra của tỉnh - phiên bản 2' })).toContainText('Mới');
    await quiet(page);
    await screenshot(page, '89g-commune-reference-preview');
    await apply(card);
  });

  // ── "Tự đánh giá của đơn vị" on the received plan: saved item by item, survives a reload.
  await pairTest.step('the commune fills its self-assessment', async () => {
    await openPlan(page);
    await expect(page.getByTestId('received-copy-note')).toHaveText('Nhận từ đơn vị Tỉnh Lai Châu (T12); bản sao chỉ để xem, chỉ đơn vị đó mới sửa được.');
    for (const name of ['Sửa kế hoạch', 'Xóa']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByTestId('plan-due')).toHaveText('Còn 10 ngày');
    const panel = page.getByRole('region', { name: 'Tự đánh giá của đơn vị' });
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId('self-progress')).toHaveText('Đã tự đánh giá 0/16 nội dung');
    await expect(panel.getByTestId('self-sent')).toHaveText('Chưa có nội dung');
    await expect(panel.getByTestId('self-item')).toHaveCount(16);

    const i11 = selfItem(page, '1.1');
    await i11.getByRole('button', { name: 'Đạt', exact: true }).click();
    await i11.getByRole('textbox', { name: 'Giải trình của đơn vị, nội dung 1.1' }).fill(NOTE_11);
    const i12 = selfItem(page, '1.2');
    await i12.getByRole('button', { name: 'Chưa đạt', exact: true }).click();
    await i12.getByRole('textbox', { name: 'Giải trình của đơn vị, nội dung 1.2' }).fill(NOTE_12);
    await selfItem(page, '6.1').getByRole('button', { name: 'Không áp dụng', exact: true }).click();
    for (const code of ['1.1', '1.2', '6.1']) await expect(selfItem(page, code).getByTestId('save-state')).toHaveText('✓ Đã lưu');
    await expect(panel.getByTestId('self-progress')).toHaveText('Đã tự đánh giá 3/16 nội dung');
    await expect(panel.getByTestId('self-sent')).toHaveText('Chưa gửi lên');
    const stored = () => app.query<{ answers: string; origin: string; inspection_id: string }>('SELECT answers, origin, inspection_id FROM inspection_self_assessments');
    await expect.poll(() => stored().map((r) => ({ ...r, answers: JSON.parse(r.answers) as unknown }))).toEqual([{
      origin: 'XA-TP', inspection_id: inspectionId,
      answers: [
        { itemCode: '1.1', result: 'dat', score: null, note: NOTE_11 },
        { itemCode: '1.2', result: 'chua-dat', score: null, note: NOTE_12 },
        { itemCode: '6.1', result: 'kad', score: null, note: '' },
      ],
    }]);
    // The province's own inspection stays as it came: the unit writes only its own record.
    expect(app.query('SELECT count(*) n FROM inspection_answers')).toEqual([{ n: 0 }]);

    await page.reload();
    await openPlan(page);
    await expect(selfItem(page, '1.1').getByRole('button', { name: 'Đạt', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(selfItem(page, '1.2').getByRole('textbox', { name: 'Giải trình của đơn vị, nội dung 1.2' })).toHaveValue(NOTE_12);
    await expect(page.getByTestId('self-progress')).toHaveText('Đã tự đánh giá 3/16 nội dung');
    // Its report, printed in its own name for the head to sign, read back through LibreOffice.
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'In báo cáo tự đánh giá' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toBe(`bao-cao-tu-danh-gia-tdkt-${Y}_XA-TP.docx`);
    const file = path.join(usb, docx.suggestedFilename());
    await docx.saveAs(file);
    const printed = docxText(file).replace(/\s+/gu, ' ');
    for (const s of ['BÁO CÁO', `Tự đánh giá công tác thi đua, khen thưởng năm ${Y}`, 'Kế hoạch số 45/KH-HĐTĐKT', 'Đạt 01; Chưa đạt 01; Không áp dụng 01', 'II. NHỮNG NỘI DUNG CHƯA ĐẠT', 'CHỦ TỊCH']) {
      expect(printed).toContain(s);
    }
    await panel.scrollIntoViewIfNeeded();
    await quiet(page);
    await screenshot(page, '89h-commune-self-assessment');
    await expectNoHorizontalScroll(page);

    // The province's new checklist version is there for the commune's own inspections.
    await page.getByRole('button', { name: '← Danh sách kế hoạch' }).click();
    await page.getByRole('tab', { name: 'Mẫu phiếu kiểm tra' }).click();
    const v2row = page.getByTestId('template-row').filter({ hasText: 'Phiếu kiểm tra của tỉnh' });
    await expect(v2row).toContainText('Phiên bản 2');
    await expect(v2row).toContainText('Nhận từ cấp trên');
    await expect(v2row).toContainText('17');
    // The version shipped with the app stays "shipped", though it came inside the plan too.
    await expect(page.getByTestId('template-row').filter({ hasText: 'Phiên bản 1' })).toContainText('Kèm chương trình');
  });

  // ── "Gửi đi": the self-assessment goes up to the province, signed.
  let pkgFile = '';
  await pairTest.step('the commune sends it up', async () => {
    await goTo(page, 'Gửi đi');
    await expect(page.getByTestId('outbox-row').filter({ hasText: RECORD_TYPES['inspection-self-assessment']!.label })).toContainText('Tự đánh giá của Xã Tân Phong');
    const out = fs.mkdtempSync(path.join(usb, 'len-'));
    await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(out);
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
    pkgFile = path.join(out, fs.readdirSync(out).find((f) => f.startsWith('XA-TP_submission_'))!);
    await openPlan(page);
    await expect(page.getByTestId('self-sent')).toContainText('Đã gửi lên lúc');
  });

  // ── The province imports it; its checklist for Xã Tân Phong shows the unit's answers.
  await pairTest.step('the province sees the answers marked as the unit’s', async () => {
    await provincePage.goto(province.url);
    const card = await openPackage(provincePage, pkgFile);
    await expect(card.getByTestId('preview-row').filter({ hasText: 'Tự đánh giá của Xã Tân Phong (3 nội dung)' })).toContainText('Mới');
    await apply(card);
    expect(province.query('SELECT item_code, result, source, self_result, self_note FROM inspection_answers WHERE inspection_id = ? ORDER BY item_code', inspectionId)).toEqual([
      { item_code: '1.1', result: 'dat', source: 'unit', self_result: 'dat', self_note: NOTE_11 },
      { item_code: '1.2', result: 'chua-dat', source: 'unit', self_result: 'chua-dat', self_note: NOTE_12 },
      { item_code: '6.1', result: 'kad', source: 'unit', self_result: 'kad', self_note: '' },
    ]);

    await openPlan(provincePage);
    await provincePage.getByTestId('inspection-row').filter({ hasText: 'Xã Tân Phong' }).click();
    await expect(provincePage.getByRole('heading', { level: 2, name: 'Kiểm tra: Xã Tân Phong' })).toBeVisible();
    await expect(provincePage.getByTestId('progress-text').first()).toHaveText('3/16');
    const p11 = item(provincePage, '1.1');
    await expect(p11.getByTestId('self-assessed')).toHaveText('Đơn vị tự đánh giá');
    await expect(p11.getByRole('button', { name: 'Đạt', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(p11.getByTestId('self-note')).toContainText(NOTE_11);
    await expect(item(provincePage, '1.3').getByTestId('self-assessed')).toHaveCount(0);
    await quiet(provincePage);
    await screenshot(provincePage, '89i-province-self-assessed');
    await expectNoHorizontalScroll(provincePage);

    // The team sees the draft regulation and confirms 1.2 as Đạt with a finding: the answer is
    // now the team's; the unit's own word stays beside it.
    const p12 = item(provincePage, '1.2');
    await p12.getByRole('button', { name: 'Đạt', exact: true }).click();
    await expect(p12.getByTestId('save-state')).toHaveText('✓ Đã lưu');
    await expect(p12.getByTestId('self-assessed')).toHaveCount(0);
    await expect(p12.getByTestId('self-note')).toContainText(NOTE_12);
    await expect.poll(() => province.query('SELECT result, source, self_result FROM inspection_answers WHERE inspection_id = ? AND item_code = ?', inspectionId, '1.2'))
      .toEqual([{ result: 'dat', source: 'team', self_result: 'chua-dat' }]);
  });
});
