/**
 * Preload of the main window. It runs sandboxed (sandbox: true), so it may require only
 * 'electron': keep it free of other runtime imports (type imports are erased).
 * It exposes exactly one object, `window.tdkt` (type: src-shared/api/bridge.ts).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TdktBridge, TdktChannels } from '../src-shared/api/bridge';

const INVOKE: TdktChannels['invoke'] = 'tdkt:invoke';
const OPEN_FILE: TdktChannels['openFile'] = 'tdkt:open-file';

// A package opened at launch may arrive before React subscribes: keep it until someone does.
const pending: string[] = [];
const listeners = new Set<(path: string) => void>();

ipcRenderer.on(OPEN_FILE, (_event: IpcRendererEvent, path: unknown) => {
  if (typeof path !== 'string') return;
  if (listeners.size === 0) pending.push(path);
  for (const cb of listeners) cb(path);
});

const bridge: TdktBridge = {
  // Only plain data crosses: the renderer never sees ipcRenderer or the IPC event object.
  invoke: (name, input) => ipcRenderer.invoke(INVOKE, name, input),
  onOpenFile(cb) {
    listeners.add(cb);
    for (const path of pending.splice(0)) cb(path);
    return () => {
      listeners.delete(cb);
    };
  },
};

contextBridge.exposeInMainWorld('tdkt', bridge);
