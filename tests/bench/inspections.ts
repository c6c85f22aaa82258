/**
 * Inspections at the province over the years: plans of 100 units each, every inspection with
 * its 16 answers, seeded straight into the tables, then read and written through the services
 * as the "Kiểm tra" screens do.
 */
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createHost } from '../../src-main/host';
import { migrationsDir } from '../../src-main/paths';
import { tempDir } from '../unit/helpers';
import { median, timeCases } from './measure';

const YEARS = [2022, 2023, 2024, 2025, 2026];
const RESULTS = ['dat', 'dat', 'dat', 'chua-dat', 'kad'];

export async function measureInspections(n: number): Promise<Record<string, number>> {
  const host = createHost({ dataDir: tempDir('tdkt-bench-'), migrationsDir: migrationsDir() });
  const call = async (name: string, input: unknown) => {
    const r = await host.invoke(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.result as Record<string, unknown>;
  };
  await call('setup.init', { unit: { code: 'T01', name: 'Tỉnh Bench', level: 'province' }, parent: null, clerkName: 'Bench' });
  const [template] = (await call('inspections.templates', { key: null })) as unknown as { id: string }[];
  const items = ((await call('inspections.template', { id: template!.id })) as { sections: { items: { code: string }[] }[] }).sections.flatMap((s) => s.items.map((i) => i.code));
  const db = host.context().sqlite;
  const now = new Date().toISOString();
  let t = performance.now();
  db.transaction(() => {
    const unit = db.prepare(`INSERT INTO units (id, origin, created_at, updated_at, code, name, name_folded, level) VALUES (?, 'T01', ?, ?, ?, ?, ?, 'commune')`);
    const plan = db.prepare(`INSERT INTO inspection_plans (id, origin, created_at, updated_at, year, title, deadline, inspecting_body, template_id)
                             VALUES (?, 'T01', ?, ?, ?, ?, ?, 'Hội đồng Thi đua - Khen thưởng tỉnh', ?)`);
    const insp = db.prepare(`INSERT INTO inspections (id, origin, created_at, updated_at, plan_id, year, unit_id, template_id, sort, status, finished_at)
                             VALUES (?, 'T01', ?, ?, ?, ?, ?, ?, ?, 'finished', ?)`);
    const ans = db.prepare(`INSERT INTO inspection_answers (inspection_id, item_code, result, findings, source, answered_at) VALUES (?, ?, ?, ?, 'team', ?)`);
    const units = Array.from({ length: Math.min(n, 3000) }, (_, i) => {
      const id = crypto.randomUUID();
      unit.run(id, now, now, `X${String(i).padStart(5, '0')}`, `Xã số ${i}`, `xa so ${i}`);
      return id;
    });
    let planId = '';
    for (let i = 0; i < n; i++) {
      const year = YEARS[Math.floor((i * YEARS.length) / n)]!;
      if (i % 100 === 0) {
        planId = crypto.randomUUID();
        plan.run(planId, now, now, year, `Kế hoạch kiểm tra số ${i / 100}`, `${year}-11-30`, template!.id);
      }
      const id = crypto.randomUUID();
      insp.run(id, now, now, planId, year, units[i % units.length]!, template!.id, (i % 100) + 1, now);
      items.forEach((code, k) => {
        const r = RESULTS[(i + k) % RESULTS.length]!;
        ans.run(id, code, r, r === 'chua-dat' ? `Tồn tại ở nội dung ${code}` : '', now);
      });
    }
  })();
  const out: Record<string, number> = { [`insert ${n} inspections (ms)`]: performance.now() - t };
  const mid = db.prepare('SELECT id, plan_id planId FROM inspections LIMIT 1 OFFSET ?').get(Math.floor(n / 2)) as { id: string; planId: string };
  const year = (db.prepare('SELECT year FROM inspections WHERE id = ?').get(mid.id) as { year: number }).year;
  const cases: [string, string, unknown][] = [
    ['plans of one year', 'inspections.plans', { year }],
    ['plan: open one (100 units)', 'inspections.getPlan', { id: mid.planId }],
    ['inspections of one year: first page', 'inspections.list', { year, limit: 100 }],
    ['inspection: open one (16 answers)', 'inspections.get', { id: mid.id }],
    ['year summary (counts, items most often not met)', 'inspections.summary', { year }],
  ];
  Object.assign(out, await timeCases(call, cases));
  // One answer saved, as on every click in the fieldwork (a reopened inspection).
  await call('inspections.reopen', { id: mid.id });
  const writes: number[] = [];
  for (let i = 0; i < 15; i++) {
    t = performance.now();
    await call('inspections.answer', { inspectionId: mid.id, itemCode: items[i % items.length]!, result: i % 2 ? 'dat' : 'chua-dat', findings: `Lần ${i}`, documentsSeen: '' });
    writes.push(performance.now() - t);
  }
  out['fieldwork: save one answer (ms)'] = median(writes);
  host.close();
  return out;
}
