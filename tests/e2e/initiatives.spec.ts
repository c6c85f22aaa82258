import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { type AppHarness, chooseOption, docxText, expect, expectNoHorizontalScroll, field, goTo, initInstallation, quiet, screenshot, test } from './harness';

// Công nhận sáng kiến through the screens: a commune clerk makes last year's rounds, sets up the
// council of đợt I, records two applications, receives them, three members score them, one is
// recognised at cơ sở scope and one refused; the certificate prints with its diacritics; the
// recognised initiative then carries a CSTĐCS nominee's achievement criterion in a dossier.
// Everything happens in last year, so every date typed is in the past whatever day tests run.

const Y = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Đức Cường';
const SK1 = 'Số hóa sổ hộ tịch bằng bảng tính dùng chung ở xã Tân Phong';
const SK2 = 'Sắp xếp lại tủ hồ sơ một cửa theo màu';
const COUNCIL = [
  { name: 'Lò Văn Chủ', position: 'Chủ tịch UBND xã', role: 'Chủ tịch Hội đồng' },
  { name: 'Phạm Thị Thư', position: 'Công chức Văn phòng', role: 'Thư ký Hội đồng' },
  { name: 'Hoàng Văn Ủy', position: 'Phó Chủ tịch UBND xã', role: 'Ủy viên' },
];
const CRITERIA = ['Tính mới', 'Khả năng áp dụng, nhân rộng', 'Hiệu quả, lợi ích mang lại'];

async function seed(app: AppHarness) {
  const xa = await initInstallation(app);
  const person = (familyName: string, middleName: string, givenName: string, gender: 'male' | 'female', birthYear: number, position: string) =>
    app.invoke('people.create', { familyName, middleName, givenName, gender, birthYear, position, unitId: xa.unitId });
  const an = await person('Nguyễn', 'Văn', 'An', 'male', 1980, 'Công chức Văn phòng – Thống kê');
  const binh = await person('Trần', 'Thị', 'Bình', 'female', 1988, 'Công chức Tư pháp – Hộ tịch');
  const cuong = await person('Lê', 'Đức', 'Cường', 'male', 1990, 'Công chức Địa chính');
  // An only completed his tasks well (HTT) last year: without an initiative he is no CSTĐCS.
  await app.invoke('evaluations.set', { personId: an.id, year: Y, level: 'HTT' });
  return { an, binh, cuong };
}

