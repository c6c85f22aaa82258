// One life cycle for registrations, dossiers and initiative applications: the same words on
// screens, in packages and in the audit log (shared/exchange-format.md).
export const STATUSES = ['draft', 'ready', 'sent', 'received', 'returned', 'reviewed', 'forwarded', 'decided', 'declined'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  draft: 'Nháp',
  ready: 'Đã xét ở cơ sở',
  sent: 'Đã gửi',
  received: 'Đã tiếp nhận',
  returned: 'Trả lại để bổ sung',
  reviewed: 'Đã thẩm định',
  forwarded: 'Đã trình cấp trên',
  decided: 'Có quyết định',
  declined: 'Không đủ điều kiện',
};

/** Statuses only an upper level sets, through a decision record in a feedback package. */
export const DECISION_STATUSES = ['received', 'returned', 'reviewed', 'forwarded', 'decided', 'declined'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** The upper level's final words: a record with one of these is no longer open work. */
export const FINISHED_STATUSES = ['decided', 'declined'] as const satisfies readonly Status[];

/**
 * A record of this unit that still waits to go up (or to go up again after a return). A
 * registration is done once sent: the upper level only takes note of it.
 */
export const UNSENT_STATUSES = ['draft', 'ready', 'returned'] as const satisfies readonly Status[];
