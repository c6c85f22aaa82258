/** The older per-capability tables (`npm run bench -- --more`): dossiers, initiatives, inspections, a sheet import. */
import { performance } from 'node:perf_hooks';
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { tempDir } from '../unit/helpers';
import { measureInspections } from './inspections';
import { measureRecords } from './records';

/** A clerk's .xlsx list into a registration: read, convert, match, create people, add entries. */
async function measureImport(rows: number): Promise<number> {
  const { buildXlsx, manyPeople, registrationSheet } = await import('../fixtures/xlsx');
  const host = createHost({ dataDir: tempDir('tdkt-bench-'), migrationsDir: migrationsDir() });
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as Record<string, unknown>;
  };
  const inst = (await call('setup.init', { unit: { code: 'X01', name: 'Xã Bench', level: 'commune' }, parent: null, clerkName: 'Bench' })) as { unitId: string };
  const m = (await call('movements.create', { name: 'Phong trào', kind: 'regular', year: 2026 })) as { id: string };
  const reg = (await call('registrations.create', { year: 2026, movementId: m.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDTT'], registeredOn: '2026-03-01' })) as { registration: { id: string } };
  const xlsx = await buildXlsx(registrationSheet(manyPeople(rows)));
  const t = performance.now();
  await call('registrations.importEntries', { registrationId: reg.registration.id, sheet: { source: { kind: 'xlsx', fileName: 'ds.xlsx', contentBase64: xlsx.toString('base64') } } });
  const ms = performance.now() - t;
  host.close();
  return ms;
}

export async function more(): Promise<void> {
  const [r2, r20] = [await measureRecords(2_000), await measureRecords(20_000)];
  console.log('\nDossiers and initiatives (2,000 vs 20,000 of each, people 5× that); medians of 15 runs\n');
  console.table(Object.keys(r20).map((k, i) => {
    const a = r2[Object.keys(r2)[i]!]!;
    const b = r20[k]!;
    return { measure: k.replace(/\d+ dossiers \+ \d+ initiatives/, 'N dossiers + N initiatives'), '2000': a.toFixed(2), '20000': b.toFixed(2), 'ratio (10× data)': (b / a).toFixed(2) };
  }));

  const [k1, k10] = [await measureInspections(1_000), await measureInspections(10_000)];
  console.log('\nInspections (1,000 vs 10,000 over five years, plans of 100 units, 16 answers each); medians of 15 runs\n');
  console.table(Object.keys(k10).map((k, i) => {
    const a = k1[Object.keys(k1)[i]!]!;
    const b = k10[k]!;
    return { measure: k.replace(/\d+ inspections/, 'N inspections'), '1000': a.toFixed(2), '10000': b.toFixed(2), 'ratio (10× data)': (b / a).toFixed(2) };
  }));

  const [i1, i5] = [await measureImport(1000), await measureImport(5000)];
  console.log('\nImport of a registration list from .xlsx (all rows new people), one run each\n');
  console.table([{ measure: 'import list into a registration (ms)', '1000 rows': i1.toFixed(0), '5000 rows': i5.toFixed(0), 'ratio (5× rows)': (i5 / i1).toFixed(2) }]);
}
