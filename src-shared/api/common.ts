import { z } from 'zod';

// Shared building blocks of the contract. Messages are Vietnamese: they reach the clerk as-is.
export const uuid = z.string().uuid({ error: 'Mã bản ghi không hợp lệ.' });

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày không hợp lệ (định dạng dd/mm/yyyy).' });

export const unitCode = z
  .string()
  .min(1, { error: 'Vui lòng nhập mã đơn vị.' })
  .max(32, { error: 'Mã đơn vị dài tối đa 32 ký tự.' })
  .regex(/^[A-Za-z0-9._-]+$/, {
    error: 'Mã đơn vị chỉ gồm chữ không dấu, chữ số và các dấu . _ -',
  });

export const text = (max: number, label: string) =>
  z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` });

export const requiredText = (max: number, label: string) =>
  text(max, label).min(1, { error: `Vui lòng nhập ${label.toLowerCase()}.` });

export const paging = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/**
 * Keyset paging of a long list: `after` is the `next` of the page before (opaque; when given,
 * `offset` is ignored), so a page deep in the list costs what the first one does.
 */
export const keyset = { after: z.string().max(2000).nullable().default(null) };
/** Where the page after this one starts (pass it as `after`), or null at the end of the list. */
export const nextCursor = z.string().nullable();

/** Columns every owned record carries (exchange-format.md relies on them). */
export const ownedFields = {
  id: z.string(),
  origin: z.string(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const empty = z.object({}).strict().default({});
export const ok = z.object({ ok: z.literal(true) });

export type ApiErrorShape = {
  code: string;
  message: string;
  /** Field-level problems, so a form can show the message beside the field. */
  fields?: { path: string; message: string }[];
};
