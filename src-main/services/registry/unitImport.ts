import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { UnitImportResult } from '../../../src-shared/api';
import { UNIT_LEVEL_ALIASES, type UnitLevel } from '../../../src-shared/catalog/levels';
import { parseCsv } from '../../../src-shared/formats/csv';
import { cleanText, fold } from '../../../src-shared/text';
import { units } from '../../db/schema';
import { AppError } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { originCode } from '../installation';

interface ImportRow {
  line: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  active: boolean;
  mergedIntoCode: string | null;
}

type Field = 'code' | 'name' | 'level' | 'parentCode' | 'active' | 'mergedIntoCode';

// Header words a clerk's spreadsheet may use, folded (no diacritics, lower case).
const HEADERS: Record<string, Field> = {
  ma: 'code', 'ma don vi': 'code', code: 'code', 'ma dvhc': 'code',
  ten: 'name', 'ten don vi': 'name', name: 'name',
  cap: 'level', level: 'level', 'cap hanh chinh': 'level',
  'ma cap tren': 'parentCode', 'ma don vi cap tren': 'parentCode', parent: 'parentCode',
  parentcode: 'parentCode', 'parent code': 'parentCode',
  'hoat dong': 'active', 'dang hoat dong': 'active', active: 'active',
  'sap nhap vao': 'mergedIntoCode', 'ma sap nhap vao': 'mergedIntoCode',
  mergedinto: 'mergedIntoCode', mergedintocode: 'mergedIntoCode', 'merged into': 'mergedIntoCode',
};

const CODE_RE = /^[A-Za-z0-9._-]{1,32}$/;

function parseActive(v: unknown): boolean | null {
  if (v === undefined || v === null || v === '') return true;
  if (typeof v === 'boolean') return v;
  const f = fold(String(v));
  if (['1', 'true', 'co', 'x', 'yes', 'dang hoat dong', 'hoat dong'].includes(f)) return true;
  if (['0', 'false', 'khong', 'no', 'ngung', 'ngung hoat dong'].includes(f)) return false;
  return null;
}

function normalizeRow(line: number, raw: Partial<Record<Field, unknown>>, errors: UnitImportResult['errors']): ImportRow | null {
  const str = (v: unknown) => (v === undefined || v === null ? '' : cleanText(String(v)));
  const code = str(raw.code);
  const name = str(raw.name);
  const levelWord = fold(str(raw.level));
  const level = UNIT_LEVEL_ALIASES[levelWord];
  const active = parseActive(raw.active);
  const problems: string[] = [];
  if (!CODE_RE.test(code)) problems.push(code ? `mã "${code}" không hợp lệ` : 'thiếu mã đơn vị');
  if (!name) problems.push('thiếu tên đơn vị');
  else if (name.length > 200) problems.push('tên dài quá 200 ký tự');
  if (!level) problems.push(levelWord ? `cấp "${str(raw.level)}" không hợp lệ` : 'thiếu cấp đơn vị');
  if (active === null) problems.push(`giá trị hoạt động "${str(raw.active)}" không hợp lệ`);
  const parentCode = str(raw.parentCode) || null;
  const mergedIntoCode = str(raw.mergedIntoCode) || null;
  if (parentCode === code && code) problems.push('đơn vị không thể là cấp trên của chính nó');
  if (problems.length) {
    errors.push({ line, message: `Dòng ${line}: ${problems.join('; ')}.` });
    return null;
  }
  return { line, code, name, level: level!, parentCode, active: mergedIntoCode ? false : active!, mergedIntoCode };
}

function readCsv(content: string, errors: UnitImportResult['errors']): ImportRow[] {
  const rows = parseCsv(content);
  const header = rows.shift();
  if (!header) throw new AppError('IMPORT_EMPTY', 'Tệp không có dữ liệu.');
  const columns = header.cells.map((c) => HEADERS[fold(c)] ?? null);
  for (const need of ['code', 'name', 'level'] as const) {
    if (!columns.includes(need)) {
      throw new AppError(
        'IMPORT_HEADER',
        'Dòng tiêu đề phải có các cột "Mã", "Tên", "Cấp" (và có thể có "Mã cấp trên", "Hoạt động", "Sáp nhập vào").',
      );
    }
  }
  return rows.flatMap((r) => {
    const raw: Partial<Record<Field, string>> = {};
    columns.forEach((f, i) => {
      if (f) raw[f] = r.cells[i];
    });
    const row = normalizeRow(r.line, raw, errors);
    return row ? [row] : [];
  });
}

function readJson(content: string, errors: UnitImportResult['errors']): ImportRow[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('IMPORT_FORMAT', 'Tệp JSON không đọc được: nội dung không đúng định dạng JSON.');
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { units?: unknown })?.units;
  if (!Array.isArray(list)) {
    throw new AppError('IMPORT_FORMAT', 'Tệp JSON phải là một danh sách đơn vị, hoặc một đối tượng có trường "units".');
  }
  return list.flatMap((item, i) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const row = normalizeRow(
      i + 1,
      { code: o.code, name: o.name, level: o.level, parentCode: o.parentCode, active: o.active, mergedIntoCode: o.mergedIntoCode },
      errors,
    );
    return row ? [row] : [];
  });
}

