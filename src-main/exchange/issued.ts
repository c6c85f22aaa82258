import { eq } from 'drizzle-orm';
import type { ExchangeRecord } from '../../src-shared/exchange/envelope';
import type { ReceiptData, TrustListData, UnitDirectoryData } from '../../src-shared/records';
import { cleanText, fold } from '../../src-shared/text';
import { packageReceipts, trustedKeys, units } from '../db/schema';
import { writeAudit, isoNow, type ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import crypto from 'node:crypto';
import { setInstalledVersion } from './settings';

/**
 * Applying issuer-owned records: the trust list and the unit directory replace what was
 * installed (their rev is their version), and receipts mark our records as delivered.
 */
export function applyTrustList(ctx: ServiceContext, rec: ExchangeRecord, sender: { keyId: string }): void {
  const d = rec.data as TrustListData;
  const me = requireInstallation(ctx);
  for (const k of d.keys) {
    if (k.keyId === me.keyId || k.keyId === sender.keyId) continue; // own key, and the root installed by hand
    const before = ctx.db.select().from(trustedKeys).where(eq(trustedKeys.keyId, k.keyId)).get();
    const row = {
      keyId: k.keyId, unitCode: k.unitCode, unitName: cleanText(k.unitName), level: k.level, publicKey: k.publicKey,
      status: k.status, source: before?.source ?? 'trust-list', addedAt: before?.addedAt ?? isoNow(ctx),
      // A revocation from the province wins over a local confirmation; a local revocation stays.
      revokedAt: k.status === 'revoked' ? (k.revokedAt ?? isoNow(ctx)) : null,
    };
    if (before?.status === 'revoked') continue;
    ctx.db.insert(trustedKeys).values(row).onConflictDoUpdate({ target: trustedKeys.keyId, set: row }).run();
    writeAudit(ctx, { action: 'import', entity: 'trusted-key', entityId: k.keyId, before, after: row });
  }
  setInstalledVersion(ctx, 'trust-list', rec.origin, rec.rev);
}

export function applyUnitDirectory(ctx: ServiceContext, rec: ExchangeRecord): void {
  const d = rec.data as UnitDirectoryData;
  const now = isoNow(ctx);
  const idByCode = (code: string | null) => (code ? (ctx.db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()?.id ?? null) : null);
  // Pass 1 makes every code exist, pass 2 links parents and mergers in any order.
  for (const u of d.units) {
    if (!idByCode(u.code)) {
      const name = cleanText(u.name);
      const row = { id: crypto.randomUUID(), origin: rec.origin, rev: 1, createdAt: now, updatedAt: now, code: u.code, name, nameFolded: fold(name), level: u.level, parentId: null, active: u.active, mergedIntoId: null };
      ctx.db.insert(units).values(row).run();
    }
  }
  for (const u of d.units) {
    const before = ctx.db.select().from(units).where(eq(units.code, u.code)).get()!;
    const name = cleanText(u.name);
    const next = { name, nameFolded: fold(name), level: u.level, active: u.mergedIntoCode ? false : u.active, parentId: idByCode(u.parentCode), mergedIntoId: idByCode(u.mergedIntoCode), deleted: false };
    const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => before[k] !== next[k]);
    if (changed) {
      const after = { ...before, ...next, rev: before.rev + 1, updatedAt: now };
      ctx.db.update(units).set(after).where(eq(units.id, before.id)).run();
      writeAudit(ctx, { action: 'import', entity: 'unit', entityId: before.id, before, after });
    }
  }
  setInstalledVersion(ctx, 'unit-directory', rec.origin, rec.rev);
}

/**
 * A receipt from `from` (in an ack, or riding in its feedback or submission): each record it
 * took in is now delivered at that rev, and what it says is kept for "Nhật ký gói".
 */
export function applyReceipt(ctx: ServiceContext, rec: ExchangeRecord, from: { unitCode: string; unitName: string }, carriedBy: string): void {
  const d = rec.data as ReceiptData;
  const now = isoNow(ctx);
  const update = ctx.sqlite.prepare(
    `UPDATE deliveries SET acked_rev = max(acked_rev, @rev), updated_at = @now
      WHERE record_type = @type AND record_id = @id AND recipient_code = @recipient`,
  );
  for (const r of d.results) update.run({ rev: r.rev, now, type: r.type, id: r.id, recipient: from.unitCode });
  const row = {
    packageId: d.packageId, carriedBy, senderCode: from.unitCode, senderName: cleanText(from.unitName), receivedAt: d.receivedAt ?? null,
    accepted: JSON.stringify(d.results), refused: JSON.stringify(d.refused ?? []), importedAt: now,
  };
  ctx.db.insert(packageReceipts).values(row).onConflictDoUpdate({ target: packageReceipts.packageId, set: row }).run();
}
