import crypto from 'node:crypto';
import { NUMBERED_KIND_LABELS, type NumberedKind, type OutgoingNumber } from '../../../src-shared/api/settings';
import { cleanText, formatDate, isValidIsoDate } from '../../../src-shared/text';
import { AppError, fieldError } from '../../errors';
import { inTransaction, isoNow, today, writeAudit, type ServiceContext } from '../core';
import { getDocumentSettings } from './documentSettings';

/**
 * Sổ văn bản đi: one register per year and kind. The next number offered is the highest taken
 * plus one; a number already taken this year is refused, never silently reused.
 */
type Row = { id: string; year: number; kind: NumberedKind; number: number; printed: string; issuedOn: string; refType: string | null; refId: string | null; summary: string };
const COLUMNS = 'id, year, kind, number, printed, issued_on issuedOn, ref_type refType, ref_id refId, summary';

/** "05/QĐ-UBND": numbers below 10 take a leading zero (NĐ 30/2020). */
export const printedNumber = (n: number, symbol: string) => `${n < 10 ? `0${n}` : n}/${symbol}`;

export function listNumbers(ctx: ServiceContext, year: number): OutgoingNumber[] {
  return ctx.sqlite.prepare(`SELECT ${COLUMNS} FROM outgoing_numbers WHERE year = ? ORDER BY kind, number`).all(year) as Row[];
}

export function nextNumber(ctx: ServiceContext, year: number, kind: NumberedKind): { number: number; printed: string } {
  const r = ctx.sqlite.prepare('SELECT coalesce(max(number), 0) + 1 n FROM outgoing_numbers WHERE year = ? AND kind = ?').get(year, kind) as { n: number };
  return { number: r.n, printed: printedNumber(r.n, getDocumentSettings(ctx).symbols[kind]) };
}

export function takeNumber(
  ctx: ServiceContext,
  input: { kind: NumberedKind; issuedOn: string; number: number | null; refType: 'dossier' | null; refId: string | null; summary: string },
): OutgoingNumber {
  if (!isValidIsoDate(input.issuedOn)) throw fieldError('issuedOn', 'Ngày ban hành không có thật.');
  if (input.issuedOn > today(ctx)) throw fieldError('issuedOn', 'Ngày ban hành không được ở tương lai.');
  const summary = cleanText(input.summary);
  if (!summary) throw fieldError('summary', 'Vui lòng nhập trích yếu văn bản.');
  if ((input.refType === null) !== (input.refId === null)) throw fieldError('refId', 'Cần cả loại và mã hồ sơ mà văn bản thuộc về.');
  if (input.refType === 'dossier') {
    const d = ctx.sqlite.prepare('SELECT deleted FROM dossiers WHERE id = ?').get(input.refId) as { deleted: number } | undefined;
    if (!d || d.deleted) throw fieldError('refId', 'Không tìm thấy hồ sơ mà văn bản thuộc về.');
  }
  const year = Number(input.issuedOn.slice(0, 4));
  return inTransaction(ctx, () => {
    const offered = nextNumber(ctx, year, input.kind);
    const number = input.number ?? offered.number;
    const used = ctx.sqlite.prepare('SELECT summary, issued_on issuedOn, printed FROM outgoing_numbers WHERE year = ? AND kind = ? AND number = ?').get(year, input.kind, number) as
      | { summary: string; issuedOn: string; printed: string }
      | undefined;
    if (used) {
      throw new AppError(
        'NUMBER_USED',
        `Số ${used.printed} năm ${year} đã được dùng cho “${used.summary}” ngày ${formatDate(used.issuedOn)}; mỗi số chỉ dùng một lần trong năm. Số tiếp theo còn trống là ${offered.printed}.`,
        [{ path: 'number', message: `Số ${used.printed} đã được dùng trong năm ${year}.` }],
      );
    }
    const row: Row = {
      id: crypto.randomUUID(), year, kind: input.kind, number, printed: printedNumber(number, getDocumentSettings(ctx).symbols[input.kind]),
      issuedOn: input.issuedOn, refType: input.refType, refId: input.refId, summary,
    };
    ctx.sqlite
      .prepare('INSERT INTO outgoing_numbers (id, year, kind, number, printed, issued_on, ref_type, ref_id, summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.year, row.kind, row.number, row.printed, row.issuedOn, row.refType, row.refId, row.summary, isoNow(ctx));
    writeAudit(ctx, { action: 'create', entity: 'outgoing-number', entityId: row.id, after: { ...row, label: NUMBERED_KIND_LABELS[row.kind] } });
    return row;
  });
}

/** The latest number taken for a record (a dossier's tờ trình, its quyết định), if any. */
export function numberFor(ctx: ServiceContext, refType: string, refId: string, kinds: readonly NumberedKind[]): OutgoingNumber | null {
  const marks = kinds.map(() => '?').join(', ');
  return (ctx.sqlite
    .prepare(`SELECT ${COLUMNS} FROM outgoing_numbers WHERE ref_type = ? AND ref_id = ? AND kind IN (${marks}) ORDER BY issued_on DESC, number DESC LIMIT 1`)
    .get(refType, refId, ...kinds) as Row | undefined) ?? null;
}
