import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  type AppHarness,
  chooseOption,
  docxText,
  expect,
  expectNoHorizontalScroll,
  field,
  goTo,
  pairTest,
  pairUp,
  quiet,
  screenshot,
  tinyPdf,
  tinyPng,
} from './harness';

// Hồ sơ khen thưởng through the screens: a commune clerk records the award history, ratings and
// holds of two people, builds a CSTĐCS dossier for them (council meeting, votes, reports, scans),
// sees why one fails, marks it ready without her; then a TTLĐTT dossier for a village, sent with
// a recorded reason although one member was disciplined; both travel up in a package.
// Everything happens in last year, so every date typed is in the past whatever day tests run.

const Y = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const THON = 'Thôn Nà Khum';
const CSTDCS = 'Chiến sĩ thi đua cơ sở';
const TTLDTT = 'Tập thể lao động tiên tiến';
const XAC_NHAN = 'Giấy chứng nhận hoặc văn bản xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học hoặc kết quả hoàn thành xuất sắc nhiệm vụ';
const BIEN_BAN = 'Biên bản họp Hội đồng Thi đua – Khen thưởng kèm kết quả bỏ phiếu kín';

async function seed(app: AppHarness, xa: { unitId: string }) {
  const an = await app.invoke('people.create', {
    familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, position: 'Công chức Văn phòng – Thống kê', unitId: xa.unitId,
  });
  const binh = await app.invoke('people.create', {
    familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthYear: 1988, position: 'Công chức Tư pháp – Hộ tịch', unitId: xa.unitId,
  });
  const thon = await app.invoke('collectives.create', { name: THON, kind: 'village', unitId: xa.unitId, memberCount: 40 });
  return { an, binh, thon };
}

async function openPerson(page: Page, name: string): Promise<Locator> {
  await page.getByTestId('person-row').filter({ hasText: name }).click();
  const form = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await form.getByRole('tab', { name: 'Khen thưởng đã có' }).click();
  await expect(form.getByTestId('award-history-panel')).toBeVisible();
  return form;
}

async function setRating(page: Page, form: Locator, level: string) {
  const ratings = form.getByRole('group', { name: 'Lưu đánh giá năm' });
  await expect(field(ratings, 'Năm đánh giá')).toHaveValue(String(Y));
  await chooseOption(page, ratings, 'Mức độ', level);
  await ratings.getByRole('button', { name: 'Lưu đánh giá' }).click();
}

/** Opens a nominee's drawer, writes the báo cáo thành tích (its results section, by the decree form), fills the rest and saves (the votes go in the meeting's table). */
async function fillNominee(page: Page, name: string, values: { summary: string; report: string; facts?: Record<string, string> }) {
  await page.getByRole('button', { name: `Chi tiết ${name}` }).click();
  const drawer = page.getByRole('dialog', { name });
  await drawer.getByRole('button', { name: 'Soạn báo cáo' }).click();
  const editor = page.getByRole('dialog', { name: `Báo cáo thành tích — ${name}` });
  await editor.getByRole('textbox', { name: /Kết quả thực hiện nhiệm vụ được giao/ }).fill(values.report);
  await editor.getByRole('button', { name: 'Lưu báo cáo', exact: true }).click();
  await expect(page.getByText(`Đã lưu báo cáo thành tích của ${name}`)).toBeVisible();
  await editor.getByRole('button', { name: 'Hủy' }).click();
  await expect(editor).toBeHidden();
  await drawer.getByRole('textbox', { name: 'Tóm tắt thành tích' }).fill(values.summary);
  for (const [label, v] of Object.entries(values.facts ?? {})) await field(drawer, label).fill(v);
  await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(drawer).toBeHidden();
}

/** The meeting's counts and every nominee's yes votes, saved at once. */
async function enterMeeting(page: Page, date: string, total: string, present: string, written: string, votes: Record<string, string>) {
  const meeting = page.getByRole('region', { name: 'Họp Hội đồng Thi đua – Khen thưởng' });
  await field(meeting, 'Ngày họp').fill(date);
  await field(meeting, 'Tổng số thành viên').fill(total);
  await field(meeting, 'Số có mặt').fill(present);
  await field(meeting, 'Ý kiến bằng văn bản').fill(written);
  for (const [name, v] of Object.entries(votes)) await meeting.getByRole('textbox', { name: `Số phiếu đồng ý của ${name}` }).fill(v);
  await meeting.getByRole('button', { name: 'Lưu cuộc họp và số phiếu' }).click();
  await expect(page.getByText('Đã lưu cuộc họp và số phiếu của Hội đồng')).toBeVisible();
}

