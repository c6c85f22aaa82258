import { eq } from 'drizzle-orm';
import { settings } from '../../db/schema';
import { AppError } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';

// Sample data marked and removable: the demo's own rows are those its run created, read back
// from the audit rows written in its transaction (seq range kept in a setting). Rows a clerk
// added later stay; when the clerk's later work uses sample rows, nothing is removed.

const DEMO_KEY = 'demo.data';

interface DemoMark {
  createdAt: string;
  auditFrom: number;
  auditTo: number;
  /** The document settings (signers, council) before and after the demo filled in sample names. */
  settingsBefore?: string | null;
  settingsAfter?: string | null;
}

const DOC_SETTINGS = 'document-settings';
const rawSetting = (ctx: ServiceContext, key: string) => ctx.db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null;

const maxSeq = (ctx: ServiceContext) => (ctx.sqlite.prepare('SELECT coalesce(max(seq), 0) m FROM audit').get() as { m: number }).m;

/** Where the database stood before the demo is written (call inside the demo's transaction). */
export const demoStart = (ctx: ServiceContext) => ({ auditFrom: maxSeq(ctx), settingsBefore: rawSetting(ctx, DOC_SETTINGS) });

/** Marks the rows just written by the demo as sample data (inside the same transaction). */
export function markDemo(ctx: ServiceContext, start: ReturnType<typeof demoStart>): void {
  const mark: DemoMark = { createdAt: isoNow(ctx), ...start, auditTo: maxSeq(ctx), settingsAfter: rawSetting(ctx, DOC_SETTINGS) };
  const value = JSON.stringify(mark);
  ctx.db.insert(settings).values({ key: DEMO_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  writeAudit(ctx, { action: 'update', entity: 'setting', entityId: DEMO_KEY, before: null, after: mark });
}

function readMark(ctx: ServiceContext): DemoMark | null {
  const row = ctx.db.select().from(settings).where(eq(settings.key, DEMO_KEY)).get();
  if (!row) return null;
  try {
    return JSON.parse(row.value) as DemoMark;
  } catch {
    return null;
  }
}

/**
 * Rows that belong to their parent (a dossier's nominees, an inspection's answers, a record's
 * status) go with it. Every other reference (a person's collective, an initiative's round) is a
 * use: a kept row that uses a removed one stops the removal. A table not listed here is safe by
 * default: its references count as uses.
 */
const CHILD_TABLES = new Set([
  'registration_entries', 'dossier_documents', 'dossier_nominees', 'initiative_council_members', 'initiative_evaluations',
  'initiative_authors', 'inspection_answers', 'inspection_evidence', 'work_plan_tasks',
  'cluster_members', 'cluster_scorecards', 'cluster_votes',
]);

/** Children whose parent is not a declared foreign key (a nominee's report, a dossier's public notices). */
const CHILD_COLUMNS: Record<string, string[]> = {
  achievement_reports: ['nominee_id', 'dossier_id'],
  proof_confirmations: ['nominee_id', 'dossier_id'],
  public_notices: ['dossier_id'],
};

/** Tables to sweep: whether they have an `id`, their declared parents (rows that belong to a parent), and their other *_id columns (rows that use a record). */
function schemaOf(ctx: ServiceContext) {
  const db = ctx.sqlite;
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND name NOT IN ('audit', 'settings', '__drizzle_migrations')").all() as { name: string }[]).map((t) => t.name);
  return names.map((name) => {
    const cols = (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map((c) => c.name);
    const fks = (db.prepare('SELECT "from" col FROM pragma_foreign_key_list(?)').all(name) as { col: string }[]).map((f) => f.col);
    const owners = name === 'record_status' ? ['record_id'] : CHILD_COLUMNS[name] ?? (CHILD_TABLES.has(name) ? fks : []);
    return { name, hasId: cols.includes('id'), owners, uses: cols.filter((c) => c !== 'id' && /_id$/.test(c) && !owners.includes(c)) };
  });
}

const LABEL: Record<string, string> = {
  people: 'cá nhân', collectives: 'tập thể', units: 'đơn vị', dossiers: 'hồ sơ', dossier_nominees: 'người được đề nghị trong hồ sơ',
  initiatives: 'sáng kiến', initiative_authors: 'tác giả sáng kiến', registrations: 'bản đăng ký', registration_entries: 'người trong bản đăng ký',
  inspections: 'cuộc kiểm tra', inspection_plans: 'kế hoạch kiểm tra', work_plans: 'kế hoạch công tác', work_plan_tasks: 'nhiệm vụ trong kế hoạch',
  achievement_reports: 'báo cáo thành tích', proof_confirmations: 'xác nhận minh chứng', public_notices: 'thông báo công khai',
  complaint_subjects: 'đơn thư',
  clusters: 'cụm, khối thi đua', cluster_members: 'thành viên cụm, khối thi đua', cluster_scorecards: 'bảng chấm điểm cụm, khối', cluster_votes: 'biên bản suy tôn',
  typical_examples: 'điển hình tiên tiến', example_conferences: 'hội nghị điển hình tiên tiến',
};

class Rollback extends Error {}

const safeJson = (v: string | null) => {
  try {
    return v === null ? null : (JSON.parse(v) as unknown);
  } catch {
    return v;
  }
};

/**
 * Deletes the demo's rows and the rows that belong to them (declared children, statuses), then
 * lists the remaining rows that still use a removed record. Runs inside the caller's transaction.
 */
function sweep(ctx: ServiceContext, mark: DemoMark): { removed: number; blockers: string[] } {
  const db = ctx.sqlite;
  db.exec('CREATE TEMP TABLE IF NOT EXISTS demo_ids (id TEXT PRIMARY KEY)');
  db.exec('DELETE FROM temp.demo_ids');
  db.prepare("INSERT OR IGNORE INTO temp.demo_ids SELECT lower(entity_id) FROM audit WHERE seq > ? AND seq <= ? AND action = 'create'").run(mark.auditFrom, mark.auditTo);
  // Deferred checks: the order of the tables does not matter inside the transaction.
  db.pragma('defer_foreign_keys = ON');
  const tables = schemaOf(ctx);
  let removed = 0;
  for (let round = 0; round < 6; round++) {
    let changed = 0;
    for (const t of tables) {
      const where = [...(t.hasId ? ['lower(id) IN (SELECT id FROM temp.demo_ids)'] : []), ...t.owners.map((c) => `lower("${c}") IN (SELECT id FROM temp.demo_ids)`)];
      if (!where.length) continue;
      if (t.hasId) db.prepare(`INSERT OR IGNORE INTO temp.demo_ids SELECT lower(id) FROM "${t.name}" WHERE ${where.join(' OR ')}`).run();
      changed += db.prepare(`DELETE FROM "${t.name}" WHERE ${where.join(' OR ')}`).run().changes;
    }
    removed += changed;
    if (!changed) break;
  }
  const blockers = new Set<string>();
  for (const t of tables) {
    for (const c of t.uses) {
      if ((db.prepare(`SELECT count(*) n FROM "${t.name}" WHERE lower("${c}") IN (SELECT id FROM temp.demo_ids)`).get() as { n: number }).n) blockers.add(LABEL[t.name] ?? t.name);
    }
  }
  for (const v of db.pragma('foreign_key_check') as { table: string }[]) blockers.add(LABEL[v.table] ?? v.table);
  db.exec('DROP TABLE temp.demo_ids');
  return { removed, blockers: [...blockers] };
}

/**
 * Whether sample data is in use and what removing it would do: how many sample rows go, how many
 * records the clerk made since (they stay), and which of the clerk's records still use sample
 * records (removal waits for them). Tried in a transaction that is always rolled back.
 */
export function demoStatus(ctx: ServiceContext) {
  const mark = readMark(ctx);
  if (!mark) return { active: false, createdAt: null, sample: 0, later: 0, tangled: [] as string[] };
  const later = (ctx.sqlite.prepare("SELECT count(*) n FROM audit WHERE seq > ? AND action IN ('create', 'import')").get(mark.auditTo) as { n: number }).n;
  let result = { removed: 0, blockers: [] as string[] };
  if (!ctx.readOnlyReason) {
    try {
      inTransaction(ctx, () => {
        result = sweep(ctx, mark);
        throw new Rollback();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
  }
  return { active: true, createdAt: mark.createdAt, sample: result.removed, later, tangled: result.blockers };
}

/**
 * "Xóa dữ liệu mẫu": in one transaction, every row the demo created and the rows that belong to
 * them (nominees, answers, scores, statuses), nothing else; refused, changing nothing, while a
 * record the clerk keeps still uses a sample record. The audit keeps the history and one row for the removal.
 */
export function removeDemo(ctx: ServiceContext) {
  const mark = readMark(ctx);
  if (!mark) throw new AppError('NO_DEMO', 'Không có dữ liệu mẫu để xóa.');
  return inTransaction(ctx, () => {
    const { removed, blockers } = sweep(ctx, mark);
    if (blockers.length) {
      throw new AppError(
        'DEMO_IN_USE',
        `Chưa xóa được dữ liệu mẫu: còn ${blockers.join(', ')} do bạn nhập có dùng đến dữ liệu mẫu (ví dụ cá nhân thuộc một tập thể mẫu). Hãy sửa hoặc xóa các bản ghi đó rồi xóa dữ liệu mẫu. Không có gì bị xóa.`,
      );
    }
    // The sample signers and council go too, unless the clerk has changed the settings since.
    const current = rawSetting(ctx, DOC_SETTINGS);
    const restoreSettings = mark.settingsAfter !== undefined && current === mark.settingsAfter && current !== mark.settingsBefore;
    if (restoreSettings) {
      if (mark.settingsBefore == null) ctx.db.delete(settings).where(eq(settings.key, DOC_SETTINGS)).run();
      else ctx.db.update(settings).set({ value: mark.settingsBefore }).where(eq(settings.key, DOC_SETTINGS)).run();
      writeAudit(ctx, { action: 'update', entity: 'setting', entityId: DOC_SETTINGS, before: safeJson(current), after: safeJson(mark.settingsBefore ?? null) });
    }
    ctx.db.delete(settings).where(eq(settings.key, DEMO_KEY)).run();
    writeAudit(ctx, { action: 'delete', entity: 'demo', entityId: DEMO_KEY, before: { createdAt: mark.createdAt, auditFrom: mark.auditFrom, auditTo: mark.auditTo, removed }, after: null });
    return { removed };
  });
}