async function addAuthor(page: Page, form: Locator, search: string, name: string) {
  await form.getByRole('combobox', { name: 'Thêm tác giả' }).fill(search);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** Scores one member's sheet in the open application and saves it. */
async function score(page: Page, member: string, values: [string, string, string]) {
  const scores = page.getByRole('region', { name: 'Hội đồng chấm điểm' });
  for (const [k, c] of CRITERIA.entries()) await scores.getByRole('textbox', { name: `${c} – ${member}`, exact: true }).fill(values[k]!);
  await scores.getByRole('button', { name: `Lưu phiếu của ${member}` }).click();
  await expect(scores.locator(`[data-testid="sheet-row"][data-member="${member}"]`)).toHaveAttribute('data-scored', 'true');
}

async function openApplication(page: Page, title: string) {
  await page.getByTestId('initiative-row').filter({ hasText: title }).click();
  await expect(page.getByTestId('initiative-title')).toHaveText(title);
}

async function backToList(page: Page) {
  await page.getByRole('button', { name: '← Danh sách sáng kiến' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sáng kiến' })).toBeVisible();
}

test('initiatives: rounds and council, two applications received and scored, one recognised and one refused, the certificate printed, the initiative counted in a CSTĐCS dossier', async ({ app, page }) => {
  test.setTimeout(300_000);
  const { an, binh, cuong } = await seed(app);
  await page.goto(app.url);

  // ── "Sáng kiến" of last year: no rounds; the two default ones are made.
  await goTo(page, 'Sáng kiến');
  await chooseOption(page, page, 'Năm', String(Y));
  await expect(page.getByTestId('rounds-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Tạo đợt mặc định' }).click();
  const cards = page.getByTestId('round-card');
  await expect(cards).toHaveCount(2);
  const dot1 = cards.first();
  await expect(dot1).toContainText('Hạn nhận đơn 30/06/' + Y);
  await expect(dot1.getByTestId('round-sheet')).toHaveText('Phiếu 3 tiêu chí, tối đa 100 điểm · đạt từ 50');
  await expect(dot1.getByTestId('round-sheet')).toHaveAttribute('title', 'Tính mới: 40 điểm\nKhả năng áp dụng, nhân rộng: 30 điểm\nHiệu quả, lợi ích mang lại: 30 điểm');

  // A third round of the clerk's own: one criterion more, and a pass mark the sheet must allow.
  await page.getByRole('button', { name: 'Thêm đợt' }).click();
  const newRound = page.getByRole('dialog', { name: 'Đợt xét sáng kiến mới' });
  await expect(field(newRound, 'Số thứ tự đợt')).toHaveValue('3');
  await field(newRound, 'Hạn nhận đơn').fill(`15/12/${Y}`);
  await newRound.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await field(newRound, 'Tên tiêu chí 4').fill('Tính khoa học');
  await field(newRound, 'Điểm tối đa tiêu chí 4').fill('10');
  await field(newRound, 'Điểm đạt (trung bình từ)').fill('200');
  await expect(newRound.getByTestId('criteria-problems')).toHaveText('Điểm đạt phải lớn hơn 0 và không quá tổng điểm tối đa (110).');
  await field(newRound, 'Điểm đạt (trung bình từ)').fill('60');
  await expect(newRound.getByTestId('criteria-problems')).toHaveCount(0);
  await quiet(page);
  await screenshot(page, '70a-initiative-round-form');
  await newRound.getByRole('button', { name: 'Tạo đợt' }).click();
  await expect(newRound).toBeHidden();
  await expect(cards).toHaveCount(3);
  const dot3 = cards.filter({ hasText: 'Đợt III' });
  await expect(dot3.getByTestId('round-sheet')).toHaveText('Phiếu 4 tiêu chí, tối đa 110 điểm · đạt từ 60');
  await dot3.getByRole('button', { name: 'Khóa đợt' }).click();
  await expect(dot3).toContainText('Đã khóa');
  expect(app.query("SELECT number, name, deadline, pass_mark, status, json_extract(criteria, '$[3]') c4 FROM initiative_rounds WHERE number = 3")).toEqual([
    { number: 3, name: 'Đợt III', deadline: `${Y}-12-15`, pass_mark: 60, status: 'closed', c4: JSON.stringify({ code: 'tinh-khoa-hoc', name: 'Tính khoa học', max: 10 }) },
  ]);

  // Đợt I: meeting day, then its council of three.
  await dot1.getByRole('button', { name: 'Sửa', exact: true }).click();
  const roundForm = page.getByRole('dialog', { name: `Sửa Đợt I năm ${Y}` });
  await field(roundForm, 'Ngày họp Hội đồng').fill(`15/04/${Y}`);
  await roundForm.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(roundForm).toBeHidden();
  await expect(dot1).toContainText(`Họp Hội đồng 15/04/${Y}`);
  await dot1.getByRole('button', { name: 'Hội đồng (0)' }).click();
  const council = page.getByRole('dialog', { name: `Hội đồng sáng kiến Đợt I năm ${Y}` });
  for (const [k, m] of COUNCIL.entries()) {
    if (k > 0) await council.getByRole('button', { name: 'Thêm thành viên' }).click();
    await field(council, `Họ và tên thành viên ${k + 1}`).fill(m.name);
    await field(council, `Chức vụ thành viên ${k + 1}`).fill(m.position);
    if (k > 0) await chooseOption(page, council, `Vai trò thành viên ${k + 1}`, m.role);
  }
  await quiet(page);
  await screenshot(page, '70-initiative-council');
  await council.getByRole('button', { name: 'Lưu Hội đồng' }).click();
  await expect(council).toBeHidden();
  await expect(dot1.getByTestId('round-counts')).toHaveText('0 đơn · 0 công nhận · 0 không công nhận');
  await expect(dot1.getByRole('button', { name: 'Hội đồng (3)' })).toBeVisible();

  // ── The first application: An and Bình; the shares must add up to 100 % before it saves.
  await page.getByRole('button', { name: 'Đơn mới' }).click();
  const form = page.getByRole('region', { name: 'Đơn yêu cầu công nhận sáng kiến' });
  await field(form, 'Tên sáng kiến').fill(SK1);
  await chooseOption(page, form, 'Đợt xét', 'Đợt I (đã hết hạn nhận hồ sơ)');
  await addAuthor(page, form, 'nguyen van an', AN);
  await addAuthor(page, form, 'tran thi binh', BINH);
  // Bình's share is still blank: nothing red before it is typed.
  await expect(form.getByTestId('share-problems')).toHaveCount(0);
  await form.getByRole('textbox', { name: `Tỷ lệ đóng góp của ${BINH}` }).fill('30');
  await expect(form.getByTestId('share-problems')).toHaveText('Tổng tỷ lệ đóng góp của các tác giả là 130%, phải bằng đúng 100%.');
  await expect(form.getByRole('button', { name: 'Lưu đơn mới' })).toBeDisabled();
  await form.getByRole('textbox', { name: `Tỷ lệ đóng góp của ${AN}` }).fill('70');
  await expect(form.getByTestId('share-problems')).toHaveCount(0);
  await expect(form.getByTestId('share-total')).toHaveText('Tổng: 100%');
  await field(form, 'Chủ đầu tư tạo ra sáng kiến').fill('Tác giả');
  await field(form, 'Lĩnh vực áp dụng sáng kiến').fill('Hộ tịch');
  await field(form, 'Vấn đề mà sáng kiến giải quyết').fill('Tra cứu sổ hộ tịch giấy mất nhiều thời gian.');
  await field(form, 'Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử').fill(`05/01/${Y}`);
  await field(form, 'Mô tả bản chất của sáng kiến').fill('Lập bảng tính dùng chung, nhập lại toàn bộ sổ hộ tịch từ năm 1995; tra cứu theo tên không dấu.');
  await field(form, 'Các điều kiện cần thiết để áp dụng sáng kiến').fill('Một máy tính nối mạng nội bộ.');
  await field(form, 'Lợi ích thu được theo ý kiến của tác giả').fill('Tra cứu từ 30 phút xuống 1 phút.');
  await field(form, 'Lợi ích thu được theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử').fill('Người dân nhận trích lục ngay trong ngày.');
  await form.getByRole('button', { name: 'Thêm người áp dụng thử' }).click();
  await field(form, 'Họ và tên người áp dụng thử 1').fill('Vàng Thị Mai');
  await field(form, 'Chức danh người áp dụng thử 1').fill('Công chức Tư pháp');
  await field(form, 'Nơi công tác người áp dụng thử 1').fill('UBND xã Tân Phong');
  await quiet(page);
  await screenshot(page, '71-initiative-application');
  await expectNoHorizontalScroll(page);
  await form.getByRole('button', { name: 'Lưu đơn mới' }).click();
  await expect(page.getByTestId('initiative-title')).toHaveText(SK1);
  await expect(page.getByTestId('initiative-status')).toHaveText('Chưa tiếp nhận');

  // "Tiếp nhận đơn": the receipt number and the answer due three months later.
  const receipt = page.getByRole('group', { name: 'Tiếp nhận đơn' });
  await field(receipt, 'Ngày tiếp nhận').fill(`10/03/${Y}`);
  await receipt.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
  await expect(page.getByTestId('initiative-status')).toHaveText('Đã tiếp nhận, chờ xét');
  await expect(page.getByTestId('receipt-line')).toContainText(`Tiếp nhận ngày 10/03/${Y}, số biên nhận 01/BN-SK`);
  await expect(page.getByTestId('receipt-line')).toContainText(`10/06/${Y}`);

  // A score above the scale: the sheet says so as it is typed, and the service refuses it.
  const scores = page.getByRole('region', { name: 'Hội đồng chấm điểm' });
  await expect(scores.getByTestId('sheet-row')).toHaveCount(3);
  await scores.getByRole('textbox', { name: `Tính mới – ${COUNCIL[0]!.name}`, exact: true }).fill('45');
  await expect(scores.getByTestId('sheet-problems')).toContainText('Điểm "Tính mới" phải từ 0 đến 40; đã nhập 45.');
  await scores.getByRole('textbox', { name: `Khả năng áp dụng, nhân rộng – ${COUNCIL[0]!.name}`, exact: true }).fill('20');
  await scores.getByRole('textbox', { name: `Hiệu quả, lợi ích mang lại – ${COUNCIL[0]!.name}`, exact: true }).fill('20');
  await scores.getByRole('button', { name: `Lưu phiếu của ${COUNCIL[0]!.name}` }).click();
  await expect(scores.getByTestId('sheet-problems')).toHaveText('Điểm "Tính mới" phải từ 0 đến 40; đã nhập 45.');
  expect(app.count('SELECT count(*) FROM initiative_evaluations')).toBe(0);
  await score(page, COUNCIL[0]!.name, ['30', '20', '20']);
  await score(page, COUNCIL[1]!.name, ['25', '20', '15']);
  // Meanwhile the third member's sheet was entered on another computer: a second one is refused.
  const [sk1] = app.query<{ id: string }>('SELECT id FROM initiatives WHERE title = ?', SK1);
  const [uy] = app.query<{ id: string }>('SELECT id FROM initiative_council_members WHERE name = ?', COUNCIL[2]!.name);
  await app.invoke('initiatives.score', { initiativeId: sk1!.id, memberId: uy!.id, scores: { 'tinh-moi': 35, 'kha-nang-ap-dung': 25, 'hieu-qua': 25 } });
  for (const [k, c] of CRITERIA.entries()) await scores.getByRole('textbox', { name: `${c} – ${COUNCIL[2]!.name}`, exact: true }).fill(['30', '20', '20'][k]!);
  await scores.getByRole('button', { name: `Lưu phiếu của ${COUNCIL[2]!.name}` }).click();
  await expect(scores.getByTestId('sheet-problems')).toHaveText(`${COUNCIL[2]!.name} đã chấm sáng kiến này; mỗi thành viên chỉ có một phiếu. Hãy sửa phiếu đã chấm.`);
  await backToList(page);
  await openApplication(page, SK1);
  await expect(page.getByTestId('summary-average')).toHaveText('71,67');
  await expect(page.getByTestId('council-summary')).toContainText('Đề nghị công nhận');
  await expect(page.getByTestId('council-summary')).toContainText('3/3 phiếu. Điểm trung bình 71,67/100, đạt mức công nhận (từ 50 điểm).');
  await scores.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, '72-initiative-scores');
  await expectNoHorizontalScroll(page);

  // Recognised at cơ sở scope by the commune chairman; the certificate is numbered.
  const decision = page.getByRole('region', { name: 'Quyết định công nhận sáng kiến' });
  await expect(field(decision, 'Cơ quan, người công nhận')).toHaveValue('Chủ tịch UBND xã Tân Phong');
  await field(decision, 'Số quyết định').fill('45/QĐ-UBND');
  await field(decision, 'Ngày quyết định').fill(`20/04/${Y}`);
  await decision.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, '73a-initiative-decision-form');
  await expectNoHorizontalScroll(page);
  await decision.getByRole('button', { name: 'Ghi quyết định công nhận' }).click();
  await expect(page.getByTestId('initiative-status')).toHaveText('Được công nhận');
  await expect(decision.getByTestId('decision')).toContainText(`Được công nhận phạm vi cơ sở theo quyết định số 45/QĐ-UBND ngày 20/04/${Y} của Chủ tịch UBND xã Tân Phong; giấy chứng nhận số 01/GCN-SK.`);
  await expect(page.getByTestId('receipt-line').getByTestId('due-badge')).toHaveAttribute('data-state', 'answered');
  await decision.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, '73b-initiative-recognised');

  // The certificate: previewed in the app, then saved and read back through LibreOffice.
  await page.getByRole('button', { name: 'Xem trước ▾' }).click();
  await page.getByRole('menuitem', { name: 'Giấy chứng nhận sáng kiến' }).click();
  const preview = page.getByRole('dialog', { name: 'Xem trước: Giấy chứng nhận sáng kiến' });
  await expect(preview.getByTestId('document-preview')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(preview.getByTestId('document-preview')).toContainText(AN);
  await screenshot(page, '74-initiative-certificate-preview');
  await preview.getByRole('button', { name: 'Đóng' }).click();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-sk-'));
  try {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'In giấy chứng nhận' }).click();
    const docx = await download;
    expect(docx.suggestedFilename()).toMatch(/^giay-chung-nhan-sang-kien_.*\.docx$/);
    const file = path.join(tmp, docx.suggestedFilename());
    await docx.saveAs(file);
    const printed = docxText(file).replace(/\s+/g, ' ');
    expect(printed).toContain(AN);
    expect(printed).toContain(BINH);
    // The title may wrap and may be set in capitals; compare word by word.
    for (const word of SK1.split(' ')) expect(printed.toLowerCase()).toContain(word.toLowerCase());
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // ── The second application, Cường's alone, received the same day; the council finds it weak.
  await backToList(page);
  await page.getByRole('button', { name: 'Đơn mới' }).click();
  await field(form, 'Tên sáng kiến').fill(SK2);
  await chooseOption(page, form, 'Đợt xét', 'Đợt I (đã hết hạn nhận hồ sơ)');
  await addAuthor(page, form, 'le duc cuong', CUONG);
  await expect(form.getByTestId('share-total')).toHaveText('Tổng: 100%');
  await field(form, 'Lĩnh vực áp dụng sáng kiến').fill('Bộ phận một cửa');
  await form.getByRole('button', { name: 'Lưu đơn mới' }).click();
  await expect(page.getByTestId('initiative-title')).toHaveText(SK2);
  await field(receipt, 'Ngày tiếp nhận').fill(`10/03/${Y}`);
  await receipt.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
  await expect(page.getByTestId('receipt-line')).toContainText('số biên nhận 02/BN-SK');
  await score(page, COUNCIL[0]!.name, ['10', '10', '5']);
  await score(page, COUNCIL[1]!.name, ['15', '10', '10']);
  await score(page, COUNCIL[2]!.name, ['10', '5', '5']);
  await expect(page.getByTestId('council-summary')).toContainText('Đề nghị không công nhận');
  await expect(page.getByTestId('summary-average')).toHaveText('26,67');
  // Refused in writing, with the reasons.
  await expect(decision.getByRole('radio', { name: 'Không công nhận' })).toBeChecked();
  await field(decision, 'Ngày quyết định').fill(`20/04/${Y}`);
  await decision.getByRole('textbox', { name: 'Lý do không công nhận' }).fill('Giải pháp đã được áp dụng phổ biến tại xã trước khi nộp đơn.');
  await decision.getByRole('button', { name: 'Ghi quyết định không công nhận' }).click();
  await expect(page.getByTestId('initiative-status')).toHaveText('Không công nhận');
  await expect(decision.getByTestId('decision')).toContainText(`Không công nhận ngày 20/04/${Y}, Chủ tịch UBND xã Tân Phong.`);
  await expect(decision.getByTestId('decision')).toContainText('Lý do: Giải pháp đã được áp dụng phổ biến tại xã trước khi nộp đơn.');
  // Taken back and taken again (a mistaken decision can be undone while unused).
  await decision.getByRole('button', { name: 'Hủy quyết định' }).click();
  await page.getByRole('dialog', { name: 'Hủy quyết định này?' }).getByRole('button', { name: 'Hủy quyết định' }).click();
  await expect(page.getByTestId('initiative-status')).toHaveText('Đã tiếp nhận, chờ xét');
  await field(decision, 'Ngày quyết định').fill(`20/04/${Y}`);
  await decision.getByRole('textbox', { name: 'Lý do không công nhận' }).fill('Giải pháp đã được áp dụng phổ biến tại xã trước khi nộp đơn.');
  await decision.getByRole('button', { name: 'Ghi quyết định không công nhận' }).click();
  await expect(page.getByTestId('initiative-status')).toHaveText('Không công nhận');

  // Every document of the application previews in the app: receipt, sheet, minutes, decision.
  for (const [item, expected] of [
    ['Giấy biên nhận đơn yêu cầu công nhận sáng kiến', CUONG],
    ['Phiếu đánh giá sáng kiến', SK2],
    ['Biên bản họp Hội đồng sáng kiến', COUNCIL[0]!.name],
    ['Quyết định công nhận sáng kiến', AN],
  ] as const) {
    await page.getByRole('button', { name: 'Xem trước ▾' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    const doc = page.getByRole('dialog', { name: `Xem trước: ${item}` });
    await expect(doc.getByTestId('document-preview')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(doc.getByRole('alert')).toHaveCount(0);
    await expect(doc.getByTestId('document-preview')).toContainText(expected);
    if (item === 'Biên bản họp Hội đồng sáng kiến') await screenshot(page, '74b-initiative-minutes-preview');
    await doc.getByRole('button', { name: 'Đóng' }).click();
    await expect(doc).toBeHidden();
  }

  // ── The list: both answered; the round counts them.
  await backToList(page);
  const rows = page.getByTestId('initiative-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: SK1 }).getByTestId('initiative-status')).toHaveText('Được công nhận');
  await expect(rows.filter({ hasText: SK1 })).toContainText(`${AN}, ${BINH}`);
  await expect(rows.filter({ hasText: SK2 }).getByTestId('initiative-status')).toHaveText('Không công nhận');
  await expect(dot1.getByTestId('round-counts')).toHaveText('2 đơn · 1 công nhận · 1 không công nhận');
  await chooseOption(page, page, 'Lọc theo trạng thái', 'Được công nhận');
  await expect(rows).toHaveCount(1);
  await quiet(page);
  await screenshot(page, '75-initiatives-list');
  await expectNoHorizontalScroll(page);

  // In the database: statuses, scope, numbers (a refusal keeps its date too), shares and six sheets.
  expect(app.query('SELECT title, status, scope, received_on, due_on, receipt_number, decision_number, recognised_on, certificate_number FROM initiatives ORDER BY title DESC')).toEqual([
    { title: SK1, status: 'recognised', scope: 'co-so', received_on: `${Y}-03-10`, due_on: `${Y}-06-10`, receipt_number: '01/BN-SK', decision_number: '45/QĐ-UBND', recognised_on: `${Y}-04-20`, certificate_number: '01/GCN-SK' },
    { title: SK2, status: 'refused', scope: null, received_on: `${Y}-03-10`, due_on: `${Y}-06-10`, receipt_number: '02/BN-SK', decision_number: '', recognised_on: `${Y}-04-20`, certificate_number: '' },
  ]);
  expect(app.query('SELECT person_id, share FROM initiative_authors ORDER BY share DESC')).toEqual([
    { person_id: cuong.id, share: 100 },
    { person_id: an.id, share: 70 },
    { person_id: binh.id, share: 30 },
  ]);
  expect(app.count('SELECT count(*) FROM initiative_evaluations')).toBe(6);

  // ── A CSTĐCS dossier for An: rated only HTT, the recognised initiative carries the criterion.
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByRole('button', { name: 'Hồ sơ mới' }).click();
  const create = page.getByRole('dialog', { name: 'Hồ sơ đề nghị khen thưởng mới' });
  await field(create, 'Ngày xét').fill(`15/12/${Y}`);
  await chooseOption(page, create, 'Danh hiệu, hình thức đề nghị', 'Chiến sĩ thi đua cơ sở');
  await create.getByRole('button', { name: 'Tạo hồ sơ' }).click();
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const picker = page.getByRole('dialog', { name: 'Thêm cá nhân vào hồ sơ' });
  await picker.getByRole('checkbox', { name: `Chọn ${AN}` }).check();
  await picker.getByRole('button', { name: 'Thêm 1 người' }).click();
  await expect(picker).toBeHidden();
  const achievement = page.getByRole('region', { name: `Điều kiện của ${AN}` }).getByTestId('criterion').filter({ hasText: 'Có sáng kiến' });
  await expect(achievement).toHaveAttribute('data-result', 'pass');
  await expect(achievement).toContainText(`Có sáng kiến “${SK1}” (phạm vi cấp cơ sở, công nhận ngày 20/04/${Y}).`);
  await achievement.scrollIntoViewIfNeeded();
  await quiet(page);
  await screenshot(page, '77-dossier-initiative-criterion');

  // Once the dossier is ready to send, the initiative is spent on An's award (one award only).
  const [dossier] = app.query<{ id: string; title: string }>('SELECT id, title FROM dossiers');
  await app.invoke('dossiers.markReady', { id: dossier!.id, overrideReason: 'Biên bản họp Hội đồng bổ sung sau.' });
  const [spent] = app.query<{ used_by_nominee_id: string | null }>('SELECT used_by_nominee_id FROM initiatives WHERE title = ?', SK1);
  expect(spent!.used_by_nominee_id).toBe(app.query<{ id: string }>('SELECT id FROM dossier_nominees')[0]!.id);

  // ── Cá nhân ▸ An ▸ "Sáng kiến": the initiative with its scope, status, his share and the dossier.
  await goTo(page, 'Cá nhân');
  await page.getByTestId('person-row').filter({ hasText: AN }).click();
  const person = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await person.getByRole('tab', { name: 'Sáng kiến' }).click();
  const mine = person.getByTestId('person-initiative');
  await expect(mine).toHaveCount(1);
  for (const t of [SK1, 'Cơ sở', 'Được công nhận', '70%', `Quyết định số 45/QĐ-UBND ngày 20/04/${Y}`]) await expect(mine).toContainText(t);
  await expect(mine.getByTestId('used-by')).toHaveText(`Đã dùng cho hồ sơ “${dossier!.title}”`);
  await quiet(page);
  await screenshot(page, '76-person-initiatives');
  await person.getByRole('button', { name: 'Đóng', exact: true }).last().click();


  // The application says so too, and its decision can no longer be taken back.
  await goTo(page, 'Sáng kiến');
  await openApplication(page, SK1);
  await expect(page.getByTestId('decision')).toContainText(`Đã dùng cho hồ sơ “${dossier!.title}”.`);
  await expect(page.getByRole('button', { name: 'Hủy quyết định' })).toBeDisabled();
});

test('initiatives: an application received two and a half months ago is flagged above the list and on its row', async ({ app, page }) => {
  const { an } = await seed(app);
  const d = new Date();
  d.setDate(d.getDate() - 80);
  const iso = (x: Date) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
  const title = 'Nhắc lịch tiêm chủng qua loa truyền thanh thôn';
  const i = await app.invoke('initiatives.create', { title, year: d.getFullYear(), authors: [{ personId: an.id, share: 100 }] });
  await app.invoke('initiatives.receive', { id: i.id, receivedOn: iso(d) });
  const [row] = app.query<{ due_on: string; status: string }>('SELECT due_on, status FROM initiatives WHERE id = ?', i.id);
  expect(row!.status).toBe('received');
  const left = Math.round((Date.parse(`${row!.due_on}T00:00:00Z`) - Date.parse(`${iso(new Date())}T00:00:00Z`)) / 86_400_000);
  expect(left).toBeGreaterThanOrEqual(0);
  expect(left).toBeLessThanOrEqual(15);

  await page.goto(app.url);
  // A commune has no "Tổng hợp đơn vị" (no units below it): the list of applications warns.
  await goTo(page, 'Sáng kiến');
  const alert = page.getByTestId('initiative-deadlines');
  await expect(alert).toContainText('Hạn trả lời đơn yêu cầu công nhận sáng kiến: 1 đơn sắp đến hạn');
  await expect(alert.getByTestId('deadline-item')).toHaveText(`${title} – ${left === 0 ? 'Hôm nay hết hạn' : `Còn ${left} ngày`} (${row!.due_on.split('-').reverse().join('/')})`);
  await quiet(page);
  await screenshot(page, '78-initiatives-deadline-alert');

  // The title opens the application, whose limit shows amber.
  await alert.getByRole('button', { name: title }).click();
  await expect(page.getByTestId('initiative-title')).toHaveText(title);
  await expect(page.getByTestId('receipt-line').getByTestId('due-badge')).toHaveAttribute('data-state', 'soon');
  await page.getByRole('button', { name: '← Danh sách sáng kiến' }).click();
  if (d.getFullYear() !== new Date().getFullYear()) await chooseOption(page, page, 'Năm', String(d.getFullYear()));
  const badge = page.getByTestId('initiative-row').filter({ hasText: title }).getByTestId('due-badge');
  await expect(badge).toHaveAttribute('data-state', 'soon');
  await expect(page.getByTestId('initiative-deadlines')).toBeVisible();
  await quiet(page);
  await screenshot(page, '79-initiatives-deadline-list');
});
