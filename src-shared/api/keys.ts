// Key life cycle: rotating this installation's key, and confirming other units' new keys.
import { z } from 'zod';
import { text } from './common';
import { packageSource, trustedKey, writtenPackage } from './exchange';

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
  /**
   * Reads a key file chosen on this computer (the folder chooser or the system dialog) far enough
   * to say whose key it is; nothing is trusted until the fingerprint is confirmed with trust.add.
   */
  'trust.readKeyFile': {
    input: z.object({ path: text(1000, 'Tệp khóa').min(1, { error: 'Hãy chọn tệp khóa.' }) }),
    output: z.object({ fileName: z.string(), content: z.string(), unitCode: z.string(), unitName: z.string(), level: z.string(), keyId: z.string() }),
  },
  /**
   * Who a refused package says it is from (unverified: its key is not trusted yet), so "Thêm khóa
   * tin cậy…" can ask for that unit's key file and check the chosen one against it.
   */
  'trust.packageSender': {
    input: packageSource,
    output: z.object({ unitCode: z.string(), unitName: z.string(), keyId: z.string() }),
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
