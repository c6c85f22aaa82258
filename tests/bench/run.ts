/**
 * `npm run bench`: generates people at two sizes and prints how the clerk-facing queries
 * scale (figures and ratios, never a pass/fail limit). A province holds ~100k people.
 */
import { performance } from 'node:perf_hooks';
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { tempDir } from '../unit/helpers';
import { measureDossierPrint } from './dossierPrint';
import { measureInspections } from './inspections';
import { median } from './measure';
import { measureRecords } from './records';
import { seedPeople } from './seed';

const SIZES = [10_000, 100_000];
const QUERIES: [string, { query: string; offset: number }][] = [
  ['first page, no query', { query: '', offset: 0 }],
  ['page at the middle', { query: '', offset: -1 }],
  ['search "nguyen"', { query: 'nguyen', offset: 0 }],
  ['search "dang"', { query: 'dang', offset: 0 }],
  ['search "nguyen van a"', { query: 'nguyen van a', offset: 0 }],
  ['search "ng" (typing)', { query: 'ng', offset: 0 }],
];


async function measure(n: number) {
  const host = createHost({ dataDir: tempDir('tdkt-bench-'), migrationsDir: migrationsDir() });
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as { total: number };
  };
  await call('setup.init', { unit: { code: 'T01', name: 'Tỉnh Bench', level: 'province' }, parent: null, clerkName: 'Bench' });
  const ctx = host.context();
  let t = performance.now();
  seedPeople(ctx.sqlite, n, { unitId: null, origin: 'T01' });
  const seedMs = performance.now() - t;
  const out: Record<string, number> = { [`insert ${n} people (ms)`]: seedMs };
  for (const [label, q] of QUERIES) {
    const offset = q.offset < 0 ? Math.floor(n / 2) : q.offset;
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      total = (await call('people.search', { query: q.query, offset, limit: 100, unitId: null })).total;
      times.push(performance.now() - t);
    }
    out[`${label} → ${total} (ms)`] = median(times);
  }
  const creates: number[] = [];
  for (let i = 0; i < 50; i++) {
    t = performance.now();
    await call('people.create', { familyName: 'Đặng', middleName: 'Văn', givenName: `Bench${i}`, gender: 'male' });
    creates.push(performance.now() - t);
  }
  out['create one person, synchronous=FULL (ms)'] = median(creates);
  host.close();
  return out;
}

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

async function main() {
  const results = [];
  for (const n of SIZES) results.push(await measure(n));
  const [small, large] = results as [Record<string, number>, Record<string, number>];
  console.log(`\nTĐKT Desktop bench: people (${SIZES.join(' vs ')}); medians of 15 runs, pages of 100\n`);
  const rows = Object.keys(large).map((k, i) => {
    const sk = Object.keys(small)[i]!;
    const a = small[sk]!;
    const b = large[k]!;
    return { measure: k.replace(/→ \d+/, '').trim(), [`${SIZES[0]}`]: a.toFixed(2), [`${SIZES[1]}`]: b.toFixed(2), 'ratio (10× data)': (b / a).toFixed(2) };
  });
  console.table(rows);

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

  const [p50, p200] = [await measureDossierPrint(50), await measureDossierPrint(200)];
  console.log('\nA dossier\'s printed set (tờ trình … giấy khen, one báo cáo per nominee), one run each\n');
  console.table([{ measure: 'print a dossier set (ms)', '50 nominees': p50.toFixed(0), '200 nominees': p200.toFixed(0), 'ratio (4× nominees)': (p200 / p50).toFixed(2) }]);

  const [i1, i5] = [await measureImport(1000), await measureImport(5000)];
  console.log('\nImport of a registration list from .xlsx (all rows new people), one run each\n');
  console.table([{ measure: 'import list into a registration (ms)', '1000 rows': i1.toFixed(0), '5000 rows': i5.toFixed(0), 'ratio (5× rows)': (i5 / i1).toFixed(2) }]);
}

void main();
