import { expect, field, goTo, chooseOption, initInstallation, quiet, screenshot, expectNoHorizontalScroll, test } from './harness';

// The council's vote as one table: a commune clerk types the meeting and three nominees' yes
// votes, moving down with Enter; shares, the threshold and the outcome in words appear as she
// types; a count above the voters is refused with the nominee named and nothing is written; one
// save writes the meeting and every row.

const Y = new Date().getFullYear() - 1;
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'] as const;

test('votes of all nominees in one table, checked as typed, saved at once', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const xa = await initInstallation(app);
  const d = await app.invoke('dossiers.create', { year: Y, round: 'annual', awardCode: 'CSTDCS', referenceDate: `${Y}-12-15`, title: `Đề nghị xét tặng Chiến sĩ thi đua cơ sở năm ${Y}` });
  for (const name of NAMES) {
    const [familyName, middleName, givenName] = name.split(' ') as [string, string, string];
    const p = await app.invoke('people.create', { familyName, middleName, givenName, gender: middleName === 'Thị' ? 'female' : 'male', birthYear: 1985, unitId: xa.unitId });
    await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id });
  }

  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await chooseOption(page, page, 'Năm', String(Y));
  await page.getByTestId('dossier-row').click();
  const meeting = page.getByRole('region', { name: 'Họp Hội đồng Thi đua – Khen thưởng' });
  const vote = (name: string) => meeting.getByRole('textbox', { name: `Số phiếu đồng ý của ${name}` });
  const row = (name: string) => meeting.getByTestId('vote-row').filter({ hasText: name });

  // Nothing typed: no red anywhere, every row waits for its count.
  await expect(meeting.getByTestId('vote-result')).toHaveText(['Chưa nhập phiếu', 'Chưa nhập phiếu', 'Chưa nhập phiếu']);
  await expect(meeting.locator('[aria-invalid="true"]')).toHaveCount(0);
  // The drawer no longer has a vote field; the list no longer has a read-only vote column.
  await page.getByRole('button', { name: `Chi tiết ${NAMES[0]}` }).click();
  await expect(page.getByRole('dialog', { name: NAMES[0] }).getByText('Số phiếu đồng ý')).toHaveCount(0);
  await page.getByRole('dialog', { name: NAMES[0] }).getByRole('button', { name: 'Hủy' }).click();

  await field(meeting, 'Ngày họp').fill(`18/12/${Y}`);
  await field(meeting, 'Tổng số thành viên').fill('9');
  await field(meeting, 'Số có mặt').fill('10');
  await expect(meeting.getByText('Số thành viên có mặt (10) lớn hơn tổng số thành viên (9).')).toBeVisible();
  await field(meeting, 'Số có mặt').fill('8');
  await field(meeting, 'Ý kiến bằng văn bản').fill('1');
  await expect(meeting.getByTestId('vote-basis')).toContainText('Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (9 người), không tính trên số có mặt; yêu cầu từ 80%');
  await expect(meeting.getByTestId('vote-basis')).toContainText('Số người bỏ phiếu: 9 (8 có mặt, 1 bằng văn bản).');

  // Keyboard: type, Enter moves down a row.
  await vote(NAMES[0]).click();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect(vote(NAMES[1])).toBeFocused();
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expect(vote(NAMES[2])).toBeFocused();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(meeting.getByRole('button', { name: 'Lưu cuộc họp và số phiếu' })).toBeFocused();

  await expect(row(NAMES[0]).getByTestId('vote-share')).toHaveText('88,9%');
  await expect(row(NAMES[0]).getByTestId('vote-threshold')).toHaveText('80% (≥ 8 phiếu)');
  await expect(row(NAMES[0]).getByTestId('vote-result')).toHaveText('Đạt');
  await expect(row(NAMES[1]).getByTestId('vote-result')).toHaveText('Vượt số người bỏ phiếu');
  await expect(row(NAMES[1])).toContainText('Số phiếu đồng ý (10) lớn hơn số thành viên bỏ phiếu (8 có mặt + 1 bằng văn bản = 9).');
  await expect(row(NAMES[2]).getByTestId('vote-share')).toHaveText('66,7%');
  await expect(row(NAMES[2]).getByTestId('vote-result')).toHaveText('Không đạt: cần ít nhất 8 phiếu');
  await quiet(page);
  await meeting.scrollIntoViewIfNeeded();
  await screenshot(page, 'vote-table-error');

  // Saving with the bad row: refused with Bình named; nothing written.
  const before = app.query('SELECT rev, council_total, council_present FROM dossiers');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Chưa lưu: ${NAMES[1]}: Số phiếu đồng ý (10) lớn hơn số thành viên bỏ phiếu`)).toBeVisible();
  expect(app.query('SELECT rev, council_total, council_present FROM dossiers')).toEqual(before);
  expect(app.count('SELECT count(*) FROM dossier_nominees WHERE vote_yes IS NOT NULL')).toBe(0);

  await vote(NAMES[1]).fill('9');
  await expect(row(NAMES[1]).getByTestId('vote-share')).toHaveText('100%');
  await expect(row(NAMES[1]).getByTestId('vote-result')).toHaveText('Đạt');
  await meeting.getByRole('button', { name: 'Lưu cuộc họp và số phiếu' }).click();
  await expect(page.getByText('Đã lưu cuộc họp và số phiếu của Hội đồng')).toBeVisible();
  expect(app.query(`SELECT meeting_date, council_total, council_present, council_written FROM dossiers`)).toEqual([
    { meeting_date: `${Y}-12-18`, council_total: 9, council_present: 8, council_written: 1 },
  ]);
  expect(app.query(`SELECT vote_yes FROM dossier_nominees ORDER BY position`).map((r) => r.vote_yes)).toEqual([8, 9, 6]);
  expect(app.count(`SELECT count(*) FROM audit WHERE entity = 'dossier-votes'`)).toBe(1);
  // The engine's light follows: An and Bình pass the vote, Cường does not.
  await expect(page.getByRole('region', { name: `Điều kiện của ${NAMES[2]}` }).getByTestId('criterion').filter({ hasText: 'phiếu đồng ý' })).toHaveAttribute('data-result', 'fail');
  await expect(vote(NAMES[2])).toHaveValue('6');
  await quiet(page);
  await meeting.scrollIntoViewIfNeeded();
  await screenshot(page, 'vote-table-saved');
  await expectNoHorizontalScroll(page);

  // A changed count not yet saved: leaving asks, the draft is kept and comes back.
  await vote(NAMES[2]).fill('7');
  await expect(row(NAMES[2]).getByTestId('vote-share')).toHaveText('77,8%');
  await page.getByRole('button', { name: '← Danh sách hồ sơ' }).click();
  const leave = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
  await expect(leave).toContainText('Cuộc họp và số phiếu của Hội đồng');
  await leave.getByRole('button', { name: 'Rời đi, giữ bản nháp' }).click();
  await page.getByTestId('dossier-row').click();
  await expect(vote(NAMES[2])).toHaveValue('7');
  expect(app.query(`SELECT vote_yes FROM dossier_nominees ORDER BY position`).map((r) => r.vote_yes)).toEqual([8, 9, 6]);
});
