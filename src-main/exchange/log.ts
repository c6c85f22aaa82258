import { decodeCursor, nextOf, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { formatDate } from '../../src-shared/text';
import type { ReceiptData } from '../../src-shared/records';
import { localDay, receiptWords } from './story';

export interface PackageLogRow {
  packageId: string;
  direction: 'in' | 'out';
  kind: string;
  senderCode: string;
  senderName: string;
  recipientCode: string;
  sequence: number;
  createdAt: string;
  processedAt: string;
  result: string;
  counts: Record<string, number>;
  fileName: string | null;
  /** In: reported back to its sender; out: the receiver's receipt has arrived. */
  acked: boolean;
  /** The same in words (see receiptText). */
  receiptText: string;
}

/**
 * What became of a package's receipt, in words: for one we took in, whether we reported it back
 * and how; for one we sent, what the receiver says it took in (or that it has not said yet).
 */
function receiptText(ctx: ServiceContext, r: { direction: string; kind: string; senderName: string; recipientCode: string; ackKind: string | null; ackSeq: number | null; ackAt: string | null; receipt: string | null }): string {
  // A receipt answers nothing, and a package for every unit has no one receiver to answer it.
  if (r.kind === 'ack' || (r.direction === 'out' && r.recipientCode === '*')) return '';
  if (r.direction === 'in') {
    if (!r.ackKind) return `Chưa báo nhận; giấy báo sẽ đi kèm gói gửi tiếp theo cho ${r.senderName}.`;
    const how = r.ackKind === 'ack' ? `bằng giấy báo số ${r.ackSeq}` : `kèm gói số ${r.ackSeq}`;
    return `Đã báo nhận ${how} ngày ${formatDate(localDay(r.ackAt))}.`;
  }
  if (!r.receipt) return 'Đơn vị nhận chưa báo đã nhận.';
  const x = JSON.parse(r.receipt) as { by: string; packageId: string; results: ReceiptData['results']; refused: NonNullable<ReceiptData['refused']>; receivedAt: string | null };
  return receiptWords(ctx, x.by, { ...x, receivedAt: x.receivedAt ?? undefined });
}

/** The package log, last processed first; `after` (a page's `next`) continues by keyset. */
export function listPackages(ctx: ServiceContext, q: { direction: 'in' | 'out' | null; offset: number; limit: number; after?: string | null }) {
  const where = q.direction ? 'WHERE p.direction = ?' : 'WHERE 1';
  const args: unknown[] = q.direction ? [q.direction] : [];
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM packages p ${where}`).get(...args) as { n: number }).n;
  const keyArgs = q.after ? decodeCursor(q.after, ['string', 'number', 'number']) : [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.package_id packageId, p.direction, p.kind, p.sender_code senderCode, p.sender_name senderName, p.recipient_code recipientCode,
              p.sequence, p.created_at createdAt, p.processed_at processedAt, p.result, p.counts, p.file_name fileName, p.ack_package_id ackId, p.rowid seq,
              a.kind ackKind, a.sequence ackSeq, a.processed_at ackAt,
              CASE WHEN r.package_id IS NULL THEN NULL ELSE json_object('by', r.sender_name, 'packageId', r.package_id, 'results', json(r.accepted),
                'refused', json(r.refused), 'receivedAt', r.received_at) END receipt
         FROM packages p
         LEFT JOIN packages a ON p.direction = 'in' AND a.direction = 'out' AND a.package_id = p.ack_package_id
         LEFT JOIN package_receipts r ON p.direction = 'out' AND r.package_id = p.package_id
         ${where} ${q.after ? 'AND (p.processed_at, p.sequence, p.rowid) < (?, ?, ?)' : ''}
        ORDER BY p.processed_at DESC, p.sequence DESC, p.rowid DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, ...keyArgs, q.limit, q.after ? 0 : q.offset) as (Omit<PackageLogRow, 'counts' | 'acked' | 'receiptText'> & {
      counts: string; ackId: string | null; seq: number; ackKind: string | null; ackSeq: number | null; ackAt: string | null; receipt: string | null;
    })[];
  return {
    total,
    items: rows.map(({ ackId, counts, seq: _, ackKind, ackSeq, ackAt, receipt, ...r }) => ({
      ...r,
      counts: JSON.parse(counts) as Record<string, number>,
      acked: !!ackId || !!receipt,
      receiptText: receiptText(ctx, { ...r, ackKind, ackSeq, ackAt, receipt }),
    })),
    next: nextOf(rows, q.limit, (r) => [r.processedAt, r.sequence, r.seq]),
  };
}

/** Missing numbers in 1..max of what arrived from each sender ("Chưa nhận gói số 5, 6 của Xã A"). */
export function sequenceGaps(ctx: ServiceContext): { senderCode: string; senderName: string; missing: number[]; last: number }[] {
  const me = requireInstallation(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT sender_code senderCode, max(sender_name) senderName, group_concat(sequence) seqs FROM packages
        WHERE direction = 'in' AND recipient_code = ? GROUP BY sender_code ORDER BY sender_code`,
    )
    .all(me.unitCode) as { senderCode: string; senderName: string; seqs: string }[];
  return rows.map((r) => {
    const got = new Set(r.seqs.split(',').map(Number));
    const last = Math.max(...got);
    const missing: number[] = [];
    for (let i = 1; i < last && missing.length < 1000; i++) if (!got.has(i)) missing.push(i);
    return { senderCode: r.senderCode, senderName: r.senderName, missing, last };
  });
}
