import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startMessages, startServer } from '../../../src-main/server';
import { tempDir } from '../helpers';

async function occupy(): Promise<net.Server & { port: number }> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  return Object.assign(s, { port: (s.address() as net.AddressInfo).port });
}

describe('npm run serve / npm start on a busy port', () => {
  it('takes the next free port and says so, with the data folder', async () => {
    const busy = await occupy();
    const dataDir = tempDir();
    const h = await startServer({ dataDir, port: busy.port, nextFreePort: true });
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
      await expect(startServer({ dataDir: tempDir(), port: busy.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      busy.close();
    }
    const h = await startServer({ dataDir: tempDir(), port: 0 });
    try {
      expect(startMessages(h, h.port, '/d')).toEqual([`TĐKT Desktop (trình duyệt) đang chạy: ${h.url}`, 'Thư mục dữ liệu: /d']);
    } finally {
      await h.close();
    }
  });
});