async function newDossier(page: Page, award: string) {
  await page.getByRole('button', { name: 'Hồ sơ mới' }).click();
  const form = page.getByRole('dialog', { name: 'Hồ sơ đề nghị khen thưởng mới' });
  await expect(field(form, 'Năm thành tích')).toHaveValue(String(Y));
  await field(form, 'Ngày xét').fill(`15/12/${Y}`);
  await chooseOption(page, form, 'Danh hiệu, hình thức đề nghị', award);
  await expect(field(form, 'Tên hồ sơ')).toHaveValue(`Đề nghị xét tặng ${award} năm ${Y}`);
  return form;
}

const criterion = (page: Page, nominee: string, text: RegExp) =>
  page.getByRole('region', { name: `Điều kiện của ${nominee}` }).getByTestId('criterion').filter({ hasText: text });

pairTest(
  'dossiers: award history and ratings in the person form; a CSTĐCS dossier with meeting, votes, eligibility, scans, printing and "Sẵn sàng gửi"; a TTLĐTT dossier sent with a reason; the province returns one',
  async ({ app, province, page, provincePage, usb }) => {
    pairTest.setTimeout(360_000);
    const { xa } = await pairUp(app, province);
    const { an, binh } = await seed(app, xa);
    await page.goto(app.url);

    // ── Cá nhân ▸ "Khen thưởng đã có": An was LĐTT last year and rated HTXS.
    await goTo(page, 'Cá nhân');
    let form = await openPerson(page, AN);
    const add = form.getByRole('group', { name: 'Thêm khen thưởng đã có' });
    await field(add, 'Năm').fill(String(Y));
    await add.getByRole('combobox', { name: 'Danh hiệu, hình thức' }).fill('lao dong');
    await page.getByRole('option', { name: 'Lao động tiên tiến', exact: true }).click();
    await field(form, 'Số quyết định').fill('152/QĐ-UBND');
    await field(form, 'Ngày quyết định').fill(`10/12/${Y}`);
    await field(form, 'Cơ quan ban hành').fill('UBND xã Tân Phong');
    await form.getByRole('button', { name: 'Thêm khen thưởng' }).click();
    const history = form.getByTestId('history-row');
    await expect(history).toHaveCount(1);
    for (const t of [String(Y), 'Lao động tiên tiến', 'Khen thưởng công trạng', `Số 152/QĐ-UBND, ngày 10/12/${Y}, UBND xã Tân Phong`, 'Nhập tay']) {
      await expect(history).toContainText(t);
    }
    // A year not yet over cannot be rated.
    await field(form.getByRole('group', { name: 'Lưu đánh giá năm' }), 'Năm đánh giá').fill(String(Y + 2));
    await chooseOption(page, form, 'Mức độ', 'HTXS – Hoàn thành xuất sắc nhiệm vụ');
    await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await expect(form.getByText('Chưa thể đánh giá năm chưa đến.')).toBeVisible();
    await field(form.getByRole('group', { name: 'Lưu đánh giá năm' }), 'Năm đánh giá').fill(String(Y));
    await form.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await expect(form.getByTestId('rating')).toHaveText([`${Y}: HTXS`]);
    await quiet(page);
    await screenshot(page, '50a-person-award-history');
    await expectNoHorizontalScroll(page);
    await form.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await expect(form).toBeHidden();

    // Bình: rated HTT only, and under investigation since October.
    form = await openPerson(page, BINH);
    await setRating(page, form, 'HTT – Hoàn thành tốt nhiệm vụ');
    await expect(form.getByTestId('rating')).toHaveText([`${Y}: HTT`]);
    const holds = form.getByRole('group', { name: 'Thêm kỷ luật, xem xét' });
    await chooseOption(page, holds, 'Loại', 'Đang bị điều tra, thanh tra, kiểm tra, xác minh đơn thư');
    await expect(holds.getByRole('combobox', { name: 'Hình thức' })).toBeDisabled();
    await field(holds, 'Từ ngày').fill(`01/10/${Y}`);
    await field(holds, 'Ghi chú').fill('Đơn phản ánh đang được xác minh');
    await holds.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect(form.getByTestId('hold-row')).toHaveCount(1);
    await expect(form.getByTestId('hold-row')).toContainText(`01/10/${Y} – nay`);
    await quiet(page);
    await screenshot(page, '50b-person-ratings-holds');
    await form.getByRole('button', { name: 'Đóng', exact: true }).last().click();

    expect(app.query('SELECT subject_id, year, award_code, award_name, category, decision_number, decision_date, issuer, source FROM award_history')).toEqual([
      { subject_id: an.id, year: Y, award_code: 'LDTT', award_name: 'Lao động tiên tiến', category: 'cong-trang', decision_number: '152/QĐ-UBND', decision_date: `${Y}-12-10`, issuer: 'UBND xã Tân Phong', source: 'manual' },
    ]);
    expect(app.query('SELECT person_id, year, level FROM evaluations ORDER BY level')).toEqual([
      { person_id: binh.id, year: Y, level: 'HTT' },
      { person_id: an.id, year: Y, level: 'HTXS' },
    ]);
    expect(app.query('SELECT person_id, kind, level, from_date, to_date FROM holds')).toEqual([
      { person_id: binh.id, kind: 'investigation', level: null, from_date: `${Y}-10-01`, to_date: null },
    ]);

    // ── "Hồ sơ khen thưởng" of last year: empty; a CSTĐCS dossier is created.
    await goTo(page, 'Hồ sơ khen thưởng');
    await chooseOption(page, page, 'Năm', String(Y));
    await expect(page.getByTestId('dossiers-empty')).toBeVisible();
    const create = await newDossier(page, CSTDCS);
    await expect(create.getByText('Căn cứ: Luật TĐKT 2022; NĐ 152/2025/NĐ-CP; NĐ 129/2025/NĐ-CP')).toBeVisible();
    await quiet(page);
    await screenshot(page, '51-dossier-new');
    await create.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ đề nghị khen thưởng năm ${Y}` })).toBeVisible();
    await expect(page.getByTestId('dossier-title')).toHaveText(`Đề nghị xét tặng ${CSTDCS} năm ${Y}`);
    // CSTĐCS is for individuals: only "Thêm cá nhân".
    await expect(page.getByRole('button', { name: 'Thêm tập thể' })).toHaveCount(0);

    // Both people added from the picker.
    await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
    const picker = page.getByRole('dialog', { name: 'Thêm cá nhân vào hồ sơ' });
    await picker.getByRole('checkbox', { name: `Chọn ${AN}` }).check();
    await picker.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('tran thi binh');
    await expect(picker.getByTestId('picker-count')).toHaveAttribute('data-query', 'tran thi binh');
    await picker.getByRole('checkbox', { name: `Chọn ${BINH}` }).check();
    await expect(picker.getByTestId('picked-count')).toHaveText(`Đã chọn 2 người: ${AN}, ${BINH}`);
    await picker.getByRole('button', { name: 'Thêm 2 người' }).click();
    await expect(picker).toBeHidden();
    const rows = page.getByTestId('nominee-row');
    await expect(rows).toHaveCount(2);
    // The council met: 10 members, 9 present, 1 written opinion. An got 8 votes (80 %), Bình 7.
    await enterMeeting(page, `18/12/${Y}`, '10', '9', '1', { [AN]: '8', [BINH]: '7' });
    await fillNominee(page, AN, {
      summary: 'Hoàn thành xuất sắc nhiệm vụ; số hóa 100% hồ sơ thống kê của xã.',
      report: `Năm ${Y}, đồng chí ${AN} hoàn thành xuất sắc nhiệm vụ được giao, chủ trì số hóa hồ sơ thống kê.`,
    });
    await fillNominee(page, BINH, { summary: 'Hoàn thành tốt nhiệm vụ.', report: `Năm ${Y}, đồng chí ${BINH} hoàn thành tốt nhiệm vụ.` });
    const votes = page.getByTestId('vote-row');
    await expect(votes.filter({ hasText: AN }).getByTestId('vote-result')).toHaveText('Đạt');
    await expect(votes.filter({ hasText: BINH }).getByTestId('vote-result')).toHaveText('Không đạt: cần ít nhất 8 phiếu');
    await expect(rows.filter({ hasText: AN }).getByTestId('verdict')).toHaveAttribute('data-result', 'pass');
    await expect(rows.filter({ hasText: AN }).getByTestId('verdict-label')).toHaveText('Đạt');
    await expect(rows.filter({ hasText: BINH }).getByTestId('verdict')).toHaveAttribute('data-result', 'fail');
    await expect(rows.filter({ hasText: BINH }).getByTestId('verdict-label')).toHaveText('Không đạt');
    await page.getByRole('region', { name: 'Thông tin hồ sơ' }).scrollIntoViewIfNeeded();
    await quiet(page);
    await screenshot(page, '52-dossier-editor');
    await expectNoHorizontalScroll(page);

    // The eligibility panel says why, criterion by criterion, with the law.
    const panel = page.getByRole('region', { name: 'Kiểm tra điều kiện' });
    await expect(panel.getByTestId('eligibility-nominee')).toHaveCount(2);
    await expect(page.getByRole('region', { name: `Điều kiện của ${AN}` })).toHaveAttribute('data-result', 'pass');
    await expect(page.getByRole('region', { name: `Điều kiện của ${AN}` }).getByTestId('criterion').and(page.locator('[data-result="fail"]'))).toHaveCount(0);
    await expect(criterion(page, AN, /phiếu đồng ý/)).toContainText('Đạt 8/10 phiếu đồng ý (80%)');
    await expect(criterion(page, AN, /hoàn thành xuất sắc nhiệm vụ/).first()).toHaveAttribute('data-result', 'pass');
    const binhHold = criterion(page, BINH, /Đang bị điều tra/);
    await expect(binhHold).toHaveAttribute('data-result', 'fail');
    await expect(binhHold).toContainText(`Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư (từ 01/10/${Y}): chưa xét khen thưởng.`);
    await expect(binhHold).toContainText('NĐ 152/2025/NĐ-CP, Điều 4');
    const binhVote = criterion(page, BINH, /Chỉ đạt 7\/10/);
    await expect(binhVote).toHaveAttribute('data-result', 'fail');
    await expect(binhVote).toContainText('yêu cầu từ 80% (ít nhất 8 phiếu)');
    await expect(criterion(page, BINH, /chỉ hoàn thành tốt nhiệm vụ/)).toHaveAttribute('data-result', 'fail');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, '53-dossier-eligibility');

    // ── Giấy tờ: the confirmation of HTXS is missing; a text file named .pdf is refused.
    const docs = page.getByRole('region', { name: 'Giấy tờ trong hồ sơ' });
    await expect(docs.getByTestId('dossier-problems')).toContainText(`Thiếu ${XAC_NHAN}.`);
    const xacNhan = docs.locator('[data-testid="required-doc"][data-code="XAC_NHAN_THANH_TICH"]');
    await expect(xacNhan).toHaveAttribute('data-satisfied', 'false');
    await docs.getByLabel(`Tải lên: ${XAC_NHAN}`).setInputFiles({ name: 'xac-nhan-htxs.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Đây là văn bản, không phải PDF', 'utf8') });
    await expect(xacNhan.getByTestId('upload-refused')).toContainText(
      '"xac-nhan-htxs.pdf" không phải tệp PDF, JPEG hay PNG thật (nội dung tệp không khớp); hãy quét lại hoặc lưu lại đúng định dạng.',
    );
    expect(app.count('SELECT count(*) FROM dossier_documents')).toBe(0);
    // The real scan, and a photo of the signed minutes.
    await docs.getByLabel(`Tải lên: ${XAC_NHAN}`).setInputFiles({ name: 'xac-nhan-htxs.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await expect(xacNhan.getByTestId('attached-file')).toContainText('xac-nhan-htxs.pdf');
    await expect(xacNhan).toHaveAttribute('data-satisfied', 'true');
    await expect(xacNhan.getByTestId('upload-refused')).toHaveCount(0);
    await docs.getByLabel(`Tải lên: ${BIEN_BAN}`).setInputFiles({ name: 'bien-ban-hop.png', mimeType: 'image/png', buffer: tinyPng() });
    const bienBan = docs.locator('[data-testid="required-doc"][data-code="BIEN_BAN"]');
    await expect(bienBan.getByTestId('attached-file')).toContainText('bien-ban-hop.png');
    await expect(docs.getByTestId('dossier-complete')).toHaveText('Đủ giấy tờ theo danh mục.');
    await docs.scrollIntoViewIfNeeded();
    await quiet(page);
    await screenshot(page, '54-dossier-documents');
    await expectNoHorizontalScroll(page);
    expect(app.query('SELECT doc_code, nominee_id, name, mime FROM dossier_documents ORDER BY name')).toEqual([
      { doc_code: 'BIEN_BAN', nominee_id: null, name: 'bien-ban-hop.png', mime: 'image/png' },
      { doc_code: 'XAC_NHAN_THANH_TICH', nominee_id: null, name: 'xac-nhan-htxs.pdf', mime: 'application/pdf' },
    ]);

    // Preview: the photo is shown; the PDF is saved to be opened with the PDF reader.
    await bienBan.getByRole('button', { name: 'Xem bien-ban-hop.png' }).click();
    const photo = page.getByRole('dialog', { name: 'bien-ban-hop.png' });
    await expect(photo.getByTestId('attachment-image')).toBeVisible();
    await expect.poll(() => photo.getByTestId('attachment-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
    await screenshot(page, '55a-attachment-image');
    await photo.getByRole('button', { name: 'Đóng' }).click();
    await xacNhan.getByRole('button', { name: 'Xem xac-nhan-htxs.pdf' }).click();
    const pdf = page.getByRole('dialog', { name: 'xac-nhan-htxs.pdf' });
    await expect(pdf.getByTestId('attachment-pdf-note')).toBeVisible();
    const saved = page.waitForEvent('download');
    await pdf.getByRole('button', { name: 'Tải về để xem' }).click();
    const scan = await saved;
    expect(scan.suggestedFilename()).toBe('xac-nhan-htxs.pdf');
    expect((await fs.promises.readFile(await scan.path())).equals(tinyPdf())).toBe(true);
    await screenshot(page, '55b-attachment-pdf');
    await pdf.getByRole('button', { name: 'Đóng' }).click();

    // ── Printing, when this version prints dossiers.
    const kinds = await app.invoke('print.kinds', {});
    const header = page.getByRole('region', { name: 'Thông tin hồ sơ' });
    if (kinds.includes('dossier-danh-sach')) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-print-'));
      try {
        // "In danh sách", read back through LibreOffice: the proposed name with its diacritics.
        const download = page.waitForEvent('download');
        await header.getByRole('button', { name: 'In danh sách' }).click();
        const docx = await download;
        expect(docx.suggestedFilename()).toMatch(/\.docx$/);
        const file = path.join(tmp, docx.suggestedFilename());
        await docx.saveAs(file);
        const printed = docxText(file);
        // The danh sách lists only those proposed: Bình (7/10, under investigation) is in the biên bản only.
        expect(printed).toContain(AN);
        expect(printed).not.toContain(BINH);
        expect(printed).toContain(CSTDCS);
        // "In toàn bộ hồ sơ": every document there is, written into the folder the clerk chose, with progress.
        // CSTĐCS is the commune chairman's to decide: the decision and the Giấy khen come too.
        const expected = ['dossier-to-trinh', 'dossier-danh-sach', 'dossier-bien-ban', 'dossier-quyet-dinh', 'dossier-giay-khen'].filter((k) => kinds.includes(k)).length + (kinds.includes('dossier-bao-cao') ? 2 : 0);
        await header.getByRole('button', { name: 'In toàn bộ hồ sơ' }).click();
        const dialog = page.getByRole('dialog', { name: 'In toàn bộ hồ sơ' });
        const folder = path.join(tmp, 'Bộ hồ sơ');
        await dialog.getByLabel('Thư mục lưu bộ hồ sơ').fill(folder);
        await dialog.getByRole('button', { name: 'Bắt đầu in' }).click();
        await expect(dialog.getByTestId('print-set-progress')).toHaveText(`Đã ghi ${expected} văn bản vào thư mục ${folder}.`, { timeout: 30_000 });
        await screenshot(page, '55c-dossier-print-set');
        const names = fs.readdirSync(folder);
        expect(names).toHaveLength(expected);
        expect(names.every((n) => n.endsWith('.docx'))).toBe(true);
        await dialog.getByRole('button', { name: 'Đóng' }).click();
        await expect(dialog).toHaveCount(0);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    } else {
      await expect(header.getByRole('group', { name: 'In hồ sơ' })).toHaveCount(0);
    }

    // ── "Sẵn sàng gửi" is refused while Bình fails; the problems are listed.
    await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
    const refused = page.getByRole('dialog', { name: 'Hồ sơ chưa đủ điều kiện gửi' });
    const problems = refused.getByTestId('ready-problems');
    await expect(problems).toContainText(`${BINH}: Đang bị điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư (từ 01/10/${Y}): chưa xét khen thưởng.`);
    await expect(problems).toContainText(`${BINH}: Chỉ đạt 7/10 phiếu đồng ý`);
    await expect(problems).not.toContainText(AN);
    await quiet(page);
    await screenshot(page, '56-dossier-ready-refused');
    await refused.getByRole('button', { name: 'Quay lại bổ sung' }).click();
    expect(app.count("SELECT count(*) FROM record_status WHERE record_type = 'dossier'")).toBe(0);

    // Bình is taken out of the dossier; then it is ready.
    await page.getByRole('button', { name: `Bỏ ${BINH} khỏi hồ sơ` }).click();
    await page.getByRole('dialog', { name: `Bỏ ${BINH} khỏi hồ sơ?` }).getByRole('button', { name: 'Bỏ khỏi hồ sơ' }).click();
    await expect(rows).toHaveCount(1);
    await expect(page.getByTestId('eligibility-nominee')).toHaveCount(1);
    await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
    await expect(page.getByTestId('record-status')).toHaveText('Đã xét ở cơ sở');
    await expect(page.getByRole('button', { name: 'Sẵn sàng gửi' })).toBeDisabled();
    await page.getByRole('region', { name: 'Thông tin hồ sơ' }).scrollIntoViewIfNeeded();
    await quiet(page);
    await screenshot(page, '57-dossier-ready');
    const [cstdcs] = app.query<{ id: string; award_code: string; year: number; round: string; reference_date: string; meeting_date: string; council_total: number; council_present: number; council_written: number; override_reason: string | null }>(
      'SELECT id, award_code, year, round, reference_date, meeting_date, council_total, council_present, council_written, override_reason FROM dossiers',
    );
    expect(cstdcs).toMatchObject({
      award_code: 'CSTDCS', year: Y, round: 'annual', reference_date: `${Y}-12-15`, meeting_date: `${Y}-12-18`, council_total: 10, council_present: 9, council_written: 1, override_reason: null,
    });
    expect(app.query('SELECT subject_type, subject_id, vote_yes, summary FROM dossier_nominees WHERE dossier_id = ?', cstdcs!.id)).toEqual([
      { subject_type: 'person', subject_id: an.id, vote_yes: 8, summary: 'Hoàn thành xuất sắc nhiệm vụ; số hóa 100% hồ sơ thống kê của xã.' },
    ]);
    expect(app.query("SELECT status FROM record_status WHERE record_type = 'dossier' AND record_id = ?", cstdcs!.id)).toEqual([{ status: 'ready' }]);

    // ── A TTLĐTT dossier for the village, one member disciplined (cảnh cáo): sent with a reason.
    await page.getByRole('button', { name: '← Danh sách hồ sơ' }).click();
    await expect(page.getByTestId('dossier-row')).toHaveCount(1);
    await newDossier(page, TTLDTT);
    await page.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await expect(page.getByTestId('dossier-title')).toHaveText(`Đề nghị xét tặng ${TTLDTT} năm ${Y}`);
    await expect(page.getByRole('button', { name: 'Thêm cá nhân' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Thêm tập thể' }).click();
    const collectives = page.getByRole('dialog', { name: 'Thêm tập thể vào hồ sơ' });
    await collectives.getByRole('checkbox', { name: `Chọn ${THON}` }).check();
    await collectives.getByRole('button', { name: 'Thêm 1 tập thể' }).click();
    await expect(collectives).toBeHidden();
    await enterMeeting(page, `18/12/${Y}`, '10', '9', '0', { [THON]: '9' });
    await fillNominee(page, THON, {
      summary: 'Hoàn thành tốt nhiệm vụ; 30/40 lao động tiên tiến.',
      report: `Năm ${Y}, ${THON} hoàn thành tốt các chỉ tiêu kinh tế – xã hội.`,
      facts: { 'Tổng số thành viên': '40', 'Số đạt Lao động tiên tiến': '30', 'Số hoàn thành nhiệm vụ': '38', 'Số đạt Chiến sĩ thi đua cơ sở': '2', 'Số bị kỷ luật từ cảnh cáo trở lên': '1' },
    });
    await expect(criterion(page, THON, /Có 30\/40 cá nhân \(75%\)/)).toHaveAttribute('data-result', 'pass');
    await expect(criterion(page, THON, /Có 1 cá nhân bị kỷ luật từ cảnh cáo trở lên; yêu cầu không có ai\./)).toHaveAttribute('data-result', 'fail');
    await expect(page.getByTestId('nominee-row').getByTestId('verdict')).toHaveAttribute('data-result', 'fail');
    await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
    await expect(refused.getByTestId('ready-problems')).toContainText(`${THON}: Có 1 cá nhân bị kỷ luật từ cảnh cáo trở lên; yêu cầu không có ai.`);
    await refused.getByRole('button', { name: 'Vẫn gửi' }).click();
    await expect(refused.getByText('Vui lòng ghi lý do vẫn gửi khi hồ sơ chưa đủ điều kiện.')).toBeVisible();
    const reason = 'Người bị kỷ luật đã chuyển khỏi thôn từ tháng 11; đề nghị cấp trên xem xét.';
    await refused.getByRole('textbox', { name: 'Vẫn gửi, lý do:' }).fill(reason);
    await screenshot(page, '58a-dossier-override');
    await refused.getByRole('button', { name: 'Vẫn gửi' }).click();
    await expect(refused).toBeHidden();
    await expect(page.getByTestId('record-status')).toHaveText('Đã xét ở cơ sở');
    await expect(page.getByTestId('override-reason')).toContainText(reason);
    await quiet(page);
    await screenshot(page, '58b-dossier-override-ready');
    await expectNoHorizontalScroll(page);
    const [ttldtt] = app.query<{ id: string; override_reason: string }>("SELECT id, override_reason FROM dossiers WHERE award_code = 'TTLDTT'");
    expect(ttldtt!.override_reason).toBe(reason);
    expect(app.query('SELECT subject_type, vote_yes, collective_facts FROM dossier_nominees WHERE dossier_id = ?', ttldtt!.id)).toEqual([
      { subject_type: 'collective', vote_yes: 9, collective_facts: JSON.stringify({ members: 40, ldtt: 30, completedTasks: 38, cstdcs: 2, disciplined: 1 }) },
    ]);
    expect(app.query("SELECT status FROM record_status WHERE record_type = 'dossier' ORDER BY status")).toEqual([{ status: 'ready' }, { status: 'ready' }]);

    // The list shows both, ready.
    await page.getByRole('button', { name: '← Danh sách hồ sơ' }).click();
    const list = page.getByTestId('dossier-row');
    await expect(list).toHaveCount(2);
    await expect(list.filter({ hasText: CSTDCS }).getByTestId('status-badge')).toHaveText('Đã xét ở cơ sở');
    await expect(list.filter({ hasText: TTLDTT })).toContainText('Tổng kết năm');
    await expect(page.getByTestId('dossiers-count')).toHaveText(`2 hồ sơ năm ${Y}`);
    await quiet(page);
    await screenshot(page, '59a-dossiers-list');
    await expectNoHorizontalScroll(page);

    // ── "Gửi đi": both dossiers travel up, with their scans.
    await goTo(page, 'Gửi đi');
    await expect(page.getByTestId('outbox-row').filter({ hasText: 'Hồ sơ đề nghị khen thưởng' })).toHaveCount(2);
    await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(usb);
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
    const pkg = fs.readdirSync(usb).find((f) => f.startsWith('XA-TP_submission_'));
    expect(pkg).toBeTruthy();
    expect(app.query("SELECT status FROM record_status WHERE record_type = 'dossier'")).toEqual([{ status: 'sent' }, { status: 'sent' }]);
    await goTo(page, 'Hồ sơ khen thưởng');
    await expect(page.getByTestId('dossier-row').getByTestId('status-badge')).toHaveText(['Đã gửi', 'Đã gửi']);
    await quiet(page);
    await screenshot(page, '59b-dossiers-sent');

    // ── The province imports the package: the dossiers, their nominees and their scans.
    await provincePage.goto(province.url);
    await goTo(provincePage, 'Nhận về');
    const chooser = provincePage.waitForEvent('filechooser');
    await provincePage.getByRole('button', { name: 'Chọn tệp gói…' }).click();
    await (await chooser).setFiles(path.join(usb, pkg!));
    const card = provincePage.getByTestId('package-card');
    await expect(card.getByTestId('preview-row').filter({ hasText: 'Hồ sơ đề nghị khen thưởng' })).toHaveCount(2);
    await card.getByRole('button', { name: 'Nhập', exact: true }).click();
    await expect(card.getByText('Đã nhập')).toBeVisible();
    expect(province.query('SELECT award_code, origin, override_reason FROM dossiers ORDER BY award_code')).toEqual([
      { award_code: 'CSTDCS', origin: 'XA-TP', override_reason: null },
      { award_code: 'TTLDTT', origin: 'XA-TP', override_reason: reason },
    ]);
    expect(province.count('SELECT count(*) FROM dossier_documents')).toBe(2);

    // The received CSTĐCS dossier opens read-only, its scans viewable; the province returns it.
    await goTo(provincePage, 'Hồ sơ khen thưởng');
    await chooseOption(provincePage, provincePage, 'Năm', String(Y));
    const provRows = provincePage.getByTestId('dossier-row');
    await expect(provRows).toHaveCount(2);
    await expect(provRows.filter({ hasText: CSTDCS })).toContainText('Xã Tân Phong');
    await provRows.filter({ hasText: CSTDCS }).click();
    await expect(provincePage.getByTestId('received-copy-note')).toHaveText('Bản sao nhận từ Xã Tân Phong; chỉ đơn vị đó mới sửa được.');
    for (const name of ['Sẵn sàng gửi', 'Thêm cá nhân', 'Sửa thông tin', 'Lưu cuộc họp và số phiếu', 'Xóa']) {
      await expect(provincePage.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(provincePage.getByTestId('nominee-row')).toHaveCount(1);
    await expect(provincePage.getByRole('textbox', { name: `Số phiếu đồng ý của ${AN}` })).toHaveValue('8');
    await expect(provincePage.getByRole('textbox', { name: `Số phiếu đồng ý của ${AN}` })).toBeDisabled();
    await expect(provincePage.getByTestId('vote-share')).toHaveText('80%');
    await expect(provincePage.getByRole('textbox', { name: 'Tổng số thành viên' })).toBeDisabled();
    const provDocs = provincePage.getByRole('region', { name: 'Giấy tờ trong hồ sơ' });
    await expect(provDocs.getByTestId('attached-file')).toHaveCount(2);
    await expect(provDocs.getByLabel(/^Tải lên/)).toHaveCount(0);
    await provDocs.getByRole('button', { name: 'Xem bien-ban-hop.png' }).click();
    await expect(provincePage.getByRole('dialog', { name: 'bien-ban-hop.png' }).getByTestId('attachment-image')).toBeVisible();
    await provincePage.getByRole('dialog', { name: 'bien-ban-hop.png' }).getByRole('button', { name: 'Đóng' }).click();
    const feedback = provincePage.getByRole('region', { name: 'Phản hồi' });
    await chooseOption(provincePage, feedback, 'Phản hồi', 'Trả lại để bổ sung');
    await feedback.getByRole('textbox', { name: 'Lý do (mỗi dòng một lý do)' }).fill('Thiếu bản sao quyết định công nhận Lao động tiên tiến năm ' + Y);
    await provincePage.getByTestId('received-copy-note').scrollIntoViewIfNeeded();
    await screenshot(provincePage, '59c-province-dossier-received');
    await expectNoHorizontalScroll(provincePage);
    await feedback.getByRole('button', { name: 'Lưu phản hồi' }).click();
    await expect(provincePage.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');

    // The feedback package brings the return down to the commune, with its reason.
    const back = await province.invoke('exchange.export', { to: 'XA-TP', outDir: fs.mkdtempSync(path.join(usb, 'fb-')) });
    for (const f of back.files) await app.invoke('exchange.import', { path: f.file });
    await goTo(page, 'Gửi đi');
    await goTo(page, 'Hồ sơ khen thưởng');
    await expect(page.getByTestId('dossier-row').filter({ hasText: CSTDCS }).getByTestId('status-badge')).toHaveText('Trả lại để bổ sung');
    await page.getByTestId('dossier-row').filter({ hasText: CSTDCS }).click();
    await expect(page.getByTestId('record-status')).toHaveText('Trả lại để bổ sung');
    await expect(page.getByTestId('record-reasons')).toContainText(`Thiếu bản sao quyết định công nhận Lao động tiên tiến năm ${Y}`);
    await expect(page.getByRole('button', { name: 'Sẵn sàng gửi' })).toBeEnabled();
    await quiet(page);
    await screenshot(page, '59d-dossier-returned');
    await expectNoHorizontalScroll(page);

    // ── The commune fixes it (the missing confirmation is scanned in) and sends the new rev.
    const revBefore = app.query<{ rev: number }>("SELECT rev FROM dossiers WHERE award_code = 'CSTDCS'")[0]!.rev;
    await app.invoke('dossiers.attach', {
      dossierId: app.query<{ id: string }>("SELECT id FROM dossiers WHERE award_code = 'CSTDCS'")[0]!.id, nomineeId: null,
      docCode: 'XAC_NHAN_THANH_TICH', fileName: 'quyet-dinh-ldtt.pdf', contentBase64: tinyPdf().toString('base64'),
    });
    // The editor is still open on this dossier.
    await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
    await expect(page.getByTestId('record-status')).toHaveText('Đã xét ở cơ sở');
    await goTo(page, 'Gửi đi');
    await field(page, 'Thư mục lưu gói (ví dụ ổ USB: E:\\)').fill(path.join(usb, 'lan-2'));
    await page.getByRole('button', { name: 'Tạo gói' }).click();
    await expect(page.getByText('Đã tạo 1 gói', { exact: true })).toBeVisible();
    const resent = fs.readdirSync(path.join(usb, 'lan-2')).find((f) => f.startsWith('XA-TP_submission_'))!;
    const applied = await province.invoke('exchange.import', { path: path.join(usb, 'lan-2', resent) });
    expect(applied.rows.find((r) => r.type === 'dossier')).toMatchObject({ action: 'update' });
    expect(province.query<{ rev: number }>("SELECT rev FROM dossiers WHERE award_code = 'CSTDCS'")[0]!.rev).toBeGreaterThan(revBefore);

    // ── The province decides, on its screen: number, date, issuer.
    // Its editor is still open on this dossier: back to the list and in again to see the new rev.
    await provincePage.getByRole('button', { name: '← Danh sách hồ sơ' }).click();
    await provincePage.getByTestId('dossier-row').filter({ hasText: CSTDCS }).click();
    await expect(provincePage.getByTestId('received-copy-note')).toBeVisible();
    const decide = provincePage.getByRole('region', { name: 'Phản hồi' });
    await chooseOption(provincePage, decide, 'Phản hồi', 'Có quyết định');
    await field(decide, 'Số quyết định').fill('21/QĐ-UBND');
    await field(decide, 'Ngày quyết định').fill(`20/01/${Y + 1}`);
    await field(decide, 'Cơ quan ban hành').fill('Chủ tịch UBND xã Tân Phong');
    await decide.getByRole('button', { name: 'Lưu phản hồi' }).click();
    await expect(provincePage.getByTestId('record-status')).toHaveText('Có quyết định');

    // ── Back at the commune, the decision lands in the nominee's award history.
    const decided = await province.invoke('exchange.export', { to: 'XA-TP', outDir: fs.mkdtempSync(path.join(usb, 'qd-')) });
    for (const f of decided.files) await app.invoke('exchange.import', { path: f.file });
    expect(app.query("SELECT award_code, decision_number, source FROM award_history WHERE source = 'decision'")).toEqual([
      { award_code: 'CSTDCS', decision_number: '21/QĐ-UBND', source: 'decision' },
    ]);
    await goTo(page, 'Cá nhân');
    const anForm = await openPerson(page, AN);
    await expect(anForm.getByTestId('history-row').filter({ hasText: CSTDCS })).toContainText('21/QĐ-UBND');
    await quiet(page);
    await screenshot(page, '59e-award-history-from-decision');
  },
);
