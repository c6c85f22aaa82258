import { useEffect, useState } from 'react';
import { invoke } from '../../api';
import { notifyError } from '../../app/notify';

/** Collectives as Select options ("Thôn 1 – Xã Tân Phong"); the first 500 by name. */
export function useCollectiveOptions(): { value: string; label: string }[] {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let alive = true;
    invoke('collectives.list', { query: '', offset: 0, limit: 500, unitId: null })
      .then(
        (r) =>
          alive &&
          setOptions(r.items.map((c) => ({ value: c.id, label: c.unitName ? `${c.name} – ${c.unitName}` : c.name }))),
      )
      .catch((e: unknown) => alive && notifyError(e, 'Không tải được danh sách tập thể'));
    return () => {
      alive = false;
    };
  }, []);
  return options;
}
