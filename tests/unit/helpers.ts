import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ApiErrorShape, ApiInput, ApiName, ApiOutput } from '../../src-shared/api';
import { createHost, type Host } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';

export const MIGRATIONS = migrationsDir();
export const FIXED_NOW = new Date('2026-03-15T08:00:00+07:00');

export function tempDir(prefix = 'tdkt-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestHost extends Host {
  dataDir: string;
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  fail<N extends ApiName>(name: N, input: unknown): Promise<ApiErrorShape>;
  /** Every user table's rows, to prove a refused call wrote nothing. */
  snapshot(): string;
}

export function testHost(opts: { dataDir?: string; now?: () => Date } = {}): TestHost {
  const dataDir = opts.dataDir ?? tempDir();
  const host = createHost({ dataDir, migrationsDir: MIGRATIONS, now: opts.now ?? (() => FIXED_NOW), checkOutput: true });
  return {
    ...host,
    dataDir,
    async call(name, input) {
      const r = await host.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result as never;
    },
    async fail(name, input) {
      const r = await host.invoke(name, input);
      if (r.ok) throw new Error(`${name} unexpectedly succeeded`);
      return r.error;
    },
    snapshot() {
      const db = host.context().sqlite;
      const tables = ['installation', 'units', 'people', 'collectives', 'audit'];
      return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
    },
  };
}

/** A host with this installation set up as a commune under a province. */
export async function initializedHost(opts: { now?: () => Date } = {}) {
  const h = testHost(opts);
  const inst = await h.call('setup.init', {
    unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' },
    parent: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' },
    clerkName: 'Nguyễn Thị Hoa',
  });
  return { h, inst };
}

export const person = (over: Partial<ApiInput<'people.create'>> = {}): ApiInput<'people.create'> => ({
  familyName: 'Nguyễn',
  middleName: 'Văn',
  givenName: 'An',
  gender: 'male',
  birthDate: '1980-05-01',
  ...over,
});

export function readOnlyDb(dataDir: string) {
  return new Database(path.join(dataDir, 'tdkt.sqlite'), { readonly: true });
}
