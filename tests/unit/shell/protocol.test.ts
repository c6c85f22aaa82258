/** app://tdkt/ serving (src-main/shell/protocol.ts) against a temp renderer folder. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolHandler, resolveAppPath } from '../../../src-main/shell/protocol';
import { CSP } from '../../../src-main/shell/security';
import { tempDir } from '../helpers';

const root = path.join(tempDir('tdkt-out-'), 'renderer');
fs.mkdirSync(root);
fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
fs.mkdirSync(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'assets', 'app-1.js'), 'console.log(1)');
fs.writeFileSync(path.join(root, '..', 'secret.txt'), 'secret');
const handler = appProtocolHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the page and its assets with the CSP and the right type', async () => {
    for (const url of ['app://tdkt/index.html', 'app://tdkt/']) {
      const r = await get(url);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-security-policy')).toBe(CSP);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await r.text()).toBe('<html></html>');
    }
    const js = await get('app://tdkt/assets/app-1.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['app://tdkt/../secret.txt', 404],
    ['app://tdkt/%2e%2e/secret.txt', 404],
    ['app://tdkt/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 404],
    ['app://tdkt/..%5csecret.txt', 404],
    ['app://tdkt/assets', 404],
    ['app://tdkt/missing.js', 404],
    ['app://other/index.html', 404],
    ['app://tdkt/%E0%A4%A', 400],
    ['app://tdkt/a%00.js', 400],
  ])('%s → %i', async (url, status) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(await r.text()).not.toContain('secret');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://tdkt/index.html', 'HEAD')).status).toBe(200);
    expect((await get('app://tdkt/index.html', 'DELETE')).status).toBe(405);
  });

  it('resolves only inside the renderer folder', () => {
    expect(resolveAppPath('app://tdkt/assets/app-1.js', root)).toEqual({ file: path.join(root, 'assets', 'app-1.js') });
    expect(resolveAppPath('not a url', root)).toEqual({ status: 400 });
  });
});
