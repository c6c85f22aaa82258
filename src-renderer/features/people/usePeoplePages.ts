import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Person } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';

export const PAGE_SIZE = 100;

export interface PeoplePages {
  /** Total matching people; null until the first page arrives. */
  total: number | null;
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
  inflight: Set<number>;
}

/**
 * People in pages of 100, fetched on demand with people.search, so a list of 100,000 people
 * never loads more than what the clerk scrolls past. Pages are cached by offset within a
 * session; a new query (or a reload) starts a new session and answers to older ones are dropped.
 */
export function usePeoplePages(query: string): PeoplePages {
  const [reloadKey, reload] = useReducer((n: number) => n + 1, 0);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [{ total, totalQuery }, setTotal] = useState<{ total: number | null; totalQuery: string | null }>({
    total: null,
    totalQuery: null,
  });
  const [error, setError] = useState<string | null>(null);

  // A fresh cache per query/reload, created during render so that the list's first request
  // already lands in the new session.
  const session = useMemo<Session>(
    () => ({ pages: new Map(), inflight: new Set() }),
    [query, reloadKey],
  );
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  }, [session]);

  const load = useCallback(
    (offset: number) => {
      if (session.pages.has(offset) || session.inflight.has(offset)) return;
      session.inflight.add(offset);
      invoke('people.search', { query, offset, limit: PAGE_SIZE })
        .then((r) => {
          session.pages.set(offset, r.items);
          if (current.current !== session) return;
          setTotal({ total: r.total, totalQuery: query });
          setError(null);
          rerender();
        })
        .catch((e: unknown) => current.current === session && setError(errorMessage(e)))
        .finally(() => session.inflight.delete(offset));
    },
    [session, query],
  );

  useEffect(() => load(0), [load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) load(p * PAGE_SIZE);
    },
    [load],
  );

  const get = (index: number) => session.pages.get(Math.floor(index / PAGE_SIZE) * PAGE_SIZE)?.[index % PAGE_SIZE];

  return { total, totalQuery, get, ensureRange, reload, error };
}
