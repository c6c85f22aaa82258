import { Center, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Person } from '../../../src-shared/api';
import { ethnicityName } from '../../../src-shared/catalog/ethnicities';
import { GENDER_LABELS } from '../../../src-shared/catalog/people';
import { formatBirth } from '../../app/format';
import classes from './PeopleList.module.css';
import type { PeoplePages } from './usePeoplePages';

const ROW_HEIGHT = 36;
const HEADERS = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Chức vụ', 'Đơn vị / Tập thể', 'LĐ trực tiếp'];

function cells(p: Person): string[] {
  return [
    p.fullName,
    GENDER_LABELS[p.gender],
    formatBirth(p.birthDate, p.birthYear),
    ethnicityName(p.ethnicity),
    p.position,
    [p.unitName, p.collectiveName].filter(Boolean).join(' / '),
    p.directLabor ? '✓' : '',
  ];
}

/**
 * The people list as a virtualized table: only the rows in view (plus a few) are in the DOM,
 * and their pages are fetched as they scroll into view.
 */
export function PeopleList(props: { data: PeoplePages; resetKey: string; emptyText: string; onOpen: (p: Person) => void }) {
  const { data, resetKey, onOpen } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = data.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = data;

  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, ensureRange]);

  // A new search starts at the top of its results.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  return (
    <div className={classes.table} role="table" aria-label="Danh sách cá nhân" aria-rowcount={count + 1}>
      <div className={classes.head} role="row" aria-rowindex={1}>
        {HEADERS.map((h) => (
          <div key={h} className={classes.cell} role="columnheader" title={h}>
            {h}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className={classes.body} data-testid="people-scroll">
        {data.total === 0 && (
          <Center h="100%">
            <Text c="dimmed">{props.emptyText}</Text>
          </Center>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {items.map((item) => {
            const p = data.get(item.index);
            return (
              <div
                key={item.key}
                className={classes.row}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                role="row"
                aria-rowindex={item.index + 2}
                data-testid={p ? 'person-row' : 'person-row-loading'}
                tabIndex={p ? 0 : -1}
                onClick={() => p && onOpen(p)}
                onKeyDown={(e) => p && (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onOpen(p))}
              >
                {p
                  ? cells(p).map((c, i) => (
                      <div key={i} className={i === 0 ? classes.name : classes.cell} role="cell" title={c}>
                        {c}
                      </div>
                    ))
                  : HEADERS.map((h) => (
                      <div key={h} role="cell">
                        <div className={classes.placeholder} />
                      </div>
                    ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
