import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { dueBadge } from './labels';

type Deadlines = ApiOutput<'initiatives.deadlines'>;

/** The applications waiting for an answer, with those near or past the three-month limit. */
export function useInitiativeDeadlines(version: unknown = 0): Deadlines | null {
  const [d, setD] = useState<Deadlines | null>(null);
  useEffect(() => {
    let alive = true;
    invoke('initiatives.deadlines', { year: null })
      .then((r) => alive && setD(r))
      .catch(() => alive && setD(null));
    return () => {
      alive = false;
    };
  }, [version]);
  return d;
}

/**
 * "Hạn trả lời đơn sáng kiến": shown when an application is in its last 15 days or past the
 * three months the law gives (Điều lệ Sáng kiến, Điều 7); each one opens when `onOpen` is given.
 */
export function DeadlineAlert({ deadlines, onOpen }: { deadlines: Deadlines | null; onOpen?: (id: string) => void }) {
  if (!deadlines || (!deadlines.soon && !deadlines.overdue)) return null;
  const late = deadlines.items.filter((i) => i.dueState === 'soon' || i.dueState === 'overdue');
  const parts = [deadlines.overdue ? `${deadlines.overdue} đơn đã quá hạn` : '', deadlines.soon ? `${deadlines.soon} đơn sắp đến hạn` : ''].filter(Boolean);
  return (
    <Alert
      color={deadlines.overdue ? 'red' : 'orange'}
      title={`Hạn trả lời đơn yêu cầu công nhận sáng kiến: ${parts.join(', ')}`}
      data-testid="initiative-deadlines"
      py={8}
    >
      <Text size="xs" mb={4}>
        Đơn vị phải trả lời người nộp đơn trong 3 tháng kể từ ngày tiếp nhận đơn (Điều lệ Sáng kiến, Điều 7).
      </Text>
      <List size="sm" spacing={2}>
        {late.slice(0, 5).map((i) => (
          <List.Item key={i.id} data-testid="deadline-item">
            {onOpen ? (
              <Anchor component="button" type="button" size="sm" onClick={() => onOpen(i.id)}>
                {i.title}
              </Anchor>
            ) : (
              i.title
            )}
            {' – '}
            {dueBadge(i)?.text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
