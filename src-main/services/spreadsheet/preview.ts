/**
 * The preview of a clerk's list before an import: which sheet, which header row, which
 * column is which field (given ▸ remembered for this layout ▸ guessed), every row converted,
 * cleaned, checked and matched against the registry. Writes nothing; the apply step of each
 * import (registrations, award history, …) calls previewSheet again inside its transaction,
 * writes, and calls rememberLayout there.
 */
import type { z } from 'zod';
import type { SheetPreview, sheetPreviewInput } from '../../../src-shared/api/spreadsheet';
import {
  HEADER_SEARCH_ROWS, detectHeader, fieldsFor, guessMapping, headerNames, isSubHeader, layoutSignature, parsePaste,
  type ImportTarget, type Mapping,
} from '../../../src-shared/formats/tabular';
import { decodeHeaderCell, lineMessage, normalizePeopleRows, type SheetRow } from '../../../src-shared/formats/tabularRows';
import { AppError } from '../../errors';
import { inTransaction, writeAudit, isoNow, type ServiceContext } from '../core';
import { matchPeople } from '../registry';
import { SHEET_LIMITS, readXlsx, sheetErrors } from '../../lib/spreadsheet/read';

export type SheetPreviewParsed = z.output<typeof sheetPreviewInput>;

interface Loaded {
  sheets: string[];
  sheet: string | null;
  rows: SheetRow[];
  truncated: boolean;
}

async function load(input: SheetPreviewParsed): Promise<Loaded> {
  if (input.source.kind === 'paste') {
    const rows = parsePaste(input.source.text).map((r) => ({ line: r.line, cells: r.cells.map((text) => ({ text, font: null })) }));
    if (!rows.length) throw new AppError('SHEET_EMPTY', 'Chưa có dữ liệu; hãy sao chép danh sách trong Excel (kể cả dòng tiêu đề) rồi dán vào đây.');
    return { sheets: [], sheet: null, rows, truncated: false };
  }
  // A page may send a data: URL; the base64 after the comma is the file.
  const b64 = input.source.contentBase64.replace(/^data:[^,]*,/, '');
  if (Math.floor((b64.length * 3) / 4) > SHEET_LIMITS.bytes + 3) throw sheetErrors.tooLarge(Math.floor((b64.length * 3) / 4));
  const wb = await readXlsx(Buffer.from(b64, 'base64'));
  const names = wb.sheets.map((s) => s.name);
  let chosen;
  if (input.sheet !== null) {
    chosen = wb.sheets.find((s) => s.name === input.sheet);
    if (!chosen) throw new AppError('SHEET_NOT_FOUND', `Tệp không có trang tính "${input.sheet}"; hãy chọn lại trang tính.`);
  } else {
    chosen = wb.sheets.find((s) => !s.hidden && s.rows.length) ?? wb.sheets.find((s) => s.rows.length);
    if (!chosen) throw new AppError('SHEET_EMPTY', 'Tệp Excel không có dữ liệu (mọi trang tính đều trống).');
  }
  return { sheets: names, sheet: chosen.name, rows: chosen.rows, truncated: chosen.truncated };
}

/** The mapping, restricted to the target's fields and to existing columns; every field present. */
function completeMapping(m: Mapping, fieldKeys: readonly string[], width: number): Mapping {
  return Object.fromEntries(
    fieldKeys.map((k) => {
      const c = m[k];
      return [k, typeof c === 'number' && Number.isInteger(c) && c >= 0 && c < width ? c : null];
    }),
  );
}

export function rememberedLayout(ctx: ServiceContext, signature: string, target: ImportTarget): Mapping | null {
  const row = ctx.sqlite.prepare('SELECT mapping FROM import_layouts WHERE signature = ? AND target = ?').get(signature, target) as
    | { mapping: string }
    | undefined;
  if (!row) return null;
  try {
    const parsed: unknown = JSON.parse(row.mapping);
    return parsed && typeof parsed === 'object' ? (parsed as Mapping) : null;
  } catch {
    return null; // an unreadable memory is no memory: guess again
  }
}

/**
 * Remembers the clerk's mapping for this layout (one row per signature in import_layouts),
 * with an audit row. Call it in the apply step's transaction; unchanged mappings write nothing.
 */
export function rememberLayout(ctx: ServiceContext, signature: string, target: ImportTarget, mapping: Mapping): { ok: true } {
  const keys = fieldsFor(target).map((f) => f.key);
  const clean = completeMapping(mapping, keys, SHEET_LIMITS.columns);
  const json = JSON.stringify(clean);
  // better-sqlite3 nests this as a savepoint when the apply step's transaction is open.
  return inTransaction(ctx, () => {
    const before = ctx.sqlite.prepare('SELECT target, mapping FROM import_layouts WHERE signature = ?').get(signature) as
      | { target: string; mapping: string }
      | undefined;
    if (before?.target === target && before.mapping === json) return { ok: true as const };
    ctx.sqlite
      .prepare(
        `INSERT INTO import_layouts (signature, target, mapping, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(signature) DO UPDATE SET target = excluded.target, mapping = excluded.mapping, updated_at = excluded.updated_at`,
      )
      .run(signature, target, json, isoNow(ctx));
    writeAudit(ctx, {
      action: before ? 'update' : 'create',
      entity: 'import_layout',
      entityId: signature,
      before: before ? { target: before.target, mapping: JSON.parse(before.mapping) as unknown } : undefined,
      after: { target, mapping: clean },
    });
    return { ok: true as const };
  });
}

