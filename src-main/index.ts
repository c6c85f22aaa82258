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
  protocol,
  safeStorage,
  screen,
  session,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type MessageBoxOptions,
} from 'electron';
import type { InvokeResult } from '../src-shared/api';
import type { TdktChannels } from '../src-shared/api/bridge';
import { createHost, type Host } from './host';
import type { SecretProtector } from './keys/protector';
import { hardenContents, hardenSession, isTrustedSender } from './shell/harden';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './shell/protocol';
import { CSP, devContentSecurityPolicy, extractTdktPath, secureWebPreferences } from './shell/security';

const INVOKE: TdktChannels['invoke'] = 'tdkt:invoke';
const OPEN_FILE: TdktChannels['openFile'] = 'tdkt:open-file';
const APP_TITLE = 'TĐKT Desktop';

// The dev server URL is honoured only in development: a packaged app never loads a page named
// by an environment variable.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// out/main/index.js → out/renderer/ and out/preload/index.js (electron.vite.config.ts). The
// renderer is served at app://tdkt/ (shell/protocol.ts), never from file://.
const rendererDir = path.join(__dirname, '../renderer');
const appUrls = { devUrl };
const preloadPath = path.join(__dirname, '../preload/index.js');

let mainWindow: BrowserWindow | null = null;
let host: Host | null = null;
// .tdkt paths wait here until the window has loaded (launch argv, or a second launch meanwhile).
let rendererLoaded = false;
const pendingPaths: string[] = [];

process.on('unhandledRejection', (err) => console.error('[tdkt] unhandled rejection', err));
// Must happen before 'ready': app:// gets a real, secure origin of its own.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

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
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrls));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    host?.close();
    host = null;
  });
  app.whenReady().then(start, fatal);
}

function start(): void {
  if (process.platform === 'win32') app.setAppUserModelId('vn.tdkt.desktop');
  // file:// pages get no response headers; app:// responses carry the CSP themselves, and the
  // session adds it to every other response (the dev server's).
  hardenSession(session.defaultSession, devUrl ? devContentSecurityPolicy(devUrl) : CSP);
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
  try {
    host = createHost({
      dataDir: app.getPath('userData'),
      migrationsDir: app.isPackaged
        ? path.join(process.resourcesPath, 'migrations')
        : path.join(app.getAppPath(), 'src-main/db/migrations'),
      protector: safeStorageProtector(),
      program: 'cửa sổ TĐKT Desktop',
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
  void checkKeyAtStart();
}

/**
 * The signing key must be the one this unit registered: a missing, damaged or swapped key file
 * is said at start, not discovered when the province calls a package "tampered".
 */
async function checkKeyAtStart(): Promise<void> {
  const r = await host?.invoke('keys.show', {});
  const problem = r?.ok ? (r.result as { problem: { message: string } | null }).problem : null;
  if (!problem) return;
  const options: MessageBoxOptions = { type: 'warning', title: APP_TITLE, message: 'Khóa ký của cài đặt này có vấn đề', detail: problem.message };
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  shown.catch((err: unknown) => console.error('[tdkt] key warning', err));
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
  // A form with unsaved changes cancels the unload (beforeunload); Electron shows no question of
  // its own, so ask here. The draft is already being written either way (useDraft).
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: APP_TITLE,
      message: 'Có biểu mẫu chưa lưu.',
      detail: 'Nội dung đã nhập được giữ làm bản nháp và sẽ hiện lại khi mở lại biểu mẫu. Đóng chương trình bây giờ?',
      buttons: ['Đóng, giữ bản nháp', 'Ở lại'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault(); // preventing the prevention: the window closes
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-finish-load', () => {
    rendererLoaded = true;
    for (const file of pendingPaths.splice(0)) win.webContents.send(OPEN_FILE, file);
  });
  win.on('closed', () => {
    mainWindow = null;
    rendererLoaded = false;
  });
  const loading = win.loadURL(devUrl ?? APP_INDEX_URL);
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

/** "Chọn tệp…" in Electron: the system's own open-file dialog, filtered by the given file name endings. */
async function pickFileNative(input: unknown): Promise<InvokeResult> {
  const i = (input ?? {}) as { title?: unknown; filterName?: unknown; extensions?: unknown };
  const title = typeof i.title === 'string' ? i.title.slice(0, 200) : 'Chọn tệp';
  const extensions = Array.isArray(i.extensions) ? i.extensions.filter((e): e is string => typeof e === 'string' && /^[a-z0-9][a-z0-9-]{0,19}$/.test(e)).slice(0, 10) : [];
  const filters = extensions.length ? [{ name: typeof i.filterName === 'string' ? i.filterName.slice(0, 200) : 'Tệp', extensions }] : [];
  const options: Electron.OpenDialogOptions = { title, properties: ['openFile'], filters };
  const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return { ok: true, result: { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) } };
}

async function handleInvoke(
  event: IpcMainInvokeEvent,
  name: unknown,
  input: unknown,
): Promise<InvokeResult> {
  if (!isTrustedSender(event, mainWindow?.webContents ?? null, appUrls) || !host) {
    console.error('[tdkt] refused IPC call', { name, url: event.senderFrame?.url, ready: host !== null });
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ.' } };
  }
  try {
    if (name === 'folders.pickNative') return await pickFolderNative(input);
    if (name === 'folders.pickNativeFile') return await pickFileNative(input);
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
