import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../src-shared/api';
import { errorMessage, invoke } from '../../api';

export type Catalogue = ApiOutput<'awards.catalogue'>;
export type CatalogueAward = Catalogue['awards'][number];

/**
 * The awards in force on a reference date (the rule set changes with the law: NĐ 98/2023 until
 * 30/06/2025, NĐ 152/2025 after). `null` date = not known yet; `error` when no rule set applies.
 */
export function useCatalogue(referenceDate: string | null): { catalogue: Catalogue | null; error: string | null } {
  const [state, setState] = useState<{ date: string; catalogue: Catalogue | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!referenceDate) return;
    let alive = true;
    invoke('awards.catalogue', { referenceDate })
      .then((catalogue) => alive && setState({ date: referenceDate, catalogue, error: null }))
      .catch((e: unknown) => alive && setState({ date: referenceDate, catalogue: null, error: errorMessage(e) }));
    return () => {
      alive = false;
    };
  }, [referenceDate]);
  if (!referenceDate || state?.date !== referenceDate) return { catalogue: null, error: null };
  return { catalogue: state.catalogue, error: state.error };
}

const SUBJECT_GROUPS: Record<string, string> = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' };

/** Award options grouped by who receives them ("Cá nhân", "Tập thể", "Hộ gia đình"). */
export function awardGroups(awards: CatalogueAward[]): { group: string; items: { value: string; label: string }[] }[] {
  return Object.entries(SUBJECT_GROUPS)
    .map(([subject, group]) => ({ group, items: awards.filter((a) => a.subject === subject).map((a) => ({ value: a.code, label: a.name })) }))
    .filter((g) => g.items.length > 0);
}
