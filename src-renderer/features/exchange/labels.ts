import type { ImportResultRow, TrustedKeyRow } from '../../../src-shared/api';
import { PACKAGE_KIND_LABELS } from '../../../src-shared/exchange/envelope';
import { STATUS_LABELS } from '../../../src-shared/exchange/status';

/** What importing does to one record, as a coloured badge. */
export type RecordAction = ImportResultRow['rows'][number]['action'];
export const ACTIONS: { action: RecordAction; label: string; color: string }[] = [
  { action: 'new', label: 'Mới', color: 'green' },
  { action: 'update', label: 'Cập nhật', color: 'blue' },
  { action: 'unchanged', label: 'Không đổi', color: 'gray' },
  { action: 'stale', label: 'Bản cũ', color: 'orange' },
  { action: 'rejected', label: 'Từ chối', color: 'red' },
];
export const ACTION_META = Object.fromEntries(ACTIONS.map((a) => [a.action, a])) as Record<RecordAction, (typeof ACTIONS)[number]>;

const STATUS_COLORS: Record<string, string> = {
  draft: 'gray', ready: 'cyan', sent: 'blue', received: 'teal', returned: 'orange',
  reviewed: 'indigo', forwarded: 'violet', decided: 'green', declined: 'red',
  // exchange.overview: a received copy nobody has given feedback on yet.
  'received-copy': 'yellow',
};

export function statusLabel(status: string | null): string {
  if (status === null) return 'Chưa gửi';
  if (status === 'received-copy') return 'Chưa phản hồi';
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function statusColor(status: string | null): string {
  return (status && STATUS_COLORS[status]) || 'gray';
}

export function kindLabel(kind: string): string {
  return (PACKAGE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export const SOURCE_LABELS: Record<TrustedKeyRow['source'], string> = {
  manual: 'Xác nhận tay',
  'trust-list': 'Danh sách của tỉnh',
};

/** "Xã Tân Phong (XA-TP)". */
export function unitLabel(name: string, code: string): string {
  return name && name !== code ? `${name} (${code})` : code;
}
