import { create } from 'zustand';
import type { ApiInput, ImportResultRow, WrittenPackageRow } from '../../../src-shared/api';
import { ApiError, errorMessage, invoke } from '../../api';

type Source = ApiInput<'exchange.preview'>;

export interface Received {
  key: number;
  name: string;
  source: Source;
  state: 'checking' | 'ready' | 'refused' | 'importing' | 'imported';
  result: ImportResultRow | null;
  /** Why the package is refused (signature, untrusted key, wrong recipient…), in Vietnamese. */
  error: string | null;
  /** The refusal's code, e.g. UNKNOWN_KEY when the sender's key is not trusted yet. */
  code: string | null;
  ack: WrittenPackageRow[] | null;
  acking: boolean;
}

interface ReceiveState {
  items: Received[];
  /** Adds files (read by the page) or paths (opened from Explorer) and previews each. */
  add(sources: Source[]): void;
  /** Checks a refused file again (after its sender's key was trusted, say). */
  recheck(key: number): void;
  /** After its sender's key was trusted: checks a refused file again and imports it when it checks out. */
  reimport(key: number): Promise<void>;
  importOne(key: number): Promise<void>;
  importAll(): Promise<void>;
  ack(key: number, outDir: string): Promise<WrittenPackageRow[]>;
  remove(key: number): void;
  clear(): void;
}

let nextKey = 1;
const nameOf = (s: Source) => ('fileName' in s ? s.fileName : (s.path.split(/[\\/]/).pop() ?? s.path));

/**
 * "Nhận về": the files the clerk brought, each previewed then imported. Kept outside the page
 * so the list survives a visit to another screen and files opened from Explorer land here.
 */
export const useReceiveStore = create<ReceiveState>()((set, get) => {
  const patch = (key: number, p: Partial<Received>) =>
    set((s) => ({ items: s.items.map((i) => (i.key === key ? { ...i, ...p } : i)) }));

  const preview = async (item: Received) => {
    try {
      const result = await invoke('exchange.preview', item.source);
      patch(item.key, { state: 'ready', result, error: null, code: null });
    } catch (e) {
      patch(item.key, { state: 'refused', error: errorMessage(e), code: e instanceof ApiError ? e.code : null });
    }
  };

  return {
    items: [],
    add(sources) {
      const added = sources.map<Received>((source) => ({
        key: nextKey++, name: nameOf(source), source, state: 'checking', result: null, error: null, code: null, ack: null, acking: false,
      }));
      set((s) => ({ items: [...s.items, ...added] }));
      // One at a time: the main process handles them in turn anyway.
      void added.reduce((p, item) => p.then(() => preview(item)), Promise.resolve());
    },
    recheck(key) {
      const item = get().items.find((i) => i.key === key);
      if (!item || item.state !== 'refused') return;
      patch(key, { state: 'checking', error: null, code: null });
      void preview(item);
    },
    async reimport(key) {
      const item = get().items.find((i) => i.key === key);
      if (!item || item.state !== 'refused') return;
      patch(key, { state: 'checking', error: null, code: null });
      await preview(item);
      await get().importOne(key);
    },
    async importOne(key) {
      const item = get().items.find((i) => i.key === key);
      if (!item || item.state !== 'ready' || item.result?.duplicate) return;
      patch(key, { state: 'importing' });
      try {
        const result = await invoke('exchange.import', item.source);
        patch(key, { state: result.applied ? 'imported' : 'ready', result, error: null });
      } catch (e) {
        patch(key, { state: 'refused', error: errorMessage(e), code: e instanceof ApiError ? e.code : null });
      }
    },
    async importAll() {
      // In the order of the senders' numbering, so sequences arrive without gaps.
      const ready = get()
        .items.filter((i) => i.state === 'ready' && i.result && !i.result.duplicate)
        .sort((a, b) => a.result!.sender.unitCode.localeCompare(b.result!.sender.unitCode) || a.result!.sequence - b.result!.sequence);
      for (const i of ready) await get().importOne(i.key);
    },
    async ack(key, outDir) {
      const item = get().items.find((i) => i.key === key);
      if (!item?.result) return [];
      patch(key, { acking: true });
      try {
        const r = await invoke('exchange.ack', { to: item.result.sender.unitCode, outDir, all: false });
        patch(key, { ack: r.files, acking: false });
        return r.files;
      } catch (e) {
        patch(key, { acking: false });
        throw e;
      }
    },
    remove: (key) => set((s) => ({ items: s.items.filter((i) => i.key !== key) })),
    clear: () => set((s) => ({ items: s.items.filter((i) => i.state === 'checking' || i.state === 'importing') })),
  };
});
