import { z } from 'zod';
import { paging } from './common';

// A generic view over every owned record type; later capabilities register their types.
export const recordRow = z.object({
  type: z.string(),
  id: z.string(),
  title: z.string(),
  origin: z.string(),
  rev: z.number().int(),
  updatedAt: z.string(),
  deleted: z.boolean(),
  /** Where the record stands in the shared life cycle (null: never sent nor decided). */
  status: z.string().nullable(),
});
export type RecordRow = z.infer<typeof recordRow>;

export const recordsApi = {
  'records.types': {
    input: z.object({}).default({}),
    output: z.array(z.object({ type: z.string(), label: z.string() })),
  },
  'records.list': {
    input: z.object({
      type: z.string().max(50),
      includeDeleted: z.boolean().default(false),
      ...paging,
    }),
    output: z.object({ total: z.number().int(), items: z.array(recordRow) }),
  },
} as const;
