import { expect, field, goTo, initInstallation, screenshot, test } from './harness';

test('unsaved work: leaving a half-filled registration for another screen asks, and keeps the draft', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Đăng ký thi đua');
  await page.getByRole('button', { name: 'Đăng ký mới' }).click();
  await field(page, 'Người ký').fill('Lường Văn Khánh');
  await page.getByRole('navigation').getByRole('button', { name: 'Cá nhân', exact: true }).click();
  const leave = page.getByRole('dialog', { name: 'Có thay đổi chưa lưu' });
  await expect(leave).toContainText('Bản đăng ký thi đua mới');
  await leave.getByRole('button', { name: 'Rời đi, giữ bản nháp' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Cá nhân' })).toBeVisible();
  expect(app.count(`SELECT count(*) FROM drafts WHERE key = 'registration:new' AND value LIKE '%Lường Văn Khánh%'`)).toBe(1);
  // The screen reopens the registration being written, with what was typed.
  await goTo(page, 'Đăng ký thi đua');
  await expect(field(page, 'Người ký')).toHaveValue('Lường Văn Khánh');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await screenshot(page, 'drafts-registration-restored');
});

test('removing a nominee asks first and "Hoàn tác" brings it back with its report and votes', async ({ app, page }) => {
  const inst = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01', unitId: inst.unitId });
  // The list opens on the current year; today (UTC, never ahead of Viet Nam) is no future date.
  const today = new Date().toISOString().slice(0, 10);
  const d = await app.invoke('dossiers.create', { year: new Date().getFullYear(), round: 'annual', awardCode: 'CSTDCS', referenceDate: today, title: 'Hồ sơ CSTĐCS' });
  await app.invoke('dossiers.setMeeting', { id: d.id, meetingDate: today, councilTotal: 9, councilPresent: 9, councilWritten: 0 });
  const n = await app.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
  await app.invoke('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: 'Tóm tắt', report: 'Báo cáo thành tích của anh An', voteYes: 9 });

  await page.goto(app.url);
  await goTo(page, 'Hồ sơ khen thưởng');
  await page.getByTestId('dossier-row').click();
  const rows = page.getByTestId('nominee-row');
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Bỏ Nguyễn Văn An khỏi hồ sơ' }).click();
  const ask = page.getByRole('dialog', { name: 'Bỏ Nguyễn Văn An khỏi hồ sơ?' });
  await expect(ask).toContainText('báo cáo thành tích, số phiếu');
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: 'Bỏ Nguyễn Văn An khỏi hồ sơ' }).click();
  await ask.getByRole('button', { name: 'Bỏ khỏi hồ sơ' }).click();
  await expect(rows).toHaveCount(0);
  expect(app.count('SELECT count(*) FROM dossier_nominees')).toBe(0);
  const notice = page.getByTestId('undo-notice');
  await expect(notice).toContainText('Đã bỏ Nguyễn Văn An khỏi hồ sơ');
  await screenshot(page, 'undo-nominee');
  await notice.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(rows).toHaveCount(1);
  expect(app.query('SELECT id, report, vote_yes FROM dossier_nominees')).toEqual([{ id: n.id, report: 'Báo cáo thành tích của anh An', vote_yes: 9 }]);
});

test('the history of a person shows who changed what, and an earlier name is restored', async ({ app, page }) => {
  await initInstallation(app);
  const p = await app.invoke('people.create', { familyName: 'Lò', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthDate: '1990-02-03', position: 'Văn thư' });
  await app.invoke('people.update', { id: p.id, familyName: 'Lò', middleName: 'Thị', givenName: 'Binh', gender: 'female', birthDate: '1990-02-03', position: 'Văn thư - lưu trữ' });
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByTestId('person-row').filter({ hasText: 'Lò Thị Binh' }).click();
  const form = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await form.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const entries = form.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Sửa');
  await expect(entries.first()).toContainText('Nguyễn Thị Hoa');
  await expect(entries.first()).toContainText('Họ và tên');
  await expect(entries.first()).toContainText('Lò Thị Bình → Lò Thị Binh');
  await expect(entries.last()).toContainText('Ngày sinh03/02/1990');
  await screenshot(page, 'history-person');
  await entries.last().getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  await page.getByRole('dialog', { name: 'Khôi phục phiên bản này?' }).getByRole('button', { name: 'Khôi phục' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('person-row').filter({ hasText: 'Lò Thị Bình' })).toHaveCount(1);
  expect(app.query('SELECT full_name, position, rev FROM people')).toEqual([{ full_name: 'Lò Thị Bình', position: 'Văn thư', rev: 3 }]);
  await page.getByTestId('person-row').filter({ hasText: 'Lò Thị Bình' }).click();
  await form.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText('Khôi phục phiên bản cũ');
  await screenshot(page, 'history-person-restored');
});
