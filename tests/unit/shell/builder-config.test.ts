/**
 * The Windows installer cannot be built on CI (electron-builder downloads Electron and cannot
 * cross-compile better-sqlite3), so its configuration — package.json "build" — is checked here:
 * against electron-builder's own schema, and for the choices clerks depend on.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  build: Record<string, unknown> & {
    productName: string;
    files: string[];
    asarUnpack: string[];
    extraResources: { from: string; to: string; filter?: string[] }[];
    fileAssociations: { ext: string; name: string }[];
    win: { target: { target: string; arch: string[] }[] };
    nsis: Record<string, unknown>;
    directories: { output: string };
    electronFuses: Record<string, boolean>;
  };
};
const build = pkg.build;

describe('electron-builder config (package.json "build")', () => {
  it('is accepted by electron-builder’s own schema validation', async () => {
    // app-builder-lib is electron-builder's engine; resolve it from there, not from hoisting luck.
    const req = createRequire(require.resolve('electron-builder/package.json', { paths: [root] }));
    const config = req('app-builder-lib/out/util/config/config') as {
      validateConfiguration(c: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const log = { isEnabled: false, add: () => undefined };
    await expect(config.validateConfiguration(build, log)).resolves.toBeUndefined();
    await expect(config.validateConfiguration({ ...build, nsis: { bogus: 1 } }, log)).rejects.toThrow();
  });

  it('names the product and the app id', () => {
    expect(build.productName).toBe('TĐKT Desktop');
    expect(build.appId).toBe('vn.tdkt.desktop');
  });

  it('builds a per-user NSIS installer for x64 that never asks for admin rights', () => {
    expect(build.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(build.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      artifactName: 'TDKT-Desktop-Setup-${version}.exe',
    });
    // Uninstalling must never delete the clerk's database.
    expect(build.nsis.deleteAppDataOnUninstall ?? false).toBe(false);
  });

  it('associates .tdkt packages with the app', () => {
    expect(build.fileAssociations).toEqual([expect.objectContaining({ ext: 'tdkt', name: 'Gói dữ liệu TĐKT' })]);
  });

  it('packs the build output, ships migrations beside the app and unpacks the SQLite module', () => {
    expect(build.files).toContain('out/**');
    expect(build.files).toContain('package.json');
    // index.ts reads process.resourcesPath/migrations when packaged.
    expect(build.extraResources).toContainEqual(
      expect.objectContaining({ from: 'src-main/db/migrations', to: 'migrations' }),
    );
    expect(build.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'reference' }));
    expect(build.asarUnpack.some((p) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
    expect(build.directories.output).toBe('dist');
  });

  it('references no icon or installer asset that does not exist', () => {
    const referenced: string[] = [];
    JSON.stringify(build, (key, value: unknown) => {
      if (typeof value === 'string' && /icon|header|sidebar|license/i.test(key)) referenced.push(value);
      return value;
    });
    for (const file of referenced) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
  });

  it('flips the Electron fuses: no Node mode, no NODE_OPTIONS, no inspector; only the integrity-checked app.asar', async () => {
    expect(build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from app:// (shell/protocol.ts): file:// needs no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    });
    // Plain `asar: true`: the integrity hash is embedded (an options object could disable it).
    expect(build.asar).toBe(true);
    // electron-builder knows every fuse named (a typo would be refused by its schema).
    const req = createRequire(require.resolve('electron-builder/package.json', { paths: [root] }));
    const config = req('app-builder-lib/out/util/config/config') as { validateConfiguration(c: unknown, log: unknown): Promise<void> };
    await expect(config.validateConfiguration({ ...build, electronFuses: { ...build.electronFuses, runAsNod: false } }, { isEnabled: false, add: () => undefined })).rejects.toThrow();
  });
});
