import { useEffect, useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { invoke } from '../../api';

/**
 * A unit the clerk knows by name, "Tỉnh Lai Châu" rather than its code "T12", read from the
 * trusted keys (revoked ones too: the name stays true). The code until the name is read, and
 * when the unit has no key here.
 */
export function useUnitName(code: string | null | undefined): string {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    setName(null);
    if (code) {
      invoke('trust.list', {})
        .then((rows: TrustedKeyRow[]) => alive && setName(rows.find((k) => k.unitCode === code && k.unitName)?.unitName ?? null))
        .catch(() => undefined); // the code is shown instead
    }
    return () => {
      alive = false;
    };
  }, [code]);
  return name ?? code ?? '';
}
