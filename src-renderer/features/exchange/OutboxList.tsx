import { ActionIcon, Center, Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { groupByType, groupRows, type TypeGroup, versionText } from '../../../src-shared/exchange/groups';
import { formatCount } from '../../app/format';
import classes from './OutboxList.module.css';

export type OutboxItem = ApiOutput<'exchange.outbox'>['items'][number];
export const itemKey = (i: { type: string; id: string }) => `${i.type}:${i.id}`;

const ROW_HEIGHT = 34;

/**
 * What would be sent, grouped by record type (the dossiers first, the people and collectives
 * behind them, folded when long), one row per record with a box to leave it out, and a box per group.
 * Virtualized: a first export of a whole commune can list tens of thousands of people.
 */
export function OutboxList(props: {
  items: OutboxItem[] | null;
  excluded: Set<string>;
  /** Records (by itemKey) put in or left out: one record, or a whole group. */
  onToggle: (keys: string[], included: boolean) => void;
  onToggleAll: (included: boolean) => void;
  disabled: boolean;
  emptyText: string;
}) {
  const { items, excluded, disabled } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Groups the clerk opened or folded; the others keep their first state (registry folded).
  const [flipped, setFlipped] = useState<Set<string>>(new Set());
  const groups = useMemo(() => groupByType(items ?? []), [items]);
  const rows = useMemo(() => groupRows(groups, (g) => g.folded === flipped.has(g.type)), [groups, flipped]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const total = items?.length ?? 0;
  const picked = total - excluded.size;
  const flip = (type: string) =>
    setFlipped((s) => {
      const next = new Set(s);
      if (!next.delete(type)) next.add(type);
      return next;
    });

  return (
    <div className={classes.table} role="table" aria-label="Bản ghi sẽ gửi" aria-rowcount={rows.length + 1}>
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
        <div role="columnheader">Phiên bản</div>
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
            const row = rows[v.index]!;
            const style = { height: ROW_HEIGHT, transform: `translateY(${v.start}px)` };
            if (row.kind === 'group') {
              return <GroupHeader key={`g:${row.group.type}`} group={row.group} open={row.open} style={style} {...{ excluded, disabled }} onFlip={() => flip(row.group.type)} onToggle={props.onToggle} />;
            }
            const item = row.item;
            const key = itemKey(item);
            const on = !excluded.has(key);
            return (
              <div key={key} role="row" data-testid="outbox-row" className={`${classes.row} ${on ? '' : classes.off}`} style={style}>
                <div role="cell">
                  <Checkbox aria-label={`Gửi ${item.title}`} checked={disabled || on} disabled={disabled} onChange={(e) => props.onToggle([key], e.currentTarget.checked)} />
                </div>
                <div role="cell" className={`${classes.cell} ${classes.dim}`}>
                  {item.typeLabel}
                </div>
                <div role="cell" className={classes.cell} title={item.title}>
                  {item.title}
                </div>
                <div role="cell" className={classes.cell}>
                  {versionText(item.rev)}
                </div>
                <div role="cell">{item.deleted ? 'Đã xóa' : ''}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** "▸ Cá nhân · 300 (đã chọn 300)": a group's box puts all its records in or out; the arrow opens it. */
function GroupHeader(props: {
  group: TypeGroup<OutboxItem>;
  open: boolean;
  style: React.CSSProperties;
  excluded: Set<string>;
  disabled: boolean;
  onFlip: () => void;
  onToggle: (keys: string[], included: boolean) => void;
}) {
  const { group, excluded } = props;
  const n = group.items.length;
  const picked = group.items.reduce((k, i) => k + (excluded.has(itemKey(i)) ? 0 : 1), 0);
  return (
    <div role="row" data-testid="outbox-group" data-type={group.type} className={`${classes.row} ${classes.group}`} style={props.style}>
      <div role="cell">
        <Checkbox
          aria-label={`Gửi mọi ${group.label.toLowerCase()}`}
          checked={props.disabled || picked === n}
          indeterminate={!props.disabled && picked > 0 && picked < n}
          disabled={props.disabled}
          onChange={(e) => props.onToggle(group.items.map(itemKey), e.currentTarget.checked)}
        />
      </div>
      <div role="cell" className={classes.groupTitle}>
        <ActionIcon variant="subtle" size="sm" aria-label={`${props.open ? 'Thu gọn' : 'Mở'} nhóm ${group.label}`} aria-expanded={props.open} onClick={props.onFlip}>
          {props.open ? '▾' : '▸'}
        </ActionIcon>
        <span className={classes.cell} title={group.label}>
          {group.label}
        </span>
      </div>
      <div role="cell" className={classes.cell} data-testid="outbox-group-count">
        {formatCount(n)} bản ghi{picked < n && !props.disabled ? ` (đã chọn ${formatCount(picked)})` : ''}
        {props.open ? '' : ' — bấm ▸ để xem từng bản ghi'}
      </div>
      <div role="cell" />
      <div role="cell" />
    </div>
  );
}
