import type { InspectionStatus, ItemResult } from '../../../src-shared/rules/inspections';
import { INSPECTION_STATUS_LABELS, ITEM_RESULT_LABELS, TEAM_ROLE_LABELS, TEAM_ROLES } from '../../../src-shared/rules/inspections';

export const STATUS_COLORS: Record<InspectionStatus, string> = { planned: 'gray', 'in-progress': 'blue', finished: 'teal' };
export const statusLabel = (s: InspectionStatus) => INSPECTION_STATUS_LABELS[s];

export const RESULT_COLORS: Record<ItemResult | 'unanswered', string> = { dat: 'teal', 'chua-dat': 'red', kad: 'gray', unanswered: 'yellow' };
export const resultLabel = (r: ItemResult) => ITEM_RESULT_LABELS[r];

export const ROLE_OPTIONS = TEAM_ROLES.map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }));

/** The document kinds of issue #8, printed through print.document (DOCX). */
export const PRINT = {
  plan: 'inspection-plan',
  decision: 'inspection-decision',
  record: 'inspection-record',
  report: 'inspection-report',
} as const;

export const SELF_ASSESSED = 'Đơn vị tự đánh giá';
