import { eq } from 'drizzle-orm';
import { exchangeSettings } from '../db/schema';
import type { ServiceContext } from '../services/core';

/** Installed versions and ids of issuer-owned data (trust list, unit directory). */
export function getSetting(ctx: ServiceContext, key: string): string | null {
  return ctx.db.select().from(exchangeSettings).where(eq(exchangeSettings.key, key)).get()?.value ?? null;
}

export function setSetting(ctx: ServiceContext, key: string, value: string): void {
  ctx.db.insert(exchangeSettings).values({ key, value }).onConflictDoUpdate({ target: exchangeSettings.key, set: { value } }).run();
}

export const installedVersion = (ctx: ServiceContext, type: string, issuer: string) =>
  Number(getSetting(ctx, `version:${type}:${issuer}`) ?? 0);
export const setInstalledVersion = (ctx: ServiceContext, type: string, issuer: string, v: number) =>
  setSetting(ctx, `version:${type}:${issuer}`, String(v));
