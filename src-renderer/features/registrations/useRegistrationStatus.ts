import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import type { RecordStatus } from '../exchange/useRecordStatus';

/**
 * Where a registration stands in the shared life cycle (sent, returned with reasons, decided…),
 * read again whenever the registration changes (`rev`). A status that cannot be read leaves the
 * editor usable; it only lacks the badge.
 */
export function useRegistrationStatus(id: string | null, rev: number | undefined, reload = 0): RecordStatus | null {
  const [status, setStatus] = useState<{ id: string; value: RecordStatus } | null>(null);
  useEffect(() => {
    if (!id) return;
    let alive = true;
    invoke('exchange.statusOf', { type: 'registration', id })
      .then((value) => alive && setStatus({ id, value }))
      .catch(() => alive && setStatus(null));
    return () => {
      alive = false;
    };
  }, [id, rev, reload]);
  return status && status.id === id ? status.value : null;
}
