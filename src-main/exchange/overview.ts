import { AppError } from '../errors';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { CONTENT_ADAPTERS } from './adapters/index';
import { sequenceGaps } from './log';

/**
 * "Tổng hợp đơn vị": what each unit below sent up (registrations, dossiers, initiatives,
 * inspection results and self-assessments, not its registry of people and collectives) and
 * where each stands: not answered yet, or this level's word on it and whether that word has
 * reached the unit.
 */
export const SUBMISSION_KINDS = [
  { type: 'registration', table: 'registrations', year: 'x.year', plan: 'NULL' },
  { type: 'dossier', table: 'dossiers', year: 'x.year', plan: 'NULL' },
  { type: 'initiative', table: 'initiatives', year: 'x.year', plan: 'NULL' },
  { type: 'inspection', table: 'inspections', year: 'x.year', plan: 'x.plan_id' },
  {
    type: 'inspection-self-assessment', table: 'inspection_self_assessments',
    year: '(SELECT p.year FROM inspection_plans p WHERE p.id = x.plan_id)', plan: 'x.plan_id',
  },
] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number]['type'];

/** A record's place: `waiting` (no word from this level yet) or the status this level gave. */
export const BUCKETS = ['waiting', 'received', 'returned', 'reviewed', 'forwarded', 'decided', 'declined'] as const;
/** Whether this level's word has reached the unit: not sent yet, sent, acknowledged there. */
export const FEEDBACK = ['feedback-unsent', 'feedback-sent', 'feedback-acked'] as const;
export type Bucket = (typeof BUCKETS)[number] | (typeof FEEDBACK)[number] | 'all';

/** Per record of one kind from one unit: its bucket and the delivery of our word on it. */
function rowsSql(kind: (typeof SUBMISSION_KINDS)[number]): string {
  return `
    SELECT x.id, ${kind.year} year, ${kind.plan} planId, x.updated_at updatedAt,
           CASE WHEN s.status IS NULL OR s.decided_by IS NULL OR s.status IN ('draft', 'ready', 'sent') THEN 'waiting' ELSE s.status END bucket,
           CASE WHEN s.decision_id IS NULL OR s.decided_by IS NULL THEN NULL
                WHEN d.sent_rev IS NULL OR d.sent_rev < dec.rev THEN 'feedback-unsent'
                WHEN d.acked_rev < dec.rev THEN 'feedback-sent' ELSE 'feedback-acked' END feedback
      FROM ${kind.table} x
      LEFT JOIN record_status s ON s.record_type = '${kind.type}' AND s.record_id = x.id
      LEFT JOIN decisions dec ON dec.id = s.decision_id
      LEFT JOIN deliveries d ON d.record_type = 'decision' AND d.record_id = s.decision_id AND d.recipient_code = x.origin
     WHERE x.origin = @code AND x.deleted = 0`;
}

interface KindRow { id: string; year: number | null; planId: string | null; updatedAt: string; bucket: string; feedback: string | null }

export interface KindCounts {
  type: SubmissionKind;
  total: number;
  counts: Record<string, number>;
}

export interface OverviewUnit {
  unitCode: string;
  unitName: string;
  trusted: boolean;
  lastReceivedAt: string | null;
  lastReceivedSequence: number | null;
  lastSentAt: string | null;
  missing: number[];
  kinds: KindCounts[];
}

/** The overview applies at an upper level: not at a commune with no unit below it. */
export function overviewApplies(ctx: ServiceContext): boolean {
  const me = requireInstallation(ctx);
  if (me.level !== 'commune') return true;
  return !!ctx.sqlite.prepare('SELECT 1 FROM units WHERE parent_id = ? AND deleted = 0 LIMIT 1').get(me.unitId);
}

