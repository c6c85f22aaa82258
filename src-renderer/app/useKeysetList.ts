import { useCallback, useEffect, useRef, useState } from 'react';
import { notifyError } from './notify';
import { T } from './strings';

export interface KeysetPage<R> {
  total: number;
  items: R[];
  next: string | null;
}

/**
 * A long list read page by page by keyset: the first page when the filters change (`deps`),
 * then `loadMore()` appends the page after the last row by its cursor (`next`), so the rows on
 * screen stay where they are while the clerk scrolls on. Answers to older filters are dropped.
 */
export function useKeysetList<R>(fetchPage: (after: string | null) => Promise<KeysetPage<R>>, deps: unknown[], enabled = true) {
  const [list, setList] = useState<KeysetPage<R> | null>(null);
  const session = useRef(0);
  const loading = useRef(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => {
    if (!enabled) return;
    const mine = ++session.current;
    loading.current = false;
    setList(null);
    fetchRef.current(null)
      .then((r) => mine === session.current && setList(r))
      .catch((e: unknown) => mine === session.current && notifyError(e, T.loadFailed));
  }, [enabled, ...deps]);

  const loadMore = useCallback(() => {
    if (!list?.next || loading.current) return;
    const mine = session.current;
    loading.current = true;
    fetchRef.current(list.next)
      .then((r) => mine === session.current && setList((l) => (l ? { total: r.total, items: [...l.items, ...r.items], next: r.next } : l)))
      .catch((e: unknown) => mine === session.current && notifyError(e, T.loadFailed))
      .finally(() => mine === session.current && (loading.current = false));
  }, [list]);

  return { list, loadMore };
}

/**
 * For lists shown a numbered page at a time: each loaded page's `next`, so the page after it
 * is fetched by keyset (a jump elsewhere goes by offset). Forgotten when `filterKey` changes.
 */
export function usePageCursors(filterKey: string) {
  const ref = useRef({ key: filterKey, next: new Map<number, string | null>() });
  if (ref.current.key !== filterKey) ref.current = { key: filterKey, next: new Map() };
  const next = ref.current.next;
  return {
    after: (page: number) => next.get(page - 1) ?? null,
    remember: (page: number, cursor: string | null) => void next.set(page, cursor),
  };
}
