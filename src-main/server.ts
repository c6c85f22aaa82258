import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHost, type Host } from './host';
import { defaultDataDir, migrationsDir, rendererDir as defaultRendererDir } from './paths';
import { CSP } from './shell/security';
import { mimeOfName } from './lib/mime';

/**
 * The browser harness: the built renderer plus host.ts over HTTP, on 127.0.0.1 only. For
 * development and end-to-end tests on machines without the Electron binary. Two guards keep
 * other local pages and DNS-rebinding sites out: the Host header must name this server, and
 * every call must carry a per-run token that only the page served at `/?token=…` knows.
 */
export interface Harness {
  url: string;
  port: number;
  token: string;
  host: Host;
  close(): Promise<void>;
}

const MAX_BODY = 25 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // The same policy the Electron window enforces: nothing from the network.
    'Content-Security-Policy': CSP,
  });
  res.end(body);
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    // Refused before reading when the client says how big it is; counted while reading otherwise.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge());
        req.pause();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const jsonError = (res: http.ServerResponse, status: number, code: string, message: string) =>
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }), mimeOfName('.json'));

/** Listens on `port`, or on the next of `more` ports after it when one is busy (EADDRINUSE). */
async function listenFrom(server: http.Server, port: number, more: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port + i, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || i >= more) throw e;
    }
  }
}

/** What `npm start` / `npm run serve` print: the address, the data folder, and the port taken when the asked one was busy. */
export function startMessages(h: Pick<Harness, 'url' | 'port'>, asked: number, dataDir: string): string[] {
  return [
    ...(asked && h.port !== asked ? [`Cổng ${asked} đang được chương trình khác dùng; dùng cổng ${h.port}.`] : []),
    `TĐKT Desktop (trình duyệt) đang chạy: ${h.url}`,
    `Thư mục dữ liệu: ${dataDir}`,
  ];
}

export async function startServer(opts: { dataDir: string; port?: number; rendererDir?: string; nextFreePort?: boolean }): Promise<Harness> {
  const root = path.resolve(opts.rendererDir ?? defaultRendererDir());
  const indexFile = path.join(root, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(`Chưa có bản dựng giao diện tại ${root}; hãy chạy "npm run build" trước (renderer not built).`);
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const host = createHost({ dataDir: opts.dataDir, migrationsDir: migrationsDir(), program: 'TĐKT Desktop trên trình duyệt' });
  let allowedHosts: Set<string> = new Set();
  let allowedOrigins: Set<string> = new Set();

  const server = http.createServer(async (req, res) => {
    try {
      if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/api/invoke') {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
        // A page of another origin (or a sandboxed one, "null") never calls the host, token or not.
        const origin = req.headers.origin;
        if (origin !== undefined && !allowedOrigins.has(origin)) return send(res, 403, 'Forbidden origin');
        if (req.headers['x-tdkt-token'] !== token) return send(res, 401, 'Missing or wrong token');
        let payload: unknown;
        try {
          payload = JSON.parse(await readBody(req));
        } catch (e) {
          if (e instanceof BodyTooLarge) {
            res.setHeader('Connection', 'close');
            return jsonError(res, 413, 'TOO_LARGE', `Yêu cầu quá lớn (giới hạn ${MAX_BODY / 1048576} MB); hãy gửi tệp nhỏ hơn hoặc chia nhỏ dữ liệu.`);
          }
          return jsonError(res, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.');
        }
        if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
          return jsonError(res, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ: nội dung phải là một đối tượng { name, input }.');
        }
        const { name, input } = payload as { name?: unknown; input?: unknown };
        if (typeof name !== 'string') return jsonError(res, 400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ: thiếu tên lệnh (name).');
        const result = await host.invoke(name, input);
        return send(res, 200, JSON.stringify(result), mimeOfName('.json'));
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        if (url.searchParams.get('token') !== token) {
          return send(res, 401, 'Thiếu mã truy cập: hãy mở đúng địa chỉ (có ?token=…) mà lệnh "npm run serve" đã in ra.');
        }
        const html = fs
          .readFileSync(indexFile, 'utf8')
          .replace('</head>', `<meta name="tdkt-token" content="${token}" />\n</head>`);
        return send(res, 200, html, mimeOfName('.html'));
      }
      // Static assets carry no data; they are served to anyone who passes the Host check.
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, 'Địa chỉ không hợp lệ (mã hóa phần trăm bị hỏng).');
      }
      if (pathname.includes('\0')) return send(res, 400, 'Địa chỉ không hợp lệ.');
      const file = path.resolve(root, `.${pathname}`);
      if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return send(res, 404, 'Not found');
      }
      return send(res, 200, fs.readFileSync(file), mimeOfName(file));
    } catch (e) {
      console.error('[tdkt] harness error', e);
      if (!res.headersSent) send(res, 500, 'Internal error');
    }
  });

  await listenFrom(server, opts.port ?? 0, opts.nextFreePort ? 20 : 0);
  const port = (server.address() as { port: number }).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          host.close();
          resolve();
        });
      }),
  };
}

/** `npm run serve -- --data-dir DIR --port N` (run from the pre-built bundle, scripts/bundle.mjs). */
export function serveMain(): void {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const port = values.port ? Number(values.port) : 5199;
  startServer({ dataDir, port, nextFreePort: true })
    .then((h) => {
      for (const line of startMessages(h, port, dataDir)) console.log(line);
      const stop = () => void h.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

if (require.main === module) serveMain();
