/** The figures of issue 18's table, each measured against its goal (and its reference, when it has one). */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPackage } from '../../src-main/exchange/verify';
import { projectRoot } from '../../src-main/paths';
import { addPeople, newSite, type Site } from './province';
import { interleaved, type Sample } from './stats';
import { seedPeople } from './seed';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  goal: number;
  ratio?: number;
  /** The reference measured in the same run, when the figure is a ratio or has one beside it. */
  reference?: { name: string; value: number; unit: string };
  p50?: number;
  p95?: number;
  cpuMs?: number;
  bySize?: Record<string, number>;
  note?: string;
}

const call = async (site: Site, name: string, input: unknown) => {
  const r = await site.host.invoke(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.result as Record<string, unknown>;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Type-ahead p95 over "ng", "nguyen", "dang"; the page at offset 50 % vs the keyset page there; both sizes interleaved. */
export async function listFigures(sites: Record<string, Site>): Promise<Figure[]> {
  const fns: Record<string, () => Promise<unknown>> = {};
  const cursors: Record<string, string> = {};
  for (const [size, site] of Object.entries(sites)) {
    const n = Number(size);
    const half = Math.floor(n / 2);
    const before = (await call(site, 'people.search', { query: '', offset: half - 100, limit: 100 })) as { next: string };
    cursors[size] = before.next;
    let k = 0;
    const prefixes = ['ng', 'nguyen', 'dang'];
    fns[`search ${size}`] = () => call(site, 'people.search', { query: prefixes[k++ % 3], offset: 0, limit: 100 });
    fns[`offset ${size}`] = () => call(site, 'people.search', { query: '', offset: half, limit: 100 });
    fns[`keyset ${size}`] = () => call(site, 'people.search', { query: '', after: cursors[size], limit: 100 });
  }
  const s = await interleaved(fns, 30, 3);
  const sizes = Object.keys(sites);
  const big = sizes[sizes.length - 1]!;
  const bySize = (what: string, q: 'p50' | 'p95') => Object.fromEntries(sizes.map((z) => [z, round(s[`${what} ${z}`]![q])]));
  return [
    {
      name: 'folded search p95, type-ahead prefixes ("ng", "nguyen", "dang")', value: round(s[`search ${big}`]!.p95), unit: 'ms', goal: 20,
      p50: round(s[`search ${big}`]!.p50), p95: round(s[`search ${big}`]!.p95), cpuMs: round(s[`search ${big}`]!.cpu), bySize: bySize('search', 'p95'),
    },
    {
      name: `people list page at offset ${Math.floor(Number(big) / 2).toLocaleString('en')}`, value: round(s[`offset ${big}`]!.p95), unit: 'ms', goal: 50,
      ratio: round(s[`offset ${big}`]!.p50 / s[`keyset ${big}`]!.p50),
      reference: { name: 'keyset page at the same place (p50)', value: round(s[`keyset ${big}`]!.p50), unit: 'ms' },
      p50: round(s[`offset ${big}`]!.p50), p95: round(s[`offset ${big}`]!.p95), cpuMs: round(s[`offset ${big}`]!.cpu), bySize: bySize('offset', 'p95'),
    },
  ];
}

/**
 * A commune sends 10,000 people to the province: verify + preview + apply on a fresh province
 * each run, against inserting the same rows with one prepared statement (the raw floor). Then
 * verification alone against JSON.parse + SHA-256 of the same bytes.
 */
export async function exchangeFigures(records: number, runs = 3): Promise<Figure[]> {
  const xa = await newSite('XA-B', 'Xã Bench', 'commune', { code: 'T99', name: 'Tỉnh Bench' });
  addPeople(xa, records, 7);
  const provinces: Site[] = [];
  const keyOf = async (s: Site) => {
    const k = (await call(s, 'keys.exportPublic', {})) as { content: string };
    const st = (await call(s, 'setup.status', {})) as { installation: { fingerprint: string } };
    return { content: k.content, fingerprint: st.installation.fingerprint };
  };
  const xaKey = await keyOf(xa);
  const province = async () => {
    const p = await newSite('T99', 'Tỉnh Bench', 'province', null);
    await call(p, 'trust.add', xaKey);
    await call(xa, 'trust.add', await keyOf(p)).catch(() => undefined); // once is enough
    provinces.push(p);
    return p;
  };
  await province();
  const out = path.join(xa.dataDir, 'usb');
  const files = (await call(xa, 'exchange.export', { to: 'T99', outDir: out, all: true, maxSizeMb: 500, selection: null })) as { files: { file: string }[] };
  const file = files.files[0]!.file;
  const bytes = fs.readFileSync(file);

  // Rows as the apply writes them, inserted raw into a fresh database with the same schema and triggers.
  const env = JSON.parse(bytes.toString('utf8')) as { body: { records: { type: string; data: Record<string, unknown> }[] } };
  const people = env.body.records.filter((r) => r.type === 'person');
  const importRuns: number[] = [];
  const rawRuns: number[] = [];
  let importCpu = 0;
  for (let i = 0; i < runs; i++) {
    const p = provinces[i] ?? (await province());
    const c = process.cpuUsage();
    let t = performance.now();
    const r = (await call(p, 'exchange.import', { path: file })) as { counts: { new: number } };
    importRuns.push(performance.now() - t);
    const d = process.cpuUsage(c);
    importCpu += (d.user + d.system) / 1000 / runs;
    if (r.counts.new !== records) throw new Error(`import applied ${r.counts.new} of ${records}`);
    const fresh = await newSite('T98', 'Tỉnh Raw', 'province', null);
    t = performance.now();
    seedPeople(fresh.host.context().sqlite, people.length, { unitId: null, origin: 'XA-B' });
    rawRuns.push(performance.now() - t);
    fresh.host.close();
  }
  const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);

  const ctx = provinces[0]!.host.context();
  // Round-robin, so load from other programs falls on both alike.
  const vr = await interleaved({
    verify: () => readPackage(ctx, bytes),
    ref: () => {
      JSON.parse(bytes.toString('utf8'));
      crypto.createHash('sha256').update(bytes).digest('hex');
    },
  }, 15, 2);
  const verify = vr.verify!;
  const ref = vr.ref!;
  for (const s of [xa, ...provinces]) s.host.close();
  return [
    {
      name: `import of ${records.toLocaleString('en')} records (verify + preview + apply) / raw insert of the same rows`, value: round(med(importRuns) / med(rawRuns)), unit: '×', goal: 3,
      ratio: round(med(importRuns) / med(rawRuns)), reference: { name: 'raw insert, one prepared statement, one transaction (median)', value: round(med(rawRuns)), unit: 'ms' },
      p50: round(med(importRuns)), cpuMs: round(importCpu), note: `${runs} runs, each on a fresh province; package ${(bytes.length / 1048576).toFixed(1)} MB`,
    },
    {
      name: 'verify a package / (JSON.parse + SHA-256 of its bytes)', value: round(verify.p50 / ref.p50), unit: '×', goal: 1.5,
      ratio: round(verify.p50 / ref.p50), reference: { name: 'JSON.parse + SHA-256 (p50)', value: round(ref.p50), unit: 'ms' },
      p50: round(verify.p50), p95: round(verify.p95), cpuMs: round(verify.cpu),
      // CPU beside wall: on a shared machine the CPU ratio moves less than the wall ratio.
      note: `${records.toLocaleString('en')} records, ${(bytes.length / 1048576).toFixed(1)} MB; CPU ${round(verify.cpu, 1)} ms against ${round(ref.cpu, 1)} ms (${round(verify.cpu / ref.cpu)}×)`,
    },
  ];
}

/** A dossier with `nominees` nominees, every document of its set through print.dossierSet. */
export async function dossierFigure(nominees = 200): Promise<Figure> {
  const site = await newSite('XA-D', 'Xã Hồ Sơ', 'commune', { code: 'T99', name: 'Tỉnh Bench' });
  addPeople(site, nominees, 11);
  const ids = (site.host.context().sqlite.prepare('SELECT id FROM people WHERE deleted = 0 LIMIT ?').all(nominees) as { id: string }[]).map((r) => r.id);
  const d = (await call(site, 'dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' })) as { id: string };
  for (const id of ids) await call(site, 'dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
  await call(site, 'dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  // What the screen's "In cả bộ" and the CLI's "print dossier" call: the whole set from one read.
  const all = async () => ((await call(site, 'print.dossierSet', { id: d.id })) as unknown as unknown[]).length;
  const c = process.cpuUsage();
  const t = performance.now();
  const count = await all();
  const ms = performance.now() - t;
  const u = process.cpuUsage(c);
  site.host.close();
  return { name: `a dossier with ${nominees} nominees, all documents`, value: round(ms / 1000), unit: 's', goal: 2, cpuMs: round((u.user + u.system) / 1000), note: `${count} documents through print.dossierSet, one run (no warm-up: a run takes seconds)` };
}

/** `node out/tools/cli.js key show`: the pre-built CLI, wall and CPU of the child (GNU time). */
export function cliFigure(runs = 5): Figure {
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'bundle.mjs')]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-cli-'));
  const cli = path.join(projectRoot, 'out', 'tools', 'cli.js');
  execFileSync(process.execPath, [cli, 'init', '--unit-code', 'T01', '--unit-name', 'Tỉnh Bench', '--level', 'tinh', '--data-dir', dir]);
  const timed = (args: string[]) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...args], { encoding: 'utf8' });
    const [e, u, s] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    return { wall: e! * 1000, cpu: (u! + s!) * 1000 };
  };
  const node = [process.execPath, cli, 'key', 'show', '--data-dir', dir];
  timed(node);
  const xs = Array.from({ length: runs }, () => timed(node));
  const npm = timed(['npm', 'run', '-s', 'cli', '--', 'key', 'show', '--data-dir', dir]);
  fs.rmSync(dir, { recursive: true, force: true });
  const wall = xs.map((x) => x.wall).sort((a, b) => a - b);
  const cpu = xs.map((x) => x.cpu).sort((a, b) => a - b);
  return {
    name: 'CLI cold start (`key show`)', value: round(wall[Math.floor(runs / 2)]! / 1000), unit: 's', goal: 1,
    p50: round(wall[Math.floor(runs / 2)]!), p95: round(wall[runs - 1]!), cpuMs: round(cpu[Math.floor(runs / 2)]!),
    note: `node out/tools/cli.js, ${runs} runs after one warm-up (GNU time, 10 ms resolution); through npm run cli: ${(npm.wall / 1000).toFixed(2)} s`,
  };
}

