import { eq } from 'drizzle-orm';
import { EMULATION_TITLES } from '../../../src-shared/catalog/titles';
import { fold } from '../../../src-shared/text';
import { registrations } from '../../db/schema';
import { AppError } from '../../errors';
import { previewSheet, rememberLayout, type SheetPreviewParsed } from '../spreadsheet';
import { inTransaction } from '../core';
import type { ServiceContext } from '../core';
import { assertOwned } from '../installation';
import { createPerson, matchPeople } from '../registry';
import { addEntries } from './registrations';

/**
 * A clerk's list (pasted from Excel or an .xlsx) into a registration: each row is linked to
 * the registry person with the same name and birth year, or created; then all are added with
 * their title (or the default). Refused while any row has an error; all or nothing.
 */
export async function importEntriesFromSheet(
  ctx: ServiceContext,
  input: { registrationId: string; sheet: SheetPreviewParsed; defaultTitle: string },
): Promise<{ created: number; linked: number; added: number }> {
  const reg = ctx.db.select().from(registrations).where(eq(registrations.id, input.registrationId)).get();
  if (!reg || reg.deleted) throw new AppError('NOT_FOUND', 'Không tìm thấy bản đăng ký thi đua; có thể đã bị xóa.');
  assertOwned(ctx, reg.origin);
  if (EMULATION_TITLES.find((t) => t.code === input.defaultTitle)?.subject !== 'individual') {
    throw new AppError('INVALID_INPUT', 'Danh hiệu mặc định phải là danh hiệu cá nhân.', [{ path: 'defaultTitle', message: 'Chọn danh hiệu cá nhân.' }]);
  }
  // Reading the workbook is asynchronous; the writes below are one synchronous transaction.
  const preview = await previewSheet(ctx, input.sheet);
  const bad = preview.rows.filter((r) => r.errors.length);
  if (bad.length) {
    const shown = bad.slice(0, 5).flatMap((r) => r.errors);
    throw new AppError('SHEET_ROWS', `Chưa nhập được: ${bad.length} dòng có lỗi. ${shown.join(' ')}${bad.length > 5 ? ' …' : ''}`);
  }
  if (!preview.rows.length) throw new AppError('SHEET_EMPTY', 'Danh sách không có dòng nào để thêm.');

  return inTransaction(ctx, () => {
    const matches = matchPeople(ctx, preview.rows.map((r) => ({ line: r.line, fullName: r.values.fullName, birthYear: r.values.birthYear })));
    const unitByName = ctx.sqlite.prepare('SELECT id FROM units WHERE name_folded = ? AND deleted = 0 LIMIT 1');
    let created = 0;
    let linked = 0;
    const entries = preview.rows.map((r) => {
      const v = r.values;
      let personId = matches.get(r.line)?.personId ?? null;
      if (personId) linked++;
      else {
        const unitId = (v.unitName && (unitByName.get(fold(v.unitName)) as { id: string } | undefined)?.id) || reg.unitId;
        personId = createPerson(ctx, {
          familyName: v.familyName, middleName: v.middleName, givenName: v.givenName, gender: v.gender ?? 'male',
          birthDate: v.birthDate, birthYear: v.birthDate ? null : v.birthYear, ethnicity: v.ethnicity || '01',
          position: v.position, unitId, collectiveId: null, directLabor: false, phone: null, homeTown: '', residence: '', qualification: '', academicRank: '', remoteArea: v.remoteArea,
        }).id;
        created++;
      }
      return { personId, title: v.title ?? input.defaultTitle, note: v.note };
    });
    const { added } = addEntries(ctx, { registrationId: reg.id, entries });
    rememberLayout(ctx, preview.signature, 'people', preview.mapping);
    return { created, linked, added };
  });
}
