import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';

export const PAGE_SIZE = 100;

export interface PeoplePages {
  /** Total matching people; null until the first page arrives. */
  total: number | null;
  /** False while `total` is only "more than" (a common name, counted up to 1,000 first). */
  totalExact: boolean;
  /** The query `total` belongs to (it lags the typed one while a search is under way). */
  totalQuery: string | null;
  /** The person at a list position, or undefined while its page is loading. */
  get(index: number): Person | undefined;
  /** Loads the pages covering [first, last] that are neither cached nor on their way. */
  ensureRange(first: number, last: number): void;
  /** Forgets every page (after a save or delete) and loads again what is on screen. */
  reload(): void;
  error: string | null;
}

interface Session {
  pages: Map<number, Person[]>;
  /** Each loaded page's `next`: the page after it is fetched by keyset from there. */
  next: Map<number, string | null>;
  inflight: Set<number>;
  exactAsked: boolean;
}

/**
 * People in pages of 100, fetched on demand with people.search, so a list of 100,000 people
 * never loads more than what the clerk scrolls past. Pages are cached by offset within a
 * session; a new query (or a reload) starts a new session and answers to older ones are dropped.
 * The page after a loaded one is fetched by keyset (`after`), a jump by offset. A common name's
 * first page comes with "more than 1,000"; the exact count is asked for next, in the background.
 */
export function usePeoplePages(query: string): PeoplePages {
  const [reloadKey, reload] = useReducer((n: number) => n + 1, 0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [{ total, totalExact, totalQuery }, setTotal] = useState<{ total: number | null; totalExact: boolean; totalQuery: string | null }>({
    total: null,
    totalExact: true,
    totalQuery: null,
  });
  const [error, setError] = useState<string | null>(null);

  // A fresh cache per query/reload, created during render so that the list's first request
  // already lands in the new session.
  const session = useMemo<Session>(
    () => ({ pages: new Map(), next: new Map(), inflight: new Set(), exactAsked: false }),
    [query, reloadKey],
  );
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  }, [session]);

  const countExactly = useCallback(() => {
    if (session.exactAsked) return;
    session.exactAsked = true;
    invoke('people.search', { query, offset: 0, limit: 1, exactCount: true })
      .then((r) => current.current === session && setTotal({ total: r.total, totalExact: true, totalQuery: query }))
      .catch((e: unknown) => current.current === session && setError(errorMessage(e)));
  }, [session, query]);

  const load = useCallback(
    (offset: number) => {
      if (session.pages.has(offset) || session.inflight.has(offset)) return;
      session.inflight.add(offset);
      const after = session.next.get(offset - PAGE_SIZE);
      invoke('people.search', after ? { query, after, limit: PAGE_SIZE } : { query, offset, limit: PAGE_SIZE })
        .then((r) => {
          session.pages.set(offset, r.items);
          session.next.set(offset, r.next);
          if (current.current !== session) return;
          if (r.totalExact) setTotal({ total: r.total, totalExact: true, totalQuery: query });
          else if (!session.exactAsked) {
            setTotal({ total: r.total, totalExact: false, totalQuery: query });
            countExactly();
          }
          setError(null);
          rerender();
        })
        .catch((e: unknown) => current.current === session && setError(errorMessage(e)))
        .finally(() => session.inflight.delete(offset));
    },
    [session, query, countExactly],
  );

  useEffect(() => load(0), [load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) load(p * PAGE_SIZE);
    },
    [load],
  );

  const get = (index: number) => session.pages.get(Math.floor(index / PAGE_SIZE) * PAGE_SIZE)?.[index % PAGE_SIZE];

  return { total, totalExact, totalQuery, get, ensureRange, reload, error };
}
