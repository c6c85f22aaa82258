import type { HomeTask } from '../../../src-shared/api';
import { COMPLAINT_KIND_LABELS, type ComplaintKind } from '../../../src-shared/rules/complaints';
import { classifyDue } from '../../../src-shared/rules/home';
import { formatDate } from '../../../src-shared/text';
import type { ServiceContext } from '../core';

/**
 * "Việc cần làm" lines for the sổ đơn thư: each open entry whose time limit is near (the last
 * fortnight) or past, with whom it concerns. The limits are UNCONFIRMED figures (src-shared/rules/complaints).
 */
export function complaintDueTasks(ctx: ServiceContext, today: string): Omit<HomeTask, 'state' | 'daysLeft'>[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.kind, c.received_on receivedOn, c.due_on dueOn,
              (SELECT group_concat(coalesce(p.full_name, k.name), ', ') FROM complaint_subjects s
                 LEFT JOIN people p ON s.subject_type = 'person' AND p.id = s.subject_id
                 LEFT JOIN collectives k ON s.subject_type = 'collective' AND k.id = s.subject_id
                WHERE s.complaint_id = c.id AND s.subject_type IN ('person', 'collective')) names
         FROM complaints c WHERE c.deleted = 0 AND c.closed_on IS NULL AND c.due_on IS NOT NULL ORDER BY c.due_on`,
    )
    .all() as { id: string; kind: ComplaintKind; receivedOn: string; dueOn: string; names: string | null }[];
  return rows
    .filter((c) => classifyDue(c.dueOn, today).state !== 'open')
    .map((c) => ({
      kind: 'complaint' as const,
      title: `Giải quyết đơn ${COMPLAINT_KIND_LABELS[c.kind].toLowerCase()} về ${c.names ?? 'cá nhân, tập thể'}`,
      detail: `Nhận đơn ngày ${formatDate(c.receivedOn)}; hạn giải quyết ${formatDate(c.dueOn)} (thời hạn tính từ ngày nhận, chưa được xác nhận). Đang tạm dừng xét khen thưởng đến khi có kết luận.`,
      dueOn: c.dueOn, page: 'complaints' as const, recordId: c.id, year: Number(c.receivedOn.slice(0, 4)),
    }));
}
