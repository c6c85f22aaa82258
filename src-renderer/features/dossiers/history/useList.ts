import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../../api';

/** A small list read from the main process, read again after each change (`reload`). */
export function useList<T>(load: () => Promise<T[]>): { rows: T[] | null; error: string | null; reload: () => void } {
  const [rows, setRows] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let alive = true;
    load()
      .then((r) => alive && (setRows(r), setError(null)))
      .catch((e: unknown) => alive && setError(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [load, key]);
  const reload = useCallback(() => setKey((k) => k + 1), []);
  return { rows, error, reload };
}
