import { chooseOption, expect, goTo, initInstallation, quiet, screenshot, expectNoHorizontalScroll, test } from './harness';

// A round whose deadline has passed: the card says it no longer receives; an application
// received today is refused with what to do; the clerk records why the round keeps receiving;
// the late receipt is then warned about, saved, marked on the application, the list and the
// round. A new application form shows nothing red before anything is typed.

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dmy = (s: string) => s.split('-').reverse().join('/');
const TITLE = 'Sổ theo dõi công văn đến bằng bảng tính dùng chung';
const REASON = 'Trường Tiểu học xã gửi đơn chậm do nghỉ hè; Chủ tịch UBND xã đồng ý nhận thêm.';

test('a round closes itself at its deadline; keeping it open is recorded; a late receipt is warned and marked', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The screens run on Vietnam's calendar; the deadline is two days back so the main process's
  // clock (whatever its time zone) is past it too.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const deadline = iso(new Date(ty, tm - 1, td - 2));
  const late = iso(new Date(ty, tm - 1, td - 1));
  const year = Number(deadline.slice(0, 4));
  const xa = await initInstallation(app);
  const an = await app.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, unitId: xa.unitId });
  const round = await app.invoke('initiatives.createRound', { year, number: 1, name: '', deadline, meetingDate: null });
  await app.invoke('initiatives.create', { title: TITLE, year, roundId: round.id, authors: [{ personId: an.id, share: 100 }] });

  await page.goto(app.url);
  await goTo(page, 'Sáng kiến');
  if (year !== ty) await chooseOption(page, page, 'Năm', String(year));
  const card = page.getByTestId('round-card').filter({ hasText: 'Đợt I' });
  await expect(card.getByTestId('round-state')).toHaveText('Đã hết hạn nhận hồ sơ');
  await expect(card).toContainText(`Hạn nhận đơn ${dmy(deadline)}`);

  // Received today into the expired round: said before the click, refused on it, nothing written.
  await page.getByTestId('initiative-row').filter({ hasText: TITLE }).click();
  await expect(page.getByTestId('initiative-title')).toHaveText(TITLE);
  // One message, not two: the receipt's refusal says what the round note would.
  await expect(page.getByTestId('round-deadline-note')).toHaveCount(0);
  await page.getByRole('group', { name: 'Tiếp nhận đơn' }).getByRole('textbox', { name: 'Ngày tiếp nhận' }).fill(dmy(late));
  const refusal = `Ngày tiếp nhận ${dmy(late)} sau hạn nhận hồ sơ của Đợt I năm ${year} (${dmy(deadline)}); hãy chọn đợt sau, hoặc bấm “Vẫn nhận hồ sơ” trên thẻ của đợt và ghi lý do.`;
  await expect(page.getByTestId('receipt-deadline')).toHaveText(refusal);
  const receipt = page.getByRole('group', { name: 'Tiếp nhận đơn' });
  await receipt.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
  await expect(receipt.getByText('Sau hạn nhận hồ sơ của đợt (xem bên dưới).')).toBeVisible();
  await quiet(page);
  await screenshot(page, 'round-deadline-refused');
  expect(app.query('SELECT status, received_on, received_late FROM initiatives')).toEqual([{ status: 'draft', received_on: null, received_late: 0 }]);

  // The clerk records why the round keeps receiving: the reason is required.
  await page.getByRole('button', { name: '← Danh sách sáng kiến' }).click();
  await card.getByRole('button', { name: 'Vẫn nhận hồ sơ…' }).click();
  const dialog = page.getByRole('dialog', { name: `Vẫn nhận hồ sơ: Đợt I năm ${year}` });
  await expect(dialog.locator('[aria-invalid="true"]')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Ghi lý do và vẫn nhận' }).click();
  await expect(dialog.getByText('Vui lòng ghi lý do vẫn nhận hồ sơ sau hạn')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Lý do vẫn nhận hồ sơ sau hạn' }).fill(REASON);
  await quiet(page);
  await screenshot(page, 'round-deadline-keep-open');
  await dialog.getByRole('button', { name: 'Ghi lý do và vẫn nhận' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId('round-state')).toHaveText('Hết hạn, vẫn nhận hồ sơ');
  await expect(card.getByTestId('round-keep-open')).toHaveText(`Vẫn nhận hồ sơ sau hạn (Nguyễn Thị Hoa, ${dmy(today)}): ${REASON}`);
  // (the day is the screen's: Vietnam's, like the default receipt date)
  expect(app.query('SELECT keep_open_reason, keep_open_by FROM initiative_rounds')).toEqual([{ keep_open_reason: REASON, keep_open_by: 'Nguyễn Thị Hoa' }]);
  expect(app.count(`SELECT count(*) FROM audit WHERE entity = 'initiative-round' AND json_extract(after, '$.change') = 'keep open'`)).toBe(1);

  // Now the late receipt is warned about, taken and marked.
  await page.getByTestId('initiative-row').filter({ hasText: TITLE }).click();
  await page.getByRole('group', { name: 'Tiếp nhận đơn' }).getByRole('textbox', { name: 'Ngày tiếp nhận' }).fill(dmy(late));
  await expect(page.getByTestId('receipt-deadline')).toHaveText(
    `Ngày tiếp nhận ${dmy(late)} sau hạn nhận hồ sơ của Đợt I năm ${year} (${dmy(deadline)}): đơn được ghi là nhận sau hạn. Lý do vẫn nhận: ${REASON}`,
  );
  await page.getByRole('group', { name: 'Tiếp nhận đơn' }).getByRole('button', { name: 'Tiếp nhận đơn' }).click();
  await expect(page.getByText('Đã tiếp nhận đơn (ghi là nhận sau hạn)')).toBeVisible();
  await expect(page.getByTestId('receipt-line').getByTestId('received-late')).toHaveText('Nhận sau hạn của đợt');
  await quiet(page);
  await screenshot(page, 'round-deadline-late-receipt');
  expect(app.query('SELECT status, received_on, received_late FROM initiatives')).toEqual([{ status: 'received', received_on: late, received_late: 1 }]);
  expect(app.query(`SELECT json_extract(after, '$.change') change FROM audit WHERE entity = 'initiative' ORDER BY seq DESC LIMIT 1`)).toEqual([{ change: 'receive late' }]);

  await page.getByRole('button', { name: '← Danh sách sáng kiến' }).click();
  await expect(page.getByTestId('initiative-row').filter({ hasText: TITLE }).getByTestId('received-late')).toHaveText('Nhận sau hạn');
  await expect(card.getByTestId('round-counts')).toHaveText('1 đơn · 0 công nhận · 0 không công nhận · 1 nhận sau hạn');
  await quiet(page);
  await screenshot(page, 'round-deadline-list');
  await expectNoHorizontalScroll(page);

  // A new application: nothing red before anything is typed; on saving, what is missing.
  await page.getByRole('button', { name: 'Đơn mới' }).click();
  const form = page.getByRole('region', { name: 'Đơn yêu cầu công nhận sáng kiến' });
  await expect(form.getByTestId('share-problems')).toHaveCount(0);
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await quiet(page);
  await screenshot(page, 'initiative-new-untouched');
  await form.getByRole('button', { name: 'Lưu đơn mới' }).click();
  await expect(form.getByText('Vui lòng nhập tên sáng kiến.')).toBeVisible();
  await expect(form.getByTestId('share-problems')).toHaveText('Sáng kiến phải có ít nhất một tác giả.');
});
