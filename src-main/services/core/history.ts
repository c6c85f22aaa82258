import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { HistoryEntry } from '../../../src-shared/api';
import { collectives, dossiers, inspectionPlans, movements, people, registrations, units } from '../../db/schema';
import { AppError, notFound } from '../../errors';
import { inTransaction, writeAudit } from './audit';
import { isoNow, type ServiceContext } from './context';
import { markEdited } from './lifecycle';

/*
 * "Lịch sử thay đổi": every write leaves an audit row with the record before and after it, so
 * a record's history is those rows read back field by field, and an earlier version is the
 * `after` of an older row. Putting it back is an ordinary edit (a new rev, audited, the life
 * cycle marked edited); the record's own fields only, not the rows hanging under it (a
 * dossier's nominees, a registration's people), which keep their own undo.
 */

interface TypeDef {
  table: SQLiteTable;
  /** Fields shown through another one (a person's họ/tên đệm/tên through the full name). */
  hidden?: string[];
}

const TYPES: Record<string, TypeDef> = {
  person: { table: people, hidden: ['familyName', 'middleName', 'givenName'] },
  collective: { table: collectives },
  unit: { table: units },
  movement: { table: movements },
  registration: { table: registrations },
  dossier: { table: dossiers },
  'inspection-plan': { table: inspectionPlans },
};

