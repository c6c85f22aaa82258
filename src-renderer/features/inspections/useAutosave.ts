import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves as the clerk works: `schedule(v)` waits `delay` ms for more typing (text), `schedule(v,
 * true)` saves at once (a click), `flush()` saves what is waiting (on blur, on leaving). Saves
 * run one after another, so an older value never lands after a newer one.
 */
export function useAutosave<V>(save: (v: V) => Promise<void>, delay = 600) {
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const waiting = useRef<{ v: V } | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const w = waiting.current;
    if (!w) return chain.current;
    waiting.current = null;
    setState('saving');
    chain.current = chain.current
      .then(() => saveRef.current(w.v))
      .then(
        () => {
          setError(null);
          if (!waiting.current) setState('saved');
        },
        (e: unknown) => {
          setError(errorMessage(e));
          setState('error');
        },
      );
    return chain.current;
  }, []);

  const schedule = useCallback(
    (v: V, now = false) => {
      waiting.current = { v };
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      if (now) void flush();
      else timer.current = setTimeout(() => void flush(), delay);
    },
    [flush, delay],
  );

  // Whatever is still waiting is saved when the screen closes.
  useEffect(() => () => void flush(), [flush]);
  return { state, error, schedule, flush };
}

export const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Đang lưu…',
  saving: 'Đang lưu…',
  saved: 'Đã lưu',
  error: 'Chưa lưu được',
};
