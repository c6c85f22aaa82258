/**
 * Electron bootstrap only: one instance, one window, security settings, menu, and the single
 * IPC channel into host.ts. No business logic here: the host (shared with the HTTP harness and
 * the CLI) validates every input and talks to the services.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  screen,
  session,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
  type WebContents,
} from 'electron';
import type { InvokeResult } from '../src-shared/api';
import type { TdktChannels } from '../src-shared/api/bridge';
import { createHost, type Host } from './host';
import type { SecretProtector } from './keys/protector';
import {
  CSP,
  devContentSecurityPolicy,
  extractTdktPath,
  isAllowedAppUrl,
  secureWebPreferences,
} from './shell/security';

const INVOKE: TdktChannels['invoke'] = 'tdkt:invoke';
const OPEN_FILE: TdktChannels['openFile'] = 'tdkt:open-file';
const APP_TITLE = 'TĐKT Desktop';

// The dev server URL is honoured only in development: a packaged app never loads a page named
// by an environment variable.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// out/main/index.js → out/renderer/index.html and out/preload/index.js (electron.vite.config.ts).
const appUrls = { devUrl, rendererIndexPath: path.join(__dirname, '../renderer/index.html') };
const preloadPath = path.join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | null = null;
let host: Host | null = null;
// .tdkt paths wait here until the window has loaded (launch argv, or a second launch meanwhile).
let rendererLoaded = false;
const pendingPaths: string[] = [];

process.on('unhandledRejection', (err) => console.error('[tdkt] unhandled rejection', err));

if (!app.requestSingleInstanceLock()) {
  // Another TĐKT Desktop is running: it receives our argv in 'second-instance' and we leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = extractTdktPath(argv);
    if (file) deliverOpenFile(file);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    host?.close();
    host = null;
  });
  app.whenReady().then(start, fatal);
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId('vn.tdkt.desktop');
  hardenSession();
  try {
    host = createHost({
      dataDir: app.getPath('userData'),
      migrationsDir: app.isPackaged
        ? path.join(process.resourcesPath, 'migrations')
        : path.join(app.getAppPath(), 'src-main/db/migrations'),
      protector: safeStorageProtector(),
    });
  } catch (err) {
    fatal(err);
    return;
  }
  console.log(`Thư mục dữ liệu: ${app.getPath('userData')}`);
  ipcMain.handle(INVOKE, handleInvoke);
  Menu.setApplicationMenu(buildMenu());
  createWindow();
  const file = extractTdktPath(process.argv);
  if (file) deliverOpenFile(file);
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...secureWebPreferences, preload: preloadPath },
  });
  mainWindow = win;
  // Many office laptops have exactly 1366×768: there the window would overlap the taskbar.
  const work = screen.getPrimaryDisplay().workAreaSize;
  if (work.width <= 1366 || work.height <= 768) win.maximize();
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-finish-load', () => {
    rendererLoaded = true;
    for (const file of pendingPaths.splice(0)) win.webContents.send(OPEN_FILE, file);
  });
  win.on('closed', () => {
    mainWindow = null;
    rendererLoaded = false;
  });
  const loading = devUrl ? win.loadURL(devUrl) : win.loadFile(appUrls.rendererIndexPath);
  loading.catch((err: unknown) => console.error('[tdkt] cannot load the renderer', err));
}

function deliverOpenFile(file: string): void {
  if (mainWindow && rendererLoaded) mainWindow.webContents.send(OPEN_FILE, file);
  else pendingPaths.push(file);
}

/** The only IPC entry point. Answers from anything but our own page are refused. */
/** "Chọn…" in Electron: the system's own folder dialog (the harness serves its chooser instead, see handlers.ts). */
async function pickFolderNative(input: unknown): Promise<InvokeResult> {
  const title = typeof (input as { title?: unknown } | null)?.title === 'string' ? (input as { title: string }).title.slice(0, 200) : 'Chọn thư mục';
  const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return { ok: true, result: { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) } };
}

async function handleInvoke(
  event: IpcMainInvokeEvent,
  name: unknown,
  input: unknown,
): Promise<InvokeResult> {
  const frame = event.senderFrame;
  const trusted =
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame.parent === null &&
    isAllowedAppUrl(frame.url, appUrls);
  if (!trusted || !host) {
    console.error('[tdkt] refused IPC call', { name, url: frame?.url, ready: host !== null });
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ.' } };
  }
  try {
    if (name === 'folders.pickNative') return await pickFolderNative(input);
    // The host parses `input` with the contract's schema and rejects unknown names.
    return await host.invoke(typeof name === 'string' ? name : '', input);
  } catch (err) {
    console.error('[tdkt] host.invoke failed', name, err);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
      },
    };
  }
}

/** CSP header on every response, and no permission (camera, notifications, ...) for anyone. */
function hardenSession(): void {
  const ses = session.defaultSession;
  const csp = devUrl ? devContentSecurityPolicy(devUrl) : CSP;
  // file:// pages get no response headers: the <meta> CSP in src-renderer/index.html covers them.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Every web contents: no popups, no webviews, no navigation away from the app's own page. */
function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => {
    if (!isAllowedAppUrl(event.url, appUrls)) {
      console.error('[tdkt] blocked navigation to', event.url);
      event.preventDefault();
    }
  });
}

/**
 * Keys are wrapped with the OS keystore (DPAPI on Windows) when there is one. Otherwise the host
 * falls back to a file readable by this user only. Linux's 'basic_text' backend is a fixed
 * key, no better than that file, so it is not pretended to be protection.
 */
function safeStorageProtector(): SecretProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return undefined;
  }
  return {
    kind: 'safeStorage',
    // safeStorage works on strings: base64 carries arbitrary bytes through it unchanged.
    protect: (plain) => safeStorage.encryptString(plain.toString('base64')),
    unprotect: (data) => Buffer.from(safeStorage.decryptString(data), 'base64'),
  };
}

function buildMenu(): Menu {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
    { label: 'Phóng to', role: 'zoomIn' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
  ];
  if (!app.isPackaged) view.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
  return Menu.buildFromTemplate([
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    { label: 'Xem', submenu: view },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu', click: showAbout }] },
  ]);
}

function showAbout(): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'Giới thiệu',
    message: APP_TITLE,
    detail:
      `Phiên bản ${app.getVersion()}\n` +
      'Phần mềm quản lý công tác thi đua, khen thưởng; chạy hoàn toàn trên máy này, không cần Internet.\n' +
      `Thư mục dữ liệu: ${app.getPath('userData')}`,
  };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((err: unknown) => console.error('[tdkt] about dialog', err));
}

/** Start-up failed (e.g. the database cannot be opened): say so in Vietnamese and quit. */
function fatal(err: unknown): void {
  console.error('[tdkt] start-up failed', err);
  const detail = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox(
    APP_TITLE,
    'Không khởi động được TĐKT Desktop vì không mở được dữ liệu. Hãy đóng các cửa sổ TĐKT Desktop ' +
      'khác rồi mở lại; nếu vẫn lỗi, hãy báo cán bộ kỹ thuật kèm nội dung sau:\n\n' +
      detail,
  );
  app.exit(1);
}
