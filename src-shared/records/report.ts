import { z } from 'zod';
import { code, str } from './common';

// `report`: the figures of a unit's sơ kết / tổng kết (six-month or annual review) for one period,
// owned by the unit and sent up in its submission package; the upper level keeps the newest
// revision per unit and period and sums them into its own review (issue 21, point 6).

const n = z.number().int().min(0).max(10_000_000);
/** A person field over the awards to persons: yes, no, and không rõ (the field was not filled). */
const share = z.object({ yes: n, no: n, unknown: n });

export const REVIEW_PERIODS = ['h1', 'h2', 'year'] as const;
export type ReviewPeriod = (typeof REVIEW_PERIODS)[number];

export const reviewFigures = z.object({
  awards: z.object({
    total: n,
    /** Danh hiệu thi đua, hình thức khen thưởng. */
    byKind: z.object({ title: n, form: n }),
    /** Cấp cơ sở, cấp tỉnh, cấp Nhà nước, không rõ cấp. */
    byLevel: z.object({ base: n, province: n, state: n, other: n }),
    bySubject: z.object({ person: n, collective: n }),
    /** By the month of the decision; `undated` has no decision date. */
    byMonth: z.array(n).length(12),
    undated: n,
    /** By the unit (thôn, phòng ban, trường…) of the one awarded. */
    byUnit: z.array(z.object({ name: str(200).min(1), count: n })).max(1000),
  }),
  people: z.object({ women: share, minority: share, directLabor: share, remote: share }),
  registrations: z.object({
    registered: n,
    achieved: n,
    byTitle: z.array(z.object({ code, name: str(200), registered: n, achieved: n })).max(100),
  }),
  initiatives: z.object({ applied: n, recognised: n }),
  inspections: z.object({ planned: n, done: n }),
});
export type ReviewFigures = z.infer<typeof reviewFigures>;

export const reportData = z.object({
  year: z.number().int().min(2000).max(2100),
  period: z.enum(REVIEW_PERIODS),
  unitName: str(200).min(1),
  figures: reviewFigures,
});
export type ReportData = z.infer<typeof reportData>;
