import type crypto from 'node:crypto';
import { installation } from '../../db/schema';
import { AppError } from '../../errors';
import { discardPendingKey, generatePendingKey, loadRegisteredKey, promotePendingKey, type PublicKeyInfo } from '../../keys/keystore';
import { isoNow, writeAudit, type ServiceContext } from '../core';
import { requireInstallation, type InstallationRow } from './installation';

/**
 * The installation's signing key, checked against the public key it registered (the one the
 * province trusts). Called before every signature; the error says what to do in Vietnamese.
 */
export function signingKey(ctx: ServiceContext): { me: InstallationRow; key: crypto.KeyObject } {
  const me = requireInstallation(ctx);
  return { me, key: loadRegisteredKey(ctx.dataDir, me, ctx.protector) };
}

/** What is wrong with this installation's key, or null when it signs as registered (start-up check). */
export function keyProblem(ctx: ServiceContext): { code: string; message: string } | null {
  try {
    signingKey(ctx);
    return null;
  } catch (e) {
    if (e instanceof AppError && e.code !== 'NOT_INITIALIZED') return { code: e.code, message: e.message };
    throw e;
  }
}

export type RotationStart =
  | { lost: false; oldKey: crypto.KeyObject; me: InstallationRow; next: PublicKeyInfo }
  | { lost: true; oldKey: null; me: InstallationRow; next: PublicKeyInfo; why: string };

/**
 * Step 1 of a key rotation: the old key when it still signs as registered (it will sign the
 * announcement), and a new key pair waiting in the pending file. A key protected by the OS
 * that this program cannot open is not lost: the rotation is refused, to be done in the app.
 */
export function startRotation(ctx: ServiceContext): RotationStart {
  const me = requireInstallation(ctx);
  let oldKey: crypto.KeyObject | null = null;
  let why = '';
  try {
    oldKey = loadRegisteredKey(ctx.dataDir, me, ctx.protector);
  } catch (e) {
    if (!(e instanceof AppError) || e.code === 'KEY_PROTECTION') throw e;
    why = e.message;
  }
  const next = generatePendingKey(ctx.dataDir, ctx.protector);
  return oldKey ? { lost: false, oldKey, me, next } : { lost: true, oldKey: null, me, next, why };
}

/**
 * Step 2, inside the caller's transaction: the installation now names the new key. The old
 * key is unusable from here on: it no longer matches what is registered, and its file is
 * replaced by the new one in step 3.
 */
export function recordRotation(ctx: ServiceContext, start: RotationStart, announcementId: string | null): void {
  const before = requireInstallation(ctx);
  const after = {
    publicKey: start.next.publicKey, keyId: start.next.keyId, keyProtection: start.next.protection,
    keyCreatedAt: isoNow(ctx), previousKeyId: before.keyId,
  };
  ctx.db.update(installation).set(after).run();
  writeAudit(ctx, {
    action: 'update', entity: 'installation-key', entityId: before.unitId,
    before: { keyId: before.keyId, publicKey: before.publicKey, keyCreatedAt: before.keyCreatedAt },
    after: { ...after, reason: start.lost ? 'lost' : 'rotation', announcementId },
  });
}

/** Step 3, after the commit: the new key becomes the key file. On failure before the commit, `abortRotation`. */
export const finishRotation = (ctx: ServiceContext) => promotePendingKey(ctx.dataDir);
export const abortRotation = (ctx: ServiceContext) => discardPendingKey(ctx.dataDir);
