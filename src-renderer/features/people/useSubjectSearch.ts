import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { nfc } from '../../../src-shared/text';
import { errorMessage, invoke } from '../../api';

export interface SubjectMatch {
  id: string;
  name: string;
  /** "Chức vụ, Đơn vị" of a person; the unit of a collective. */
  detail: string;
}

/**
 * Type-ahead over the registry for pickers (a complaint's subjects, a typical example's person):
 * the first 8 people or collectives matching what was typed, debounced; a late answer to an
 * earlier query is dropped.
 */
export function useSubjectSearch(type: 'person' | 'collective', typed: string): { found: SubjectMatch[]; problem: string | null } {
  const [debounced] = useDebouncedValue(typed, 150);
  const [found, setFound] = useState<SubjectMatch[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    const query = nfc(debounced.trim());
    if (!query) {
      setFound([]);
      return;
    }
    const run = type === 'person'
      ? invoke('people.search', { query, offset: 0, limit: 8 }).then((r) => r.items.map((p) => ({ id: p.id, name: p.fullName, detail: [p.position, p.unitName].filter(Boolean).join(', ') })))
      : invoke('collectives.list', { query, offset: 0, limit: 8 }).then((r) => r.items.map((c) => ({ id: c.id, name: c.name, detail: c.unitName ?? '' })));
    run.then((items) => alive && (setFound(items), setProblem(null))).catch((e: unknown) => alive && setProblem(errorMessage(e)));
    return () => {
      alive = false;
    };
  }, [debounced, type]);

  return { found, problem };
}
