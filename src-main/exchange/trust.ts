import { and, eq, ne } from 'drizzle-orm';
import { compareFingerprint, fingerprintMismatchMessage } from '../../src-shared/exchange/fingerprint';
import { z } from 'zod';
import { header, keyFile, type KeyFile } from '../../src-shared/exchange/envelope';
import { parseIJson } from '../../src-shared/exchange/ijson';
import { keyAnnouncements, trustedKeys } from '../db/schema';
import path from 'node:path';
import { AppError, fieldError } from '../errors';
import { FILE_LIMITS, readBoundedFile } from '../lib/boundedRead';
import { isAbsoluteFolder } from '../services/folders';
import { keyIdOf } from '../keys/keystore';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';

export type TrustedKey = typeof trustedKeys.$inferSelect;

/** This installation's public key as the small JSON file that travels to the province. */
export function exportPublicKey(ctx: ServiceContext): { fileName: string; key: KeyFile } {
  const inst = requireInstallation(ctx);
  const key: KeyFile = {
    tdktKey: 1,
    unitCode: inst.unitCode,
    unitName: inst.unitName,
    level: inst.level,
    publicKey: inst.publicKey,
    keyId: inst.keyId,
    createdAt: inst.keyCreatedAt,
  };
  return { fileName: `${inst.unitCode}.tdkt-key.json`, key };
}

export function parseKeyFile(content: string): KeyFile {
  let raw: unknown;
  try {
    // Strict, as for packages: a key file repeating "publicKey" must not mean two things.
    raw = parseIJson(content.replace(/^\uFEFF/, ''), { maxDepth: 4 });
  } catch {
    throw new AppError('KEY_FILE', 'Tệp khóa không đọc được (không phải JSON hợp lệ). Hãy chọn tệp .tdkt-key.json do đơn vị kia xuất ra.');
  }
  const parsed = keyFile.safeParse(raw);
  if (!parsed.success) throw new AppError('KEY_FILE', 'Tệp không phải tệp khóa công khai TĐKT hợp lệ.');
  if (keyIdOf(Buffer.from(parsed.data.publicKey, 'base64')) !== parsed.data.keyId) {
    throw new AppError('KEY_FILE', 'Tệp khóa không nhất quán: keyId không khớp với khóa công khai; có thể tệp đã bị sửa.');
  }
  return parsed.data;
}

/**
 * A key file chosen on this computer, read (bounded) and checked as for trust.add, so the screen
 * can say whose key it is before the fingerprint is compared. Trusts nothing.
 */
export function readKeyFile(file: string) {
  if (!isAbsoluteFolder(file)) throw fieldError('path', 'Hãy chọn tệp khóa bằng nút "Chọn tệp khóa…".');
  const content = readBoundedFile(file, FILE_LIMITS.keyFile, 'tệp khóa').toString('utf8');
  const key = parseKeyFile(content);
  return { fileName: path.basename(file), content, unitCode: key.unitCode, unitName: key.unitName, level: key.level, keyId: key.keyId };
}

const senderOnly = z.object({ header: z.object({ sender: header.shape.sender }) });

/**
 * Who a package says it is from, read without verifying anything (its key is not trusted yet):
 * only to ask the clerk for that unit's key file and to check the chosen file against it.
 */
export function packageSender(content: Buffer | string): { unitCode: string; unitName: string; keyId: string } {
  let raw: unknown = null;
  try {
    raw = JSON.parse((typeof content === 'string' ? content : content.toString('utf8')).replace(/^\uFEFF/, ''));
  } catch {
    // falls through to the message below
  }
  const r = senderOnly.safeParse(raw);
  if (!r.success) throw new AppError('MALFORMED', 'Tệp không phải gói dữ liệu TĐKT; không biết gói do đơn vị nào gửi.');
  return r.data.header.sender;
}

/**
 * The fingerprint the person read from the unit's paper form must be the key's. When it is not,
 * the message says which groups differ and never prints the key's own fingerprint, so it cannot
 * be copied back into the box instead of being compared with the form.
 */
function requireFingerprint(key: KeyFile, typed: string, tail = ''): void {
  const c = compareFingerprint(key.keyId, typed);
  if (c.kind === 'match') return;
  const message = fingerprintMismatchMessage(c, key.unitName);
  throw new AppError('FINGERPRINT_MISMATCH', message + tail, [{ path: 'fingerprint', message }]);
}

/**
 * Trusts another installation's key, only after the person confirms the fingerprint they
 * read on the unit's signed paper form (or heard on the phone) matches the file.
 */
export function addTrustedKey(ctx: ServiceContext, input: { content: string; fingerprint: string }): TrustedKey {
  const key = parseKeyFile(input.content);
  requireFingerprint(key, input.fingerprint);
  return inTransaction(ctx, () => {
    const inst = requireInstallation(ctx);
    if (key.keyId === inst.keyId) throw new AppError('OWN_KEY', 'Đây là khóa của chính cài đặt này.');
    const existing = ctx.db.select().from(trustedKeys).where(eq(trustedKeys.keyId, key.keyId)).get();
    if (existing?.status === 'revoked') {
      throw new AppError('KEY_REVOKED', `Khóa này đã bị thu hồi ngày ${existing.revokedAt?.slice(0, 10) ?? ''}; không thể tin cậy lại.`);
    }
    const row: TrustedKey = {
      keyId: key.keyId, unitCode: key.unitCode, unitName: key.unitName, level: key.level, publicKey: key.publicKey,
      status: 'trusted', source: 'manual', addedAt: isoNow(ctx), revokedAt: null,
    };
    ctx.db.insert(trustedKeys).values(row).onConflictDoUpdate({ target: trustedKeys.keyId, set: { ...row, addedAt: existing?.addedAt ?? row.addedAt } }).run();
    writeAudit(ctx, { action: existing ? 'update' : 'create', entity: 'trusted-key', entityId: key.keyId, before: existing, after: row });
    return ctx.db.select().from(trustedKeys).where(eq(trustedKeys.keyId, key.keyId)).get()!;
  });
}

