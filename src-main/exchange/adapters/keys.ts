import { eq } from 'drizzle-orm';
import type { ExchangeRecord } from '../../../src-shared/exchange/envelope';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import type { KeyAnnouncementData } from '../../../src-shared/records';
import { cleanText } from '../../../src-shared/text';
import { keyAnnouncements, trustedKeys } from '../../db/schema';
import { keyIdOf } from '../../keys/keystore';
import { writeAudit, isoNow, type ServiceContext } from '../../services/core';
import { requireInstallation } from '../../services/installation';
import type { ContentAdapter } from './kit';

/**
 * `key-announcement` records land as pending announcements: they never trust a key by
 * themselves (exchange/trust.ts `acceptAnnouncedKey` does, after a person confirms the
 * fingerprint). They are written by a key rotation (exchange/rotation.ts), not by `export`.
 */
export const keyAnnouncementAdapter: ContentAdapter = {
  type: 'key-announcement',
  table: 'key_announcements',
  outgoing: () => [],
  current: (ctx, id) => ctx.db.select({ rev: keyAnnouncements.rev, origin: keyAnnouncements.origin }).from(keyAnnouncements).where(eq(keyAnnouncements.id, id)).get(),
  title: (ctx, id) => {
    const row = ctx.db.select().from(keyAnnouncements).where(eq(keyAnnouncements.id, id)).get();
    return row ? `Khóa mới của ${row.unitName}: ${formatFingerprint(row.keyId)}` : null;
  },
  refusal(ctx, rec) {
    const d = rec.data as KeyAnnouncementData;
    if (d.key.unitCode !== rec.origin) return `Thông báo đổi khóa của đơn vị ${d.key.unitCode} phải do chính đơn vị đó gửi.`;
    if (keyIdOf(Buffer.from(d.key.publicKey, 'base64')) !== d.key.keyId) return 'Khóa mới không nhất quán: keyId không khớp với khóa công khai; có thể đã bị sửa.';
    if (d.key.keyId === d.previousKeyId) return 'Khóa mới trùng với khóa cũ.';
    if (d.key.keyId === requireInstallation(ctx).keyId) return 'Khóa được thông báo là khóa của chính cài đặt này.';
    const known = ctx.db.select().from(trustedKeys).where(eq(trustedKeys.keyId, d.key.keyId)).get();
    if (known?.status === 'revoked') return 'Khóa được thông báo đã bị thu hồi trước đây; không thể tin cậy lại.';
    return null;
  },
  apply(ctx: ServiceContext, rec: ExchangeRecord) {
    const d = rec.data as KeyAnnouncementData;
    const row = {
      id: rec.id, origin: rec.origin, rev: rec.rev, keyId: d.key.keyId, unitCode: d.key.unitCode, unitName: cleanText(d.key.unitName),
      level: d.key.level, publicKey: d.key.publicKey, keyCreatedAt: d.key.createdAt, previousKeyId: d.previousKeyId,
      receivedAt: isoNow(ctx), status: 'pending', decidedAt: null,
    };
    ctx.db.insert(keyAnnouncements).values(row).onConflictDoUpdate({ target: keyAnnouncements.id, set: row }).run();
    writeAudit(ctx, { action: 'import', entity: 'key-announcement', entityId: rec.id, after: row });
  },
};
