/**
 * `npm run bench`: issue 18's figures on a province made through the services, each with its
 * goal and, where one exists, a reference measured in the same run. Never a pass/fail limit.
 *
 *   npm run bench                     the table (10,000 and 100,000 people, interleaved)
 *   npm run bench -- --json           one JSON object { machine, sizes, figures: [{ name, value, unit, goal, ratio? }] }
 *   npm run bench -- --sizes 10000    smaller sizes (quick look)
 *   npm run bench -- --more           also the older per-capability tables (dossiers, initiatives, inspections, sheet import)
 *   npm run bench -- --only verify,dossier   only those figures (lists, import, verify, dossier, cli, serve)
 *   npm run bench -- --nominees 50,200       the dossier figure at each size (linearity), default 200
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliFigure, dossierFigure, exchangeFigures, listFigures, serveFigures, type Figure } from './figures';
import { addPeople, addUnits, newSite, removeSites, type Site } from './province';
import { machine } from './stats';

const { values } = parseArgs({ options: { json: { type: 'boolean' }, sizes: { type: 'string' }, more: { type: 'boolean' }, records: { type: 'string' }, only: { type: 'string' }, nominees: { type: 'string' } } });
const SIZES = (values.sizes ?? '10000,100000').split(',').map(Number);
const RECORDS = Number(values.records ?? 10_000);
const NOMINEES = (values.nominees ?? '200').split(',').map(Number);
const ONLY = values.only ? new Set(values.only.split(',')) : null;
const want = (what: string) => !ONLY || ONLY.has(what);
// Every temporary folder of the run (data folders, packages, the CLI's) lives under one folder, removed at the end.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-run-'));
process.env.TMPDIR = root;
const cleanup = () => fs.rmSync(root, { recursive: true, force: true });
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main() {
  const started = machine();
  const t0 = Date.now();
  const sites: Record<string, Site> = {};
  const needSites = want('lists') || want('serve');
  for (const n of needSites ? SIZES : []) {
    log(`making a province of ${n.toLocaleString('en')} people through the services…`);
    const site = await newSite('T01', 'Tỉnh Bench', 'province', null);
    addUnits(site, 50);
    addPeople(site, n);
    sites[String(n)] = site;
  }
  const figures: Figure[] = [];
  if (want('lists')) {
    log('search and list pages (sizes interleaved)…');
    figures.push(...(await listFigures(sites)));
  }
  const biggest = sites[String(SIZES[SIZES.length - 1])];
  for (const s of Object.values(sites)) s.host.close();
  if (want('import') || want('verify')) {
    log(`exchange: ${RECORDS.toLocaleString('en')} records…`);
    const xs = await exchangeFigures(RECORDS, want('import') ? 3 : 0);
    figures.push(...xs.filter((f) => want(f.name.startsWith('verify') ? 'verify' : 'import')));
  }
  if (want('dossier')) {
    for (const n of NOMINEES) {
      log(`a dossier of ${n} nominees, all documents…`);
      figures.push(await dossierFigure(n));
    }
  }
  if (want('cli')) {
    log('CLI cold start…');
    figures.push(cliFigure());
  }
  if (want('serve') && biggest) {
    log('harness start and memory…');
    figures.push(...(await serveFigures(biggest.dataDir, SIZES[SIZES.length - 1]!)));
  }
  if (values.more) {
    const { more } = await import('./more');
    await more();
  }
  removeSites();

  const unmet = figures.filter((f) => f.value > f.goal).map((f) => `${f.name}: ${f.value} ${f.unit} (goal ${f.goal}, ${(f.value / f.goal).toFixed(2)}× the goal)`);
  const result = { bench: 'tdkt issue 18', sizes: SIZES, machine: { atStart: started, atEnd: machine() }, seconds: Math.round((Date.now() - t0) / 1000), figures, unmet };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  console.log(`\nTĐKT Desktop bench (${SIZES.join(' and ')} people, interleaved); load ${started.load.join(' ')} → ${result.machine.atEnd.load.join(' ')} on ${started.cpus} CPUs\n`);
  console.table(figures.map((f) => ({
    figure: f.name, value: `${f.value} ${f.unit}`, goal: `≤ ${f.goal} ${f.unit}`, met: f.value <= f.goal ? 'yes' : 'NO',
    'p50 / p95 ms': f.p50 !== undefined ? `${f.p50} / ${f.p95 ?? '-'}` : '', 'CPU ms': f.cpuMs ?? '',
    reference: f.reference ? `${f.reference.name}: ${f.reference.value} ${f.reference.unit}` : '',
    'by size': f.bySize ? Object.entries(f.bySize).map(([k, v]) => `${k}: ${v}`).join(', ') : '',
  })));
  for (const f of figures) if (f.note) console.log(`- ${f.name}: ${f.note}`);
  if (unmet.length) console.log(`\nNot met:\n  ${unmet.join('\n  ')}`);
}

main().catch((e: unknown) => {
  removeSites();
  console.error(e);
  process.exit(1);
});