/** `npm run serve` (node scripts/bundle.mjs serve) until the first page answers, then its RSS after a search. */
export async function serveFigures(dataDir: string, people: number): Promise<Figure[]> {
  if (!fs.existsSync(path.join(projectRoot, 'out', 'renderer', 'index.html'))) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: 'ignore' });
  }
  const t = performance.now();
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'bundle.mjs'), 'serve', '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error('the harness stopped')));
  });
  const page = await fetch(url);
  await page.text();
  const firstPage = performance.now() - t;
  const token = new URL(url).searchParams.get('token')!;
  const invoke = (name: string, input: unknown) =>
    fetch(new URL('/api/invoke', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-tdkt-token': token }, body: JSON.stringify({ name, input }) }).then((r) => r.json());
  for (const q of ['', 'ng', 'nguyen', 'dang']) await invoke('people.search', { query: q, offset: 0, limit: 100 });
  await invoke('people.search', { query: '', offset: Math.floor(people / 2), limit: 100 });
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return [
    { name: '`npm run serve` to first page', value: round(firstPage / 1000), unit: 's', goal: 2, note: 'node scripts/bundle.mjs serve (what npm run serve runs; the bundle fresh), spawn to the page served; one run' },
    { name: `server RSS at ${people.toLocaleString('en')} people`, value: round(rss, 0), unit: 'MB', goal: 300, note: 'after the type-ahead searches and a page at the middle' },
  ];
}

export type { Sample };
