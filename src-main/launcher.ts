/**
 * `npm start` (after `electron-vite build`): run the app in Electron when its binary is
 * installed; otherwise serve the same built renderer through the browser harness (server.ts),
 * so the app can still be used and tested on machines without Electron. Never downloads anything.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..');

/** The Electron executable, or null. require('electron') throws when the binary is missing. */
function electronBinary(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- must be catchable, not hoisted
    const bin: unknown = require('electron');
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function runElectron(bin: string): void {
  const env = { ...process.env };
  // Inherited from some shells/IDEs, this would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(bin, ['.'], { cwd: projectRoot, stdio: 'inherit', env });
  child.on('error', (err) => {
    console.error('Không chạy được Electron (cannot start Electron):', err.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function runHarness(): Promise<void> {
  // Loaded only on this path: it pulls in the host and the native SQLite module.
  const { startMessages, startServer } = await import('./server');
  const { defaultDataDir } = await import('./paths');
  const port = Number(process.env.PORT) || 5199;
  const dataDir = path.resolve(process.env.TDKT_DATA_DIR ?? defaultDataDir());
  const server = await startServer({ dataDir, port, rendererDir: path.join(projectRoot, 'out/renderer'), nextFreePort: true });
  console.log('Không có Electron trên máy này (Electron binary not installed); mở ứng dụng qua trình duyệt / open in a browser.');
  for (const line of startMessages(server, port, dataDir)) console.log(line);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const bin = electronBinary();
if (bin) {
  runElectron(bin);
} else {
  runHarness().catch((err: unknown) => {
    console.error('Không khởi động được ứng dụng (start failed):', err);
    process.exit(1);
  });
}
