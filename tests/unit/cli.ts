/**
 * Runs the CLI as a clerk would, from the pre-built bundle (out/tools/cli.js, built once per test
 * run by tests/unit/globalSetup.ts) with plain node: no TypeScript loader per call.
 */
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src-main/paths';

export const cliBundle = path.join(projectRoot, 'out', 'tools', 'cli.js');

/** `tdkt ARGS…` (status, stdout, stderr); add `--data-dir` yourself, or use `cliIn`. */
export function runCli(args: string[], opts: Pick<SpawnSyncOptions, 'env' | 'input'> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
  });
}

/** The CLI bound to one data folder: `cli('people', 'search', 'dang', '--json')`. */
export const cliIn =
  (dataDir: string) =>
  (...args: string[]): SpawnSyncReturns<string> =>
    runCli([...args, '--data-dir', dataDir]);
