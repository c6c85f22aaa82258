/**
 * src-main/index.ts itself, run against a stand-in Electron module: the window, session,
 * protocol and IPC set-up it performs at start, each setting asserted where it is applied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../../src-main/paths';
import { CSP } from '../../../src-main/shell/security';
import { tempDir, testHost } from '../helpers';
import { createFakeElectron, FakeContents } from './fakeElectron';

const fake = vi.hoisted(() => ({ current: null as null | ReturnType<typeof createFakeElectron> }));
vi.mock('electron', () => fake.current!.electron);

describe('main process set-up (stand-in Electron)', () => {
  beforeAll(async () => {
    // An installation whose key file was damaged: the app must say so at start.
    const userData = tempDir('tdkt-userdata-');
    const h = testHost({ dataDir: userData });
    await h.call('setup.init', { unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' }, parent: null, clerkName: 'Nguyễn Thị Hoa' });
    h.close();
    fs.writeFileSync(path.join(userData, 'keys', 'installation-key.json'), 'hỏng');
    fake.current = createFakeElectron(userData, projectRoot);
    delete process.env.ELECTRON_RENDERER_URL;
    await import('../../../src-main/index');
    fake.current.ready();
    await vi.waitFor(() => expect(fake.current!.windows).toHaveLength(1));
  });
  const f = () => fake.current!;
  const win = () => f().windows[0]!;

  it('registers app:// as a privileged, secure standard scheme before ready and serves the app from it, never file://', async () => {
    expect(f().calls.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(win().loaded).toEqual(['app://tdkt/index.html']);
    const handler = f().calls.protocolHandlers.get('app')!;
    expect(handler).toBeTypeOf('function');
    expect((await handler(new Request('app://tdkt/../../package.json'))).status).toBe(404);
    expect((await handler(new Request('app://tdkt/%E0%A4%A.js'))).status).toBe(400);
    expect((await handler(new Request('app://tdkt/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('opens the window with the secure webPreferences and the preload', () => {
    expect(win().options.webPreferences).toEqual({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, spellcheck: false,
      preload: path.join(projectRoot, 'preload/index.js'),
    });
    expect(win().maximized).toBe(true); // a 1366×768 screen
  });

  it('puts the CSP on every response and grants no permission', () => {
    let out: unknown;
    f().calls.headersListener!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, (r) => (out = r));
    expect(out).toEqual({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CSP] } });
    let granted: boolean | null = null;
    f().calls.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(f().calls.permissionCheck!({}, 'notifications')).toBe(false);
  });

  it('denies popups, webviews, navigation, redirects and frame navigation away from the app', () => {
    for (const contents of [win().webContents, new FakeContents()]) {
      if (contents !== win().webContents) f().appEvents.emit('web-contents-created', {}, contents);
      expect(contents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      expect(contents.fire('will-attach-webview').prevented).toBe(true);
      expect(contents.fire('will-navigate', { url: 'https://example.com/' }).prevented).toBe(true);
      expect(contents.fire('will-navigate', { url: 'file:///etc/passwd' }).prevented).toBe(true);
      expect(contents.fire('will-navigate', { url: 'app://tdkt/index.html#/people' }).prevented).toBe(false);
      expect(contents.fire('will-redirect', { url: 'https://evil.example/' }).prevented).toBe(true);
      expect(contents.fire('will-redirect', { url: 'app://tdkt/index.html' }).prevented).toBe(false);
      expect(contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false }).prevented).toBe(true);
      expect(contents.fire('will-frame-navigate', { url: 'app://tdkt/index.html', isMainFrame: false }).prevented).toBe(true);
      expect(contents.fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: true }).prevented).toBe(true);
      expect(contents.fire('will-frame-navigate', { url: 'app://tdkt/index.html#/units', isMainFrame: true }).prevented).toBe(false);
    }
  });

  it('checks at start that the key is the registered one, and says so in Vietnamese when not', async () => {
    await vi.waitFor(() => expect(f().calls.dialogs).toHaveLength(1));
    const [, options] = f().calls.dialogs[0] as [unknown, { type: string; message: string; detail: string }];
    expect(options).toMatchObject({ type: 'warning', message: 'Khóa ký của cài đặt này có vấn đề', detail: expect.stringMatching(/keys\/installation-key.json bị hỏng/) });
  });

  it('answers IPC only from the main window’s top frame on the app page', async () => {
    const invoke = f().calls.ipc.get('tdkt:invoke')!;
    const main = win().webContents;
    const top = { url: 'app://tdkt/index.html#/', parent: null };
    const ok = (await invoke({ sender: main, senderFrame: top }, 'setup.status', {})) as { ok: boolean; result?: unknown };
    expect(ok).toMatchObject({ ok: true, result: { initialized: true, installation: { unitCode: 'XA-TP' } } });
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'Yêu cầu không hợp lệ.' } };
    expect(await invoke({ sender: new FakeContents(), senderFrame: top }, 'setup.status', {})).toEqual(refused);
    expect(await invoke({ sender: main, senderFrame: { url: top.url, parent: top } }, 'setup.status', {})).toEqual(refused);
    expect(await invoke({ sender: main, senderFrame: { url: 'file:///x/index.html', parent: null } }, 'setup.status', {})).toEqual(refused);
    expect(await invoke({ sender: main, senderFrame: null }, 'setup.status', {})).toEqual(refused);
    // Unknown names go to the host, which refuses them in Vietnamese.
    expect(await invoke({ sender: main, senderFrame: top }, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });
});
