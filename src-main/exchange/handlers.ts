import path from 'node:path';
import type { exchangeApi } from '../../src-shared/api/exchange';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import { LIMITS } from '../../src-shared/exchange/envelope';
import { RECORD_TYPES } from '../../src-shared/records';
import type { Handler } from '../handler-types';
import { readBoundedFile } from '../lib/boundedRead';
import { guardImport } from '../services/backup';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { CONTENT_ADAPTERS } from './adapters/index';
import { decide } from './decide';
import { decideDossier } from './decideDossier';
import { listPackages, sequenceGaps } from './log';
import { exchangeOverview, overviewApplies, overviewRecords } from './overview';
import { exportTo, issueTrustList, issueUnitDirectory, pendingReceipts, SUBMISSION_TYPES, writeAck } from './outbox';
import { recordTitle } from './preview';
import { importPackage } from './receive';
import { addTrustedKey, exportPublicKey, listTrustedKeys, revokeKey, type TrustedKey } from './trust';

const keyRow = (k: TrustedKey) => ({
  ...k,
  fingerprint: formatFingerprint(k.keyId),
  status: k.status as 'trusted' | 'revoked',
  source: k.source as 'manual' | 'trust-list',
});

/** A package given as text (read by the page) or as a path on this machine (Explorer, CLI). */
export function readSource(src: { fileName: string; content: string } | { path: string }): { content: Buffer | string; fileName: string } {
  if ('content' in src) return { content: src.content, fileName: src.fileName };
  // Only a regular file, counted while reading: a device or a growing file must not fill the memory.
  return { content: readBoundedFile(src.path, LIMITS.importBytes, 'tệp gói dữ liệu'), fileName: path.basename(src.path) };
}

function statusOf(ctx: ServiceContext, type: string, id: string) {
  const row = ctx.sqlite
    .prepare('SELECT status, reasons, decision, decided_by decidedBy, updated_at updatedAt FROM record_status WHERE record_type = ? AND record_id = ?')
    .get(type, id) as { status: string; reasons: string | null; decision: string | null; decidedBy: string | null; updatedAt: string } | undefined;
  return {
    status: row?.status ?? null,
    reasons: row?.reasons ? JSON.parse(row.reasons) : [],
    decision: row?.decision ? JSON.parse(row.decision) : null,
    decidedBy: row?.decidedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

export const exchangeHandlers: { [N in keyof typeof exchangeApi]: Handler<N> } = {
  'keys.exportPublic': (ctx) => {
    const { fileName, key } = exportPublicKey(ctx);
    return { fileName, content: `${JSON.stringify(key, null, 2)}\n` };
  },
  'trust.add': (ctx, input) => keyRow(addTrustedKey(ctx, input)),
  'trust.list': (ctx) => listTrustedKeys(ctx).map(keyRow),
  'trust.revoke': (ctx, input) => keyRow(revokeKey(ctx, input.keyId)),
  'trustList.issue': (ctx, input) => issueTrustList(ctx, input),
  'reference.issue': (ctx, input) => issueUnitDirectory(ctx, input),
  'exchange.outbox': (ctx, input) => {
    const me = requireInstallation(ctx);
    const q = { origin: me.unitCode, recipient: input.to, all: false };
    const items = [...SUBMISSION_TYPES, 'decision'].flatMap((t) => CONTENT_ADAPTERS[t]!.outgoing(ctx, q));
    return {
      items: items.map((r) => ({ type: r.type, typeLabel: RECORD_TYPES[r.type]!.label, id: r.id, rev: r.rev, title: recordTitle(r, ctx), deleted: r.deleted })),
      receipts: pendingReceipts(ctx, input.to).length,
    };
  },
  'exchange.export': (ctx, input) => ({
    files: exportTo(ctx, { to: input.to, outDir: input.outDir, all: input.all, maxBytes: Math.round(input.maxSizeMb * 1048576), selection: input.selection ?? undefined }),
  }),
  'exchange.preview': (ctx, input) => {
    const src = readSource(input);
    return importPackage(ctx, src.content, { dryRun: true, fileName: src.fileName });
  },
  'exchange.import': async (ctx, input) => {
    const src = readSource(input);
    // quick_check first (never import into a damaged file), then a copy to return to.
    await guardImport(ctx);
    return importPackage(ctx, src.content, { fileName: src.fileName });
  },
  'exchange.ack': (ctx, input) => ({ files: writeAck(ctx, input) }),
  'exchange.packages': (ctx, input) => listPackages(ctx, input),
  'exchange.gaps': (ctx) => sequenceGaps(ctx),
  'exchange.overview': (ctx) => exchangeOverview(ctx),
  'exchange.overviewApplies': (ctx) => overviewApplies(ctx),
  'exchange.overviewRecords': (ctx, input) => overviewRecords(ctx, input),
  'exchange.decide': (ctx, input) => decide(ctx, input),
  'exchange.decideDossier': (ctx, input) => decideDossier(ctx, input),
  'exchange.statusOf': (ctx, input) => statusOf(ctx, input.type, input.id),
  'exchange.sentVersions': (ctx, input) =>
    (ctx.sqlite
      .prepare(`SELECT rev, package_id packageId, recipient_code recipientCode, sent_at sentAt, data FROM sent_records
                 WHERE record_type = ? AND record_id = ? ORDER BY rev DESC, sent_at DESC`)
      .all(input.type, input.id) as { rev: number; packageId: string; recipientCode: string; sentAt: string; data: string }[]).map((r) => ({ ...r, data: JSON.parse(r.data) as unknown })),
};
