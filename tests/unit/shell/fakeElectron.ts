/**
 * A stand-in for the 'electron' module (the binary cannot be installed here): enough of app,
 * BrowserWindow, session, protocol and ipcMain for src-main/index.ts to run its start-up, with
 * every call recorded so a test can assert what the main process applied.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export class FakeContents extends EventEmitter {
  openHandler: ((d: { url: string }) => unknown) | null = null;
  sent: unknown[][] = [];
  setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
    this.openHandler = fn;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  /** Emits like Electron: a preventable event object first. */
  fire(name: string, extra: Record<string, unknown> = {}, ...rest: unknown[]): { prevented: boolean } {
    const event = { prevented: false, preventDefault() { this.prevented = true; }, ...extra };
    this.emit(name, event, ...rest);
    return { prevented: event.prevented };
  }
}

export function createFakeElectron(userData: string, appPath: string) {
  const appEvents = new EventEmitter();
  let ready!: () => void;
  const whenReady = new Promise<void>((r) => (ready = r));
  const windows: FakeWindow[] = [];
  const calls = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    ipc: new Map<string, Listener>(),
    headersListener: null as null | ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void),
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((...a: unknown[]) => boolean),
    dialogs: [] as unknown[],
    menu: null as unknown,
  };

  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    loaded: string[] = [];
    maximized = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    loadFile(file: string) {
      this.loaded.push(`file:${file}`);
      return Promise.resolve();
    }
    maximize() {
      this.maximized = true;
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: Listener) => appEvents.on(name, fn),
      whenReady: () => whenReady,
      getPath: (name: string) => (name === 'userData' ? userData : appPath),
      getAppPath: () => appPath,
      getVersion: () => '0.0.0-test',
      setAppUserModelId: () => undefined,
      quit: () => undefined,
      exit: (code: number) => {
        throw new Error(`app.exit(${code})`);
      },
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showMessageBox: (...a: unknown[]) => {
        calls.dialogs.push(a);
        return Promise.resolve({ response: 0 });
      },
      showErrorBox: (...a: unknown[]) => calls.dialogs.push(a),
    },
    ipcMain: { handle: (channel: string, fn: Listener) => calls.ipc.set(channel, fn) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (calls.menu = m) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) => calls.protocolHandlers.set(scheme, fn),
    },
    safeStorage: { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text' },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: NonNullable<typeof calls.headersListener>) => (calls.headersListener = fn) },
        setPermissionRequestHandler: (fn: NonNullable<typeof calls.permissionRequest>) => (calls.permissionRequest = fn),
        setPermissionCheckHandler: (fn: NonNullable<typeof calls.permissionCheck>) => (calls.permissionCheck = fn),
      },
    },
  };
  return { electron, calls, windows, appEvents, ready: () => ready() };
}
