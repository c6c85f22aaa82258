import { AlignmentType, BorderStyle, Table, TableCell, TableRow, VerticalAlign, VerticalMergeType, WidthType, type Paragraph } from 'docx';
import type { StatReport } from '../../../src-shared/api';
import type { ServiceContext } from '../../services/core';
import { agencyPrint } from '../agency';
import { tail } from '../inspections/common';
import { grid, heading, keptGap, LANDSCAPE_WIDTH, pack, para, run, title, twoSigners } from '../layout';
import { headerCells, statPrint } from './common';

/**
 * A statistical form (Thông tư 02/2023/TT-BNV) as a landscape DOCX in NĐ 30 thể thức: the unit's
 * heading, the form's name and year, the form number and who reports to whom, the table (chỉ
 * tiêu, mã số, the counted columns, with the A, B, 1, 2 … line of statistical forms), and the
 * clerk who made it beside the head of the unit.
 */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const MARGINS = { top: 30, bottom: 30, left: 60, right: 60 };
const LABEL_W = 4600;
const CODE_W = 650;

function cell(text: string, width: number, o: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right'; span?: number; vmerge?: 'restart' | 'continue'; indent?: number } = {}) {
  const alignment = o.align === 'left' ? AlignmentType.LEFT : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: width, type: WidthType.DXA }, borders: BORDERS, margins: MARGINS, verticalAlign: VerticalAlign.CENTER,
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    verticalMerge: o.vmerge === 'restart' ? VerticalMergeType.RESTART : o.vmerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: [para([run(text, { size: 11, bold: o.bold, italics: o.italics })], { alignment, indent: o.indent ? { left: o.indent } : undefined })],
  });
}

function formTable(r: StatReport): Table {
  const n = r.columns.length;
  const colW = Math.floor((LANDSCAPE_WIDTH - LABEL_W - CODE_W) / n);
  const widths = [LABEL_W, CODE_W, ...r.columns.map(() => colW)];
  const h = headerCells(r.columns);
  const twoLevels = h.bottom.length > 0;
  const head1 = new TableRow({
    tableHeader: true,
    children: [
      cell('Chỉ tiêu', LABEL_W, { bold: true, vmerge: twoLevels ? 'restart' : undefined }),
      cell('Mã số', CODE_W, { bold: true, vmerge: twoLevels ? 'restart' : undefined }),
      ...h.top.map((t) => cell(t.label, colW * t.span, { bold: true, span: t.span, vmerge: twoLevels && t.rows === 2 ? 'restart' : undefined })),
    ],
  });
  const head2 = twoLevels
    ? [new TableRow({
        tableHeader: true,
        children: [
          cell('', LABEL_W, { vmerge: 'continue' }), cell('', CODE_W, { vmerge: 'continue' }),
          ...h.top.flatMap((t, i) => {
            const first = h.top.slice(0, i).reduce((a, x) => a + x.span, 0);
            return t.rows === 2 ? [cell('', colW, { vmerge: 'continue' })] : r.columns.slice(first, first + t.span).map((c) => cell(c.label, colW, { bold: true }));
          }),
        ],
      })]
    : [];
  const letters = new TableRow({ tableHeader: true, children: ['A', 'B', ...r.columns.map((_, i) => String(i + 1))].map((x, i) => cell(x, widths[i]!, { italics: true })) });
  const body = r.rows.map((row) => {
    const bold = row.kind === 'total' || row.kind === 'section';
    const indent = row.kind === 'part' || row.kind === 'split' ? 340 : 0;
    return new TableRow({
      cantSplit: true,
      children: [
        cell(row.label, LABEL_W, { align: 'left', bold, italics: row.kind === 'part', indent }),
        cell(row.code, CODE_W),
        ...row.cells.map((v) => cell(v === null ? '' : v.toLocaleString('vi-VN'), colW, { align: 'right', bold: row.kind === 'total' })),
      ],
    });
  });
  return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, rows: [head1, ...head2, letters, ...body] });
}

export async function statisticsDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const p = statPrint(ctx, id);
  const r = p.report;
  const agency = agencyPrint(ctx);
  const small = (lines: string[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph[] => lines.map((l) => para([run(l, { size: 12 })], { alignment }));
  const half = Math.floor(LANDSCAPE_WIDTH / 2);
  return pack(
    [
      heading(agency.heading(ctx.now()), LANDSCAPE_WIDTH),
      ...title(r.title, `Năm ${r.year}`, LANDSCAPE_WIDTH),
      grid([half, LANDSCAPE_WIDTH - half], [[small(p.formLines, AlignmentType.LEFT), small(p.unitLines, AlignmentType.RIGHT)]]),
      para('', { spacing: { after: 120 } }),
      formTable(r),
      para([run(r.manual
        ? 'Ghi chú: các ô để trống do đơn vị điền theo số liệu của mình.'
        : 'Ghi chú: số liệu lập từ lịch sử khen thưởng và danh sách phong trào trong TĐKT Desktop; khen thưởng tính theo năm của ngày quyết định.', { size: 11, italics: true })], { spacing: { before: 80 }, keepNext: true }),
      keptGap(160),
      twoSigners(LANDSCAPE_WIDTH, { position: 'Người lập biểu', hint: '(Ký, ghi rõ họ tên)', name: p.clerkName }, agency.signer()),
      tail(),
    ],
    { title: `Biểu ${r.form} - ${r.title} năm ${r.year}`, creator: 'TĐKT Desktop', landscape: true },
  );
}