/** Bookkeeping every row carries; never shown as a change, never put back. */
const SYSTEM = new Set(['seq', 'id', 'origin', 'rev', 'createdAt', 'updatedAt']);
/** Search keys derived from the other fields: put back with them, not shown. */
const DERIVED = new Set(['sortKey', 'searchText', 'nameFolded']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

function columns(def: TypeDef): [string, SQLiteColumn][] {
  return Object.entries(getTableColumns(def.table) as Record<string, SQLiteColumn>);
}

/** The row as the services see it (camelCase keys, booleans), like the audit's before/after. */
function readRow(ctx: ServiceContext, def: TypeDef, id: string): Obj | null {
  const raw = ctx.sqlite.prepare(`SELECT * FROM "${getTableName(def.table)}" WHERE id = ?`).get(id) as Obj | undefined;
  if (!raw) return null;
  // A nullable yes/no (vùng sâu, vùng xa: "chưa rõ") stays null, not "no".
  return Object.fromEntries(columns(def).map(([key, col]) => [key, col.dataType === 'boolean' && raw[col.name] !== null ? raw[col.name] === 1 : raw[col.name]]));
}

function toSql(col: SQLiteColumn, v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  if (col.dataType === 'boolean') return v === null || v === undefined ? (col.notNull ? 0 : null) : v ? 1 : 0;
  return v ?? null;
}

const ownCode = (ctx: ServiceContext) =>
  (ctx.sqlite.prepare('SELECT u.code FROM installation i JOIN units u ON u.id = i.unit_id').get() as { code: string } | undefined)?.code ?? null;

/** Why an earlier version cannot be put back now (null: it can). */
function restoreRefusal(ctx: ServiceContext, def: TypeDef | undefined, row: Obj | null): string | null {
  if (!def) return 'Loại bản ghi này chỉ xem được lịch sử, chưa khôi phục được phiên bản cũ.';
  if (!row) return 'Không tìm thấy bản ghi; có thể đã bị xóa.';
  if (row.deleted === true) return 'Bản ghi đã bị xóa; không khôi phục phiên bản cũ được.';
  const me = ownCode(ctx);
  if (me && row.origin !== me) {
    return `Đây là bản sao nhận từ đơn vị ${String(row.origin)}; chỉ đơn vị đó mới sửa được. Hãy gửi phản hồi (trả lại kèm lý do) nếu cần sửa.`;
  }
  return null;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** One record's changes, newest first, each with the fields it changed (before → after). */
export function recordHistory(ctx: ServiceContext, input: { type: string; id: string }) {
  const def = TYPES[input.type];
  const rows = ctx.sqlite
    .prepare('SELECT seq, at, actor, action, before, after FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq DESC')
    .all(input.type, input.id) as AuditRow[];
  const hidden = new Set([...SYSTEM, ...DERIVED, ...(def?.hidden ?? [])]);
  const known = def ? new Set(columns(def).map(([k]) => k)) : null;
  const entries: HistoryEntry[] = rows.map((r) => {
    const before = parse(r.before);
    const after = parse(r.after);
    const b = isObj(before) ? before : {};
    const a = isObj(after) ? after : {};
    const keys = known ? [...known] : [...new Set([...Object.keys(b), ...Object.keys(a)])];
    const changes = keys
      .filter((k) => !hidden.has(k) && (k in a || k in b) && !same(b[k], a[k]))
      .filter((k) => r.action !== 'create' || (a[k] !== null && a[k] !== '' && a[k] !== false))
      .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
    return {
      seq: r.seq, at: r.at, actor: r.actor, action: r.action, changes,
      rev: typeof a.rev === 'number' ? a.rev : null,
      restorable: !!def && isObj(after) && r.action !== 'delete',
      restoredFrom: typeof a.restoredFrom === 'number' ? a.restoredFrom : null,
      note: typeof a.change === 'string' ? a.change : null,
    };
  });
  const reason = restoreRefusal(ctx, def, def ? readRow(ctx, def, input.id) : null);
  return { entries, canRestore: reason === null, reason };
}

/**
 * The record as it stood after audit row `seq`. Audit rows are compact (a creation holds the
 * whole row, a change only the fields it changed), so the version is the replay of every row
 * up to `seq`; null when `seq` is not one of this record's rows or is a deletion.
 */
function versionAt(ctx: ServiceContext, type: string, id: string, seq: number): Obj | null {
  const rows = ctx.sqlite
    .prepare('SELECT seq, at, actor, action, before, after FROM audit WHERE entity = ? AND entity_id = ? AND seq <= ? ORDER BY seq')
    .all(type, id, seq) as AuditRow[];
  const last = rows[rows.length - 1];
  if (!last || last.seq !== seq || last.action === 'delete') return null;
  let state: Obj = {};
  for (const r of rows) {
    const after = parse(r.after);
    if (!isObj(after)) continue;
    const before = parse(r.before);
    if (!isObj(before)) state = { ...after }; // a creation (or first import) holds the whole row
    else {
      state = { ...state, ...after };
      // A field present before and absent after was removed by this change.
      if (isObj(before)) for (const k of Object.keys(before)) if (!(k in after)) delete state[k];
    }
  }
  return state;
}

/** Puts back the record's fields as they stood after audit row `seq`: a new rev, audited. */
export function restoreVersion(ctx: ServiceContext, input: { type: string; id: string; seq: number }): { rev: number } {
  return inTransaction(ctx, () => {
    const def = TYPES[input.type];
    const current = def ? readRow(ctx, def, input.id) : null;
    const refusal = restoreRefusal(ctx, def, current);
    if (!def || !current) throw notFound('bản ghi');
    if (refusal) throw new AppError('READ_ONLY', refusal);
    const version = versionAt(ctx, input.type, input.id, input.seq);
    if (!isObj(version)) throw new AppError('NOT_FOUND', 'Không tìm thấy phiên bản này trong lịch sử của bản ghi.');
    const cols = columns(def).filter(([k]) => !SYSTEM.has(k) && k !== 'deleted' && k in version);
    if (cols.every(([k]) => same(current[k], version[k]))) {
      throw new AppError('UNCHANGED', 'Bản ghi đang giống hệt phiên bản này; không cần khôi phục.');
    }
    const rev = (current.rev as number) + 1;
    const next: Obj = { ...current, ...Object.fromEntries(cols.map(([k]) => [k, version[k]])), rev, updatedAt: isoNow(ctx) };
    const set = [...cols, ...columns(def).filter(([k]) => k === 'rev' || k === 'updatedAt')];
    try {
      ctx.sqlite
        .prepare(`UPDATE "${getTableName(def.table)}" SET ${set.map(([, c]) => `"${c.name}" = ?`).join(', ')} WHERE id = ?`)
        .run(...set.map(([k, c]) => toSql(c, next[k])), input.id);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        throw new AppError('CONFLICT', 'Không khôi phục được: một giá trị của phiên bản cũ (ví dụ mã đơn vị) nay đã thuộc bản ghi khác. Hãy sửa bản ghi kia trước.').withCause(e);
      }
      throw e;
    }
    writeAudit(ctx, { action: 'update', entity: input.type, entityId: input.id, before: current, after: { ...next, change: 'restore', restoredFrom: input.seq } });
    markEdited(ctx, input.type, input.id);
    return { rev };
  });
}
