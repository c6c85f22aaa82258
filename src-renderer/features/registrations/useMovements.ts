import { useEffect, useState } from 'react';
import type { Movement } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';

/** The movements of a year (the ones a registration of that year can be made under). */
export function useMovements(year: number): Movement[] | null {
  const [items, setItems] = useState<Movement[] | null>(null);
  useEffect(() => {
    let alive = true;
    setItems(null);
    invoke('movements.list', { year, query: '', offset: 0, limit: 500 })
      .then((r) => alive && setItems(r.items))
      .catch((e: unknown) => alive && notifyError(e, 'Không tải được danh sách phong trào'));
    return () => {
      alive = false;
    };
  }, [year]);
  return items;
}
