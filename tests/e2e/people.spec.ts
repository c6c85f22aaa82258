import type { Page } from '@playwright/test';
import { chooseOption, expect, expectNoHorizontalScroll, field, goTo, initInstallation, screenshot, test } from './harness';

interface NewPerson {
  name: string;
  gender: 'Nam' | 'Nữ';
  birth?: string;
  birthYear?: string;
  ethnicity?: { type: string; pick: string };
  position?: string;
  directLabor?: boolean;
  shot?: string;
}

async function addPerson(page: Page, p: NewPerson) {
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(dialog, 'Họ và tên').fill(p.name);
  await dialog.getByRole('radio', { name: p.gender, exact: true }).check();
  if (p.birth) await field(dialog, 'Ngày sinh').fill(p.birth);
  if (p.birthYear) {
    await dialog.getByRole('switch', { name: 'Chỉ biết năm sinh' }).check();
    await field(dialog, 'Năm sinh').fill(p.birthYear);
  }
  if (p.ethnicity) {
    // Typed without diacritics: the options are matched folded ("tay" → Tày).
    await dialog.getByRole('combobox', { name: 'Dân tộc', exact: true }).fill(p.ethnicity.type);
    await page.getByRole('option', { name: p.ethnicity.pick, exact: true }).click();
  }
  if (p.position) await field(dialog, 'Chức vụ').fill(p.position);
  if (p.directLabor) await dialog.getByRole('checkbox', { name: 'Lao động trực tiếp' }).check();
  if (p.shot) await screenshot(page, p.shot);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

const REMOTE = 'Vùng sâu, vùng xa, vùng đặc biệt khó khăn';

const names = (page: Page) => page.getByTestId('person-row').locator('[role="cell"]:first-child').allTextContents();

async function search(page: Page, q: string, count: string) {
  await page.getByRole('searchbox', { name: 'Tìm theo họ tên' }).fill(q);
  // The count carries the query it answers, so the rows read below are this query's.
  await expect(page.getByTestId('people-count')).toHaveAttribute('data-query', q.normalize('NFC').trim());
  await expect(page.getByTestId('people-count')).toHaveText(count);
  await expect(page.getByTestId('person-row-loading')).toHaveCount(0);
}

test('people: add through the form (NFD input too), Vietnamese order, folded search, edit and delete', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await expect(page.getByTestId('people-count')).toHaveText('0 cá nhân');

  // Typed with combining marks (NFD), as some keyboards and pasted text produce.
  const dung = 'Đặng Văn Dũng'.normalize('NFD');
  expect(dung).not.toBe('Đặng Văn Dũng');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(dialog, 'Họ và tên').fill(dung);
  // The full name is split as it is typed into họ / tên đệm / tên, which stay editable.
  await expect(field(dialog, 'Họ')).toHaveValue('Đặng');
  await expect(field(dialog, 'Tên đệm')).toHaveValue('Văn');
  await expect(field(dialog, 'Tên')).toHaveValue('Dũng');
  await expect(dialog.getByRole('combobox', { name: 'Dân tộc' })).toHaveValue('Kinh');
  await expect(dialog.getByRole('combobox', { name: 'Đơn vị công tác' })).toHaveValue('Xã Tân Phong (XA-TP)');
  await expect(dialog.getByRole('combobox', { name: REMOTE })).toHaveValue('Chưa rõ');
  await dialog.getByRole('radio', { name: 'Nam', exact: true }).check();
  await field(dialog, 'Ngày sinh').fill('12/8/1979');
  await field(dialog, 'Chức vụ').fill('Trưởng thôn Nà Khum');
  await screenshot(page, '07-person-form');
  await expectNoHorizontalScroll(page);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã lưu').first()).toBeVisible();

  await addPerson(page, { name: 'Nguyễn Văn An', gender: 'Nam', birth: '05/03/1985', position: 'Chủ tịch UBND xã' });
  await addPerson(page, {
    name: 'Trần Thị Bình', gender: 'Nữ', birthYear: '1990', ethnicity: { type: 'tay', pick: 'Tày' }, directLabor: true,
    shot: '08-person-form-year-only',
  });
  await addPerson(page, { name: 'Lê Minh Đức', gender: 'Nam', birth: '1992-11-30' });

  // Vietnamese order by tên: An < Bình < Dũng < Đức (Đ after D).
  await expect(page.getByTestId('people-count')).toHaveText('4 cá nhân');
  expect(await names(page)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Đặng Văn Dũng', 'Lê Minh Đức']);
  const binh = page.getByTestId('person-row').filter({ hasText: 'Trần Thị Bình' });
  await expect(binh).toContainText('Nữ');
  await expect(binh).toContainText('1990');
  await expect(binh).toContainText('Tày');
  await expect(binh).toContainText('✓');
  await expect(page.getByTestId('person-row').filter({ hasText: 'Nguyễn Văn An' })).toContainText('05/03/1985');
  await expect(page.getByTestId('person-row').filter({ hasText: 'Lê Minh Đức' })).toContainText('30/11/1992');
  await screenshot(page, '09-people-list');
  await expectNoHorizontalScroll(page);

  // In the database: NFC names, split into họ / tên đệm / tên.
  const rows = app.query<{ full_name: string; family_name: string; middle_name: string; given_name: string; birth_date: string | null; birth_year: number | null }>(
    'SELECT full_name, family_name, middle_name, given_name, birth_date, birth_year FROM people WHERE deleted = 0 ORDER BY sort_key',
  );
  expect(rows.map((r) => [r.family_name, r.middle_name, r.given_name])).toEqual([
    ['Nguyễn', 'Văn', 'An'], ['Trần', 'Thị', 'Bình'], ['Đặng', 'Văn', 'Dũng'], ['Lê', 'Minh', 'Đức'],
  ]);
  for (const r of rows) {
    for (const v of [r.full_name, r.family_name, r.middle_name, r.given_name]) expect(v).toBe(v.normalize('NFC'));
  }
  expect(rows[2]?.full_name).toBe('Đặng Văn Dũng');
  expect(rows[2]?.birth_date).toBe('1979-08-12');
  expect(rows[1]).toMatchObject({ birth_date: null, birth_year: 1990 });

  // Search: accent-free, đ folded to d, word prefixes, NFD queries.
  await search(page, 'dang', '1 cá nhân');
  expect(await names(page)).toEqual(['Đặng Văn Dũng']);
  await screenshot(page, '10-people-search');
  await search(page, 'nguyen van', '1 cá nhân');
  expect(await names(page)).toEqual(['Nguyễn Văn An']);
  await search(page, 'Đặng'.normalize('NFD'), '1 cá nhân');
  expect(await names(page)).toEqual(['Đặng Văn Dũng']);
  await search(page, 'van', '2 cá nhân');
  expect(await names(page)).toEqual(['Nguyễn Văn An', 'Đặng Văn Dũng']);
  await search(page, '', '4 cá nhân');

  // Edit: a click on the row opens the form with what is saved.
  await binh.click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await expect(field(edit, 'Họ và tên')).toHaveValue('Trần Thị Bình');
  await expect(field(edit, 'Năm sinh')).toHaveValue('1990');
  await field(edit, 'Chức vụ').fill('Bí thư chi bộ');
  // Vùng sâu, vùng xa: Chưa rõ until told (saved as not known, never as Không).
  await expect(edit.getByRole('combobox', { name: REMOTE })).toHaveValue('Chưa rõ');
  await chooseOption(page, edit, REMOTE, 'Có');
  await screenshot(page, '08b-person-form-remote-area');
  await expectNoHorizontalScroll(page);
  await expect(edit.getByRole('button', { name: 'Lưu' })).toBeInViewport();
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(binh).toContainText('Bí thư chi bộ');
  expect(app.query("SELECT position, rev, remote_area FROM people WHERE given_name = 'Bình'")).toEqual([{ position: 'Bí thư chi bộ', rev: 2, remote_area: 1 }]);
  expect(app.query("SELECT remote_area FROM people WHERE given_name = 'An'")).toEqual([{ remote_area: null }]);
  await binh.click();
  await expect(edit.getByRole('combobox', { name: REMOTE })).toHaveValue('Có');
  await edit.getByRole('button', { name: 'Hủy' }).click();
  await expect(edit).toBeHidden();

  // Delete, after a confirmation; the row stays in the database as a tombstone.
  await page.getByTestId('person-row').filter({ hasText: 'Lê Minh Đức' }).click();
  await edit.getByRole('button', { name: 'Xóa' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa cá nhân này?' });
  await expect(confirm).toContainText('Lê Minh Đức');
  await screenshot(page, '11-person-delete-confirm');
  await confirm.getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa')).toBeVisible();
  await expect(page.getByTestId('people-count')).toHaveText('3 cá nhân');
  expect(await names(page)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Đặng Văn Dũng']);
  expect(app.query("SELECT deleted FROM people WHERE given_name = 'Đức'")).toEqual([{ deleted: 1 }]);
  expect(app.count("SELECT count(*) FROM audit WHERE entity = 'person'")).toBe(6); // 4 creates, 1 update, 1 delete
});

test('people: the data survive a restart of the harness on the same folder', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await addPerson(page, { name: 'Hoàng Thị Lan', gender: 'Nữ', birth: '01/01/1970' });
  await addPerson(page, { name: 'Vàng A Páo', gender: 'Nam', birthYear: '1965', ethnicity: { type: 'hmong', pick: 'Hmông' } });
  await expect(page.getByTestId('people-count')).toHaveText('2 cá nhân');
  const oldUrl = app.url;

  await app.restart();
  expect(app.url).not.toBe(oldUrl); // a new token on every start
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await expect(page.getByTestId('header-unit')).toHaveText('Xã Tân Phong');
  await expect(page.getByTestId('people-count')).toHaveText('2 cá nhân');
  expect(await names(page)).toEqual(['Hoàng Thị Lan', 'Vàng A Páo']);
  await screenshot(page, '12-people-after-restart');
  expect(app.count('SELECT count(*) FROM people WHERE deleted = 0')).toBe(2);
});

test('people: validation messages beside the fields, and nothing is written', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  const before = app.count('SELECT count(*) FROM people');
  const auditBefore = app.count('SELECT count(*) FROM audit');

  // No name at all: the client says so beside "Tên".
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(dialog, 'Tên')).toHaveAccessibleDescription('Vui lòng nhập tên.');
  await expect(dialog.getByText('Vui lòng chọn giới tính.')).toBeVisible();
  await screenshot(page, '13-person-validation-required');

  // A birth date in the future: the server's message, beside "Ngày sinh".
  await field(dialog, 'Họ và tên').fill('Phạm Thị Mai');
  await expect(field(dialog, 'Tên')).not.toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('radio', { name: 'Nữ', exact: true }).check();
  await field(dialog, 'Ngày sinh').fill('01/01/2099');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(dialog, 'Ngày sinh')).toHaveAccessibleDescription('Ngày sinh không được ở tương lai.');
  await expect(page.getByRole('alert').filter({ hasText: 'Ngày sinh không được ở tương lai.' })).toBeVisible();
  await screenshot(page, '14-person-validation-future');

  // An impossible date is caught before sending.
  await field(dialog, 'Ngày sinh').fill('31/02/1980');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(dialog, 'Ngày sinh')).toHaveAccessibleDescription(/Ngày sinh không hợp lệ/);

  // A 300-character name is refused.
  const long = `Nguyễn ${'Văn '.repeat(73)}A`;
  expect(long).toHaveLength(300);
  await field(dialog, 'Ngày sinh').fill('');
  await field(dialog, 'Họ và tên').fill(long);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(dialog, 'Họ và tên')).toHaveAccessibleDescription('Họ và tên dài tối đa 100 ký tự.');

  // Still open, nothing written.
  await expect(dialog).toBeVisible();
  expect(app.count('SELECT count(*) FROM people')).toBe(before);
  expect(app.count('SELECT count(*) FROM audit')).toBe(auditBefore);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('0 cá nhân');
});

test('people: a too-long name part is refused by the server beside its field', async ({ app, page }) => {
  await initInstallation(app);
  await page.goto(app.url);
  await goTo(page, 'Cá nhân');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await field(dialog, 'Họ và tên').fill(`Nguyễn ${'Thị '.repeat(16)}Hoa`); // tên đệm 63 characters, full name 74
  await dialog.getByRole('radio', { name: 'Nữ', exact: true }).check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(field(dialog, 'Tên đệm')).toHaveAccessibleDescription('Tên đệm dài tối đa 60 ký tự.');
  expect(app.count('SELECT count(*) FROM people')).toBe(0);
  await chooseOption(page, dialog, 'Dân tộc', 'Kinh');
});
