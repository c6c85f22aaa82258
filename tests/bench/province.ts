/**
 * A province's data made through the services, as a clerk's work would make it: units, people
 * with demo-like names (about 30 % Nguyễn) spread over them, each write with its audit row.
 * Everything runs in one transaction per batch so that making 100,000 people takes seconds,
 * not the hours one fsync per person would.
 */
import fs from 'node:fs';
import { createHost, type Host } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { inTransaction } from '../../src-main/services/core';
import { createPerson, createUnit } from '../../src-main/services/registry';
import { tempDir } from '../unit/helpers';
import { FAMILY, GIVEN, MIDDLE, random } from './seed';

const made: string[] = [];

export interface Site {
  host: Host;
  dataDir: string;
  unitIds: string[];
}

export async function newSite(code: string, name: string, level: 'province' | 'commune', parent: { code: string; name: string } | null): Promise<Site> {
  const dataDir = tempDir('tdkt-bench-');
  made.push(dataDir);
  const host = createHost({ dataDir, migrationsDir: migrationsDir() });
  const r = await host.invoke('setup.init', { unit: { code, name, level }, parent: parent ? { ...parent, level: 'province' } : null, clerkName: 'Nguyễn Thị Bench' });
  if (!r.ok) throw new Error(r.error.message);
  return { host, dataDir, unitIds: [(r.result as { unitId: string }).unitId] };
}

/** `units` communes under the installation's unit, through the units service. */
export function addUnits(site: Site, units: number): void {
  const ctx = site.host.context();
  inTransaction(ctx, () => {
    for (let i = 0; i < units; i++) {
      const u = createUnit(ctx, { code: `X${String(i + 1).padStart(3, '0')}`, name: `Xã Bench ${i + 1}`, level: 'commune', parentId: site.unitIds[0]!, active: true, mergedIntoId: null });
      site.unitIds.push(u.id);
    }
  });
}

/** `n` people through createPerson (validation, derived columns, audit row), 5,000 per transaction. */
export function addPeople(site: Site, n: number, seed = 20250701): void {
  const ctx = site.host.context();
  const next = random(seed);
  for (let done = 0; done < n; ) {
    const batch = Math.min(5000, n - done);
    inTransaction(ctx, () => {
      for (let i = 0; i < batch; i++) {
        const middleName = MIDDLE[next(MIDDLE.length)]!;
        const year = 1950 + next(55);
        createPerson(ctx, {
          familyName: FAMILY[next(FAMILY.length)]!, middleName, givenName: GIVEN[next(GIVEN.length)]!,
          gender: middleName === 'Thị' || next(2) ? 'female' : 'male',
          birthDate: `${year}-0${1 + next(9)}-1${next(9)}`, birthYear: year, ethnicity: '01', position: 'Công chức',
          unitId: site.unitIds[next(site.unitIds.length)]!, collectiveId: null, directLabor: false, phone: null, homeTown: '', residence: '', qualification: '', academicRank: '', remoteArea: null,
        });
      }
    });
    done += batch;
  }
}

/** Removes every data folder newSite made (the bench leaves nothing behind). */
export function removeSites(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
