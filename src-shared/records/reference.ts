import { z } from 'zod';
import { UNIT_LEVELS } from '../catalog/levels';
import { code, str } from './common';

/**
 * `unit-directory`: the province's directory of units, one record whose `rev` is its version.
 * A lower version than the installed one is a rollback and is refused.
 */
export const unitDirectoryData = z.object({
  version: z.number().int().min(1),
  units: z
    .array(
      z.object({
        code,
        name: str(200).min(1),
        level: z.enum(UNIT_LEVELS),
        parentCode: code.nullable(),
        active: z.boolean(),
        mergedIntoCode: code.nullable(),
      }),
    )
    .max(100_000),
});
export type UnitDirectoryData = z.infer<typeof unitDirectoryData>;

/** `trust-list`: the unit keys the province vouches for, one record whose `rev` is its version. */
export const trustListData = z.object({
  version: z.number().int().min(1),
  keys: z
    .array(
      z.object({
        unitCode: code,
        unitName: str(200).min(1),
        level: str(30),
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
        keyId: z.string().regex(/^[0-9a-f]{32}$/),
        status: z.enum(['trusted', 'revoked']),
        revokedAt: z.string().max(40).nullable(),
      }),
    )
    .max(100_000),
});
export type TrustListData = z.infer<typeof trustListData>;

/**
 * `receipt`: what the receiver did with each record of one package it imported; in an ack
 * package, or riding along in the next feedback (down) or submission (up) to the same unit.
 */
export const receiptData = z.object({
  packageId: z.string().max(40),
  results: z
    .array(z.object({ type: str(50), id: z.string().max(40), rev: z.number().int(), result: z.enum(['new', 'update', 'unchanged', 'stale']) }))
    .max(1_000_000),
  /**
   * Optional (added in the same schema version; older builds ignore it): the records the
   * receiver refused, with its reason, and when it took the package in (RFC 3339).
   */
  refused: z
    .array(z.object({ type: str(50), id: z.string().max(40), rev: z.number().int(), reason: str(1000) }))
    .max(1_000_000)
    .optional(),
  receivedAt: z.string().max(40).optional(),
});
export type ReceiptData = z.infer<typeof receiptData>;
