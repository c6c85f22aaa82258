import { z } from 'zod';
import { REVIEW_PERIODS, reviewFigures } from '../records/report';
import { text } from './common';

// Sơ kết, tổng kết công tác thi đua, khen thưởng (issue 21, points 4 and 6): the figures of a
// period computed from the database beside the previous year's, the sections the clerk writes,
// the figures sent up as a `report` record, and at the upper level the units' reports side by
// side with the gaps and their sum.

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' });
const period = z.enum(REVIEW_PERIODS, { error: 'Kỳ báo cáo phải là 6 tháng đầu năm, 6 tháng cuối năm hoặc cả năm.' });
const periodInput = z.object({ year, period: period.default('year') });

export const reviewTextsSchema = z.object({
  strengths: z.string(), weaknesses: z.string(), causes: z.string(), directions: z.string(), signerName: z.string(), signerPosition: z.string(),
  /** Null: never saved. */
  updatedAt: z.string().nullable(),
});
export type ReviewTexts = z.infer<typeof reviewTextsSchema>;

export const comparisonRow = z.object({ label: z.string(), current: z.number().int(), previous: z.number().int(), diff: z.number().int() });

export const reviewView = z.object({
  year: z.number().int(), period, periodLabel: z.string(), unitName: z.string(),
  figures: reviewFigures,
  /** The same period of the previous year. */
  previous: reviewFigures,
  comparison: z.array(comparisonRow),
  /** Nothing recorded for the period (the review still prints, with zeros). */
  empty: z.boolean(),
  texts: reviewTextsSchema,
  /** The figures as last prepared for sending up, or null. */
  sent: z.object({ rev: z.number().int(), updatedAt: z.string(), current: z.boolean() }).nullable(),
  /** This unit has units below it in the directory: the roll-up applies. */
  hasUnitsBelow: z.boolean(),
  /** This unit has an upper level to send its figures to. */
  hasUpper: z.boolean(),
});
export type ReviewView = z.infer<typeof reviewView>;

export const rollupUnit = z.object({
  code: z.string(), name: z.string(),
  /** Null: no report for the period has arrived from this unit. */
  report: z.object({ rev: z.number().int(), updatedAt: z.string(), figures: reviewFigures }).nullable(),
});

export const reviewRollup = z.object({
  year: z.number().int(), period, periodLabel: z.string(),
  units: z.array(rollupUnit),
  /** Units below that have not sent their figures for the period. */
  missing: z.array(z.string()),
  /** The sum of the reports received. */
  sum: reviewFigures,
});
export type ReviewRollup = z.infer<typeof reviewRollup>;

export const reviewApi = {
  'review.get': { input: periodInput, output: reviewView },
  'review.saveTexts': {
    input: periodInput.extend({
      strengths: text(20000, 'Ưu điểm').default(''),
      weaknesses: text(20000, 'Hạn chế').default(''),
      causes: text(20000, 'Nguyên nhân').default(''),
      directions: text(20000, 'Phương hướng, nhiệm vụ').default(''),
      signerName: text(100, 'Người ký').default(''),
      signerPosition: text(100, 'Chức vụ người ký').default(''),
    }),
    output: reviewTextsSchema,
  },
  /** Prepares this period's figures to go up in the next submission package (a new rev when they changed). */
  'review.publish': { input: periodInput, output: z.object({ id: z.string(), rev: z.number().int(), changed: z.boolean() }) },
  'review.rollup': { input: periodInput, output: reviewRollup },
} as const;