class DryRun extends Error {}

/**
 * Imports a unit directory (CSV or JSON). All or nothing: any bad line and nothing is written.
 * Parents may come later in the file than their children; codes already in the directory are
 * updated when something differs. `dryRun` computes the same counts and writes nothing.
 */
export function importUnits(
  ctx: ServiceContext,
  input: { format: 'csv' | 'json'; content: string; dryRun: boolean },
): UnitImportResult {
  const errors: UnitImportResult['errors'] = [];
  const rows = input.format === 'csv' ? readCsv(input.content, errors) : readJson(input.content, errors);
  const byCode = new Map<string, ImportRow>();
  for (const r of rows) {
    if (byCode.has(r.code)) errors.push({ line: r.line, message: `Dòng ${r.line}: mã "${r.code}" bị lặp lại trong tệp.` });
    byCode.set(r.code, r);
  }
  if (!rows.length && !errors.length) throw new AppError('IMPORT_EMPTY', 'Tệp không có dòng đơn vị nào.');

  const result: UnitImportResult = { applied: false, created: 0, updated: 0, unchanged: 0, errors };
  const now = isoNow(ctx);
  const origin = originCode(ctx);
  try {
    inTransaction(ctx, () => {
      const idOf = (code: string | null, line: number, what: string): string | null => {
        if (!code) return null;
        const found = ctx.db.select({ id: units.id, deleted: units.deleted }).from(units).where(eq(units.code, code)).get();
        if (found && !found.deleted) return found.id;
        errors.push({ line, message: `Dòng ${line}: ${what} "${code}" không có trong tệp hay trong danh mục.` });
        return null;
      };
      // Pass 1: every code exists, so pass 2 can link parents in any order.
      const createdCodes = new Set<string>();
      for (const r of rows) {
        const existing = ctx.db.select().from(units).where(eq(units.code, r.code)).get();
        if (existing?.deleted) {
          errors.push({ line: r.line, message: `Dòng ${r.line}: mã "${r.code}" thuộc một đơn vị đã xóa.` });
        } else if (!existing) {
          const row = {
            id: crypto.randomUUID(), origin, rev: 1, createdAt: now, updatedAt: now,
            code: r.code, name: r.name, nameFolded: fold(r.name), level: r.level,
            parentId: null, active: r.active, mergedIntoId: null,
          };
          ctx.db.insert(units).values(row).run();
          createdCodes.add(r.code);
        }
      }
      for (const r of rows) {
        const before = ctx.db.select().from(units).where(eq(units.code, r.code)).get();
        if (!before || before.deleted) continue;
        const next = {
          name: r.name, nameFolded: fold(r.name), level: r.level, active: r.active,
          parentId: idOf(r.parentCode, r.line, 'mã cấp trên'),
          mergedIntoId: idOf(r.mergedIntoCode, r.line, 'mã sáp nhập vào'),
        };
        if (createdCodes.has(r.code)) {
          const after = { ...before, ...next };
          ctx.db.update(units).set(next).where(eq(units.id, before.id)).run();
          writeAudit(ctx, { action: 'import', entity: 'unit', entityId: before.id, after });
          result.created++;
        } else if (
          before.name !== next.name || before.level !== next.level || before.active !== next.active ||
          before.parentId !== next.parentId || before.mergedIntoId !== next.mergedIntoId
        ) {
          const after = { ...before, ...next, rev: before.rev + 1, updatedAt: now };
          ctx.db.update(units).set(after).where(eq(units.id, before.id)).run();
          writeAudit(ctx, { action: 'import', entity: 'unit', entityId: before.id, before, after });
          result.updated++;
        } else result.unchanged++;
      }
      for (const r of rows) assertNoLoop(ctx, r, errors);
      if (errors.length || input.dryRun) throw new DryRun();
      result.applied = true;
    });
  } catch (e) {
    if (!(e instanceof DryRun)) throw e;
  }
  errors.sort((a, b) => a.line - b.line);
  return result;
}

function assertNoLoop(ctx: ServiceContext, r: ImportRow, errors: UnitImportResult['errors']): void {
  const start = ctx.db.select().from(units).where(eq(units.code, r.code)).get();
  const seen = new Set<string>();
  let cur = start?.parentId ?? null;
  while (cur) {
    if (cur === start?.id || seen.has(cur)) {
      errors.push({ line: r.line, message: `Dòng ${r.line}: quan hệ cấp trên của "${r.code}" tạo thành vòng lặp.` });
      return;
    }
    seen.add(cur);
    cur = ctx.db.select({ p: units.parentId }).from(units).where(eq(units.id, cur)).get()?.p ?? null;
  }
}