export function exchangeOverview(ctx: ServiceContext): OverviewUnit[] {
  const me = requireInstallation(ctx);
  // The units below (active), and any unit this one has exchanged packages or keys with.
  const units = ctx.sqlite
    .prepare(
      `SELECT code, max(name) name, max(trusted) trusted FROM (
         SELECT code, name, 0 trusted FROM units WHERE parent_id = @me AND deleted = 0 AND active = 1
         UNION ALL SELECT unit_code, unit_name, (status = 'trusted') FROM trusted_keys
         UNION ALL SELECT sender_code, sender_name, 0 FROM packages WHERE direction = 'in'
         UNION ALL SELECT recipient_code, recipient_code, 0 FROM packages WHERE direction = 'out' AND recipient_code <> '*'
       ) WHERE code <> @code AND code NOT IN (SELECT u.code FROM units u JOIN units mine ON mine.parent_id = u.id WHERE mine.id = @me)
       GROUP BY code ORDER BY code`,
    )
    .all({ me: me.unitId, code: me.unitCode }) as { code: string; name: string; trusted: number }[];
  const named = ctx.sqlite.prepare('SELECT name FROM units WHERE code = ? AND deleted = 0');
  const gaps = new Map(sequenceGaps(ctx).map((g) => [g.senderCode, g.missing]));
  const lastIn = ctx.sqlite.prepare(`SELECT processed_at at, sequence FROM packages WHERE direction = 'in' AND sender_code = ? ORDER BY processed_at DESC LIMIT 1`);
  const lastOut = ctx.sqlite.prepare(`SELECT max(processed_at) at FROM packages WHERE direction = 'out' AND recipient_code = ?`);
  const perKind = SUBMISSION_KINDS.map((k) => ({
    type: k.type,
    stmt: ctx.sqlite.prepare(`SELECT bucket, feedback, count(*) n FROM (${rowsSql(k)}) GROUP BY bucket, feedback`),
  }));
  return units.map((u) => {
    const li = lastIn.get(u.code) as { at: string; sequence: number } | undefined;
    const kinds = perKind.flatMap(({ type, stmt }) => {
      const rows = stmt.all({ code: u.code }) as { bucket: string; feedback: string | null; n: number }[];
      const counts: Record<string, number> = {};
      for (const r of rows) {
        counts[r.bucket] = (counts[r.bucket] ?? 0) + r.n;
        if (r.feedback) counts[r.feedback] = (counts[r.feedback] ?? 0) + r.n;
      }
      const total = rows.reduce((s, r) => s + r.n, 0);
      return total ? [{ type, total, counts }] : [];
    });
    return {
      unitCode: u.code,
      unitName: (named.get(u.code) as { name: string } | undefined)?.name ?? u.name,
      trusted: u.trusted === 1,
      lastReceivedAt: li?.at ?? null,
      lastReceivedSequence: li?.sequence ?? null,
      lastSentAt: (lastOut.get(u.code) as { at: string | null }).at,
      missing: gaps.get(u.code) ?? [],
      kinds,
    };
  });
}

export interface OverviewRecord {
  type: SubmissionKind;
  id: string;
  title: string;
  bucket: string;
  feedback: string | null;
  year: number | null;
  planId: string | null;
  updatedAt: string;
}

/** The records behind one count of the overview, newest change first (at most `limit`). */
export function overviewRecords(ctx: ServiceContext, q: { unitCode: string; type: string; bucket: Bucket; limit: number }): { total: number; items: OverviewRecord[] } {
  const kind = SUBMISSION_KINDS.find((k) => k.type === q.type);
  if (!kind) throw new AppError('INVALID_INPUT', 'Loại hồ sơ không có trong bảng tổng hợp.');
  const filter = q.bucket === 'all' ? '' : q.bucket.startsWith('feedback-') ? 'WHERE feedback = @bucket' : 'WHERE bucket = @bucket';
  const args = { code: q.unitCode, bucket: q.bucket };
  const total = (ctx.sqlite.prepare(`SELECT count(*) n FROM (${rowsSql(kind)}) ${filter}`).get(args) as { n: number }).n;
  const rows = ctx.sqlite
    .prepare(`SELECT * FROM (${rowsSql(kind)}) ${filter} ORDER BY updatedAt DESC, id LIMIT @limit`)
    .all({ ...args, limit: q.limit }) as KindRow[];
  const adapter = CONTENT_ADAPTERS[kind.type]!;
  return {
    total,
    items: rows.map((r) => ({ ...r, type: kind.type, title: adapter.title(ctx, r.id) ?? r.id.slice(0, 8) })),
  };
}
