import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initializedHost, readOnlyDb } from '../helpers';

const WRITER = path.join(__dirname, 'writer.ts');

function writer(dataDir: string, role: 'people' | 'units', count: number, tag: string) {
  return new Promise<{ role: string; ok: number; failed: number; errors: string[] }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, role, String(count), tag], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!));
      } catch {
        reject(new Error(`writer ${tag} exited ${code}: ${err.slice(0, 2000)}`));
      }
    });
  });
}

describe('two programs writing at once', () => {
  it('lose nothing and fail nothing: two clerks editing people while a list import runs, each in its own process', async () => {
    const { h } = await initializedHost();
    const dataDir = h.dataDir;
    const unitsBefore = (h.context().sqlite.prepare('SELECT count(*) n FROM units').get() as { n: number }).n;
    h.close();

    const results = await Promise.all([writer(dataDir, 'people', 60, 'A'), writer(dataDir, 'units', 20, 'B'), writer(dataDir, 'people', 60, 'C')]);
    expect(results.map((r) => r.errors).flat()).toEqual([]);
    expect(results.map((r) => r.failed)).toEqual([0, 0, 0]);
    // 60 creates + 20 corrections each; 20 imports of 25 units.
    expect(results.map((r) => r.ok)).toEqual([80, 20, 80]);

    const db = readOnlyDb(dataDir);
    expect(db.prepare('SELECT count(*) n FROM people').get()).toEqual({ n: 120 });
    expect(db.prepare(`SELECT count(*) n FROM people WHERE given_name LIKE '%(sửa)'`).get()).toEqual({ n: 40 });
    expect(db.prepare('SELECT count(*) n FROM units').get()).toEqual({ n: unitsBefore + 500 });
    expect(db.prepare(`SELECT count(*) n FROM audit WHERE entity = 'person'`).get()).toEqual({ n: 160 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 90_000);
});
