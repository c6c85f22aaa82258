import type ExcelJS from 'exceljs';
import type { ServiceContext } from '../../services/core';
import { agencyPrint } from '../agency';
import { longDate } from '../layout';
import { headerCells, statPrint } from './common';

/**
 * The same form as a spreadsheet in the form's layout: the form number and the reporting units
 * at the top, the title and year, the two-level header with the A, B, 1, 2 … line, one row per
 * chỉ tiêu with numbers as numbers, and the two signers under it.
 */
export async function statisticsWorkbook(ctx: ServiceContext, id: string): Promise<Buffer> {
  const p = statPrint(ctx, id);
  const r = p.report;
  const wb = new ((await import('exceljs')).default as typeof ExcelJS).Workbook();
  wb.creator = 'TĐKT Desktop';
  const ws = wb.addWorksheet(`Biểu ${r.form}`, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const font = { name: 'Times New Roman', size: 12 };
  const last = r.columns.length + 2;
  const border = { top: { style: 'thin' as const }, bottom: { style: 'thin' as const }, left: { style: 'thin' as const }, right: { style: 'thin' as const } };
  const line = (text: string, o: { bold?: boolean; italic?: boolean; center?: boolean; size?: number } = {}) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).font = { ...font, size: o.size ?? 12, bold: o.bold, italic: o.italic };
    row.getCell(1).alignment = { horizontal: o.center ? 'center' : 'left' };
  };
  for (const l of p.formLines) line(l);
  for (const l of p.unitLines) line(l);
  ws.addRow([]);
  line(r.title.toUpperCase(), { bold: true, center: true, size: 14 });
  line(`Năm ${r.year}`, { italic: true, center: true });
  ws.addRow([]);
  const h = headerCells(r.columns);
  const two = h.bottom.length > 0;
  const top = ws.addRow(['Chỉ tiêu', 'Mã số', ...h.top.flatMap((t) => [t.label, ...Array<string>(t.span - 1).fill('')])]);
  const bottom = two ? ws.addRow(['', '', ...h.top.flatMap((t, i) => {
    const first = h.top.slice(0, i).reduce((a, x) => a + x.span, 0);
    return t.rows === 2 ? [''] : r.columns.slice(first, first + t.span).map((c) => c.label);
  })]) : null;
  if (bottom) {
    ws.mergeCells(top.number, 1, bottom.number, 1);
    ws.mergeCells(top.number, 2, bottom.number, 2);
    let col = 3;
    for (const t of h.top) {
      if (t.rows === 2) ws.mergeCells(top.number, col, bottom.number, col);
      else if (t.span > 1) ws.mergeCells(top.number, col, top.number, col + t.span - 1);
      col += t.span;
    }
  }
  const letters = ws.addRow(['A', 'B', ...r.columns.map((_, i) => i + 1)]);
  for (const row of [top, ...(bottom ? [bottom] : []), letters]) {
    row.eachCell({ includeEmpty: true }, (c) => {
      c.font = { ...font, bold: row !== letters, italic: row === letters };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = border;
    });
  }
  for (const x of r.rows) {
    const row = ws.addRow([x.label, x.code, ...x.cells]);
    row.eachCell({ includeEmpty: true }, (c, i) => {
      if (i > last) return;
      c.font = { ...font, bold: x.kind === 'total' || x.kind === 'section', italic: x.kind === 'part' };
      c.border = border;
      c.alignment = i === 1 ? { wrapText: true, indent: x.kind === 'part' || x.kind === 'split' ? 2 : 0 } : { horizontal: i === 2 ? 'center' : 'right' };
    });
  }
  ws.addRow([]);
  const agency = agencyPrint(ctx);
  const sig = agency.signer();
  const half = Math.max(2, Math.floor(last / 2));
  const dated = ws.addRow([...Array<string>(half).fill(''), longDate(agency.settings.placeName, ctx.now())]);
  ws.mergeCells(dated.number, half + 1, dated.number, last);
  dated.getCell(half + 1).font = { ...font, italic: true };
  dated.getCell(half + 1).alignment = { horizontal: 'center' };
  const sign = ws.addRow(['NGƯỜI LẬP BIỂU', ...Array<string>(half - 1).fill(''), [sig.authority, sig.position].filter(Boolean).join('\n').toUpperCase()]);
  ws.mergeCells(sign.number, 1, sign.number, half);
  ws.mergeCells(sign.number, half + 1, sign.number, last);
  sign.height = 32;
  const names = ws.addRow([p.clerkName, ...Array<string>(half - 1).fill(''), sig.name]);
  ws.mergeCells(names.number, 1, names.number, half);
  ws.mergeCells(names.number, half + 1, names.number, last);
  for (const row of [sign, names]) row.eachCell((c) => {
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'top', wrapText: true };
  });
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 48 : i === 1 ? 8 : 13));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
