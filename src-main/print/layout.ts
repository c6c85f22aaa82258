import {
  AlignmentType, BorderStyle, Document, Header, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import './docxFast';
import { packDocx } from './docxPack';

/**
 * The administrative layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, shared by every printed
 * document: A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman,
 * page numbers centred in the top margin from page 2, Quốc hiệu and Tiêu ngữ top right, the
 * issuer top left, the signature block bottom right and "Nơi nhận" bottom left.
 */
export const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre; docx's helper rounds A4 down, so sizes are written exactly
export const PAGE = { width: 11906, height: 16838, top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Landscape pages (allowed for big tables) keep the same margins on the turned sheet. */
export const LANDSCAPE_WIDTH = PAGE.height - PAGE.left - PAGE.right;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

type RunStyle = { size?: number; bold?: boolean; italics?: boolean; allCaps?: boolean; font?: string; underline?: boolean };
/** A text run; sizes in points as the decree writes them. */
export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: s.font ?? FONT, size: (s.size ?? 14) * 2, bold: s.bold, italics: s.italics, allCaps: s.allCaps, underline: s.underline ? {} : undefined });

export const para = (children: ParagraphChild[] | string, o: Omit<IParagraphOptions, 'children' | 'text'> & { size?: number } = {}) =>
  new Paragraph({ ...o, children: typeof children === 'string' ? [run(children, { size: o.size })] : children });

/**
 * Body text: 14 pt, justified, first line indented 1 cm, 6 pt after. `keep` holds the paragraph
 * on the page of what follows (the last lines before a signature block, NĐ 30/2020).
 */
export const body = (text: string | ParagraphChild[], o: { keep?: boolean } = {}) =>
  para(typeof text === 'string' ? [run(text)] : text, {
    alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 120, line: 312 },
    ...(o.keep ? { keepNext: true, keepLines: true } : {}),
  });

/** Lines of a name as the heading prints them: "ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG" → two lines. */
const headLines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** A short rule centred under a heading (1/3 of the cell), drawn as a paragraph border. */
const rule = (cellWidth: number, fraction: number) => {
  const side = Math.round((cellWidth * (1 - fraction)) / 2);
  return new Paragraph({ indent: { left: side, right: side }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, spacing: { before: 60, after: 0 }, children: [] });
};

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });

export const grid = (widths: number[], rows: Paragraph[][][]) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(widths[i]!, c)) })),
  });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A ruled table for lists: a bold centred header row, 13 pt text, repeated header on each page. */
export function dataTable(
  columns: { title: string; width: number; align?: 'left' | 'center' | 'right' }[],
  rows: (string | { text: string; bold?: boolean; span?: number })[][],
): Table {
  const align = (a?: string) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((c) => new TableCell({
      width: { size: c.width, type: WidthType.DXA }, borders: LINES, margins,
      children: [para([run(c.title, { size: 13, bold: true })], { alignment: AlignmentType.CENTER })],
    })),
  });
  // The last row keeps with what follows, so a signature block never opens a page on its own.
  const body = rows.map((cells, r) => {
    const keepNext = r === rows.length - 1;
    let col = 0;
    return new TableRow({
      cantSplit: true,
      children: cells.map((cell) => {
        const c = typeof cell === 'string' ? { text: cell } : cell;
        const span = c.span ?? 1;
        const width = columns.slice(col, col + span).reduce((w, x) => w + x.width, 0);
        const a = columns[col]?.align;
        col += span;
        return new TableCell({
          width: { size: width, type: WidthType.DXA }, columnSpan: span > 1 ? span : undefined, borders: LINES, margins,
          children: [para([run(c.text, { size: 13, bold: c.bold })], { alignment: span > 1 ? AlignmentType.LEFT : align(a), keepNext })],
        });
      }),
    });
  });
  return new Table({
    width: { size: columns.reduce((w, c) => w + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    rows: [header, ...body],
  });
}

export interface Heading {
  parentBody: string | null; // cơ quan chủ quản, caps, not bold
  issuer: string; // cơ quan ban hành, caps, bold
  number?: string; // "Số: 12/KH-UBND"
  place: string; // địa danh
  /** null: the day is written by hand ("ngày …… tháng …… năm ……"), e.g. a meeting not yet dated. */
  date: Date | null;
}

/** "ngày 05 tháng 02 năm 2026": day < 10 and months 1–2 take a leading zero (NĐ 30). */
export function longDate(place: string, d: Date): string {
  const day = String(d.getDate()).padStart(2, '0');
  const m = d.getMonth() + 1;
  return `${place}, ngày ${day} tháng ${m <= 2 ? `0${m}` : m} năm ${d.getFullYear()}`;
}

export function heading(h: Heading, width = CONTENT_WIDTH): Table {
  const left = 3500;
  const right = width - left;
  const c = AlignmentType.CENTER;
  return grid([left, right], [[
    [
      ...(h.parentBody ? headLines(h.parentBody).map((l) => para([run(l.toUpperCase(), { size: 13 })], { alignment: c })) : []),
      ...headLines(h.issuer).map((l) => para([run(l.toUpperCase(), { size: 13, bold: true })], { alignment: c })),
      rule(left, 1 / 3),
      // A paper without a number of its own (a person's form, a list) prints no bare "Số: /".
      ...(h.number ? [para([run(h.number, { size: 13 })], { alignment: c, spacing: { before: 120 } })] : [para('', { spacing: { before: 120 } })]),
    ],
    [
      para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true })], { alignment: c }),
      para([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], { alignment: c }),
      para([run(h.date ? longDate(h.place, h.date) : `${h.place}, ngày …… tháng …… năm ……`, { size: 14, italics: true })], { alignment: c, spacing: { before: 240 } }),
    ],
  ]]);
}

