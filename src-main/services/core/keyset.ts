import { AppError } from '../../errors';

type Key = string | number;

/**
 * The opaque `next`/`after` cursor of keyset paging: the sort key of a page's last row (the
 * list's order columns and a unique tie-breaker), as base64url JSON. Only the service that
 * made it reads it back.
 */
export function encodeCursor(key: Key[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key of `after`, checked against the kinds of value the list's order has. */
export function decodeCursor(after: string, kinds: ('string' | 'number')[]): Key[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== kinds.length || key.some((v, i) => typeof v !== kinds[i] || (typeof v === 'number' && !Number.isSafeInteger(v)))) {
    throw new AppError('BAD_CURSOR', 'Vị trí trang danh sách không hợp lệ; hãy tải lại danh sách.');
  }
  return key as Key[];
}

/** `next` of a page: the last row's key when the page is full, null at the end of the list. */
export function nextOf<R>(rows: R[], limit: number, key: (row: R) => Key[]): string | null {
  return rows.length === limit && rows.length > 0 ? encodeCursor(key(rows[rows.length - 1]!)) : null;
}
