// Key life cycle: rotating this installation's key, and confirming other units' new keys.
import { z } from 'zod';
import { text } from './common';
import { trustedKey, writtenPackage } from './exchange';

const fingerprint = text(100, 'Dấu vân tay').min(1, { error: 'Vui lòng nhập dấu vân tay đọc từ phiếu đăng ký khóa mới.' });
const accepted = z.object({ key: trustedKey, revoked: z.array(trustedKey) });

export const keyAnnouncement = z.object({
  id: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  level: z.string(),
  keyId: z.string(),
  fingerprint: z.string(),
  previousKeyId: z.string(),
  previousFingerprint: z.string(),
  keyCreatedAt: z.string(),
  receivedAt: z.string(),
});
export type KeyAnnouncementRow = z.infer<typeof keyAnnouncement>;

export const keysApi = {
  /** A new key for this installation; an announcement signed with the old key when it still exists. */
  'keys.rotate': {
    input: z.object({ outDir: text(4000, 'Thư mục').nullable().default(null) }),
    output: z.object({
      keyId: z.string(),
      fingerprint: z.string(),
      previousKeyId: z.string(),
      lost: z.boolean(),
      lostReason: z.string().nullable(),
      announcement: writtenPackage.nullable(),
      message: z.string(),
    }),
  },
  'trust.announcements': { input: z.object({}).default({}), output: z.array(keyAnnouncement) },
  /** Trusts an announced key after the person confirmed its fingerprint; the unit's old keys are revoked. */
  'trust.acceptAnnounced': {
    input: z.object({ id: z.string().max(40), fingerprint }),
    output: accepted,
  },
  /** A unit's new key file in place of its old keys (lost key, no announcement). */
  'trust.replace': {
    input: z.object({
      content: z.string().max(10_000, { error: 'Tệp khóa quá lớn; tệp khóa công khai chỉ vài trăm byte.' }),
      fingerprint,
    }),
    output: accepted,
  },
} as const;
