import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'TĐKT Desktop';

/** The same folder Electron's app.getPath('userData') gives, so CLI and app share data. */
export function defaultDataDir(): string {
  if (process.env.TDKT_DATA_DIR) return process.env.TDKT_DATA_DIR;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/**
 * Project root: the nearest folder above this file that holds package.json. From source (tsx,
 * vitest) that is src-main/..; from the pre-built CLI and harness bundles it is out/tools/../..
 */
export const projectRoot = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
})();

export function migrationsDir(): string {
  return path.join(projectRoot, 'src-main', 'db', 'migrations');
}

export function rendererDir(): string {
  return path.join(projectRoot, 'out', 'renderer');
}
