import { z } from 'zod';
import { reportFormSchema } from '../rules/reportForms';
import { isoDate, text, uuid } from './common';

/**
 * Báo cáo thành tích of one dossier nominee, structured by the decree's form (NĐ 98/2023 before
 * 01/7/2025, NĐ 152/2025 from then on; individual, collective, đột xuất, chuyên đề): the
 * particulars, the sections as paragraphs, the titles table and the commendations table.
 */
export const reportTableRow = z.object({
  year: z.number().int().min(1945, { error: 'Năm khen thưởng không hợp lệ.' }).max(2100, { error: 'Năm khen thưởng không hợp lệ.' }),
  name: text(300, 'Tên danh hiệu, hình thức khen thưởng'),
  decisionNumber: text(60, 'Số quyết định'),
  decisionDate: isoDate.nullable(),
  issuer: text(300, 'Cơ quan ban hành quyết định'),
});
export type ReportTableRowInput = z.infer<typeof reportTableRow>;

/**
 * Sizes here only stop runaway input; the form's word limits are checked by the service, which
 * says in Vietnamese which section is too long.
 */
export const reportContent = z.object({
  particulars: z.record(z.string().max(40), text(3000, 'Thông tin lý lịch')),
  sections: z.record(z.string().max(40), z.array(text(1_000_000, 'Đoạn văn')).max(20_000)),
  titles: z.array(reportTableRow).max(200, { error: 'Bảng danh hiệu thi đua có tối đa 200 dòng.' }),
  commendations: z.array(reportTableRow).max(200, { error: 'Bảng hình thức khen thưởng có tối đa 200 dòng.' }),
});

export const achievementReport = z.object({
  nomineeId: z.string(),
  dossierId: z.string(),
  /** The nominee's name and "cá nhân" / "tập thể", as the editor's title shows them. */
  name: z.string(),
  subject: z.enum(['individual', 'collective']),
  awardPhrase: z.string(),
  form: reportFormSchema,
  content: reportContent,
  /** False while the report shown is the one filled from the registry and the award history. */
  saved: z.boolean(),
  rev: z.number().int().nullable(),
  editable: z.boolean(),
  estimatedPages: z.number().int(),
  /** Set when the estimate passes the form's page limit: printing warns with it (and still prints). */
  pageWarning: z.string().nullable(),
});
export type AchievementReport = z.infer<typeof achievementReport>;

export const achievementReportsApi = {
  /** The nominee's report: as saved, or filled from the registry and the award history. */
  'achievementReports.get': { input: z.object({ nomineeId: uuid }), output: achievementReport },
  /** Saves the whole report; refused when the form is not the award's, a row lacks its decision number or a section is too long. */
  'achievementReports.save': {
    input: z.object({ nomineeId: uuid, templateId: z.string().max(60), templateVersion: z.number().int(), content: reportContent }),
    output: achievementReport,
  },
} as const;
