/**
 * What index.ts applies to Electron's session, web contents and IPC events. Only types come
 * from 'electron' (erased at build), so tests run these with stand-in objects; the test of
 * index.ts itself (tests/unit/shell/main-setup.test.ts) runs them against a stand-in module.
 */
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { isAllowedAppUrl, type AppUrlOptions } from './security';

/** CSP header on every response, and no permission (camera, notifications, …) for anyone. */
export function hardenSession(ses: Pick<Session, 'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, csp: string): void {
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

type Preventable = { preventDefault(): void; url?: string };

/**
 * Every web contents: no popups, no webviews, no navigation or redirect away from the app's
 * own page, and no frame navigating anywhere (the app has no frames).
 */
export function hardenContents(contents: Pick<WebContents, 'setWindowOpenHandler' | 'on'>, opts: AppUrlOptions): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const on = contents.on.bind(contents) as (event: string, listener: (event: Preventable, ...rest: unknown[]) => void) => void;
  on('will-attach-webview', (event) => event.preventDefault());
  const mainFrameOnly = (name: string) => (event: Preventable, url?: unknown) => {
    const target = typeof event.url === 'string' ? event.url : typeof url === 'string' ? url : '';
    if (!isAllowedAppUrl(target, opts)) {
      console.error(`[tdkt] blocked ${name} to`, target);
      event.preventDefault();
    }
  };
  on('will-navigate', mainFrameOnly('navigation'));
  on('will-redirect', mainFrameOnly('redirect'));
  on('will-frame-navigate', (event) => {
    const e = event as Preventable & { isMainFrame?: boolean };
    // The main frame's own navigations are judged by will-navigate; a subframe never navigates.
    if (e.isMainFrame && isAllowedAppUrl(e.url ?? '', opts)) return;
    console.error('[tdkt] blocked frame navigation to', e.url);
    e.preventDefault();
  });
}

/** An IPC call is answered only when it comes from the main window's top frame, on the app's own page. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, main: WebContents | null, opts: AppUrlOptions): boolean {
  const frame = event.senderFrame;
  return main !== null && event.sender === main && frame !== null && frame.parent === null && isAllowedAppUrl(frame.url, opts);
}
