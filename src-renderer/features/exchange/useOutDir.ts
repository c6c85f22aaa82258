import { useCallback, useState } from 'react';

const KEY = 'tdkt.exchange.outDir';

/** A folder remembered on this computer under `key` ('' when none, or storage is unavailable). */
export function rememberedFolder(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function rememberFolder(key: string, value: string): void {
  try {
    localStorage.setItem(key, value.trim());
  } catch {
    // Storage unavailable (private window): the folder is simply not remembered.
  }
}

/**
 * The folder packages are written to (often the USB stick, "E:\"), remembered on this
 * computer between sessions and shared by "Gửi đi", "Nhận về" (receipts) and the province's
 * issuing of lists.
 */
export function useOutDir(): [string, (dir: string) => void] {
  const [dir, setDir] = useState(() => rememberedFolder(KEY));
  const set = useCallback((value: string) => {
    setDir(value);
    rememberFolder(KEY, value);
  }, []);
  return [dir, set];
}
