import { APPLY_ORDER } from '../../src-shared/records';
import { PACKAGE_KIND_LABELS, type ExchangeRecord, type PackageKind } from '../../src-shared/exchange/envelope';
import { attachments, packages } from '../db/schema';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../services/core';
import { CONTENT_ADAPTERS } from './adapters/index';
import { applyReceipt, applyTrustList, applyUnitDirectory } from './issued';
import { packageStory } from './story';
import { previewPackage, type PreviewRow, type RecordAction } from './preview';
import { readPackage, type VerifiedPackage } from './verify';

export interface ImportResult {
  packageId: string;
  kind: PackageKind;
  kindLabel: string;
  sender: { unitCode: string; unitName: string; keyId: string };
  sequence: number;
  createdAt: string;
  batch: { index: number; count: number } | null;
  duplicate: boolean;
  applied: boolean;
  counts: Record<RecordAction, number>;
  attachments: number;
  rows: PreviewRow[];
  /** What the package tells this unit in sentences: receipts for our packages, decisions on our records. */
  story: string[];
}

function summarize(ctx: ServiceContext, pkg: VerifiedPackage, rows: PreviewRow[], applied: boolean): ImportResult {
  const h = pkg.envelope.header;
  const counts: Record<RecordAction, number> = { new: 0, update: 0, unchanged: 0, stale: 0, rejected: 0 };
  for (const r of rows) counts[r.action]++;
  return {
    packageId: h.packageId, kind: h.kind, kindLabel: PACKAGE_KIND_LABELS[h.kind], sender: h.sender, sequence: h.sequence,
    createdAt: h.createdAt, batch: h.batch ? { index: h.batch.index, count: h.batch.count } : null,
    duplicate: !!pkg.duplicateOf, applied, counts, attachments: pkg.envelope.body.attachments.length, rows,
    story: packageStory(ctx, pkg.envelope, rows),
  };
}

/** SHA-256 of the files these records name: a dossier's documents, an inspection's evidence. */
function referencedAttachments(records: readonly ExchangeRecord[]): Set<string> {
  // Read defensively: a rejected record's data need not have its type's shape.
  const list = (v: unknown): { sha256?: unknown }[] => (Array.isArray(v) ? v : []);
  const data = (r: ExchangeRecord) => (r.data && typeof r.data === 'object' ? (r.data as Record<string, unknown>) : {});
  return new Set(records.flatMap((r) =>
    (r.type === 'dossier' ? list(data(r).documents) : r.type === 'inspection' ? list(data(r).evidence) : [])
      .map((d) => (d && typeof d === 'object' ? String(d.sha256) : ''))));
}

export interface ImportHooks {
  /** Tests only: called before each record is applied, to prove a failure midway writes nothing. */
  beforeRecord?: (index: number) => void;
}

/**
 * Reads, verifies and previews a package; unless `dryRun`, applies it in one transaction:
 * all of it or none of it, logged with its per-record results (for the ack) and audited.
 * A package imported before is reported and changes nothing.
 */
export function importPackage(
  ctx: ServiceContext,
  content: Buffer | string,
  opts: { dryRun?: boolean; maxBytes?: number; fileName?: string; hooks?: ImportHooks } = {},
): ImportResult {
  const pkg = readPackage(ctx, content, { maxBytes: opts.maxBytes });
  const rows = previewPackage(ctx, pkg);
  if (opts.dryRun || pkg.duplicateOf) return summarize(ctx, pkg, rows, false);

  const { header, body } = pkg.envelope;
  inTransaction(ctx, () => {
    const order = [...rows].sort((a, b) => APPLY_ORDER.indexOf(a.type) - APPLY_ORDER.indexOf(b.type) || a.index - b.index);
    for (const row of order) {
      if (row.action !== 'new' && row.action !== 'update') continue;
      opts.hooks?.beforeRecord?.(row.index);
      const rec = body.records[row.index]!;
      if (rec.type === 'trust-list') applyTrustList(ctx, rec, header.sender);
      else if (rec.type === 'unit-directory') applyUnitDirectory(ctx, rec);
      else if (rec.type === 'receipt') applyReceipt(ctx, rec, header.sender, header.packageId);
      else CONTENT_ADAPTERS[rec.type]!.apply(ctx, rec);
    }
    const now = isoNow(ctx);
    // A file only rejected records refer to is not kept (their scans stay out with them).
    const applied = referencedAttachments(rows.filter((r) => r.action !== 'rejected').map((r) => body.records[r.index]!));
    const named = referencedAttachments(body.records);
    for (const a of body.attachments) {
      if (named.has(a.sha256) && !applied.has(a.sha256)) continue;
      ctx.db
        .insert(attachments)
        .values({ sha256: a.sha256, name: a.name, mime: a.mime, size: a.size, data: Buffer.from(a.data, 'base64'), createdAt: now })
        .onConflictDoNothing()
        .run();
    }
    const summary = summarize(ctx, pkg, rows, true);
    ctx.db
      .insert(packages)
      .values({
        packageId: header.packageId, direction: 'in', kind: header.kind, senderCode: header.sender.unitCode,
        senderName: header.sender.unitName, senderKeyId: header.sender.keyId, recipientCode: header.recipient.unitCode,
        sequence: header.sequence, createdAt: header.createdAt, processedAt: now, result: 'applied',
        counts: JSON.stringify(summary.counts), fileName: opts.fileName ?? null, batchId: header.batch?.id ?? null,
        // Refused records too, with their reason: the receipt tells the sender what did not land and why.
        results: JSON.stringify(rows.map((r) => (r.action === 'rejected'
          ? { type: r.type, id: r.id, rev: r.rev, result: r.action, reason: r.reason ?? '' }
          : { type: r.type, id: r.id, rev: r.rev, result: r.action }))),
      })
      .run();
    writeAudit(ctx, { action: 'import', entity: 'package', entityId: header.packageId, after: { kind: header.kind, sender: header.sender.unitCode, sequence: header.sequence, counts: summary.counts } });
  });
  return summarize(ctx, pkg, rows, true);
}
