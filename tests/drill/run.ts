// Crash drill (`npm run drill`; not part of the unit suite). 50 times: a second program imports
// a package or imports lists of units, and is SIGKILLed at a random moment; just before the kill
// it is frozen (SIGSTOP) and the database and WAL files are copied as a power cut would leave
// them. Then each result is opened and checked: integrity, all or nothing, and the same work
// run again. Prints the counts, e.g. "50/50", and exits 1 when any is short.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createHost, type Host } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';

const RUNS = Number(process.env.DRILL_RUNS ?? 50);
const PEOPLE = 400;
const CHILD = path.join(__dirname, 'child.ts');

async function call(host: Host, name: string, input: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await host.invoke(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.result;
}

/** A province that trusts a commune, and a package of the commune's PEOPLE people for it. */
async function prepare(root: string) {
  const open = (d: string) => createHost({ dataDir: d, migrationsDir: migrationsDir(), noDailyBackup: true });
  const prov = open(path.join(root, 'template'));
  const xa = open(path.join(root, 'xa'));
  const p = await call(prov, 'setup.init', { unit: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' }, parent: null, clerkName: 'Cán bộ tỉnh' });
  const x = await call(xa, 'setup.init', { unit: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' }, parent: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' }, clerkName: 'Cán bộ xã' });
  await call(prov, 'trust.add', { content: (await call(xa, 'keys.exportPublic', {})).content, fingerprint: x.fingerprint });
  await call(xa, 'trust.add', { content: (await call(prov, 'keys.exportPublic', {})).content, fingerprint: p.fingerprint });
  for (let i = 0; i < PEOPLE; i++) {
    await call(xa, 'people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: `Số ${i}`, gender: 'male', birthYear: 1970 + (i % 30), position: 'Nông dân' });
  }
  const files = (await call(xa, 'exchange.export', { to: 'T12', outDir: path.join(root, 'usb'), all: true, maxSizeMb: 50, selection: null })).files as { file: string }[];
  prov.close();
  xa.close();
  fs.rmSync(path.join(root, 'template', 'open-by'), { recursive: true, force: true });
  return files[0]!.file;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(dataDir: string, role: 'import' | 'edit', arg: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, role, arg], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('GO')) resolve(child);
    });
    child.on('error', reject);
  });
}

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

interface Verdict {
  integrity: boolean;
  allOrNothing: boolean;
  /** Import: the package had landed (all) or not (nothing) when the kill came. */
  landed?: boolean;
}

/** Opens a data folder's database as the next start would (WAL recovery included) and judges it. */
function judge(dataDir: string, role: 'import' | 'edit'): Verdict {
  const db = new Database(path.join(dataDir, 'tdkt.sqlite'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) === 'ok';
    let allOrNothing: boolean;
    if (role === 'import') {
      const pk = (db.prepare(`SELECT count(*) n FROM packages WHERE direction = 'in'`).get() as { n: number }).n;
      const people = (db.prepare('SELECT count(*) n FROM people').get() as { n: number }).n;
      allOrNothing = (pk === 0 && people === 0) || (pk === 1 && people === PEOPLE);
      return { integrity, allOrNothing, landed: pk === 1 };
    } else {
      const codes = (db.prepare(`SELECT code FROM units WHERE code LIKE 'E%'`).all() as { code: string }[]).map((r) => r.code.replace(/-\d+$/, ''));
      const groups = new Map<string, number>();
      for (const c of codes) groups.set(c, (groups.get(c) ?? 0) + 1);
      const audits = (db.prepare(`SELECT count(*) n FROM audit WHERE entity = 'unit' AND action = 'import'`).get() as { n: number }).n;
      allOrNothing = [...groups.values()].every((n) => n === 25) && audits === codes.length;
    }
    return { integrity, allOrNothing };
  } finally {
    db.close();
  }
}

