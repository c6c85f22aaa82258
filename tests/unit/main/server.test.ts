import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from '../../../src-main/server';
import { tempDir } from '../helpers';

function request(port: number, opts: { path: string; method?: string; host?: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[] }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before a refused body is fully sent: the answer is what counts.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else req.end(opts.body);
  });
}

describe('browser harness', () => {
  let h: Harness;
  beforeAll(async () => {
    const renderer = tempDir('tdkt-renderer-');
    fs.writeFileSync(path.join(renderer, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
    fs.mkdirSync(path.join(renderer, 'assets'));
    fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    h = await startServer({ dataDir: tempDir(), port: 0, rendererDir: renderer });
  });
  afterAll(() => h.close());

  const invoke = (headers: Record<string, string>, host?: string) =>
    request(h.port, { path: '/api/invoke', method: 'POST', headers, host, body: JSON.stringify({ name: 'setup.status', input: {} }) });

  it('listens on 127.0.0.1 and prints an address carrying the token', () => {
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
  });

  it('serves the page only with the token, and tells the page its token', async () => {
    expect((await request(h.port, { path: '/' })).status).toBe(401);
    const page = await request(h.port, { path: `/?token=${h.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="tdkt-token" content="${h.token}" />`);
    expect((await request(h.port, { path: '/assets/app.js' })).status).toBe(200);
    expect((await request(h.port, { path: '/../../etc/passwd' })).status).toBe(404);
  });

  it('answers calls with the token and refuses them without it', async () => {
    const ok = await invoke({ 'X-TDKT-Token': h.token });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, result: { initialized: false, installation: null } });
    expect((await invoke({})).status).toBe(401);
    expect((await invoke({ 'X-TDKT-Token': 'guess' })).status).toBe(401);
  });

  it('refuses other Host headers (DNS rebinding)', async () => {
    expect((await invoke({ 'X-TDKT-Token': h.token }, 'evil.example:80')).status).toBe(403);
    expect((await request(h.port, { path: `/?token=${h.token}`, host: 'attacker.test' })).status).toBe(403);
  });

  it('answers a malformed body with a Vietnamese error', async () => {
    const r = await request(h.port, { path: '/api/invoke', method: 'POST', headers: { 'X-TDKT-Token': h.token }, body: '{not json' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toBe('Yêu cầu không hợp lệ.');
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    request(h.port, { path: '/api/invoke', method: 'POST', headers: { 'X-TDKT-Token': h.token, ...headers }, body });

  it('refuses calls from another origin, or a sandboxed one, even with the token', async () => {
    const call = JSON.stringify({ name: 'setup.status', input: {} });
    expect((await post(call, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(call, { Origin: 'null' })).status).toBe(403);
    expect((await post(call, { Origin: `http://127.0.0.1:${h.port + 1}` })).status).toBe(403);
    expect((await post(call, { Origin: `http://127.0.0.1:${h.port}` })).status).toBe(200);
    expect((await post(call, { Origin: `http://localhost:${h.port}` })).status).toBe(200);
  });

  it('answers 413 for a body over the limit, declared or counted while reading', async () => {
    const declared = await request(h.port, { path: '/api/invoke', method: 'POST', headers: { 'X-TDKT-Token': h.token, 'Content-Length': String(26 * 1024 * 1024) }, body: '{}' });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toMatch(/Yêu cầu quá lớn/);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const counted = await request(h.port, { path: '/api/invoke', method: 'POST', headers: { 'X-TDKT-Token': h.token, 'Transfer-Encoding': 'chunked' }, chunks: Array<Buffer>(26).fill(chunk) });
    expect(counted.status).toBe(413);
    // The server still answers afterwards.
    expect((await post(JSON.stringify({ name: 'setup.status', input: {} }))).status).toBe(200);
  });

  it.each(['null', '[]', '42', '"setup.status"', '{"input":{}}', '{"name":null}'])('answers 400 in Vietnamese for the body %s', async (body) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toMatch(/^Yêu cầu không hợp lệ/);
  });

  it('answers 400 in Vietnamese for a bad percent-encoding in a path', async () => {
    for (const p of ['/assets/%E0%A4%A.js', '/%', '/assets/a%00.js']) {
      const r = await request(h.port, { path: p });
      expect(r.status).toBe(400);
      expect(r.body).toMatch(/Địa chỉ không hợp lệ/);
    }
  });
});
