import { useEffect, useState } from 'react';
import { invoke } from '../../api';

/**
 * The document kinds this version of the app prints: a button for a kind the main process does
 * not know yet is not shown (the inspection documents come with their own print builders).
 */
export function usePrintKinds(): Set<string> {
  const [kinds, setKinds] = useState<Set<string>>(new Set());
  useEffect(() => {
    let alive = true;
    invoke('print.kinds', {})
      .then((k) => alive && setKinds(new Set(k)))
      .catch(() => alive && setKinds(new Set()));
    return () => {
      alive = false;
    };
  }, []);
  return kinds;
}
