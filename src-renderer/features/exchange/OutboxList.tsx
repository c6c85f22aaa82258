import { Center, Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import classes from './OutboxList.module.css';

export type OutboxItem = ApiOutput<'exchange.outbox'>['items'][number];
export const itemKey = (i: { type: string; id: string }) => `${i.type}:${i.id}`;

const ROW_HEIGHT = 34;

/**
 * What would be sent, one row per record with a box to leave it out. Virtualized: a first
 * export of a whole commune can list tens of thousands of people.
 */
export function OutboxList(props: {
  items: OutboxItem[] | null;
  excluded: Set<string>;
  onToggle: (key: string, included: boolean) => void;
  onToggleAll: (included: boolean) => void;
  disabled: boolean;
  emptyText: string;
}) {
  const { items, excluded, disabled } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const total = items?.length ?? 0;
  const picked = total - excluded.size;

  return (
    <div className={classes.table} role="table" aria-label="Bản ghi sẽ gửi" aria-rowcount={total + 1}>
      <div className={classes.head} role="row">
        <div role="columnheader">
          <Checkbox
            aria-label="Chọn tất cả"
            checked={total > 0 && picked === total}
            indeterminate={picked > 0 && picked < total}
            onChange={(e) => props.onToggleAll(e.currentTarget.checked)}
            disabled={disabled || total === 0}
          />
        </div>
        <div role="columnheader">Loại</div>
        <div role="columnheader">Tên</div>
        <div role="columnheader">Lần sửa</div>
        <div role="columnheader">Ghi chú</div>
      </div>
      <div ref={scrollRef} className={classes.body}>
        {items?.length === 0 && (
          <Center h="100%" p="md">
            <Text c="dimmed" ta="center">
              {props.emptyText}
            </Text>
          </Center>
        )}
        {items === null && (
          <Center h="100%">
            <Text c="dimmed">Đang tải…</Text>
          </Center>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {virtualizer.getVirtualItems().map((v) => {
            const item = items![v.index]!;
            const key = itemKey(item);
            const on = !excluded.has(key);
            return (
              <div
                key={key}
                role="row"
                data-testid="outbox-row"
                className={`${classes.row} ${on ? '' : classes.off}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
              >
                <div role="cell">
                  <Checkbox
                    aria-label={`Gửi ${item.title}`}
                    checked={disabled || on}
                    disabled={disabled}
                    onChange={(e) => props.onToggle(key, e.currentTarget.checked)}
                  />
                </div>
                <div role="cell" className={classes.cell}>
                  {item.typeLabel}
                </div>
                <div role="cell" className={classes.cell} title={item.title}>
                  {item.title}
                </div>
                <div role="cell">{item.rev}</div>
                <div role="cell">{item.deleted ? 'Đã xóa' : ''}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
