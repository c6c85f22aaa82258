/**
 * The province's other big lists: dossiers (with three nominees each, award history behind
 * them) and initiative applications (two authors each), seeded straight into the tables, then
 * read through the services as the screens read them.
 */
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { tempDir } from '../unit/helpers';
import { timeCases } from './measure';
import { seedPeople } from './seed';


export async function measureRecords(n: number): Promise<Record<string, number>> {
  const host = createHost({ dataDir: tempDir('tdkt-bench-'), migrationsDir: migrationsDir() });
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as Record<string, unknown>;
  };
  const inst = (await call('setup.init', { unit: { code: 'T01', name: 'Tỉnh Bench', level: 'province' }, parent: null, clerkName: 'Bench' })) as { unitId: string };
  const db = host.context().sqlite;
  seedPeople(db, 5 * n, { unitId: null, origin: 'T01' });
  const people = (db.prepare('SELECT id FROM people').all() as { id: string }[]).map((r) => r.id);
  const now = new Date().toISOString();
  const t = performance.now();
  db.transaction(() => {
    const d = db.prepare(`INSERT INTO dossiers (id, origin, rev, created_at, updated_at, deleted, year, round, proposing_unit_id, award_code, reference_date, title)
                          VALUES (?, 'X01', 1, ?, ?, 0, ?, 'annual', ?, 'CSTDCS', ?, ?)`);
    const nom = db.prepare(`INSERT INTO dossier_nominees (id, dossier_id, subject_type, subject_id, position) VALUES (?, ?, 'person', ?, ?)`);
    const hist = db.prepare(`INSERT INTO award_history (id, origin, created_at, updated_at, subject_type, subject_id, year, award_code, award_name, category, source)
                             VALUES (?, 'X01', ?, ?, 'person', ?, ?, 'LDTT', 'Lao động tiên tiến', 'cong-trang', 'import')`);
    const ini = db.prepare(`INSERT INTO initiatives (id, origin, created_at, updated_at, title, title_folded, year, status, received_on, due_on)
                            VALUES (?, 'X01', ?, ?, ?, ?, ?, 'received', ?, ?)`);
    const au = db.prepare('INSERT INTO initiative_authors (initiative_id, person_id, share, position) VALUES (?, ?, 50, ?)');
    for (let i = 0; i < n; i++) {
      const year = 2023 + (i % 3); // reference dates inside the catalogue's rule sets
      const id = crypto.randomUUID();
      d.run(id, now, now, year, inst.unitId, `${year + 1}-01-15`, `Hồ sơ đề nghị CSTĐCS số ${i}`);
      for (let k = 0; k < 3; k++) {
        const p = people[(i * 3 + k) % people.length]!;
        nom.run(crypto.randomUUID(), id, p, k + 1);
        hist.run(crypto.randomUUID(), now, now, p, year - 1);
      }
      const iid = crypto.randomUUID();
      const received = `${year}-0${1 + (i % 9)}-15`;
      ini.run(iid, now, now, `Sáng kiến cải tiến số ${i}`, `sang kien cai tien so ${i}`, year, received, `${year}-${String(4 + (i % 9)).padStart(2, '0')}-15`);
      au.run(iid, people[i % people.length]!, 1);
      au.run(iid, people[(i + 7) % people.length]!, 2);
    }
  })();
  const out: Record<string, number> = { [`insert ${n} dossiers + ${n} initiatives (ms)`]: performance.now() - t };
  const sample = (db.prepare('SELECT id FROM dossiers LIMIT 1 OFFSET ?').get(Math.floor(n / 2)) as { id: string }).id;
  const cases: [string, string, unknown][] = [
    ['dossiers: first page', 'dossiers.list', { year: null, limit: 100 }],
    ['dossiers: one year', 'dossiers.list', { year: 2024, limit: 100 }],
    ['dossiers: search "so 12"', 'dossiers.list', { query: 'số 12', limit: 100 }],
    ['dossier: open one (3 nominees)', 'dossiers.get', { id: sample }],
    ['dossier: eligibility of 3 nominees', 'dossiers.eligibility', { id: sample }],
    ['initiatives: first page', 'initiatives.list', { limit: 100 }],
    ['initiatives: search "cai tien 12"', 'initiatives.list', { query: 'cai tien 12', limit: 100 }],
    ['initiatives: answers due (overview)', 'initiatives.deadlines', { year: null }],
  ];
  Object.assign(out, await timeCases(call, cases));
  host.close();
  return out;
}
