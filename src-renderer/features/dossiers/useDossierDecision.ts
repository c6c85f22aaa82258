import { useCallback, useEffect, useState } from 'react';
import type { DossierDecision } from '../../../src-shared/api';
import { invoke } from '../../api';

/** A dossier's recorded decision with each nominee's outcome (null: none yet, or not readable). */
export function useDossierDecision(id: string) {
  const [decision, setDecision] = useState<DossierDecision | null>(null);
  const reload = useCallback(() => {
    // Without it the dossier still shows; only the outcomes are missing.
    invoke('dossiers.decision', { id })
      .then(setDecision)
      .catch(() => setDecision(null));
  }, [id]);
  useEffect(reload, [reload]);
  return { decision, reload };
}
