import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';

export type DossierData = ApiOutput<'dossiers.get'>;
export type Eligibility = ApiOutput<'dossiers.eligibility'>;
export type Documents = ApiOutput<'dossiers.documents'>;
export type NomineeRow = DossierData['nominees'][number];

/**
 * One dossier with what the editor shows beside it: the engine's answer per nominee and the
 * required-documents checklist. Read again together after every change, so the lights, the
 * checklist and the problems never disagree with what was just saved.
 */
export function useDossier(id: string) {
  const [data, setData] = useState<DossierData | null>(null);
  const [eligibility, setEligibility] = useState<Eligibility | null>(null);
  const [documents, setDocuments] = useState<Documents | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [d, e, docs] = await Promise.all([
        invoke('dossiers.get', { id }),
        invoke('dossiers.eligibility', { id }),
        invoke('dossiers.documents', { id }),
      ]);
      setData(d);
      setEligibility(e);
      setDocuments(docs);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [id]);

  useEffect(() => void reload(), [reload]);
  return { data, eligibility, documents, error, reload };
}
