import { z } from 'zod';

// Báo cáo thống kê: the annual forms on thi đua, khen thưởng (Thông tư 02/2023/TT-BNV, 0601.N–0605.N)
// counted from the award history and movements; every cell opens to the records behind it.

const year = z.number({ error: 'Hãy chọn năm báo cáo.' }).int().min(2000, { error: 'Năm báo cáo không hợp lệ.' }).max(2100, { error: 'Năm báo cáo không hợp lệ.' });
const form = z.string().regex(/^\d{4}\.N$/, { error: 'Mã biểu có dạng 0603.N.' });

export const statColumn = z.object({ id: z.string(), label: z.string(), group: z.string().optional(), total: z.boolean().optional() });
export const statRow = z.object({
  key: z.string(),
  code: z.string(),
  label: z.string(),
  kind: z.enum(['total', 'section', 'row', 'part', 'split']),
  cells: z.array(z.number().int().nullable()),
});

export const statReport = z.object({
  form: z.string(),
  title: z.string(),
  year: z.number().int(),
  templateId: z.string(),
  version: z.number().int(),
  regime: z.string(),
  basis: z.string(),
  receiver: z.string(),
  /** "yyyy-mm-dd": the day the report is due. */
  deadline: z.string(),
  unconfirmed: z.string().nullable(),
  source: z.enum(['awards', 'movements', 'none']),
  columns: z.array(statColumn),
  rows: z.array(statRow),
  records: z.number().int(),
  manual: z.boolean(),
  /** Where the numbers do not add up (the file is then refused). */
  problems: z.array(z.string()),
  /** A year without data, or a form the app has no data for: said in a sentence. */
  message: z.string().nullable(),
});
export type StatReport = z.infer<typeof statReport>;

export const statAwardLine = z.object({
  id: z.string(), subjectType: z.string(), subjectId: z.string(), subjectName: z.string(), unitName: z.string(), awardName: z.string(),
  category: z.string(), decisionNumber: z.string(), decisionDate: z.string().nullable(), year: z.number().int(),
});
export const statMovementLine = z.object({
  id: z.string(), name: z.string(), kind: z.string(), launchedByName: z.string(), startDate: z.string().nullable(), endDate: z.string().nullable(), level: z.string(),
});

export const statisticsApi = {
  'statistics.forms': {
    input: z.object({ year }),
    output: z.object({ year: z.number().int(), regime: z.string(), templateId: z.string(), version: z.number().int(), forms: z.array(z.object({ code: z.string(), title: z.string() })) }),
  },
  'statistics.compute': { input: z.object({ form, year }), output: statReport },
  'statistics.cell': {
    input: z.object({ form, year, row: z.string().min(1).max(200), column: z.string().min(1).max(60) }),
    output: z.object({
      rowLabel: z.string(), columnLabel: z.string(), count: z.number().int(),
      awards: z.array(statAwardLine), movements: z.array(statMovementLine),
    }),
  },
} as const;
