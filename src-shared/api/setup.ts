import { z } from 'zod';
import { requiredText, unitCode } from './common';
import { unitLevel } from './units';

export const installation = z.object({
  unitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  level: unitLevel,
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  clerkName: z.string(),
  keyId: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
});
export type Installation = z.infer<typeof installation>;

const unitRef = z.object({
  code: unitCode,
  name: requiredText(200, 'Tên đơn vị'),
  level: unitLevel,
});

export const setupInput = z.object({
  unit: unitRef,
  /** The unit above this one; created in the directory when its code is not there yet. */
  parent: unitRef.nullable().default(null),
  clerkName: requiredText(100, 'Họ tên cán bộ'),
});
export type SetupInput = z.input<typeof setupInput>;

export const keyInfo = z.object({
  keyId: z.string(),
  fingerprint: z.string(),
  publicKey: z.string(),
  protection: z.enum(['safeStorage', 'file']),
  createdAt: z.string(),
  /** The key this one replaced (a rotation), or null. */
  previousKeyId: z.string().nullable(),
  /** Set when the key file is missing, unreadable or not the registered key: the message says what to do. */
  problem: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type KeyInfo = z.infer<typeof keyInfo>;

export const setupApi = {
  'setup.status': {
    input: z.object({}).default({}),
    output: z.object({ initialized: z.boolean(), installation: installation.nullable() }),
  },
  'setup.init': { input: setupInput, output: installation },
  'setup.setClerk': {
    input: z.object({ clerkName: requiredText(100, 'Họ tên cán bộ') }),
    output: installation,
  },
  'keys.show': { input: z.object({}).default({}), output: keyInfo },
} as const;
