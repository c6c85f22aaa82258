import fs from 'node:fs';
import type ExcelJS from 'exceljs';

/**
 * Writing a list to .xlsx as a clerk opens it in Excel: a bold title line, the unit and date
 * below it, Vietnamese column headers, then one row per record. Rows are streamed to the file
 * (exceljs's WorkbookWriter commits each row) so 100,000 people never sit in memory as one
 * workbook. The file is written beside its final name and renamed when complete, so a failed
 * export leaves no half file that looks whole.
 *
 * Cells: strings as they are, numbers as numbers, and `{ date: 'yyyy-mm-dd' }` as a real date
 * cell shown dd/mm/yyyy (so Excel sorts and filters it as a date).
 */
export type SheetCell = string | number | null | { date: string };

export interface SheetColumn {
  header: string;
  width: number;
}

export interface SheetTable {
  sheetName: string;
  title: string;
  /** Lines under the title: the unit, what filter made the list, when it was made. */
  subtitle: string[];
  columns: SheetColumn[];
  rows: Iterable<SheetCell[]>;
}

const FONT = { name: 'Times New Roman', size: 12 };

function cellValue(c: SheetCell): ExcelJS.CellValue {
  if (c === null) return null;
  if (typeof c === 'object') {
    const [y, m, d] = c.date.split('-').map(Number);
    return new Date(Date.UTC(y!, m! - 1, d!));
  }
  return c;
}

/** Writes `table` to `file` and says how many record rows it holds. */
export async function writeSheet(file: string, table: SheetTable): Promise<number> {
  const { default: Excel } = (await import('exceljs')) as unknown as { default: typeof ExcelJS };
  const part = `${file}.part`;
  const wb = new Excel.stream.xlsx.WorkbookWriter({ filename: part, useStyles: true, useSharedStrings: false });
  wb.creator = 'TĐKT Desktop';
  const n = table.columns.length;
  const headerLine = 3 + table.subtitle.length;
  const ws = wb.addWorksheet(table.sheetName.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: n > 5 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: headerLine }],
  });
  // The font and wrapping are the columns' (each new cell takes them), not set row by row: a third of the time at 100,000 rows.
  ws.columns = table.columns.map((c) => ({ width: c.width, style: { font: FONT, alignment: { vertical: 'top', wrapText: true } } }));
  let rows = 0;
  try {
    const title = ws.addRow([table.title.toUpperCase()]);
    title.font = { ...FONT, size: 14, bold: true };
    ws.mergeCells(title.number, 1, title.number, n);
    title.commit();
    for (const line of table.subtitle) {
      const r = ws.addRow([line]);
      r.font = { ...FONT, italic: true };
      ws.mergeCells(r.number, 1, r.number, n);
      r.commit();
    }
    ws.addRow([]).commit();
    const header = ws.addRow(table.columns.map((c) => c.header));
    header.font = { ...FONT, bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.commit();
    for (const cells of table.rows) {
      const row = ws.addRow(cells.map(cellValue));
      cells.forEach((c, i) => {
        if (c !== null && typeof c === 'object') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
      row.commit();
      // Let the file stream drain now and then, so written rows leave memory.
      if (++rows % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    await wb.commit();
    fs.renameSync(part, file);
  } catch (e) {
    try {
      fs.rmSync(part, { force: true });
    } catch {
      // Nothing was written where the folder is not a folder: nothing to remove.
    }
    throw e;
  }
  return rows;
}
