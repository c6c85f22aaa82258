import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMessages, startServer } from '../../../src-main/server';
import { tempDir } from '../helpers';

async function occupy(): Promise<net.Server & { port: number }> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return Object.assign(s, { port: (s.address() as net.AddressInfo).port });
}

/** A stand-in for the built renderer: the unit suite runs before `electron-vite build`. */
function rendererDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>TĐKT</title>');
  return dir;
}

describe('npm run serve / npm start on a busy port', () => {
  it('takes the next free port and says so, with the data folder', async () => {
    const busy = await occupy();
    const dataDir = tempDir();
    const h = await startServer({ dataDir, port: busy.port, nextFreePort: true, rendererDir: rendererDir() });
    try {
      expect(h.port).toBeGreaterThan(busy.port);
      expect(h.port).toBeLessThanOrEqual(busy.port + 20);
      expect(startMessages(h, busy.port, dataDir)).toEqual([
        `Cổng ${busy.port} đang được chương trình khác dùng; dùng cổng ${h.port}.`,
        `TĐKT Desktop (trình duyệt) đang chạy: ${h.url}`,
        `Thư mục dữ liệu: ${dataDir}`,
      ]);
    } finally {
      await h.close();
      busy.close();
    }
  });

  it('without nextFreePort a busy port is still an error; a free one prints no port line', async () => {
    const busy = await occupy();
    try {
      await expect(startServer({ dataDir: tempDir(), port: busy.port, rendererDir: rendererDir() })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      busy.close();
    }
    const h = await startServer({ dataDir: tempDir(), port: 0, rendererDir: rendererDir() });
    try {
      expect(startMessages(h, h.port, '/d')).toEqual([`TĐKT Desktop (trình duyệt) đang chạy: ${h.url}`, 'Thư mục dữ liệu: /d']);
    } finally {
      await h.close();
    }
  });
});
