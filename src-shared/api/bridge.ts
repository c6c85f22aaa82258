/**
 * The shape of `window.tdkt`, the only door the Electron preload (src-main/preload.ts) opens
 * into the renderer. Types only: src-renderer declares `window.tdkt?: TdktBridge` and falls back
 * to the HTTP harness when it is absent (a plain browser).
 */
import type { InvokeResult } from './index';

export interface TdktBridge {
  /** Calls one contract function in the main process; the host validates `input`. */
  invoke(name: string, input: unknown): Promise<InvokeResult>;
  /**
   * Called with the path of a `.tdkt` package the user opened with the app (double-click or
   * "Open with"). Paths that arrive before anyone listens are kept and delivered to the first
   * listener. Returns a function that unsubscribes.
   */
  onOpenFile(cb: (path: string) => void): () => void;
}

/** IPC channel names shared by preload.ts and index.ts (types only, so both stay in sync). */
export interface TdktChannels {
  invoke: 'tdkt:invoke';
  openFile: 'tdkt:open-file';
}
