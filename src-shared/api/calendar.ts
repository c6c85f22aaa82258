import { z } from 'zod';

// Lịch công việc: every dated obligation of a year in one place (plan tasks, the registration
// deadline, initiative answers and rounds, inspection deadlines, the appraisal of dossiers received
// from below, the state-level rounds), each with its source; and the
// same as an .ics file for the clerk's phone calendar.

const year = z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' });

export const CALENDAR_SOURCES = [
  'plan-task', 'council-task', 'upper-plan-task', 'registration', 'initiative', 'initiative-round', 'inspection', 'dossier-appraisal', 'state-round', 'statistics', 'example-review',
] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];
export const CALENDAR_SOURCE_LABELS: Record<CalendarSource, string> = {
  'plan-task': 'Kế hoạch công tác TĐKT',
  'council-task': 'Kế hoạch của Hội đồng TĐKT',
  'upper-plan-task': 'Kế hoạch của cấp trên',
  registration: 'Đăng ký thi đua',
  initiative: 'Trả lời đơn sáng kiến',
  'initiative-round': 'Đợt xét sáng kiến',
  inspection: 'Kiểm tra công tác TĐKT',
  statistics: 'Báo cáo thống kê',
  'dossier-appraisal': 'Thẩm định hồ sơ khen thưởng',
  'state-round': 'Đợt khen thưởng cấp Nhà nước',
  'example-review': 'Rà soát điển hình tiên tiến',
};

/** Where an obligation stands: done, past its day (red), within a fortnight, or later. */
/** `past`: a date that has gone by on an item that is not this unit's own task (a state-level round): neither done nor overdue. */
export const CALENDAR_STATES = ['done', 'overdue', 'soon', 'open', 'past'] as const;

export const calendarItem = z.object({
  /** "yyyy-mm-dd": the last day. */
  date: z.string(),
  title: z.string(),
  detail: z.string(),
  source: z.enum(CALENDAR_SOURCES),
  sourceLabel: z.string(),
  state: z.enum(CALENDAR_STATES),
  /** The record behind it (plan, initiative, round, inspection plan, received dossier), or null. */
  recordId: z.string().nullable(),
  /** A stable id for the .ics (the same obligation keeps it between exports). */
  uid: z.string(),
});
export type CalendarItem = z.infer<typeof calendarItem>;

export const calendarApi = {
  'calendar.year': { input: z.object({ year }), output: z.object({ year: z.number().int(), today: z.string(), items: z.array(calendarItem) }) },
  'calendar.ics': { input: z.object({ year }), output: z.object({ fileName: z.string(), content: z.string(), events: z.number().int() }) },
} as const;
