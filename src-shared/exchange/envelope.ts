// The package envelope of exchange-format.md (header, body, limits), fingerprints and status words.
import { z } from 'zod';

/** What the file says about itself; checked before anything is trusted (exchange-format.md). */
export const PACKAGE_KINDS = ['submission', 'feedback', 'reference', 'trust-list', 'ack'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

export const PACKAGE_KIND_LABELS: Record<PackageKind, string> = {
  submission: 'Gói gửi lên',
  feedback: 'Gói phản hồi',
  reference: 'Gói dữ liệu dùng chung',
  'trust-list': 'Danh sách khóa tin cậy',
  ack: 'Giấy báo đã nhận',
};

export const RECORD_SCHEMA = 'tdkt.records/1';
export const ALLOWED_MIME = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export const LIMITS = {
  /** Refused before parsing (default; a setting may lower it). */
  importBytes: 200 * 1024 * 1024,
  /** Default split size for e-mail. */
  emailBytes: 20 * 1024 * 1024,
  /** No legitimate package nests deeper than this. */
  depth: 32,
  /** Longest text field; attachment contents are exempt. */
  stringChars: 1_000_000,
};

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const CODE = /^[A-Za-z0-9._-]+$/;
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));
const uuidLike = z.string().regex(UUID_LIKE);
const rfc3339 = z.string().regex(RFC3339);
const code = z.string().min(1).max(32).regex(CODE);

export const header = z.object({
  packageId: uuidLike,
  kind: z.enum(PACKAGE_KINDS),
  sender: z.object({ unitCode: code, unitName: z.string().max(200), keyId: hex(32) }),
  recipient: z.object({ unitCode: z.union([code, z.literal('*')]) }),
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  createdAt: rfc3339,
  expiresAt: rfc3339.optional(),
  schema: z.literal(RECORD_SCHEMA),
  app: z.object({ name: z.string().max(100), version: z.string().max(50) }),
  counts: z.object({ records: z.number().int().min(0), attachments: z.number().int().min(0) }),
  batch: z.object({ id: uuidLike, index: z.number().int().min(1), count: z.number().int().min(1) }).optional(),
});
export type PackageHeader = z.infer<typeof header>;

export const exchangeRecord = z.object({
  type: z.string().min(1).max(50),
  id: uuidLike,
  rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  updatedAt: rfc3339,
  origin: code,
  deleted: z.boolean(),
  data: z.unknown(),
});
export type ExchangeRecord = z.infer<typeof exchangeRecord>;

export const attachment = z.object({
  sha256: hex(64),
  name: z.string().min(1).max(255),
  mime: z.string().max(120),
  size: z.number().int().min(0),
  data: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

export const body = z.object({
  records: z.array(exchangeRecord),
  attachments: z.array(attachment),
});

export const envelope = z.object({
  tdkt: z.literal(1),
  header,
  body,
  signature: z.object({ alg: z.literal('Ed25519'), keyId: hex(32), value: z.string().regex(/^[A-Za-z0-9_-]+$/) }),
});
export type Envelope = z.infer<typeof envelope>;

/**
 * The records as exchangeRecord parses them, checked by hand (zod costs a tenth of verifying a
 * large package); null when any record is not plainly valid, and zod then has the last word.
 * Each record is built with the schema's members in its order, as zod's output is.
 */
function recordsAsParsed(records: unknown): ExchangeRecord[] | null {
  if (!Array.isArray(records)) return null;
  const out = new Array<ExchangeRecord>(records.length);
  for (let i = 0; i < records.length; i++) {
    const r: unknown = records[i];
    if (!r || typeof r !== 'object' || Array.isArray(r) || !Object.hasOwn(r, 'data')) return null;
    const { type, id, rev, updatedAt, origin, deleted, data } = r as Record<string, unknown>;
    if (typeof type !== 'string' || type.length < 1 || type.length > 50) return null;
    if (typeof id !== 'string' || !UUID_LIKE.test(id)) return null;
    if (typeof rev !== 'number' || !Number.isSafeInteger(rev) || rev < 1) return null;
    if (typeof updatedAt !== 'string' || !RFC3339.test(updatedAt)) return null;
    if (typeof origin !== 'string' || origin.length < 1 || origin.length > 32 || !CODE.test(origin)) return null;
    if (typeof deleted !== 'boolean') return null;
    out[i] = { type, id, rev, updatedAt, origin, deleted, data };
  }
  return out;
}

/**
 * envelope.safeParse(raw), the same answer sooner: the envelope less its records through zod,
 * the records by hand; anything not plainly valid goes through zod whole, so a refusal names the
 * same first problem it always did.
 */
export function parseEnvelope(raw: unknown): ReturnType<typeof envelope.safeParse> {
  const b = raw && typeof raw === 'object' ? (raw as { body?: unknown }).body : undefined;
  if (b && typeof b === 'object' && !Array.isArray(b)) {
    const records = recordsAsParsed((b as { records?: unknown }).records);
    if (records) {
      const rest = envelope.safeParse({ ...(raw as object), body: { ...b, records: [] } });
      if (rest.success) {
        rest.data.body.records = records;
        return rest;
      }
    }
  }
  return envelope.safeParse(raw);
}

/** `<unitCode>.tdkt-key.json`: a public key as it travels. Not secret; trusting it takes a person. */
export const keyFile = z.object({
  tdktKey: z.literal(1),
  unitCode: code,
  unitName: z.string().min(1).max(200),
  level: z.string().max(30),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  keyId: hex(32),
  createdAt: z.string().max(40),
});
export type KeyFile = z.infer<typeof keyFile>;

/** ASCII, FAT32-safe: `<senderCode>_<kind>_<yyyymmdd>_<sequence>.tdkt`. */
export function packageFileName(h: Pick<PackageHeader, 'sender' | 'kind' | 'createdAt' | 'sequence'>, part?: number): string {
  const day = h.createdAt.slice(0, 10).replace(/-/g, '');
  return `${h.sender.unitCode}_${h.kind}_${day}_${h.sequence}${part ? `-${part}` : ''}.tdkt`;
}
