import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, goTo, pairTest as test, pairUp, quiet, screenshot } from './harness';

// Issue 19, points 4 and 5. A commune sends 2 dossiers with its 300 people; the province's
// "Tổng hợp đơn vị" counts 2 dossiers (not 300 records), each count opening the dossiers behind
// it. The province decides one and returns the other; its one feedback file carries the receipt,
// and the commune reads in words what the province received and decided.

async function pickFile(page: Page, scope: Page | Locator, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: 'Chọn tệp gói…' }).click();
  await (await chooser).setFiles(file);
}

test('return trip: the overview counts 2 dossiers, and one feedback file brings the receipt and the outcomes', async ({
  app: commune,
  province,
  page,
  provincePage,
  usb,
}) => {
  test.setTimeout(240_000);
  const { xa } = await pairUp(commune, province);
  const people: { id: string }[] = [];
  for (let i = 0; i < 300; i++) {
    people.push(await commune.invoke('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: `Người ${i + 1}`, gender: 'male', birthYear: 1980 + (i % 30), unitId: xa.unitId }));
  }
  const dossier = async (title: string, nominee: { id: string }) => {
    const d = await commune.invoke('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title });
    await commune.invoke('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: nominee.id });
    return d;
  };
  const d1 = await dossier('Đề nghị CSTĐCS năm 2025', people[0]!);
  const d2 = await dossier('Đề nghị CSTĐCS đợt bổ sung năm 2025', people[1]!);
  const up = (await commune.invoke('exchange.export', { to: 'T12', outDir: usb })).files[0]!.file;

  // The commune's menu has no "Tổng hợp đơn vị": there is no unit below it.
  await page.goto(commune.url);
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Nhận về' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Tổng hợp đơn vị' })).toHaveCount(0);

  // The province imports the commune's package.
  await provincePage.goto(province.url);
  await goTo(provincePage, 'Nhận về');
  await pickFile(provincePage, provincePage, up);
  const card = provincePage.getByTestId('package-card');
  await card.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(card.getByText('Đã nhập')).toBeVisible();

  // "Tổng hợp đơn vị": 2 dossiers waiting for an answer, not 300 people.
  await goTo(provincePage, 'Tổng hợp đơn vị');
  const row = provincePage.getByTestId('overview-row').filter({ hasText: 'XA-TP' });
  await expect(row).toContainText('Xã Tân Phong');
  const kind = row.getByTestId('overview-kind');
  await expect(kind).toHaveCount(1);
  await expect(kind).toHaveText(/^Hồ sơ khen thưởng: 2\s*Chưa phản hồi: 2$/);
  await expect(row).not.toContainText('300');
  await screenshot(provincePage, 'r1-overview-waiting');
  await expectNoHorizontalScroll(provincePage);

  // The count opens the two dossiers; one opens on its own screen.
  await kind.getByRole('button', { name: 'Hồ sơ khen thưởng chưa phản hồi: 2' }).click();
  const drawer = provincePage.getByRole('dialog', { name: 'Hồ sơ khen thưởng của Xã Tân Phong: chưa phản hồi' });
  await expect(drawer.getByTestId('overview-record')).toHaveCount(2);
  await expect(drawer).toContainText('Đề nghị CSTĐCS năm 2025');
  await expect(drawer).toContainText('Đề nghị CSTĐCS đợt bổ sung năm 2025');
  await screenshot(provincePage, 'r2-overview-records');
  await drawer.getByRole('button', { name: 'Mở Đề nghị CSTĐCS năm 2025' }).click();
  await expect(provincePage.getByRole('heading', { level: 2, name: 'Hồ sơ khen thưởng' })).toHaveCount(0);
  await expect(provincePage.getByTestId('dossier-title')).toContainText('Đề nghị CSTĐCS năm 2025');
  await screenshot(provincePage, 'r3-dossier-opened');

  // One decided, one returned with a reason (the decision screens are tested elsewhere).
  await province.invoke('exchange.decide', {
    subjectType: 'dossier', subjectId: d1.id, status: 'decided',
    decision: { number: '125/QĐ-UBND', date: '2026-03-15', issuer: 'UBND tỉnh Lai Châu', award: 'Chiến sĩ thi đua cơ sở' },
  });
  await province.invoke('exchange.decide', { subjectType: 'dossier', subjectId: d2.id, status: 'returned', reasons: [{ field: null, message: 'Thiếu biên bản họp hội đồng thi đua' }] });
  await goTo(provincePage, 'Nhận về');
  await goTo(provincePage, 'Tổng hợp đơn vị');
  for (const t of ['Có quyết định: 1', 'Trả lại để bổ sung: 1', 'Phản hồi chưa gửi: 2']) await expect(kind).toContainText(t);

  // "Gửi đi" says the receipt travels with the feedback.
  await goTo(provincePage, 'Gửi đi');
  await expect(provincePage.getByTestId('outbox-count')).toContainText('Gói kèm giấy báo đã nhận cho 1 gói của Xã Tân Phong');
  await expect(provincePage.getByTestId('outbox-row')).toHaveCount(2);
  await screenshot(provincePage, 'r3b-send-with-receipt');

  // One file back: the feedback, with the receipt inside.
  const back = fs.mkdtempSync(path.join(usb, 'back-'));
  const files = (await province.invoke('exchange.export', { to: 'XA-TP', outDir: back })).files;
  expect(files.map((f) => f.kind)).toEqual(['feedback']);
  await goTo(provincePage, 'Nhận về');
  await goTo(provincePage, 'Tổng hợp đơn vị');
  await expect(kind).toContainText('Đã gửi phản hồi, chờ báo nhận: 2');
  await screenshot(provincePage, 'r4-overview-decided');

  // The commune imports that one file and reads what happened, in words.
  await goTo(page, 'Nhận về');
  await pickFile(page, page, files[0]!.file);
  const fb = page.getByTestId('package-card');
  const story = fb.getByTestId('package-story');
  await expect(story).toContainText('Tỉnh Lai Châu báo:');
  await expect(story).toContainText(/Tỉnh Lai Châu đã nhận gói số 1 ngày \d{2}\/\d{2}\/\d{4}: 2 hồ sơ đề nghị khen thưởng, 300 cá nhân\./);
  await expect(story).toContainText(
    'Hồ sơ đề nghị khen thưởng: 1 được khen thưởng (QĐ số 125/QĐ-UBND ngày 15/03/2026, Chiến sĩ thi đua cơ sở); 1 bị trả lại để bổ sung (Đề nghị CSTĐCS đợt bổ sung năm 2025: Thiếu biên bản họp hội đồng thi đua).',
  );
  await fb.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(fb.getByText('Đã nhập')).toBeVisible();
  await quiet(page);
  await screenshot(page, 'r5-commune-feedback-story');
  await expectNoHorizontalScroll(page);
  expect(commune.query("SELECT status FROM record_status WHERE record_type = 'dossier' ORDER BY status")).toEqual([{ status: 'decided' }, { status: 'returned' }]);

  // "Nhật ký gói" says it in words too: what the province received; the feedback's receipt goes with the next package.
  await goTo(page, 'Nhật ký gói');
  const sent = page.getByTestId('package-row').filter({ hasText: 'Gói gửi lên' });
  await expect(sent.getByTestId('receipt-text')).toHaveText(/^Tỉnh Lai Châu đã nhận gói số 1 ngày \d{2}\/\d{2}\/\d{4}: 2 hồ sơ đề nghị khen thưởng, 300 cá nhân\.$/);
  await expect(page.getByTestId('package-row').filter({ hasText: 'Gói phản hồi' }).getByTestId('receipt-text')).toHaveText(
    'Chưa báo nhận; giấy báo sẽ đi kèm gói gửi tiếp theo cho Tỉnh Lai Châu.',
  );
  await expect(page.getByText('Đã báo nhận: Chưa')).toHaveCount(0);
  await screenshot(page, 'r6-commune-packages-log');
  await expectNoHorizontalScroll(page);
});
