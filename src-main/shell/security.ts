// The Electron shell's security settings (CSP, navigation, permissions, IPC sender checks), kept apart from index.ts so tests can run them.
/**
 * The window's security settings as plain data and pure functions, so they can be unit-tested
 * without Electron (this module must never import 'electron'). index.ts applies them.
 */

/**
 * webPreferences of the main window, minus `preload` (its path is known only at run time).
 * The renderer gets no Node, runs in Chromium's sandbox, and sees main only through the
 * contextBridge function `window.tdkt` (src-main/preload.ts).
 */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // The spellchecker downloads dictionaries from Google: the app stays offline.
  spellcheck: false,
} as const;

/**
 * The Content-Security-Policy of the packaged app: everything from the app itself, nothing from
 * the network. 'unsafe-inline' for styles only, because Mantine and React write style attributes.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `electron-vite dev` only: the Vite dev server injects an inline React-refresh preamble and
 * talks to its HMR socket, which the strict policy blocks. Never used when the app is packaged.
 */
export function devContentSecurityPolicy(devUrl: string): string {
  const { host } = new URL(devUrl);
  return CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ws://${host}`,
  );
}

/** The app's own scheme and host: the renderer is served at app://tdkt/ (shell/protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tdkt';

export interface AppUrlOptions {
  /** The electron-vite dev server URL (ELECTRON_RENDERER_URL), only when not packaged. */
  devUrl?: string | undefined;
}

/**
 * Is `url` the app's own page? Used for IPC sender checks and navigation. The packaged app is
 * served at app://tdkt/index.html (shell/protocol.ts); query and hash are ignored (the renderer
 * routes with the hash). file:// is never the app any more.
 */
export function isAllowedAppUrl(url: string, opts: AppUrlOptions): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (opts.devUrl) {
    try {
      const dev = new URL(opts.devUrl);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin === dev.origin) {
        return true;
      }
    } catch {
      // A malformed dev URL allows nothing extra.
    }
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && (u.pathname === '/' || u.pathname === '/index.html') && !u.username && !u.password && !u.port;
}

/**
 * The `.tdkt` package a launch asks us to open: Windows passes the double-clicked file as a
 * command-line argument. The last argument ending in `.tdkt` (any case) wins; switches
 * (`--foo=x.tdkt`) are not files.
 */
export function extractTdktPath(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i];
    if (arg && !arg.startsWith('-') && arg.toLowerCase().endsWith('.tdkt')) return arg;
  }
  return null;
}
