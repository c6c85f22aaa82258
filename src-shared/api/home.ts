import { z } from 'zod';
import { TASK_STATES } from '../rules/home';

// Trang chủ "Việc cần làm": what is due and overdue for this unit, each with the screen that does it.

export const TASK_KINDS = ['registration', 'initiative', 'dossier', 'package', 'inspection', 'plan', 'backup', 'complaint', 'example'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The screen a task opens (the renderer's page names), and the record to open there, if any. */
export const TASK_PAGES = ['registrations', 'initiatives', 'dossiers', 'packages', 'receive', 'send', 'inspections', 'plans', 'backup', 'complaints', 'examples'] as const;

export const homeTask = z.object({
  kind: z.enum(TASK_KINDS),
  state: z.enum(TASK_STATES),
  title: z.string(),
  detail: z.string(),
  dueOn: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  page: z.enum(TASK_PAGES),
  recordId: z.string().nullable(),
  /** The year the target screen should show (the record's year), or null. */
  year: z.number().int().nullable(),
});
export type HomeTask = z.infer<typeof homeTask>;

export const missingUnit = z.object({ unitCode: z.string(), unitName: z.string(), missing: z.array(z.string()) });
export type MissingUnit = z.infer<typeof missingUnit>;

export const homeApi = {
  'home.tasks': {
    input: z.object({}),
    output: z.object({
      today: z.string(),
      year: z.number().int(),
      tasks: z.array(homeTask),
      /** At an upper level: per unit directly below, what it has not sent this year. */
      units: z.array(missingUnit),
    }),
  },
} as const;
