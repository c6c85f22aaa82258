import { useEffect, useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';
import { T } from '../../app/strings';
import { unitLabel } from './labels';

export interface TrustedUnit {
  code: string;
  name: string;
  label: string;
}

/** Units with at least one trusted (not revoked) key: the only ones packages can go to. */
export function useTrustedUnits(): TrustedUnit[] | null {
  const [units, setUnits] = useState<TrustedUnit[] | null>(null);
  useEffect(() => {
    let alive = true;
    invoke('trust.list', {})
      .then((rows: TrustedKeyRow[]) => {
        if (!alive) return;
        const byCode = new Map<string, TrustedUnit>();
        for (const k of rows) {
          if (k.status === 'trusted') byCode.set(k.unitCode, { code: k.unitCode, name: k.unitName, label: unitLabel(k.unitName, k.unitCode) });
        }
        setUnits([...byCode.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi')));
      })
      .catch((e: unknown) => alive && notifyError(e, T.loadFailed));
    return () => {
      alive = false;
    };
  }, []);
  return units;
}
