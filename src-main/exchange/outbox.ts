import { AppError } from '../errors';
import { deliveries, recordStatus, sentRecords } from '../db/schema';
import { inTransaction, isoNow, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { CONTENT_ADAPTERS } from './adapters/index';
import { getSetting, setSetting } from './settings';
import { requireTrustedRecipient } from './trust';
import { writePackages, type Draft, type Progress, type WrittenPackage } from './send';
import crypto from 'node:crypto';
import type { Attachment, ExchangeRecord } from '../../src-shared/exchange/envelope';
import type { DossierData, InspectionData, TrustListData, UnitDirectoryData } from '../../src-shared/records';

export interface ExportOptions {
  to: string;
  outDir: string;
  all?: boolean;
  maxBytes?: number;
  /** A hand-picked selection instead of "everything not yet acknowledged". */
  selection?: { type: string; id: string }[];
  onProgress?: Progress;
}

/** What a unit sends up, in the order the receiver applies it. */
export const SUBMISSION_TYPES = ['collective', 'person', 'movement', 'registration', 'dossier', 'initiative', 'inspection-plan', 'inspection', 'inspection-self-assessment', 'report', 'cluster-scorecard', 'cluster-vote', 'example', 'complaint'];

/** Statuses the owner may move to "sent" by exporting (an upper level's word is kept). */
const SENDABLE = ['draft', 'ready', 'returned', 'sent'];

/**
 * "Gửi đi": everything owned here that the recipient has not acknowledged (or a selection),
 * as a submission package, plus our decisions about the recipient's records as a feedback
 * package. Exported content becomes `sent`; deliveries remember what went to whom.
 */
export function exportTo(ctx: ServiceContext, opts: ExportOptions): WrittenPackage[] {
  const me = requireInstallation(ctx);
  requireTrustedRecipient(ctx, opts.to);
  if (opts.to === me.unitCode) throw new AppError('RECIPIENT_SELF', 'Không thể gửi gói cho chính đơn vị này.');
  const q = { origin: me.unitCode, recipient: opts.to, all: !!opts.all || !!opts.selection };
  const pick = (rs: ExchangeRecord[]) =>
    opts.selection ? rs.filter((r) => opts.selection!.some((s) => s.type === r.type && s.id === r.id)) : rs;
  const submission = pick(SUBMISSION_TYPES.flatMap((t) => CONTENT_ADAPTERS[t]!.outgoing(ctx, q)));
  const feedback = pick(CONTENT_ADAPTERS.decision!.outgoing(ctx, q));
  const drafts: Draft[] = [];
  if (submission.length) {
    drafts.push({
      kind: 'submission', recipient: opts.to, records: submission,
      attachmentsFor: (rs) => dossierAttachments(ctx, rs),
      // A dossier lists its scans with their sizes: no need to read them to split the export.
      attachmentBytes: (r) =>
        r.type === 'dossier' ? (r.data as DossierData).documents.reduce((n, d) => n + d.size + 200, 0)
          : r.type === 'inspection' ? (r.data as InspectionData).evidence.reduce((n, d) => n + d.size + 200, 0) : 0,
    });
  }
  if (feedback.length) drafts.push({ kind: 'feedback', recipient: opts.to, records: feedback });
  // One return trip: the receipt for what came from `to` rides in the package going back to it
  // (the feedback when there is one), so the unit imports one file and reads both.
  const carrier = drafts.find((d) => d.kind === 'feedback') ?? drafts[0];
  if (carrier) carrier.records = [...carrier.records, ...pendingReceipts(ctx, opts.to)];
  if (!drafts.length) throw new AppError('NOTHING_TO_SEND', `Không có gì mới để gửi cho đơn vị ${opts.to}: mọi bản ghi đã được xác nhận đã nhận.`);

  return writePackages(ctx, drafts, {
    outDir: opts.outDir,
    maxBytes: opts.maxBytes,
    onProgress: opts.onProgress,
    onCommit(written) {
      const now = isoNow(ctx);
      markAcked(ctx, written);
      for (const { draft, envelope } of written) {
        for (const r of envelope.body.records) {
          if (r.type === 'receipt') continue;
          ctx.db.insert(deliveries)
            .values({ recordType: r.type, recordId: r.id, recipientCode: opts.to, sentRev: r.rev, ackedRev: 0, packageId: envelope.header.packageId, updatedAt: now })
            .onConflictDoUpdate({ target: [deliveries.recordType, deliveries.recordId, deliveries.recipientCode], set: { sentRev: r.rev, packageId: envelope.header.packageId, updatedAt: now } })
            .run();
          if (draft.kind !== 'submission') continue;
          ctx.db.insert(sentRecords)
            .values({ packageId: envelope.header.packageId, recordType: r.type, recordId: r.id, rev: r.rev, recipientCode: opts.to, sentAt: now, data: JSON.stringify(r.data) })
            .onConflictDoNothing()
            .run();
          const cur = ctx.sqlite.prepare('SELECT status FROM record_status WHERE record_type = ? AND record_id = ?').get(r.type, r.id) as { status: string } | undefined;
          if (!cur || SENDABLE.includes(cur.status)) {
            const row = { recordType: r.type, recordId: r.id, status: 'sent', reasons: null, decision: null, decidedBy: null, decisionId: null, updatedAt: now };
            ctx.db.insert(recordStatus).values(row).onConflictDoUpdate({ target: [recordStatus.recordType, recordStatus.recordId], set: row }).run();
          }
        }
      }
    },
  });
}

/** The scans a chunk's dossiers refer to, each once: they travel as the package's attachments. */
function dossierAttachments(ctx: ServiceContext, records: ExchangeRecord[]): Attachment[] {
  const shas = new Set([
    ...records.filter((r) => r.type === 'dossier').flatMap((r) => (r.data as DossierData).documents.map((d) => d.sha256)),
    // An inspection's evidence (photos, scans) travels the same way.
    ...records.filter((r) => r.type === 'inspection').flatMap((r) => (r.data as InspectionData).evidence.map((e) => e.sha256)),
  ]);
  const read = ctx.sqlite.prepare('SELECT sha256, name, mime, size, data FROM attachments WHERE sha256 = ?');
  return [...shas].flatMap((sha) => {
    const a = read.get(sha) as { sha256: string; name: string; mime: string; size: number; data: Buffer } | undefined;
    return a ? [{ sha256: a.sha256, name: a.name, mime: a.mime, size: a.size, data: a.data.toString('base64') }] : [];
  });
}

interface LoggedResult { type: string; id: string; rev: number; result: string; reason?: string }

/**
 * "Giấy báo đã nhận": one receipt record per package imported from `from` and not yet
 * acknowledged (or all of them): what was kept, what was refused and why, and when.
 */
export function pendingReceipts(ctx: ServiceContext, from: string, all = false): ExchangeRecord[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT package_id packageId, results, processed_at processedAt FROM packages WHERE direction = 'in' AND sender_code = ? AND kind <> 'ack'
         AND result = 'applied' AND (? = 1 OR ack_package_id IS NULL) ORDER BY processed_at, sequence`,
    )
    .all(from, all ? 1 : 0) as { packageId: string; results: string | null; processedAt: string }[];
  const me = requireInstallation(ctx);
  const now = isoNow(ctx);
  return rows.map((r) => {
    const logged = JSON.parse(r.results ?? '[]') as LoggedResult[];
    const results = logged.filter((x) => x.result !== 'rejected').map(({ type, id, rev, result }) => ({ type, id, rev, result }));
    const refused = logged.filter((x) => x.result === 'rejected').map(({ type, id, rev, reason }) => ({ type, id, rev, reason: (reason ?? '').slice(0, 1000) }));
    return {
      type: 'receipt', id: r.packageId, rev: 1, updatedAt: now, origin: me.unitCode, deleted: false,
      data: { packageId: r.packageId, results, refused, receivedAt: r.processedAt },
    };
  });
}

/** Marks the packages the receipts in `written` acknowledge: they are not reported again. */
function markAcked(ctx: ServiceContext, written: { envelope: { header: { packageId: string }; body: { records: ExchangeRecord[] } } }[]) {
  const mark = ctx.sqlite.prepare(`UPDATE packages SET ack_package_id = ? WHERE direction = 'in' AND package_id = ?`);
  for (const { envelope } of written) {
    for (const r of envelope.body.records) if (r.type === 'receipt') mark.run(envelope.header.packageId, r.id);
  }
}

/** "Giấy báo đã nhận" as a package of its own, for when there is nothing else to send back. */
export function writeAck(ctx: ServiceContext, opts: { to: string; outDir: string; all?: boolean }): WrittenPackage[] {
  requireTrustedRecipient(ctx, opts.to);
  const records = pendingReceipts(ctx, opts.to, opts.all);
  if (!records.length) throw new AppError('NOTHING_TO_ACK', `Không có gói nào của đơn vị ${opts.to} cần báo đã nhận.`);
  return writePackages(ctx, [{ kind: 'ack', recipient: opts.to, records }], { outDir: opts.outDir, onCommit: (written) => markAcked(ctx, written) });
}

function requireProvince(ctx: ServiceContext, what: string) {
  const me = requireInstallation(ctx);
  if (me.level !== 'province') throw new AppError('NOT_PROVINCE', `Chỉ cài đặt cấp tỉnh mới phát hành ${what}.`);
  return me;
}

/** Province mode: one issuer-owned record whose rev is the next version, sent to everyone. */
function issue(
  ctx: ServiceContext,
  type: 'trust-list' | 'unit-directory',
  data: (version: number) => unknown,
  opts: { outDir: string; expiresDays: number },
  extra: ExchangeRecord[] = [],
) {
  if (!Number.isInteger(opts.expiresDays) || opts.expiresDays < 1 || opts.expiresDays > 3650) {
    throw new AppError('INVALID_INPUT', 'Số ngày hiệu lực phải từ 1 đến 3650.');
  }
  const me = requireInstallation(ctx);
  return inTransaction(ctx, () => {
    const version = Number(getSetting(ctx, `issued:${type}`) ?? 0) + 1;
    const id = getSetting(ctx, `issued-id:${type}`) ?? crypto.randomUUID();
    const now = ctx.now();
    const expiresAt = new Date(now.getTime() + opts.expiresDays * 86_400_000).toISOString();
    const record: ExchangeRecord = { type, id, rev: version, updatedAt: now.toISOString(), origin: me.unitCode, deleted: false, data: data(version) };
    const kind = type === 'trust-list' ? 'trust-list' : 'reference';
    const files = writePackages(ctx, [{ kind, recipient: '*', records: [record, ...extra], expiresAt }], {
      outDir: opts.outDir,
      onCommit() {
        setSetting(ctx, `issued:${type}`, String(version));
        setSetting(ctx, `issued-id:${type}`, id);
      },
    });
    return { version, files };
  });
}

export function issueTrustList(ctx: ServiceContext, opts: { outDir: string; expiresDays: number }) {
  requireProvince(ctx, 'danh sách khóa tin cậy');
  const keys = ctx.sqlite
    .prepare(`SELECT unit_code unitCode, unit_name unitName, level, public_key publicKey, key_id keyId, status, revoked_at revokedAt FROM trusted_keys ORDER BY unit_code, key_id`)
    .all() as TrustListData['keys'];
  return issue(ctx, 'trust-list', (version) => ({ version, keys } satisfies TrustListData), opts);
}

export function issueUnitDirectory(ctx: ServiceContext, opts: { outDir: string; expiresDays: number }) {
  requireProvince(ctx, 'danh mục đơn vị');
  const rows = ctx.sqlite
    .prepare(
      `SELECT u.code, u.name, u.level, p.code parentCode, u.active, m.code mergedIntoCode FROM units u
         LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units m ON m.id = u.merged_into_id WHERE u.deleted = 0 ORDER BY u.code`,
    )
    .all() as (Omit<UnitDirectoryData['units'][number], 'active'> & { active: number })[];
  const units = rows.map((r) => ({ ...r, active: r.active === 1 }));
  // The province's own movements travel with the directory, for every unit to register under.
  const me = requireInstallation(ctx);
  const movements = CONTENT_ADAPTERS.movement!.outgoing(ctx, { origin: me.unitCode, recipient: '*', all: true });
  // So do its inspection plans: the inspected units see the checklist and the dates coming.
  const plans = CONTENT_ADAPTERS['inspection-plan']!.outgoing(ctx, { origin: me.unitCode, recipient: '*', all: true });
  // And the checklist versions it made, for the units' own inspections of their subordinates.
  const checklists = CONTENT_ADAPTERS['checklist-template']!.outgoing(ctx, { origin: me.unitCode, recipient: '*', all: true });
  // And its TĐKT plan and its council's plan of each year, shown read-only at the units below.
  const workPlans = CONTENT_ADAPTERS.plan!.outgoing(ctx, { origin: me.unitCode, recipient: '*', all: true });
  // And its cụm, khối thi đua with their members, roles and criteria tables.
  const clusters = CONTENT_ADAPTERS.cluster!.outgoing(ctx, { origin: me.unitCode, recipient: '*', all: true });
  return issue(ctx, 'unit-directory', (version) => ({ version, units } satisfies UnitDirectoryData), opts, [...movements, ...workPlans, ...checklists, ...plans, ...clusters]);
}

