/**
 * The app's own scheme, app://tdkt/…: the renderer is served from here instead of file://, so
 * the page has an origin of its own (no file:// extra privileges, no reach into other files),
 * and every response carries the CSP header. Pure Node (never imports 'electron'): index.ts
 * registers it, tests run it with a temp folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CSP } from './security';
import { mimeOfName } from '../lib/mime';

export { APP_HOST, APP_SCHEME };
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: a real origin (relative URLs, localStorage); secure: like https; fetch for assets.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;


const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/** The file under `rendererDir` an app:// URL names, or a status to answer instead. */
export function resolveAppPath(url: string, rendererDir: string): { file: string } | { status: 400 | 404 } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep)) return { status: 404 };
  return { file };
}

/** The protocol.handle('app', …) handler: GET only, files of the built renderer only. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveAppPath(request.url, rendererDir);
    if ('status' in target) return plain(target.status, target.status === 400 ? 'Bad request' : 'Not found');
    let body: Buffer;
    try {
      const stat = await fs.promises.stat(target.file);
      if (!stat.isFile()) return plain(404, 'Not found');
      body = await fs.promises.readFile(target.file);
    } catch {
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeOfName(target.file),
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  };
}
