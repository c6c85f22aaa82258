import { decodeCursor, nextOf, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';

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
  acked: boolean;
}

/** The package log, last processed first; `after` (a page's `next`) continues by keyset. */
export function listPackages(ctx: ServiceContext, q: { direction: 'in' | 'out' | null; offset: number; limit: number; after?: string | null }) {
  const where = q.direction ? 'WHERE direction = ?' : 'WHERE 1';
  const args: unknown[] = q.direction ? [q.direction] : [];
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM packages ${where}`).get(...args) as { n: number }).n;
  const keyArgs = q.after ? decodeCursor(q.after, ['string', 'number', 'number']) : [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT package_id packageId, direction, kind, sender_code senderCode, sender_name senderName, recipient_code recipientCode,
              sequence, created_at createdAt, processed_at processedAt, result, counts, file_name fileName, ack_package_id ackId, rowid seq
         FROM packages ${where} ${q.after ? 'AND (processed_at, sequence, rowid) < (?, ?, ?)' : ''}
        ORDER BY processed_at DESC, sequence DESC, rowid DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, ...keyArgs, q.limit, q.after ? 0 : q.offset) as (Omit<PackageLogRow, 'counts' | 'acked'> & { counts: string; ackId: string | null; seq: number })[];
  return {
    total,
    items: rows.map(({ ackId, counts, seq: _, ...r }) => ({ ...r, counts: JSON.parse(counts) as Record<string, number>, acked: !!ackId })),
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

export interface OverviewRow {
  unitCode: string;
  unitName: string;
  trusted: boolean;
  lastReceivedAt: string | null;
  lastReceivedSequence: number | null;
  lastSentAt: string | null;
  missing: number[];
  statusCounts: Record<string, number>;
  records: number;
}

/**
 * The province's view of every unit it exchanges with: last package, gaps, and how many of
 * that unit's records stand at each status of the shared life cycle.
 */
export function exchangeOverview(ctx: ServiceContext): OverviewRow[] {
  const me = requireInstallation(ctx);
  const units = ctx.sqlite
    .prepare(
      `SELECT code, max(name) name, max(trusted) trusted FROM (
         SELECT unit_code code, unit_name name, (status = 'trusted') trusted FROM trusted_keys
         UNION ALL SELECT sender_code, sender_name, 0 FROM packages WHERE direction = 'in'
         UNION ALL SELECT recipient_code, recipient_code, 0 FROM packages WHERE direction = 'out' AND recipient_code <> '*'
       ) WHERE code <> ? GROUP BY code ORDER BY code`,
    )
    .all(me.unitCode) as { code: string; name: string; trusted: number }[];
  const gaps = new Map(sequenceGaps(ctx).map((g) => [g.senderCode, g.missing]));
  const lastIn = ctx.sqlite.prepare(`SELECT processed_at at, sequence FROM packages WHERE direction = 'in' AND sender_code = ? ORDER BY processed_at DESC LIMIT 1`);
  const lastOut = ctx.sqlite.prepare(`SELECT max(processed_at) at FROM packages WHERE direction = 'out' AND recipient_code = ?`);
  const statuses = ctx.sqlite.prepare(
    `SELECT coalesce(s.status, 'received-copy') status, count(*) n FROM (
       SELECT 'person' t, id FROM people WHERE origin = @code AND deleted = 0
       UNION ALL SELECT 'collective', id FROM collectives WHERE origin = @code AND deleted = 0
     ) r LEFT JOIN record_status s ON s.record_type = r.t AND s.record_id = r.id GROUP BY 1`,
  );
  return units.map((u) => {
    const li = lastIn.get(u.code) as { at: string; sequence: number } | undefined;
    const counts = statuses.all({ code: u.code }) as { status: string; n: number }[];
    return {
      unitCode: u.code,
      unitName: u.name,
      trusted: u.trusted === 1,
      lastReceivedAt: li?.at ?? null,
      lastReceivedSequence: li?.sequence ?? null,
      lastSentAt: (lastOut.get(u.code) as { at: string | null }).at,
      missing: gaps.get(u.code) ?? [],
      statusCounts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
      records: counts.reduce((s, c) => s + c.n, 0),
    };
  });
}
