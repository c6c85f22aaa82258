import { daysUntil, formatDate } from '../text/dates';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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

/** A copy on a USB stick at least this often (days): the data and the key survive a dead or stolen computer. */
export const BACKUP_EVERY_DAYS = 7;

/**
 * The home page's backup line, or null when the last copy on a USB stick (or, never copied, the
 * setup of the installation) is at most `everyDays` old. Its deadline is that day plus
 * `everyDays`, so the line shows as overdue. Dates "yyyy-mm-dd".
 */
export function backupTask(
  lastArchiveOn: string | null,
  installedOn: string,
  today: string,
  everyDays = BACKUP_EVERY_DAYS,
): { title: string; detail: string; dueOn: string } | null {
  const since = lastArchiveOn ?? installedOn;
  const dueOn = addDays(since, everyDays);
  if (daysUntil(today, dueOn) >= 0) return null;
  const ago = -daysUntil(today, since);
  return lastArchiveOn
    ? {
        title: `Chưa sao lưu ra USB từ ${formatDate(lastArchiveOn)}`,
        detail: `Lần sao lưu ra USB gần nhất cách đây ${ago} ngày; nên sao lưu dữ liệu và khóa ra USB ít nhất ${everyDays} ngày một lần và cất USB ở nơi khác máy.`,
        dueOn,
      }
    : {
        title: 'Chưa sao lưu ra USB lần nào',
        detail: `Đã dùng ${ago} ngày mà chưa sao lưu ra USB; nếu máy hỏng hoặc mất, dữ liệu và khóa ký sẽ mất theo. Hãy sao lưu ra USB và cất USB ở nơi khác máy.`,
        dueOn,
      };
}
