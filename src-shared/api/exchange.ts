import { SCOPES } from '../rules/vocab';
import { z } from 'zod';
import { DECISION_STATUSES } from '../exchange/status';
import { NOMINEE_OUTCOMES } from '../exchange/nomineeOutcomes';
import { PACKAGE_KINDS } from '../exchange/envelope';
import { isoDate, keyset, nextCursor, paging, text, unitCode } from './common';

export const trustedKey = z.object({
  keyId: z.string(),
  fingerprint: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  level: z.string(),
  publicKey: z.string(),
  status: z.enum(['trusted', 'revoked']),
  source: z.enum(['manual', 'trust-list']),
  addedAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TrustedKeyRow = z.infer<typeof trustedKey>;

export const writtenPackage = z.object({
  file: z.string(),
  fileName: z.string(),
  kind: z.enum(PACKAGE_KINDS),
  packageId: z.string(),
  sequence: z.number().int(),
  records: z.number().int(),
  attachments: z.number().int(),
  bytes: z.number().int(),
});
export type WrittenPackageRow = z.infer<typeof writtenPackage>;

const actionCounts = z.object({ new: z.number(), update: z.number(), unchanged: z.number(), stale: z.number(), rejected: z.number() });

export const importResult = z.object({
  packageId: z.string(),
  kind: z.enum(PACKAGE_KINDS),
  kindLabel: z.string(),
  sender: z.object({ unitCode: z.string(), unitName: z.string(), keyId: z.string() }),
  sequence: z.number().int(),
  createdAt: z.string(),
  batch: z.object({ index: z.number().int(), count: z.number().int() }).nullable(),
  duplicate: z.boolean(),
  applied: z.boolean(),
  counts: actionCounts,
  attachments: z.number().int(),
  rows: z.array(
    z.object({
      index: z.number().int(),
      type: z.string(),
      typeLabel: z.string(),
      id: z.string(),
      rev: z.number().int(),
      title: z.string(),
      action: z.enum(['new', 'update', 'unchanged', 'stale', 'rejected']),
      reason: z.string().nullable(),
    }),
  ),
  /** What the package tells this unit, in sentences (receipts for our packages, decisions on our records). */
  story: z.array(z.string()),
});
export type ImportResultRow = z.infer<typeof importResult>;

/** A package file: its text as read by the page, or a path on this machine (Explorer, CLI). */
export const packageSource = z.union([
  z.object({ fileName: text(255, 'Tên tệp'), content: z.string() }),
  z.object({ path: text(4000, 'Đường dẫn') }),
]);

const outDir = text(4000, 'Thư mục').min(1, { error: 'Vui lòng chọn thư mục lưu gói (ví dụ ổ USB).' });
const expiresDays = z.number().int().min(1, { error: 'Số ngày hiệu lực phải từ 1 đến 3650.' }).max(3650, { error: 'Số ngày hiệu lực phải từ 1 đến 3650.' });
const issued = z.object({ version: z.number().int(), files: z.array(writtenPackage) });

/** What a unit sends up, as the overview counts it (not registry rows: people, collectives). */
export const OVERVIEW_KINDS = ['registration', 'dossier', 'initiative', 'inspection', 'inspection-self-assessment'] as const;
/** A count of the overview: all, not answered yet, this level's word, or the delivery of that word. */
export const OVERVIEW_BUCKETS = ['all', 'waiting', 'received', 'returned', 'reviewed', 'forwarded', 'decided', 'declined', 'feedback-unsent', 'feedback-sent', 'feedback-acked'] as const;

export const exchangeApi = {
  'keys.exportPublic': {
    input: z.object({}).default({}),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  'trust.add': {
    input: z.object({
      content: z.string().max(10_000, { error: 'Tệp khóa quá lớn; tệp khóa công khai chỉ vài trăm byte.' }),
      fingerprint: text(100, 'Dấu vân tay').min(1, { error: 'Vui lòng nhập dấu vân tay đọc từ văn bản đăng ký khóa.' }),
    }),
    output: trustedKey,
  },
  'trust.list': { input: z.object({}).default({}), output: z.array(trustedKey) },
  'trust.revoke': { input: z.object({ keyId: z.string().regex(/^[0-9a-fA-F]{32}$/, { error: 'keyId gồm 32 chữ số hệ 16.' }) }), output: trustedKey },
  'trustList.issue': { input: z.object({ outDir, expiresDays: expiresDays.default(365) }), output: issued },
  'reference.issue': { input: z.object({ outDir, expiresDays: expiresDays.default(365) }), output: issued },
  'exchange.outbox': {
    input: z.object({ to: unitCode }),
    output: z.object({
      items: z.array(z.object({ type: z.string(), typeLabel: z.string(), id: z.string(), rev: z.number().int(), title: z.string(), deleted: z.boolean() })),
      /** Packages from that unit not yet acknowledged: their receipts ride along with what is sent. */
      receipts: z.number().int(),
    }),
  },
  'exchange.export': {
    input: z.object({
      to: unitCode,
      outDir,
      all: z.boolean().default(false),
      maxSizeMb: z.number().min(0.01).max(2000).default(20),
      selection: z.array(z.object({ type: z.string().max(50), id: z.string().max(40) })).max(1_000_000).nullable().default(null),
    }),
    output: z.object({ files: z.array(writtenPackage) }),
  },
  'exchange.preview': { input: packageSource, output: importResult },
  'exchange.import': { input: packageSource, output: importResult },
  'exchange.ack': {
    input: z.object({ to: unitCode, outDir, all: z.boolean().default(false) }),
    output: z.object({ files: z.array(writtenPackage) }),
  },
  'exchange.packages': {
    input: z.object({ direction: z.enum(['in', 'out']).nullable().default(null), ...paging, ...keyset }),
    output: z.object({
      total: z.number().int(),
      next: nextCursor,
      items: z.array(z.object({
        packageId: z.string(), direction: z.enum(['in', 'out']), kind: z.string(), senderCode: z.string(), senderName: z.string(),
        recipientCode: z.string(), sequence: z.number().int(), createdAt: z.string(), processedAt: z.string(), result: z.string(),
        counts: z.record(z.string(), z.number()), fileName: z.string().nullable(), acked: z.boolean(),
        /** What became of the package's receipt, in words. */
        receiptText: z.string(),
      })),
    }),
  },
  'exchange.gaps': {
    input: z.object({}).default({}),
    output: z.array(z.object({ senderCode: z.string(), senderName: z.string(), missing: z.array(z.number().int()), last: z.number().int() })),
  },
  /** "Tổng hợp đơn vị": per unit below, what it sent up by kind and where each stands. */
  'exchange.overview': {
    input: z.object({}).default({}),
    output: z.array(z.object({
      unitCode: z.string(), unitName: z.string(), trusted: z.boolean(), lastReceivedAt: z.string().nullable(),
      lastReceivedSequence: z.number().int().nullable(), lastSentAt: z.string().nullable(), missing: z.array(z.number().int()),
      kinds: z.array(z.object({ type: z.enum(OVERVIEW_KINDS), total: z.number().int(), counts: z.record(z.string(), z.number().int()) })),
    })),
  },
  /** Whether the overview applies here: an upper level, or a unit with units below it. */
  'exchange.overviewApplies': { input: z.object({}).default({}), output: z.boolean() },
  /** The records behind one count of the overview. */
  'exchange.overviewRecords': {
    input: z.object({
      unitCode,
      type: z.enum(OVERVIEW_KINDS, { error: 'Loại hồ sơ không có trong bảng tổng hợp.' }),
      bucket: z.enum(OVERVIEW_BUCKETS, { error: 'Tình trạng không có trong bảng tổng hợp.' }),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.object({
      total: z.number().int(),
      items: z.array(z.object({
        type: z.enum(OVERVIEW_KINDS), id: z.string(), title: z.string(), bucket: z.string(), feedback: z.string().nullable(),
        year: z.number().int().nullable(), planId: z.string().nullable(), updatedAt: z.string(),
      })),
    }),
  },
  'exchange.decide': {
    input: z.object({
      subjectType: z.string().max(50),
      subjectId: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }),
      status: z.enum(DECISION_STATUSES, { error: 'Trạng thái phản hồi không hợp lệ.' }),
      reasons: z.array(z.object({ field: z.string().max(100).nullable().default(null), message: text(1000, 'Lý do').min(1) })).max(100).default([]),
      decision: z
        .object({
          number: text(50, 'Số quyết định').min(1, { error: 'Vui lòng nhập số quyết định.' }),
          date: isoDate,
          issuer: text(200, 'Cơ quan ban hành').min(1, { error: 'Vui lòng nhập cơ quan ban hành.' }),
          award: text(200, 'Hình thức khen thưởng').default(''),
          /** Initiatives: the scope recognised (phạm vi ảnh hưởng) and the certificate's number. */
          scope: z.enum(SCOPES, { error: 'Chọn phạm vi ảnh hưởng của sáng kiến.' }).nullable().default(null),
          certificateNumber: text(50, 'Số giấy chứng nhận').default(''),
        })
        .nullable()
        .default(null),
      note: text(2000, 'Ghi chú').default(''),
    }),
    output: z.object({ id: z.string(), status: z.string() }),
  },
  /**
   * The upper level's decision on a received dossier, nominee by nominee: awarded (khen thưởng),
   * returned or not eligible, each with reasons where not awarded; number, date and issuer of the
   * decision when anyone is awarded. One decision record, sent down in the next feedback package.
   */
  'exchange.decideDossier': {
    input: z.object({
      dossierId: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }),
      nominees: z
        .array(z.object({
          nomineeId: z.string().uuid({ error: 'Mã người được đề nghị không hợp lệ.' }),
          status: z.enum(NOMINEE_OUTCOMES, { error: 'Kết quả phải là Khen thưởng, Trả lại hoặc Không đủ điều kiện.' }),
          reasons: z.array(text(1000, 'Lý do').min(1, { error: 'Lý do không được để trống.' })).max(20, { error: 'Tối đa 20 lý do cho mỗi người.' }).default([]),
        }))
        .min(1, { error: 'Chưa có kết quả cho người được đề nghị nào.' })
        .max(1000),
      decision: z
        .object({
          number: text(50, 'Số quyết định').min(1, { error: 'Vui lòng nhập số quyết định.' }),
          date: isoDate,
          issuer: text(200, 'Cơ quan ban hành').min(1, { error: 'Vui lòng nhập cơ quan ban hành.' }),
          award: text(200, 'Hình thức khen thưởng').default(''),
        })
        .nullable()
        .default(null),
      note: text(2000, 'Ghi chú').default(''),
    }),
    output: z.object({ id: z.string(), status: z.string() }),
  },
  /** Every rev of a record that left in a submission package, newest first, as it was sent. */
  'exchange.sentVersions': {
    input: z.object({ type: z.string().max(50), id: z.string().max(40) }),
    output: z.array(z.object({ rev: z.number().int(), packageId: z.string(), recipientCode: z.string(), sentAt: z.string(), data: z.unknown() })),
  },
  'exchange.statusOf': {
    input: z.object({ type: z.string().max(50), id: z.string().max(40) }),
    output: z.object({
      status: z.string().nullable(),
      reasons: z.array(z.object({ field: z.string().nullable(), message: z.string() })),
      decision: z.object({ number: z.string(), date: z.string(), issuer: z.string(), award: z.string(), scope: z.enum(SCOPES).nullable().optional(), certificateNumber: z.string().optional() }).nullable(),
      decidedBy: z.string().nullable(),
      updatedAt: z.string().nullable(),
    }),
  },
} as const;
