import { eq } from 'drizzle-orm';
import { daysUntil, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { settings } from '../../db/schema';
import { fieldError } from '../../errors';
import { writeAudit, today, type ServiceContext } from '../core';

/** Registrations are due in the first quarter: 31/03 unless the province set another day. */
export function registrationDeadline(ctx: ServiceContext, year: number): string {
  const row = ctx.db.select().from(settings).where(eq(settings.key, `registration-deadline:${year}`)).get();
  return row?.value ?? `${year}-03-31`;
}

export function deadlineInfo(ctx: ServiceContext, year: number) {
  const deadline = registrationDeadline(ctx, year);
  return { year, deadline, daysLeft: daysUntil(today(ctx), deadline) };
}

export function setRegistrationDeadline(ctx: ServiceContext, year: number, deadline: string) {
  if (!isValidIsoDate(deadline)) throw fieldError('deadline', 'Ngày không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  if (!deadline.startsWith(String(year))) throw fieldError('deadline', `Hạn đăng ký phải nằm trong năm ${year}.`);
  const key = `registration-deadline:${year}`;
  const before = registrationDeadline(ctx, year);
  ctx.sqlite.transaction(() => {
    ctx.db.insert(settings).values({ key, value: deadline }).onConflictDoUpdate({ target: settings.key, set: { value: deadline } }).run();
    writeAudit(ctx, { action: 'update', entity: 'setting', entityId: key, before: { deadline: before }, after: { deadline } });
  })();
  return deadlineInfo(ctx, year);
}

export const lateWarning = (deadline: string) =>
  `Đăng ký sau hạn ${formatDate(deadline)}: vẫn được ghi nhận, có đánh dấu nộp muộn.`;
