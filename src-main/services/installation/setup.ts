import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Installation, KeyInfo, SetupInput } from '../../../src-shared/api';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import { cleanText, fold } from '../../../src-shared/text';
import { installation, units } from '../../db/schema';
import { AppError, fieldError } from '../../errors';
import { discardPendingKey, generatePendingKey, keyFileExists, promotePendingKey, publicInfo } from '../../keys/keystore';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { findInstallation, requireInstallation, type InstallationRow } from './installation';
import { keyProblem } from './key';

const toInstallation = (r: InstallationRow): Installation => ({
  unitId: r.unitId,
  unitCode: r.unitCode,
  unitName: r.unitName,
  level: r.level as Installation['level'],
  parentCode: r.parentCode,
  parentName: r.parentName,
  clerkName: r.clerkName,
  keyId: r.keyId,
  fingerprint: formatFingerprint(r.keyId),
  createdAt: r.createdAt,
});

const KEY_WITHOUT_DATA =
  'Thư mục dữ liệu có khóa ký của một đơn vị nhưng không có dữ liệu cài đặt (tệp dữ liệu tdkt.sqlite bị mất hoặc bị làm rỗng). Đây không phải cài đặt mới: hãy khôi phục dữ liệu từ bản sao lưu. Không thiết lập lại ở thư mục này, để không mất khóa đã đăng ký với cấp trên.';

/**
 * Whether this installation is set up. A key file without an installation row means the
 * database was lost or emptied, never a new installation: that is an error the clerk must see,
 * not the setup wizard (which would make a new key).
 */
export function setupStatus(ctx: ServiceContext): { initialized: boolean; installation: Installation | null } {
  const row = findInstallation(ctx);
  if (!row && keyFileExists(ctx.dataDir)) throw new AppError('KEY_WITHOUT_DATA', KEY_WITHOUT_DATA);
  return { initialized: !!row, installation: row ? toInstallation(row) : null };
}

/** Finds a unit by code or creates it; the directory may already hold it from an import. */
function ensureUnit(
  ctx: ServiceContext,
  ref: { code: string; name: string; level: string },
  parentId: string | null,
  origin: string,
): string {
  const name = cleanText(ref.name);
  const existing = ctx.db.select().from(units).where(eq(units.code, ref.code)).get();
  if (existing && !existing.deleted) {
    const after = { ...existing, name, nameFolded: fold(name), level: ref.level, parentId: parentId ?? existing.parentId };
    if (after.name !== existing.name || after.level !== existing.level || after.parentId !== existing.parentId) {
      Object.assign(after, { rev: existing.rev + 1, updatedAt: isoNow(ctx) });
      ctx.db.update(units).set(after).where(eq(units.id, existing.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'unit', entityId: existing.id, before: existing, after });
    }
    return existing.id;
  }
  if (existing) throw fieldError('unit.code', `Mã đơn vị "${ref.code}" thuộc một đơn vị đã xóa; hãy dùng mã khác.`);
  const now = isoNow(ctx);
  const row = {
    id: crypto.randomUUID(), origin, rev: 1, createdAt: now, updatedAt: now,
    code: ref.code, name, nameFolded: fold(name), level: ref.level, parentId, active: true, mergedIntoId: null,
  };
  ctx.db.insert(units).values(row).run();
  writeAudit(ctx, { action: 'create', entity: 'unit', entityId: row.id, after: row });
  return row.id;
}

/**
 * First-run setup: this installation's unit (and its parent, when not yet in the directory),
 * the clerk's name for the audit log, and a new Ed25519 key pair.
 */
export function initInstallation(ctx: ServiceContext, input: Required<SetupInput>): Installation {
  if (findInstallation(ctx)) {
    throw new AppError('ALREADY_INITIALIZED', 'Cài đặt này đã được thiết lập cho một đơn vị; không thể thiết lập lại.');
  }
  const clerkName = cleanText(input.clerkName);
  if (!clerkName) throw fieldError('clerkName', 'Vui lòng nhập họ tên cán bộ.');
  if (!cleanText(input.unit.name)) throw fieldError('unit.name', 'Vui lòng nhập tên đơn vị.');
  if (input.parent) {
    if (input.parent.code === input.unit.code) throw fieldError('parent.code', 'Đơn vị cấp trên phải có mã khác với đơn vị này.');
    if (!cleanText(input.parent.name)) throw fieldError('parent.name', 'Vui lòng nhập tên đơn vị cấp trên.');
  }

  // Never overwrite a key: a key file here means the database was lost or emptied (restore it).
  if (keyFileExists(ctx.dataDir)) throw new AppError('KEY_WITHOUT_DATA', KEY_WITHOUT_DATA);
  // The key becomes the installation's key file only once the row naming it has committed.
  const key = generatePendingKey(ctx.dataDir, ctx.protector);
  let done: Installation;
  try {
    done = inTransaction(ctx, () => {
      const origin = input.unit.code;
      const parentId = input.parent ? ensureUnit(ctx, input.parent, null, origin) : null;
      const unitId = ensureUnit(ctx, input.unit, parentId, origin);
      const row = {
        singleton: 1, unitId, clerkName, publicKey: key.publicKey, keyId: key.keyId,
        keyProtection: key.protection, createdAt: isoNow(ctx),
      };
      ctx.db.insert(installation).values(row).run();
      writeAudit(ctx, { action: 'init', entity: 'installation', entityId: unitId, after: row });
      return toInstallation(requireInstallation(ctx));
    });
  } catch (e) {
    discardPendingKey(ctx.dataDir);
    throw e;
  }
  promotePendingKey(ctx.dataDir);
  return done;
}

export function setClerk(ctx: ServiceContext, input: { clerkName: string }): Installation {
  return inTransaction(ctx, () => {
    const before = requireInstallation(ctx);
    const clerkName = cleanText(input.clerkName);
    if (!clerkName) throw fieldError('clerkName', 'Vui lòng nhập họ tên cán bộ.');
    ctx.db.update(installation).set({ clerkName }).run();
    writeAudit(ctx, {
      action: 'update', entity: 'installation', entityId: before.unitId,
      before: { clerkName: before.clerkName }, after: { clerkName },
    });
    return toInstallation(requireInstallation(ctx));
  });
}

export function showKey(ctx: ServiceContext): KeyInfo {
  const row = requireInstallation(ctx);
  const info = publicInfo(row.publicKey, row.keyProtection as KeyInfo['protection']);
  return { ...info, createdAt: row.keyCreatedAt, previousKeyId: row.previousKeyId, problem: keyProblem(ctx) };
}
