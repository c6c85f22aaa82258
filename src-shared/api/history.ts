import { z } from 'zod';
import { uuid } from './common';

/**
 * "Lịch sử thay đổi" of one record, read from the audit trail: who changed what and when, field
 * by field, and a way back to an earlier version (a new rev, audited like any edit).
 */
export const historyChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const historyEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  changes: z.array(historyChange),
  /** The rev this change produced (null when the audit row does not say). */
  rev: z.number().int().nullable(),
  /** The fields as they stood after this change can be put back. */
  restorable: z.boolean(),
  /** Set when this change put back an earlier version: the audit row it came from. */
  restoredFrom: z.number().int().nullable(),
  /** What kind of change the service noted ("restore", "add nominee", "meeting"…), if any. */
  note: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

const recordRef = { type: z.string().max(50), id: uuid };

export const historyApi = {
  'history.list': {
    input: z.object(recordRef),
    output: z.object({ entries: z.array(historyEntry), canRestore: z.boolean(), reason: z.string().nullable() }),
  },
  'history.restore': {
    input: z.object({ ...recordRef, seq: z.number().int().positive() }),
    output: z.object({ rev: z.number().int() }),
  },
} as const;
