import { useState } from 'react';
import type { ApiOutput, TrustedKeyRow } from '../../../src-shared/api';
import { formatFingerprint } from '../../../src-shared/exchange/fingerprint';
import { ApiError, errorMessage, invoke } from '../../api';
import { folderOf } from './folderOf';

export type ChosenKey = ApiOutput<'trust.readKeyFile'>;
const NO_TICKS = Array<boolean>(8).fill(false);

/**
 * Trusting a unit's key file, the same wherever it starts ("Thêm khóa tin cậy" on the trust page,
 * or on a package refused for its key): choose the file (the system's dialog, else the served
 * chooser), have the main process read it, refuse it if `problem` says so, confirm the fingerprint
 * typed from the paper form or ticked group by group, then trust it, replacing the unit's other
 * trusted key when it has one (a lost or changed key).
 */
export function useKeyFileTrust(opts: {
  trusted: TrustedKeyRow[];
  pickTitle: string;
  /** Why a readable key file is still the wrong one (another unit's key), or null. */
  problem?: (k: ChosenKey) => string | null;
  /** Whether an unreadable file leaves the key chosen before it (else the choice starts over). */
  keepOnError?: boolean;
}) {
  const [chooser, setChooser] = useState(false);
  // "Chọn tệp khác…" opens where the last file was chosen (the same stick, usually).
  const [lastDir, setLastDir] = useState('');
  const [key, setKey] = useState<ChosenKey | null>(null);
  const [typed, setTyped] = useState('');
  const [ticks, setTicks] = useState<boolean[]>(NO_TICKS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chosen = async (file: string) => {
    setChooser(false);
    setError(null);
    setLastDir(folderOf(file));
    try {
      const k = await invoke('trust.readKeyFile', { path: file });
      const problem = opts.problem?.(k) ?? null;
      if (problem) {
        setError(problem);
        return;
      }
      setKey(k);
      setTicks(NO_TICKS);
      setTyped('');
    } catch (e) {
      if (!opts.keepOnError) setKey(null);
      setError(errorMessage(e));
    }
  };

  const pick = async () => {
    setError(null);
    try {
      const r = await invoke('folders.pickNativeFile', { title: opts.pickTitle, filterName: 'Tệp khóa TĐKT', extensions: ['json'] });
      if (!r.supported) setChooser(true);
      else if (r.path) await chosen(r.path);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const replaced = key ? opts.trusted.filter((k) => k.unitCode === key.unitCode && k.status === 'trusted' && k.keyId !== key.keyId) : [];
  const ready = !!key && (typed.trim() !== '' || ticks.every(Boolean));

  /** Trusts the chosen key; the unit's name as stored and whether an older key was revoked, or null when refused (the message is in `error`). */
  const trust = async (): Promise<{ unitName: string; replaced: boolean } | null> => {
    if (!key) return null;
    setBusy(true);
    setError(null);
    try {
      const fingerprint = typed.trim() || formatFingerprint(key.keyId);
      if (replaced.length) {
        const r = await invoke('trust.replace', { content: key.content, fingerprint });
        return { unitName: r.key.unitName, replaced: true };
      }
      const row = await invoke('trust.add', { content: key.content, fingerprint });
      return { unitName: row.unitName, replaced: false };
    } catch (e) {
      setError(e instanceof ApiError ? e.message : errorMessage(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const onTyped = (v: string) => {
    setTyped(v);
    setError(null);
  };

  return { chooser, setChooser, lastDir, key, typed, onTyped, ticks, setTicks, error, setError, busy, chosen, pick, replaced, ready, trust };
}
