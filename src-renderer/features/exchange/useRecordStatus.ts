import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { invoke } from '../../api';
import { useAppStore } from '../../app/store';

export type RecordStatus = ApiOutput<'exchange.statusOf'>;
/** Record types an upper level can answer with a decision (exchange.decide). */
export type SubjectType = 'person' | 'collective' | 'registration' | 'dossier' | 'initiative';

/**
 * Where an existing record stands in the shared life cycle, and whether it is a read-only
 * copy received from another unit (its `origin` is not this installation's unit).
 */
export function useRecordStatus(type: SubjectType, record: { id: string; origin: string } | null) {
  const me = useAppStore((s) => s.installation?.unitCode ?? null);
  const [status, setStatus] = useState<RecordStatus | null>(null);
  const id = record?.id ?? null;

  const reload = useCallback(() => {
    if (!id) return;
    // A status that cannot be read leaves the form usable; it only lacks the badge.
    invoke('exchange.statusOf', { type, id })
      .then(setStatus)
      .catch(() => setStatus(null));
  }, [type, id]);
  useEffect(reload, [reload]);

  return { received: !!record && !!me && record.origin !== me, status, reload };
}
