import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS, packageFileName, RECORD_SCHEMA, type Attachment, type Envelope, type ExchangeRecord, type PackageKind } from '../../src-shared/exchange/envelope';
import { deepNfc } from '../nfc';
import { AppError } from '../errors';
import { packages } from '../db/schema';
import { inTransaction, isoNow, type ServiceContext } from '../services/core';
import { requireOutDir } from '../services/folders';
import { signingKey } from '../services/installation';
import { packageText, signEnvelope } from './crypto';
import pkgJson from '../../package.json';

export interface WrittenPackage {
  file: string;
  fileName: string;
  kind: PackageKind;
  packageId: string;
  sequence: number;
  records: number;
  attachments: number;
  bytes: number;
}

export interface Draft {
  kind: PackageKind;
  recipient: string;
  records: ExchangeRecord[];
  attachments?: Attachment[];
  /** Attachments a chunk of records needs, so each split package stays self-contained. */
  attachmentsFor?: (records: ExchangeRecord[]) => Attachment[];
  /** Bytes of the attachments one record refers to, for splitting without loading them. */
  attachmentBytes?: (record: ExchangeRecord) => number;
  expiresAt?: string;
}

export type Progress = (done: number, total: number, label: string) => void;

export function nextSequence(ctx: ServiceContext, recipient: string): number {
  const row = ctx.sqlite
    .prepare(`SELECT max(sequence) n FROM packages WHERE direction = 'out' AND recipient_code = ?`)
    .get(recipient) as { n: number | null };
  return (row.n ?? 0) + 1;
}

/**
 * Splits records so each package stays under the size limit chosen for e-mail; a record's
 * attachments count toward its size (base64 is 4/3 of the bytes).
 */
function chunk(records: ExchangeRecord[], maxBytes: number, attachmentBytes: (r: ExchangeRecord) => number): ExchangeRecord[][] {
  const budget = Math.max(maxBytes - 4096, 1024); // header and signature
  const out: ExchangeRecord[][] = [];
  let cur: ExchangeRecord[] = [];
  let size = 0;
  for (const r of records) {
    const n = Buffer.byteLength(JSON.stringify(r)) + 1 + Math.ceil((attachmentBytes(r) * 4) / 3);
    if (cur.length && size + n > budget) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(r);
    size += n;
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Builds, signs and writes packages: each chunk self-contained and signed, sharing a batch id
 * when split. Files are written under a temporary name and renamed only after the log rows
 * and `onCommit` writes have committed, so a stick pulled midway leaves no file that looks whole.
 */
export function writePackages(
  ctx: ServiceContext,
  drafts: Draft[],
  opts: { outDir: string; maxBytes?: number; onProgress?: Progress; onCommit?: (written: { draft: Draft; envelope: Envelope }[]) => void },
): WrittenPackage[] {
  // The key must be the one this unit registered: a swapped key file would sign packages that
  // every receiver calls tampered.
  const { me, key } = signingKey(ctx);
  const maxBytes = opts.maxBytes ?? LIMITS.emailBytes;
  const outDir = requireOutDir(opts.outDir);
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new AppError('OUT_DIR', `Không ghi được vào thư mục "${opts.outDir}". Hãy kiểm tra USB hoặc chọn thư mục khác.`).withCause(e);
  }

  const plan: { draft: Draft; envelope: Envelope; text: string; fileName: string }[] = [];
  const seq = new Map<string, number>();
  for (const draft of drafts) {
    const parts = chunk(draft.records, maxBytes, (r) => draft.attachmentBytes?.(r) ?? 0);
    const batchId = parts.length > 1 ? crypto.randomUUID() : null;
    parts.forEach((records, i) => {
      const sequence = seq.get(draft.recipient) ?? nextSequence(ctx, draft.recipient);
      seq.set(draft.recipient, sequence + 1);
      const atts = [...(i === 0 ? (draft.attachments ?? []) : []), ...(draft.attachmentsFor?.(records) ?? [])];
      const unsigned = deepNfc({
        tdkt: 1 as const,
        header: {
          packageId: crypto.randomUUID(),
          kind: draft.kind,
          sender: { unitCode: me.unitCode, unitName: me.unitName, keyId: me.keyId },
          recipient: { unitCode: draft.recipient },
          sequence,
          createdAt: isoNow(ctx),
          ...(draft.expiresAt ? { expiresAt: draft.expiresAt } : {}),
          schema: RECORD_SCHEMA,
          app: { name: 'TĐKT Desktop', version: pkgJson.version },
          counts: { records: records.length, attachments: atts.length },
          ...(batchId ? { batch: { id: batchId, index: i + 1, count: parts.length } } : {}),
        },
        body: { records, attachments: atts },
      }) as Omit<Envelope, 'signature'>;
      const envelope = signEnvelope(unsigned, key, me.keyId);
      plan.push({ draft, envelope, text: packageText(envelope), fileName: packageFileName(envelope.header) });
    });
  }

  const written: WrittenPackage[] = [];
  const partials: string[] = [];
  try {
    plan.forEach((p, i) => {
      const file = path.join(outDir, p.fileName);
      // Noted before writing: a write that fails halfway (a full stick) still leaves a file to remove.
      partials.push(`${file}.partial`);
      fs.writeFileSync(`${file}.partial`, p.text);
      opts.onProgress?.(i + 1, plan.length, p.fileName);
      const h = p.envelope.header;
      written.push({ file, fileName: p.fileName, kind: h.kind, packageId: h.packageId, sequence: h.sequence, records: h.counts.records, attachments: h.counts.attachments, bytes: Buffer.byteLength(p.text) });
    });
    inTransaction(ctx, () => {
      for (const p of plan) {
        const h = p.envelope.header;
        ctx.db.insert(packages).values({
          packageId: h.packageId, direction: 'out', kind: h.kind, senderCode: h.sender.unitCode, senderName: h.sender.unitName,
          senderKeyId: h.sender.keyId, recipientCode: h.recipient.unitCode, sequence: h.sequence, createdAt: h.createdAt,
          processedAt: isoNow(ctx), result: 'written', counts: JSON.stringify(h.counts), fileName: p.fileName, batchId: h.batch?.id ?? null,
        }).run();
      }
      opts.onCommit?.(plan);
    });
  } catch (e) {
    for (const f of partials) fs.rmSync(f, { force: true });
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', 'Ổ đĩa hoặc USB đã đầy; chưa gửi được gói nào. Hãy giải phóng dung lượng rồi thử lại.').withCause(e);
    if (code === 'EACCES' || code === 'EROFS' || code === 'ENOENT') throw new AppError('OUT_DIR', `Không ghi được vào thư mục "${opts.outDir}".`).withCause(e);
    throw e;
  }
  for (const w of written) fs.renameSync(`${w.file}.partial`, w.file);
  return written;
}