async function rerun(dataDir: string, role: 'import' | 'edit', pkg: string, tag: string): Promise<boolean> {
  const host = createHost({ dataDir, migrationsDir: migrationsDir(), noDailyBackup: true });
  try {
    if (role === 'import') {
      const r = await host.invoke('exchange.import', { path: pkg });
      if (!r.ok) return false;
      const db = host.context().sqlite;
      return (db.prepare('SELECT count(*) n FROM people').get() as { n: number }).n === PEOPLE;
    }
    const rows = Array.from({ length: 25 }, (_, k) => `${tag}-again-${k};Thôn ${k};Xã;;có;`);
    const r = await host.invoke('units.import', { format: 'csv', content: ['Mã;Tên;Cấp;Mã cấp trên;Hoạt động;Sáp nhập vào', ...rows].join('\r\n'), dryRun: false });
    return r.ok;
  } finally {
    host.close();
  }
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-drill-'));
  console.log(`Chuẩn bị: một gói ${PEOPLE} cá nhân từ Xã Tân Phong gửi Tỉnh Lai Châu (${root})`);
  const pkg = await prepare(root);
  // How long one whole import takes here (verify, quick_check, backup, apply): the kills are
  // spread over a little more than that span (the time varies with the load), so some land
  // before, some during and some after the transaction.
  const probe = path.join(root, 'probe');
  fs.cpSync(path.join(root, 'template'), probe, { recursive: true });
  const t = Date.now();
  const c0 = await start(probe, 'import', pkg);
  const goAt = Date.now();
  await exited(c0);
  const importMs = Math.max(200, Date.now() - goAt);
  fs.rmSync(probe, { recursive: true, force: true });
  console.log(`Một lần nhập gói mất khoảng ${importMs} ms (khởi động ${goAt - t} ms); thời điểm ngắt chọn ngẫu nhiên trong khoảng đó.`);
  const n = { integrity: 0, allOrNothing: 0, rerun: 0, cutIntegrity: 0, cutAllOrNothing: 0, landed: 0, imports: 0 };
  const t0 = Date.now();
  const failures: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const role = i % 2 === 0 ? 'import' : 'edit';
    const dir = path.join(root, `run-${i}`);
    const cut = path.join(root, `cut-${i}`);
    fs.cpSync(path.join(root, 'template'), dir, { recursive: true });
    fs.cpSync(path.join(root, 'template'), cut, { recursive: true });
    const tag = `E${i}`;
    const child = await start(dir, role, role === 'import' ? pkg : tag);
    await sleep(Math.random() * (role === 'import' ? importMs * 1.6 : 1500));
    // Frozen mid-write: the files as they are on disk at this instant, as after a power cut.
    child.kill('SIGSTOP');
    for (const f of ['tdkt.sqlite', 'tdkt.sqlite-wal']) {
      if (fs.existsSync(path.join(dir, f))) fs.copyFileSync(path.join(dir, f), path.join(cut, f));
      else fs.rmSync(path.join(cut, f), { force: true });
    }
    fs.rmSync(path.join(cut, 'tdkt.sqlite-shm'), { force: true });
    child.kill('SIGKILL');
    await exited(child);

    const v = judge(dir, role);
    const c = judge(cut, role);
    const again = v.integrity && (await rerun(dir, role, pkg, tag));
    n.integrity += +v.integrity;
    n.allOrNothing += +v.allOrNothing;
    n.rerun += +again;
    n.cutIntegrity += +c.integrity;
    n.cutAllOrNothing += +c.allOrNothing;
    if (role === 'import') {
      n.imports++;
      n.landed += +!!v.landed;
    }
    if (!v.integrity || !v.allOrNothing || !again || !c.integrity || !c.allOrNothing) failures.push(`lần ${i + 1} (${role}): ${JSON.stringify({ ...v, again, cut: c })}`);
    process.stdout.write(role === 'import' ? 'i' : 'e');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cut, { recursive: true, force: true });
  }
  process.stdout.write('\n');
  const r = (k: number) => `${k}/${RUNS}`;
  console.log(`Ngắt đột ngột (SIGKILL) khi nhập gói và khi nhập danh sách: ${RUNS} lần`);
  console.log(`  toàn vẹn (integrity_check ok):   ${r(n.integrity)}`);
  console.log(`  tất cả hoặc không có gì:         ${r(n.allOrNothing)}`);
  console.log(`  chạy lại được:                   ${r(n.rerun)}`);
  console.log(`  (${n.imports} lần nhập gói: ${n.imports - n.landed} bị ngắt trước khi xong, ${n.landed} đã xong; ${((Date.now() - t0) / 1000).toFixed(0)} giây)`);
  console.log(`Bản chép giữa chừng (như mất điện: tệp dữ liệu và WAL chép khi đang ghi): ${RUNS} bản`);
  console.log(`  toàn vẹn:                        ${r(n.cutIntegrity)}`);
  console.log(`  tất cả hoặc không có gì:         ${r(n.cutAllOrNothing)}`);
  for (const f of failures) console.log(`  LỖI ${f}`);
  fs.rmSync(root, { recursive: true, force: true });
  process.exit(failures.length ? 1 : 0);
}

void main();
