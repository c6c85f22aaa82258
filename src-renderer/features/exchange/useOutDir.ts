import { useCallback, useState } from 'react';

const KEY = 'tdkt.exchange.outDir';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * The folder packages are written to (often the USB stick, "E:\"), remembered on this
 * computer between sessions and shared by "Gửi đi", "Nhận về" (receipts) and the province's
 * issuing of lists.
 */
export function useOutDir(): [string, (dir: string) => void] {
  const [dir, setDir] = useState(read);
  const set = useCallback((value: string) => {
    setDir(value);
    try {
      localStorage.setItem(KEY, value.trim());
    } catch {
      // Storage unavailable (private window): the folder is simply not remembered.
    }
  }, []);
  return [dir, set];
}
