/**
 * Reading a clerk's .xlsx into plain rows of text, with each cell's font name kept (old
 * Vietnamese lists typed in TCVN3 or VNI are only recognisable by their fonts: .VnTime,
 * VNI-Times). The bytes are checked first (container.ts) so a wrong file gets a sentence
 * saying what to do, then exceljs parses the workbook.
 *
 * Cell text: strings as they are; numbers as their plain decimal text; dates (date cells,
 * and numbers with a date format, which exceljs turns into dates) as ISO yyyy-mm-dd; rich
 * text joined; formulas → their cached result; hyperlinks → their text; errors and
 * booleans → "" and "TRUE"/"FALSE".
 *
 * Merged cells: the top-left cell's text and font are copied into every cell of the merge.
 * So "Năm sinh" merged over the two columns "Nam" | "Nữ" gives both columns the name "Năm
 * sinh" in the header row, and "Họ và tên" merged down over two header rows is there in
 * both, which lets the header detection (src-shared/formats/tabular.ts) read a two-row
 * header column by column. The merge ranges are also returned as they are.
 *
 * Empty rows (every cell blank after merging) are left out; each row keeps its 1-based line
 * number in the sheet, so messages name the line the clerk sees in Excel.
 */
import type ExcelJS from 'exceljs';

/** exceljs takes about half a second to load: it is loaded on the first sheet read, not at start-up. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import type { SheetCell, SheetRow } from '../../../src-shared/formats/tabularRows';
import { HEADER_SEARCH_ROWS } from '../../../src-shared/formats/tabular';
import { AppError } from '../../errors';
import { ContainerError, sniff, zipRead, type ZipEntry } from './container';

export const SHEET_LIMITS = {
  bytes: 20 * 1024 * 1024,
  /** What the declared sizes of the parts may add up to once inflated. */
  inflatedBytes: 400 * 1024 * 1024,
  dataRows: 20_000,
  columns: 100,
};

export interface MergeRange {
  /** 1-based, inclusive, as Excel numbers rows and columns. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  rows: SheetRow[];
  merges: MergeRange[];
  /** More non-empty rows than any import may take: the rest were not kept. */
  truncated: boolean;
}

export interface Workbook {
  sheets: WorkbookSheet[];
}

const MB = 1024 * 1024;

export const sheetErrors = {
  notExcel: () =>
    new AppError(
      'SHEET_FORMAT',
      'Tệp đã chọn không phải bảng tính Excel (.xlsx). Hãy mở tệp bằng Excel rồi lưu lại dưới dạng "Excel Workbook (*.xlsx)".',
    ),
  ods: () =>
    new AppError('SHEET_FORMAT', 'Tệp bảng tính OpenDocument (.ods) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx.'),
  xls: () => new AppError('SHEET_XLS', 'Tệp .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu lại dưới dạng .xlsx.'),
  password: () =>
    new AppError('SHEET_PASSWORD', 'Tệp Excel được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại.'),
  corrupt: () =>
    new AppError(
      'SHEET_CORRUPT',
      'Tệp Excel bị hỏng hoặc chưa được tải về đầy đủ nên không đọc được. Hãy mở thử bằng Excel; nếu mở được, hãy lưu lại rồi chọn lại tệp.',
    ),
  tooLarge: (bytes: number) =>
    new AppError(
      'SHEET_TOO_LARGE',
      `Tệp quá lớn (${(bytes / MB).toFixed(1).replace('.', ',')} MB); chỉ nhận tệp Excel đến ${SHEET_LIMITS.bytes / MB} MB. Hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia nhỏ danh sách.`,
    ),
  tooLargeInflated: () =>
    new AppError(
      'SHEET_TOO_LARGE',
      'Tệp Excel quá lớn khi giải nén (có thể chứa nhiều hình ảnh hoặc trang tính rất lớn). Hãy chỉ giữ lại trang danh sách cần nhập rồi lưu lại.',
    ),
  tooManyRows: (rows: number | null) =>
    new AppError(
      'SHEET_TOO_MANY_ROWS',
      `Danh sách có ${rows === null ? 'hơn 20.000' : rows.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${SHEET_LIMITS.dataRows.toLocaleString('vi-VN')} dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.`,
    ),
};

/** Refuses what is not a readable .xlsx, with the reason the clerk can act on. */
export function checkXlsxBytes(bytes: Buffer): ZipEntry[] {
  if (bytes.length > SHEET_LIMITS.bytes) throw sheetErrors.tooLarge(bytes.length);
  let container;
  try {
    container = sniff(bytes);
  } catch (e) {
    if (e instanceof ContainerError) throw sheetErrors.corrupt().withCause(e);
    throw e;
  }
  if (container.kind === 'unknown') throw sheetErrors.notExcel();
  if (container.kind === 'cfb') {
    const names = new Set(container.names);
    if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) throw sheetErrors.password();
    if (names.has('Workbook') || names.has('Book')) throw sheetErrors.xls();
    throw sheetErrors.notExcel();
  }
  const names = new Set(container.entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('content.xml') && names.has('mimetype')) throw sheetErrors.ods();
    throw sheetErrors.notExcel();
  }
  const inflated = container.entries.reduce((n, e) => n + e.size, 0);
  if (inflated > SHEET_LIMITS.inflatedBytes) throw sheetErrors.tooLargeInflated();
  return container.entries;
}

