import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';

export type Overview = ApiOutput<'registrations.overview'>;

/** The year at a glance: deadline, days left, this unit's own count and the units below it. */
export function useOverview(year: number): { overview: Overview | null; reload: () => void } {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [key, setKey] = useState(0);
  useEffect(() => {
    let alive = true;
    invoke('registrations.overview', { year })
      .then((o) => alive && setOverview(o))
      .catch((e: unknown) => alive && notifyError(e, 'Không tải được hạn đăng ký'));
    return () => {
      alive = false;
    };
  }, [year, key]);
  const reload = useCallback(() => setKey((k) => k + 1), []);
  return { overview: overview?.year === year ? overview : null, reload };
}
