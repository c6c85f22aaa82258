import { useEffect, useState } from 'react';
import type { Unit } from '../../../src-shared/api';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';

export interface UnitOption {
  value: string;
  label: string;
}

export function unitOptionLabel(u: Pick<Unit, 'name' | 'code' | 'active'>): string {
  return `${u.name} (${u.code})${u.active ? '' : ' – ngừng hoạt động'}`;
}

/** Every unit of the directory as Select options ("Xã Tân Phong (XA-TP)"), loaded once per mount. */
export function useUnitOptions(): { options: UnitOption[]; units: Unit[]; loading: boolean } {
  const [units, setUnits] = useState<Unit[] | null>(null);
  useEffect(() => {
    let alive = true;
    invoke('units.list', { query: '', level: null, parentId: null, includeInactive: true })
      .then((r) => alive && setUnits(r.items))
      .catch((e: unknown) => alive && notifyError(e, 'Không tải được danh mục đơn vị'));
    return () => {
      alive = false;
    };
  }, []);
  return {
    units: units ?? [],
    options: (units ?? []).map((u) => ({ value: u.id, label: unitOptionLabel(u) })),
    loading: units === null,
  };
}
