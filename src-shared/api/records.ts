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

/** A set being printed into a folder: `done` of `total` documents built; `files` once it is done. */
export const printJob = z.object({
  jobId: z.string(),
  dossierId: z.string(),
  outDir: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  files: z.array(z.string()),
  /** Printed all the same, but the clerk should know (a báo cáo longer than its form's page limit). */
  warnings: z.array(z.string()),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type PrintJob = z.infer<typeof printJob>;

export const printApi = {
  'print.kinds': { input: z.object({}).default({}), output: z.array(z.string()) },
  /** A printed document as DOCX bytes (base64), for the page to save or the CLI to write. */
  /** The documents of a dossier's printed set, in filing order ("In toàn bộ hồ sơ", CLI print dossier). */
  'print.dossierParts': {
    input: z.object({ id: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }) }),
    output: z.array(z.object({ kind: z.string(), id: z.string(), fileName: z.string() })),
  },
  /** Nudges for pre-printed blanks (Giấy khen): millimetres down/right (+) or up/left (−). */
  'print.getOffsets': {
    input: z.object({ kind: z.string().max(60) }),
    output: z.object({ topMm: z.number(), leftMm: z.number() }),
  },
  'print.setOffsets': {
    input: z.object({
      kind: z.string().max(60),
      topMm: z.number({ error: 'Độ lệch phải là số (mm).' }),
      leftMm: z.number({ error: 'Độ lệch phải là số (mm).' }),
    }),
    output: z.object({ topMm: z.number(), leftMm: z.number() }),
  },
  /** Every document of a dossier's set, built from one read of its data (the CLI's "print dossier"). */
  'print.dossierSet': {
    input: z.object({ id: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }) }),
    /** `warning`: printed all the same, but the clerk should know (a báo cáo longer than its form's page limit). */
    output: z.array(z.object({ fileName: z.string(), contentBase64: z.string(), warning: z.string().optional() })),
  },
  'print.document': {
    input: z.object({ kind: z.string().max(50), id: z.string().max(100).default('self') }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), warning: z.string().optional() }),
  },
  /**
   * "In toàn bộ hồ sơ" into a folder: starts writing the set's documents one by one (each on disk
   * as soon as it is built, under a .partial name until the last is written) and answers at once
   * with the job; print.job reads its progress, print.cancelJob stops it (nothing is left).
   */
  'print.dossierToFolder': {
    input: z.object({
      id: z.string().uuid({ error: 'Mã hồ sơ không hợp lệ.' }),
      outDir: z.string({ error: 'Hãy chọn thư mục lưu bộ hồ sơ.' }).max(1000, { error: 'Đường dẫn quá dài.' }),
    }),
    output: printJob,
  },
  'print.job': { input: z.object({ jobId: z.string().uuid({ error: 'Mã lượt in không hợp lệ.' }) }), output: printJob },
  'print.cancelJob': { input: z.object({ jobId: z.string().uuid({ error: 'Mã lượt in không hợp lệ.' }) }), output: printJob },
} as const;

