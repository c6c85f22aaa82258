import { useEffect, useState } from 'react';
import type { TrustedKeyRow } from '../../../src-shared/api';
import { invoke } from '../../api';
import { useAppStore } from '../../app/store';

// One read of the trusted keys serves every badge of a list drawn at the same moment.
let pending: { at: number; names: Promise<Map<string, string>> } | null = null;

function unitNames(): Promise<Map<string, string>> {
  if (!pending || Date.now() - pending.at > 5_000) {
    const names = invoke('trust.list', {})
      .then((rows: TrustedKeyRow[]) => new Map(rows.filter((k) => k.unitName).map((k) => [k.unitCode, k.unitName])))
      .catch(() => new Map<string, string>()); // the code is shown instead
    pending = { at: Date.now(), names };
  }
  return pending.names;
}

/**
 * A unit the clerk knows by name, "Tỉnh Lai Châu" rather than its code "T12", read from the
 * trusted keys (revoked ones too: the name stays true) or this installation's own unit. The code
 * until the name is read, and when the unit has no key here.
 */
export function useUnitName(code: string | null | undefined): string {
  const own = useAppStore((s) => s.installation);
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    setName(null);
    if (code) void unitNames().then((m) => alive && setName(m.get(code) ?? null));
    return () => {
      alive = false;
    };
  }, [code]);
  // This installation's own unit (e.g. the province's feedback shown at the province) has no key in the list.
  if (code && own && code === own.unitCode) return own.unitName;
  return name ?? code ?? '';
}