export function listTrustedKeys(ctx: ServiceContext): TrustedKey[] {
  return ctx.db.select().from(trustedKeys).orderBy(trustedKeys.unitCode, trustedKeys.addedAt).all();
}

/** Packages signed with a revoked key after its revocation are refused from then on. */
export function revokeKey(ctx: ServiceContext, keyId: string): TrustedKey {
  return inTransaction(ctx, () => {
    const before = ctx.db.select().from(trustedKeys).where(eq(trustedKeys.keyId, keyId.toLowerCase())).get();
    if (!before) throw new AppError('NOT_FOUND', 'Không có khóa này trong danh sách tin cậy.');
    if (before.status === 'revoked') return before;
    const after = { ...before, status: 'revoked', revokedAt: isoNow(ctx) };
    ctx.db.update(trustedKeys).set(after).where(eq(trustedKeys.keyId, before.keyId)).run();
    writeAudit(ctx, { action: 'update', entity: 'trusted-key', entityId: before.keyId, before, after });
    return after;
  });
}

export function findKey(ctx: ServiceContext, unitCode: string, keyId: string): TrustedKey | undefined {
  return ctx.db.select().from(trustedKeys).where(and(eq(trustedKeys.unitCode, unitCode), eq(trustedKeys.keyId, keyId))).get();
}

/** A recipient must have a trusted key: that is how we know the unit is real. */
export function requireTrustedRecipient(ctx: ServiceContext, unitCode: string): TrustedKey {
  const row = ctx.db
    .select()
    .from(trustedKeys)
    .where(and(eq(trustedKeys.unitCode, unitCode), eq(trustedKeys.status, 'trusted')))
    .get();
  if (!row) {
    throw new AppError('RECIPIENT_UNTRUSTED', `Chưa có khóa tin cậy của đơn vị "${unitCode}". Hãy thêm khóa của đơn vị đó (Khóa và tin cậy) trước khi gửi.`);
  }
  return row;
}

export type KeyAnnouncement = typeof keyAnnouncements.$inferSelect;

/** New keys announced by other units (signed with their old key), waiting for a person to confirm them. */
export function listKeyAnnouncements(ctx: ServiceContext): KeyAnnouncement[] {
  return ctx.db.select().from(keyAnnouncements).where(eq(keyAnnouncements.status, 'pending')).orderBy(keyAnnouncements.receivedAt).all();
}

/**
 * Trusts a unit's new key in place of its old ones (a rotation, or a lost key): only after the
 * person confirms the new fingerprint against the unit's paper form, exactly as for a first
 * key. Every other key of that unit is revoked in the same transaction, so a package signed
 * with the old key is refused from now on; announcements of that unit are settled.
 */
function acceptNewKey(ctx: ServiceContext, key: KeyFile, fingerprint: string): { key: TrustedKey; revoked: TrustedKey[] } {
  requireFingerprint(key, fingerprint, ' Khóa chưa được tin cậy.');
  return inTransaction(ctx, () => {
    const others = ctx.db
      .select()
      .from(trustedKeys)
      .where(and(eq(trustedKeys.unitCode, key.unitCode), eq(trustedKeys.status, 'trusted'), ne(trustedKeys.keyId, key.keyId)))
      .all();
    const trusted = addTrustedKey(ctx, { content: JSON.stringify(key), fingerprint });
    const revoked = others.map((k) => revokeKey(ctx, k.keyId));
    const now = isoNow(ctx);
    for (const a of ctx.db.select().from(keyAnnouncements).where(and(eq(keyAnnouncements.unitCode, key.unitCode), eq(keyAnnouncements.status, 'pending'))).all()) {
      const status = a.keyId === key.keyId ? 'accepted' : 'superseded';
      ctx.db.update(keyAnnouncements).set({ status, decidedAt: now }).where(eq(keyAnnouncements.id, a.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'key-announcement', entityId: a.id, before: a, after: { ...a, status, decidedAt: now } });
    }
    return { key: trusted, revoked };
  });
}

/** A key announced in a package signed with the unit's old key: the announcement pre-fills, the person confirms. */
export function acceptAnnouncedKey(ctx: ServiceContext, input: { id: string; fingerprint: string }) {
  const a = ctx.db.select().from(keyAnnouncements).where(eq(keyAnnouncements.id, input.id)).get();
  if (!a || a.status !== 'pending') throw new AppError('NOT_FOUND', 'Không có thông báo đổi khóa này đang chờ xác nhận; có thể đã được xác nhận trước đó.');
  const key: KeyFile = { tdktKey: 1, unitCode: a.unitCode, unitName: a.unitName, level: a.level, publicKey: a.publicKey, keyId: a.keyId, createdAt: a.keyCreatedAt };
  return acceptNewKey(ctx, key, input.fingerprint);
}

/** A unit's new key file (its old key lost, or no announcement arrived): trusted in place of its old keys. */
export function replaceTrustedKey(ctx: ServiceContext, input: { content: string; fingerprint: string }) {
  return acceptNewKey(ctx, parseKeyFile(input.content), input.fingerprint);
}