/** Tên loại in caps, the trích yếu under it, and the short rule under both (NĐ 30/2020, Phụ lục I, mục II.6). */
export const title = (kind: string, summary?: string, width = CONTENT_WIDTH) => [
  para([run(kind.toUpperCase(), { bold: true })], { alignment: AlignmentType.CENTER, spacing: { before: 360 }, keepNext: true }),
  ...(summary ? [para([run(summary, { bold: true })], { alignment: AlignmentType.CENTER, keepNext: true })] : []),
  new Paragraph({ ...ruleOptions(width, 1 / 5), spacing: { before: 160, after: 240 } }),
];

/** The short centred rule drawn as a paragraph's top border. */
function ruleOptions(cellWidth: number, fraction: number) {
  const side = Math.round((cellWidth * (1 - fraction)) / 2);
  return { indent: { left: side, right: side }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] };
}

/** "Kính gửi: X." on one line, or "Kính gửi:" with one "- X;" line per addressee (NĐ 30/2020). */
export function addressees(to: string[]): Paragraph[] {
  if (to.length <= 1) return [para([run(`Kính gửi: ${to[0] ?? '……………………'}.`)], { alignment: AlignmentType.CENTER, spacing: { after: 240 } })];
  return [
    para([run('Kính gửi:')], { indent: { left: 1700 }, keepNext: true }),
    ...to.map((t, i) => para([run(`- ${t}${i === to.length - 1 ? '.' : ';'}`)], { indent: { left: 2900 }, spacing: { after: i === to.length - 1 ? 240 : 0 } })),
  ];
}

export interface Signature {
  authority?: string; // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; several lines joined by "\n"
  position: string; // "CHỦ TỊCH", "THỦ TRƯỞNG ĐƠN VỊ"
  hint?: string; // "(Ký, ghi rõ họ tên, đóng dấu)"
  name: string;
}

/**
 * A signer's block: quyền hạn (TM., KT.), chức vụ, a hint, room for the signature and seal, the
 * full name. Every line but the last keeps with the next, so the block is never split.
 */
export function signatureBlock(s: Signature): Paragraph[] {
  const c = AlignmentType.CENTER;
  return [
    ...(s.authority ? headLines(s.authority).map((l) => para([run(l.toUpperCase(), { bold: true })], { alignment: c, keepNext: true })) : []),
    para([run(s.position.toUpperCase(), { bold: true })], { alignment: c, keepNext: true }),
    ...(s.hint ? [para([run(s.hint, { size: 13, italics: true })], { alignment: c, keepNext: true })] : []),
    para('', { spacing: { before: 1400 }, keepNext: true }),
    para([run(s.name || '……………………………', { bold: true })], { alignment: c }),
  ];
}

/** Borderless cells in ONE row that never splits across pages. */
export function keptRow(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(widths[i]!, c)) })],
  });
}

/** "Nơi nhận" on the left, the signer on the right, on one level, in a row that never splits. */
export function closing(recipients: string[], sig: Signature, width = CONTENT_WIDTH): Table {
  const left = 4300;
  return keptRow([left, width - left], [
    recipients.length
      ? [
          para([run('Nơi nhận:', { size: 12, bold: true, italics: true })], { keepNext: true }),
          ...recipients.map((r, i) => para([run(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })], { keepNext: true })),
        ]
      : [para('')],
    signatureBlock(sig),
  ]);
}

/** Two signers side by side (left, right), kept on one page. */
export function twoSigners(width: number, left: Signature, right: Signature): Table {
  const half = Math.floor(width / 2);
  return keptRow([half, width - half], [signatureBlock(left), signatureBlock(right)]);
}

/** One signer at the right of the page, kept on one page. */
export function signerRight(width: number, sig: Signature): Table {
  const right = Math.min(6000, Math.floor(width / 2));
  return keptRow([width - right, right], [[para('')], signatureBlock(sig)]);
}

/** A spacer before the closing that keeps with it. */
export const keptGap = (after = 120) => para('', { spacing: { after }, keepNext: true });

/** One A4 section with page numbers from page 2, packed to DOCX bytes. */
export async function pack(children: (Paragraph | Table)[], meta: { title: string; creator: string; landscape?: boolean }): Promise<Buffer> {
  return packDocx(documentOf(children, meta), 'layout');
}

/**
 * The docx Document pack() writes. Everything here but the children, the title and the
 * orientation is the same for every document, and pack() lets packDocx reuse those parts
 * (shell 'layout'): a header, style or setting that varies by document needs a shell of its own.
 */
export function documentOf(children: (Paragraph | Table)[], meta: { title: string; creator: string; landscape?: boolean }): Document {
  return new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: {
        titlePage: true,
        // docx swaps width and height itself for a landscape page.
        page: { size: { width: PAGE.width, height: PAGE.height, ...(meta.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 } },
      },
      headers: {
        first: new Header({ children: [para('')] }),
        default: new Header({ children: [para([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })], { alignment: AlignmentType.CENTER })] }),
      },
      children,
    }],
  });
}
