import { Badge } from '@mantine/core';
import type { InitiativeListItem } from '../../../src-shared/api';
import { formatDate } from '../../../src-shared/text';
import { dueBadge } from './labels';

/** The answer's due date: plain while far, amber in the last 15 days, red once past. */
export function DueBadge({ item }: { item: Pick<InitiativeListItem, 'dueOn' | 'dueState' | 'daysLeft'> }) {
  const b = dueBadge(item);
  if (!b) return <>—</>;
  if (b.color === 'gray') return <>{b.text}</>;
  return (
    <Badge color={b.color} variant={item.dueState === 'answered' ? 'light' : 'filled'} data-testid="due-badge" data-state={item.dueState} title={`Hạn trả lời ${formatDate(item.dueOn)}`} style={{ flex: 'none' }}>
      {b.text}
    </Badge>
  );
}
