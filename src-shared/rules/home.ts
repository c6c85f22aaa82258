import { daysUntil } from '../text/dates';

// The home page "Việc cần làm": where each piece of work stands against its deadline, and the order a clerk reads them in.

export const TASK_STATES = ['overdue', 'soon', 'open'] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** Days before a deadline from which a task is "soon" (the same fortnight the initiative and inspection badges use). */
export const SOON_DAYS = 15;

/**
 * Where a task stands: "overdue" once its deadline has passed, "soon" in the last
 * `soonDays` days (the deadline day included), "open" otherwise or when it has no deadline
 * (a returned dossier waits for the clerk, not for a date). Dates "yyyy-mm-dd".
 */
export function classifyDue(dueOn: string | null, today: string, soonDays = SOON_DAYS): { state: TaskState; daysLeft: number | null } {
  if (!dueOn) return { state: 'open', daysLeft: null };
  const daysLeft = daysUntil(today, dueOn);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= soonDays ? 'soon' : 'open', daysLeft };
}

/** Overdue first (the longest overdue on top), then soon, then open; by deadline, undated last, then by title. */
export function sortTasks<T extends { state: TaskState; dueOn: string | null; title: string }>(tasks: readonly T[]): T[] {
  const rank = (t: T) => TASK_STATES.indexOf(t.state);
  return [...tasks].sort(
    (a, b) => rank(a) - rank(b) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title, 'vi'),
  );
}

/** "Quá hạn 3 ngày", "Hạn hôm nay", "Còn 5 ngày" — the words beside a task's deadline. */
export function dueWords(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  if (daysLeft < 0) return `Quá hạn ${-daysLeft} ngày`;
  if (daysLeft === 0) return 'Hạn hôm nay';
  return `Còn ${daysLeft} ngày`;
}
