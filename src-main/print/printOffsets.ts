import { eq } from 'drizzle-orm';
import { settings } from '../db/schema';
import { AppError, fieldError } from '../errors';
import { writeAudit } from '../services/core';
import type { ServiceContext } from '../services/core';

/**
 * Print offsets for pre-printed blanks (Giấy khen, giấy chứng nhận): the clerk nudges the text
 * down/right (positive) or up/left (negative) so it lands on the blank's lines. One pair per
 * document kind, in millimetres, stored in the settings table under "print-offset:<kind>".
 */
export interface PrintOffsets { topMm: number; leftMm: number }

export const OFFSET_LIMIT_MM = 30;
const ZERO: PrintOffsets = { topMm: 0, leftMm: 0 };
const KIND = /^[a-z0-9][a-z0-9-]{0,59}$/;

const keyOf = (kind: string) => {
  if (!KIND.test(kind)) throw new AppError('INVALID_INPUT', `Loại tài liệu "${kind}" không hợp lệ để lưu độ lệch in.`);
  return `print-offset:${kind}`;
};

export function getOffsets(ctx: ServiceContext, kind: string): PrintOffsets {
  const row = ctx.db.select().from(settings).where(eq(settings.key, keyOf(kind))).get();
  if (!row) return { ...ZERO };
  try {
    const v = JSON.parse(row.value) as Partial<PrintOffsets>;
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= OFFSET_LIMIT_MM;
    return { topMm: ok(v.topMm) ? v.topMm : 0, leftMm: ok(v.leftMm) ? v.leftMm : 0 };
  } catch {
    return { ...ZERO };
  }
}

function check(field: keyof PrintOffsets, label: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw fieldError(field, `Độ lệch ${label} phải là một số milimét.`);
  if (Math.abs(v) > OFFSET_LIMIT_MM) throw fieldError(field, `Độ lệch ${label} phải trong khoảng từ −${OFFSET_LIMIT_MM} đến ${OFFSET_LIMIT_MM} mm.`);
  return Math.round(v * 10) / 10; // a tenth of a millimetre is finer than any printer feeds
}

export function setOffsets(ctx: ServiceContext, kind: string, offsets: PrintOffsets): PrintOffsets {
  const key = keyOf(kind);
  const after = { topMm: check('topMm', 'lề trên', offsets.topMm), leftMm: check('leftMm', 'lề trái', offsets.leftMm) };
  const before = getOffsets(ctx, kind);
  const value = JSON.stringify(after);
  ctx.sqlite.transaction(() => {
    ctx.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    writeAudit(ctx, { action: 'update', entity: 'setting', entityId: key, before, after });
  })();
  return after;
}

/** Millimetres → twips (1 mm = 56.7 twips). */
export const mmToTwips = (mm: number) => Math.round(mm * 56.7);
