/** The window's security settings (src-main/shell/security.ts), checked without Electron. */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CSP,
  devContentSecurityPolicy,
  extractTdktPath,
  isAllowedAppUrl,
  secureWebPreferences,
} from '../../../src-main/shell/security';

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('CSP', () => {
  const directives = CSP.split(';').map((d) => d.trim());

  it('allows only the app itself', () => {
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("frame-ancestors 'none'");
  });

  it('names no remote origin and no wildcard', () => {
    expect(CSP).not.toMatch(/https?:/);
    expect(CSP).not.toMatch(/wss?:/);
    expect(CSP).not.toContain('*');
    expect(CSP).not.toContain("'unsafe-eval'");
    expect(CSP).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('is relaxed in development only for the dev server’s own host', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).not.toContain('*');
  });
});

describe('isAllowedAppUrl', () => {
  const appUrl = 'app://tdkt/index.html';
  const devUrl = 'http://localhost:5173';

  it.each([
    [appUrl, {}, true],
    [`${appUrl}#/units`, {}, true],
    [`${appUrl}?x=1`, {}, true],
    ['app://tdkt/', {}, true],
    ['app://tdkt/other.html', {}, false],
    ['app://evil/index.html', {}, false],
    ['app://user:pw@tdkt/index.html', {}, false],
    ['app://tdkt:8080/index.html', {}, false],
    [pathToFileURL('/opt/tdkt/resources/app.asar/out/renderer/index.html').href, {}, false],
    [pathToFileURL('/etc/passwd').href, {}, false],
    ['http://localhost:5173/', {}, false],
    ['http://localhost:5173/', { devUrl }, true],
    ['http://localhost:5173/#/people', { devUrl }, true],
    ['http://localhost:5174/', { devUrl }, false],
    ['https://localhost:5173/', { devUrl }, false],
    ['ws://localhost:5173/', { devUrl }, false],
    ['https://example.com/', { devUrl }, false],
    ['javascript:alert(1)', { devUrl }, false],
    ['not a url', {}, false],
    ['', {}, false],
  ])('%s %o → %s', (url, extra, expected) => {
    expect(isAllowedAppUrl(url, extra)).toBe(expected);
  });

  it('ignores a malformed dev URL', () => {
    expect(isAllowedAppUrl('http://localhost:5173/', { devUrl: '::' })).toBe(false);
  });
});

describe('extractTdktPath', () => {
  it.each<[string[], string | null]>([
    [['C:\\Program Files\\TDKT\\TDKT-Desktop.exe'], null],
    [['TDKT-Desktop.exe', 'C:\\Users\\an\\Downloads\\goi-2025.tdkt'], 'C:\\Users\\an\\Downloads\\goi-2025.tdkt'],
    [['TDKT-Desktop.exe', 'D:\\GÓI DỮ LIỆU.TDKT'], 'D:\\GÓI DỮ LIỆU.TDKT'],
    [['electron', '.', '/home/an/a.tdkt', '/home/an/b.tdkt'], '/home/an/b.tdkt'],
    [['TDKT-Desktop.exe', 'a.tdkt', '--allow-file-access-from-files'], 'a.tdkt'],
    [['TDKT-Desktop.exe', '--open=x.tdkt'], null],
    [['TDKT-Desktop.exe', 'a.tdkt.txt'], null],
    [['TDKT-Desktop.exe', 'a.tdktx'], null],
    [[], null],
  ])('%o → %s', (argv, expected) => {
    expect(extractTdktPath(argv)).toBe(expected);
  });
});
