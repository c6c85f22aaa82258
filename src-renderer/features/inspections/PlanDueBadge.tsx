import { Badge } from '@mantine/core';
import type { InspectionPlan } from '../../../src-shared/api';

/**
 * The plan against its deadline, shown only when it matters: the last 15 days, past it with units
 * still to inspect, or all done. The council wants the results before 30/11.
 */
export function PlanDueBadge({ due }: { due: InspectionPlan['due'] }) {
  if (due.state === 'ok') return null;
  const { color, text } =
    due.state === 'done'
      ? { color: 'teal', text: 'Đã kiểm tra xong' }
      : due.state === 'overdue'
        ? { color: 'red', text: `Quá hạn ${-due.daysLeft} ngày` }
        : { color: 'orange', text: due.daysLeft === 0 ? 'Hết hạn hôm nay' : `Còn ${due.daysLeft} ngày` };
  return (
    <Badge color={color} variant="light" size="sm" tt="none" data-testid="plan-due" data-state={due.state}>
      {text}
    </Badge>
  );
}