/**
 * The font of cells without a style of their own: the workbook's "Normal" font (cellXfs[0]).
 * exceljs drops the style table after loading, so it is read from xl/styles.xml here. Old
 * TCVN3 workbooks often have .VnTime as that font.
 */
function defaultFont(bytes: Buffer, entries: ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === 'xl/styles.xml');
  if (!entry) return null;
  try {
    const xml = zipRead(bytes, entry).toString('utf8');
    const xf = /<(?:\w+:)?cellXfs\b[^>]*>\s*<(?:\w+:)?xf\b([^>]*)>/.exec(xml)?.[1] ?? /<(?:\w+:)?cellXfs\b[^>]*>\s*<(?:\w+:)?xf\b([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const fontId = Number(/\bfontId="(\d+)"/.exec(xf)?.[1] ?? 0);
    const fontsXml = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(xml)?.[1] ?? '';
    const fonts = fontsXml.split(/<(?:\w+:)?font\b/).slice(1);
    const name = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(fonts[fontId] ?? '')?.[1];
    return name ? decodeXmlEntities(name) : null;
  } catch {
    return null; // the font is a hint; a workbook without a readable one is still read
  }
}

function decodeXmlEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15))); // 0.1 + 0.2 shows as 0.3, as in Excel
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** A cell value as text (see the rules at the top). */
export function valueText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  if ('formula' in v || 'sharedFormula' in v) return valueText((v as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in v) return valueText((v as { text?: ExcelJS.CellValue }).text);
  if ('error' in v) return '';
  return '';
}

/** The font a cell's text is drawn with: a rich text's first named run, else the cell's, else the workbook's. */
function fontOf(cell: ExcelJS.Cell, fallback: string | null): string | null {
  const v = cell.value;
  if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
    const run = v.richText.find((r) => r.text && r.font?.name);
    if (run?.font?.name) return run.font.name;
  }
  return cell.font?.name ?? fallback;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  // exceljs keeps merges as Range objects keyed by the master address; reading `ws.model`
  // would rebuild the whole sheet's model just to list them.
  const merges = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges ?? {};
  return Object.values(merges).map((r) => ({ top: r.top, left: r.left, bottom: r.bottom, right: r.right }));
}

const EMPTY: SheetCell = { text: '', font: null };
const MERGE = 1; // ExcelJS.ValueType.Merge, a const enum value of the lazily loaded module

function readSheet(ws: ExcelJS.Worksheet, normalFont: string | null): WorkbookSheet {
  const maxKept = SHEET_LIMITS.dataRows + HEADER_SEARCH_ROWS + 2;
  const grid = new Map<number, SheetCell[]>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > SHEET_LIMITS.columns) return;
      if (cell.type === MERGE) return; // filled from its master below
      cells[colNumber - 1] = { text: valueText(cell.value), font: fontOf(cell, normalFont) };
    });
    grid.set(rowNumber, cells);
  });

  const merges = mergesOf(ws);
  const lastRow = Math.max(0, ...grid.keys());
  for (const m of merges) {
    const master = grid.get(m.top)?.[m.left - 1];
    if (!master || master.text === '') continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      let cells = grid.get(r);
      if (!cells) grid.set(r, (cells = []));
      for (let c = m.left; c <= Math.min(m.right, SHEET_LIMITS.columns); c++) cells[c - 1] = master;
    }
  }

  const rows: SheetRow[] = [];
  let truncated = false;
  for (const line of [...grid.keys()].sort((a, b) => a - b)) {
    const sparse = grid.get(line) ?? [];
    if (!sparse.some((c) => c && c.text.trim() !== '')) continue;
    if (rows.length >= maxKept) {
      truncated = true;
      break;
    }
    const cells = Array.from(sparse, (c) => c ?? EMPTY);
    while (cells.length && (cells[cells.length - 1]?.text ?? '').trim() === '') cells.pop();
    rows.push({ line, cells });
  }
  return { name: ws.name, hidden: ws.state !== 'visible' && ws.state !== undefined, rows, merges, truncated };
}

/** The sheets of an .xlsx as rows of text with fonts; refuses what it cannot read, in Vietnamese. */
export async function readXlsx(bytes: Buffer): Promise<Workbook> {
  const entries = checkXlsxBytes(bytes);
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer); // exceljs declares its own Buffer type
  } catch (e) {
    throw sheetErrors.corrupt().withCause(e);
  }
  const normalFont = defaultFont(bytes, entries);
  const sheets: WorkbookSheet[] = [];
  wb.eachSheet((ws) => {
    sheets.push(readSheet(ws, normalFont));
  });
  if (!sheets.length) throw sheetErrors.corrupt();
  return { sheets };
}
