import { z } from 'zod';
import { ok, text } from './common';

/**
 * Unsaved work: what a clerk has typed into a form, saved a second after the last keystroke so
 * that closing the window, a crash or a power cut loses at most a couple of seconds.
 * `key` names the form and its record: "person:new", "person:<uuid>", "registration:<uuid>".
 */
export const draftKey = z
  .string()
  .min(3)
  .max(120)
  .regex(/^[a-z][a-z-]*:[A-Za-z0-9:-]+$/, { error: 'Mã bản nháp không hợp lệ.' });

/** The largest draft kept (a long report of achievements fits many times over). */
export const DRAFT_MAX_CHARS = 1_000_000;

export const draftRow = z.object({
  key: z.string(),
  label: z.string(),
  value: z.unknown(),
  baseRev: z.number().int().nullable(),
  savedAt: z.string(),
});
export type DraftRow = z.infer<typeof draftRow>;

export const draftsApi = {
  'drafts.get': { input: z.object({ key: draftKey }), output: draftRow.nullable() },
  'drafts.save': {
    input: z.object({
      key: draftKey,
      label: text(200, 'Tên biểu mẫu'),
      value: z.unknown(),
      baseRev: z.number().int().nullable().default(null),
    }),
    output: ok,
  },
  'drafts.clear': { input: z.object({ key: draftKey }), output: ok },
  /** Every kept draft, newest first (what was left unsaved when the program last closed). */
  'drafts.list': { input: z.object({}).default({}), output: z.array(draftRow.omit({ value: true })) },
} as const;
