import crypto from 'node:crypto';
import type { ExchangeRecord } from '../../src-shared/exchange/envelope';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import type { KeyAnnouncementData } from '../../src-shared/records';
import { AppError } from '../errors';
import { inTransaction, isoNow, type ServiceContext } from '../services/core';
import { abortRotation, finishRotation, recordRotation, requireInstallation, startRotation } from '../services/installation';
import { writePackages, type WrittenPackage } from './send';

export interface RotationResult {
  keyId: string;
  fingerprint: string;
  previousKeyId: string;
  /** The old key was missing, unreadable or not the registered one: no announcement could be signed. */
  lost: boolean;
  lostReason: string | null;
  announcement: WrittenPackage | null;
}

/**
 * `key rotate`: a new key pair for this installation. While the old key still signs as
 * registered, it signs an announcement of the new key: one `key-announcement` record, in a
 * `submission` package to the upper level, or (a province, which has none) a `reference`
 * package to all. The receiver still confirms the new fingerprint against the paper form
 * (exchange/trust.ts). A lost key: the new key is made all the same, without announcement.
 *
 * Order: new key pending → announcement signed with the old key and logged, installation row
 * switched to the new key in the same transaction → pending file becomes the key file. A crash
 * at any point leaves a key file and a row that agree (see keys/keystore.ts settlePendingKey).
 */
export function rotateKey(ctx: ServiceContext, input: { outDir: string | null }): RotationResult {
  const start = startRotation(ctx);
  const { me, next } = start;
  const base = { keyId: next.keyId, fingerprint: next.fingerprint, previousKeyId: me.keyId, lost: start.lost, lostReason: start.lost ? start.why : null };
  try {
    if (start.lost) {
      inTransaction(ctx, () => recordRotation(ctx, start, null));
      finishRotation(ctx);
      return { ...base, announcement: null };
    }
    if (!input.outDir) {
      throw new AppError('OUT_DIR', 'Hãy chọn thư mục lưu thông báo đổi khóa (ví dụ ổ USB) để gửi cho cấp trên.', [{ path: 'outDir', message: 'Vui lòng chọn thư mục.' }]);
    }
    const now = isoNow(ctx);
    const data: KeyAnnouncementData = {
      key: { tdktKey: 1, unitCode: me.unitCode, unitName: me.unitName, level: me.level, publicKey: next.publicKey, keyId: next.keyId, createdAt: now },
      previousKeyId: me.keyId,
    };
    const record: ExchangeRecord = { type: 'key-announcement', id: crypto.randomUUID(), rev: 1, updatedAt: now, origin: me.unitCode, deleted: false, data };
    const toAll = !me.parentCode;
    const expires = new Date(ctx.now().getTime() + 365 * 86_400_000).toISOString();
    const [announcement] = writePackages(
      ctx,
      [{ kind: toAll ? 'reference' : 'submission', recipient: me.parentCode ?? '*', records: [record], ...(toAll ? { expiresAt: expires } : {}) }],
      { outDir: input.outDir, onCommit: () => recordRotation(ctx, start, record.id) },
    );
    finishRotation(ctx);
    return { ...base, announcement: announcement! };
  } catch (e) {
    // Whatever failed, the key file must end as the key the database names.
    if (requireInstallation(ctx).keyId === me.keyId) abortRotation(ctx);
    else finishRotation(ctx);
    throw e;
  }
}

export const describeRotation = (r: RotationResult) =>
  r.lost
    ? `Đã tạo khóa mới ${formatFingerprint(r.keyId)}. Khóa cũ không còn dùng được nên không có thông báo ký bằng khóa cũ: hãy gửi tệp khóa công khai mới và phiếu đăng ký khóa có chữ ký, dấu cho cấp trên để xác nhận.`
    : `Đã tạo khóa mới ${formatFingerprint(r.keyId)} và thông báo đổi khóa ký bằng khóa cũ. Hãy gửi thông báo, tệp khóa công khai mới và phiếu đăng ký khóa có chữ ký, dấu cho cấp trên; cấp trên xác nhận dấu vân tay mới trước khi nhận gói ký bằng khóa mới.`;
