import { AppError } from '../../errors';
import type { ServiceContext } from '../core';

export interface InstallationRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  level: string;
  parentCode: string | null;
  parentName: string | null;
  clerkName: string;
  publicKey: string;
  keyId: string;
  keyProtection: string;
  createdAt: string;
  /** When the current key was made: setup, or its last rotation. */
  keyCreatedAt: string;
  previousKeyId: string | null;
}

export function findInstallation(ctx: ServiceContext): InstallationRow | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT i.unit_id unitId, u.code unitCode, u.name unitName, u.level level,
              p.code parentCode, p.name parentName, i.clerk_name clerkName,
              i.public_key publicKey, i.key_id keyId, i.key_protection keyProtection, i.created_at createdAt,
              coalesce(i.key_created_at, i.created_at) keyCreatedAt, i.previous_key_id previousKeyId
         FROM installation i JOIN units u ON u.id = i.unit_id LEFT JOIN units p ON p.id = u.parent_id`,
    )
    .get() as InstallationRow | undefined;
}

export function requireInstallation(ctx: ServiceContext): InstallationRow {
  const row = findInstallation(ctx);
  if (!row) throw new AppError('NOT_INITIALIZED', 'Cài đặt chưa được thiết lập: hãy khai báo đơn vị trước.');
  return row;
}

/** The unit code that owns what this installation creates (the record's `origin`). */
export function originCode(ctx: ServiceContext): string {
  return findInstallation(ctx)?.unitCode ?? 'local';
}

/**
 * Copies received from other units are read-only: only the owner's revisions may change them
 * (exchange-format.md, "Ownership and merge"). An upper level answers with a decision instead.
 */
export function assertOwned(ctx: ServiceContext, origin: string): void {
  const me = findInstallation(ctx);
  if (me && origin !== me.unitCode) {
    throw new AppError('READ_ONLY', `Đây là bản sao nhận từ đơn vị ${origin}; chỉ đơn vị đó mới sửa hoặc xóa được. Hãy gửi phản hồi (trả lại kèm lý do) nếu cần sửa.`);
  }
}