/** Where a list's table is and how its columns map to the target's fields (the part every import shares). */
export type TableLayout = Pick<
  SheetPreview,
  'sheets' | 'sheet' | 'headerRow' | 'subHeaderRow' | 'headerDetected' | 'headers' | 'signature' | 'fields' | 'mapping' | 'mappingSource'
>;

/**
 * Reads a clerk's list and finds its table: the sheet, the header row (the clerk's choice, else
 * the first of the first 15 rows naming two of the target's fields), a sub-header under it,
 * the data rows below, and the mapping (given ▸ remembered for this layout ▸ guessed).
 */
export async function readTable(ctx: ServiceContext, input: SheetPreviewParsed): Promise<{ layout: TableLayout; data: SheetRow[] }> {
  const { sheets, sheet, rows, truncated } = await load(input);
  const fields = fieldsFor(input.target);
  const fieldKeys = fields.map((f) => f.key);
  const headerText = (r: SheetRow | undefined) => (r ? r.cells.map((c) => decodeHeaderCell(c, input.encoding)) : []);

  let headerIndex: number;
  let headerDetected = true;
  if (input.headerRow !== null) {
    headerIndex = rows.findIndex((r) => r.line === input.headerRow);
    if (headerIndex < 0) {
      throw new AppError('SHEET_HEADER', `Dòng ${input.headerRow} trống hoặc không có trong trang tính; hãy chọn lại dòng tiêu đề.`);
    }
  } else {
    const found = detectHeader(rows.slice(0, HEADER_SEARCH_ROWS).map(headerText), fields);
    headerDetected = found !== null;
    headerIndex = found ?? 0;
  }
  const top = headerText(rows[headerIndex]);
  const next = rows[headerIndex + 1];
  const nextText = headerText(next);
  // A sub-header is the very next line of the sheet (a blank line between breaks the header).
  const sub = next && next.line === (rows[headerIndex]?.line ?? 0) + 1 && isSubHeader(top, nextText, fields) ? nextText : null;
  const data = rows.slice(headerIndex + (sub ? 2 : 1));
  if (truncated || data.length > SHEET_LIMITS.dataRows) throw sheetErrors.tooManyRows(truncated ? null : data.length);

  const width = Math.min(
    SHEET_LIMITS.columns,
    Math.max(top.length, nextText.length, ...data.map((r) => r.cells.length)),
  );
  const headers = headerNames(top, sub, width);
  const signature = layoutSignature(headers);

  let mapping: Mapping;
  let mappingSource: SheetPreview['mappingSource'];
  const remembered = input.mapping ? null : rememberedLayout(ctx, signature, input.target);
  if (input.mapping) [mapping, mappingSource] = [input.mapping, 'given'];
  else if (remembered) [mapping, mappingSource] = [remembered, 'remembered'];
  else [mapping, mappingSource] = [guessMapping(headers, fields), 'guessed'];
  mapping = completeMapping(mapping, fieldKeys, width);

  return {
    data,
    layout: {
      sheets,
      sheet,
      headerRow: rows[headerIndex]?.line ?? 1,
      subHeaderRow: sub ? (next?.line ?? null) : null,
      headerDetected,
      headers,
      signature,
      fields: fields.map((f) => ({ key: f.key, label: f.label })),
      mapping,
      mappingSource,
    },
  };
}

/** Reads, maps, converts, checks and matches a clerk's list of people; writes nothing. */
export async function previewSheet(ctx: ServiceContext, input: SheetPreviewParsed): Promise<SheetPreview> {
  // Other lists have their own preview (awards.importPreview): their rows are not people.
  if (input.target !== 'people') {
    throw new AppError('INVALID_INPUT', 'Danh sách khen thưởng đã có được xem trước ở màn hình "Nhập khen thưởng từ Excel".');
  }
  const { layout, data } = await readTable(ctx, input);
  const mapping = layout.mapping;

  const normalized = normalizePeopleRows(data, mapping, { encoding: input.encoding, now: ctx.now() });
  const matches = matchPeople(
    ctx,
    normalized.rows.filter((r) => r.values.fullName !== '').map((r) => ({ line: r.line, fullName: r.values.fullName, birthYear: r.values.birthYear, warnings: r.warnings })),
  );

  const counts = { rows: 0, errors: 0, matched: 0, new: 0 };
  const out = normalized.rows.map((r) => {
    const match = matches.get(r.line) ?? null;
    const errors = [...r.errors];
    if (!match && r.values.gender === null && errors.length === 0) {
      errors.push(lineMessage(r.line, 'thiếu giới tính (Nam hoặc Nữ) để thêm người mới vào danh sách cá nhân'));
    }
    counts.rows++;
    if (errors.length) counts.errors++;
    else if (match) counts.matched++;
    else counts.new++;
    return { ...r, errors, match };
  });

  return { ...layout, encodingUsed: normalized.encodingUsed, rows: out, counts };
}
