import crypto from 'node:crypto';
import type { NoticeInput, NoticeKind, PublicNotice } from '../../../src-shared/api';
import { formatDate, isValidIsoDate } from '../../../src-shared/text';
import { publicNotices } from '../../db/schema';
import { fieldError, notFound } from '../../errors';
import { currentActor, inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';

// Thông báo công khai of a dossier: the checks before printing and the record after.

export function listNotices(ctx: ServiceContext, dossierId: string): PublicNotice[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, dossier_id dossierId, kind, posted_from postedFrom, posted_to postedTo, place, printed_at printedAt, printed_by printedBy
         FROM public_notices WHERE dossier_id = ? ORDER BY printed_at DESC, rowid DESC`,
    )
    .all(dossierId) as PublicNotice[];
}

/**
 * What will be printed, or a Vietnamese refusal: a real posting period that does not end before
 * it starts, a dossier that exists, and for the awarded a decision recorded for it.
 */
export function checkNotice(ctx: ServiceContext, input: NoticeInput, hasDecision: boolean): { kind: NoticeKind } {
  const d = ctx.sqlite.prepare('SELECT id FROM dossiers WHERE id = ? AND deleted = 0').get(input.dossierId);
  if (!d) throw notFound('hồ sơ đề nghị khen thưởng');
  if (!isValidIsoDate(input.postedFrom)) throw fieldError('postedFrom', 'Ngày bắt đầu niêm yết không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  if (!isValidIsoDate(input.postedTo)) throw fieldError('postedTo', 'Ngày kết thúc niêm yết không có thật; hãy nhập theo dạng dd/mm/yyyy.');
  if (input.postedTo < input.postedFrom) {
    throw fieldError('postedTo', `Thời gian niêm yết kết thúc (${formatDate(input.postedTo)}) trước khi bắt đầu (${formatDate(input.postedFrom)}); hãy sửa lại ngày.`);
  }
  const kind = input.kind ?? (hasDecision ? 'awarded' : 'proposed');
  if (kind === 'awarded' && !hasDecision) {
    throw fieldError('kind', 'Hồ sơ chưa có quyết định khen thưởng; hãy ghi quyết định trước, hoặc công khai danh sách đề nghị.');
  }
  return { kind };
}

export function recordNotice(ctx: ServiceContext, input: NoticeInput, kind: NoticeKind): PublicNotice {
  return inTransaction(ctx, () => {
    const row = {
      id: crypto.randomUUID(), dossierId: input.dossierId, kind, postedFrom: input.postedFrom, postedTo: input.postedTo,
      place: input.place.normalize('NFC').trim(), printedAt: isoNow(ctx), printedBy: currentActor(ctx),
    };
    ctx.db.insert(publicNotices).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'public-notice', entityId: row.id, after: row });
    return row;
  });
}
