import { AlignmentType, BorderStyle, Document, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { SCOPE_LABELS } from '../../../src-shared/rules/vocab';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { packDocx } from '../docxPack';
import { FONT, longDate, PAGE } from '../layout';
import { getOffsets, mmToTwips } from '../printOffsets';
import { dayText } from '../dossier/common';
import { authorsText, dateOf, deciderName, deciderSignature, printableInitiative, unitHeading, unitPrint } from './common';

/** The offsets of this kind are saved under "print-offset:initiative-certificate". */
export const CERTIFICATE_KIND = 'initiative-certificate';

const RED = 'C00000';
/**
 * A4 landscape, as the Giấy khen (print/dossier/giayKhen.ts): the pre-printed certificate blanks
 * units buy are the same landscape A4 sheets with a decorated border, so one tray setting and one
 * way of nudging serve both; a long initiative name and several authors also read better across
 * 297 mm than on a narrow portrait line. Margins leave room for ±30 mm of nudging.
 */
const SHEET_WIDTH = PAGE.height;
const MARGIN = { top: mmToTwips(10), bottom: mmToTwips(10), side: mmToTwips(30) };
/** Where the first line stands below the top margin before the clerk's offset (35 mm from the sheet's edge); a nudge upward stops at the 10 mm margin. */
const FIRST_LINE = mmToTwips(25);
const WIDTH = SHEET_WIDTH - 2 * MARGIN.side;

type Style = { size: number; bold?: boolean; italics?: boolean; color?: string; underline?: boolean };
const text = (t: string, s: Style) =>
  new TextRun({ text: t, font: FONT, size: s.size * 2, bold: s.bold, italics: s.italics, color: s.color, underline: s.underline ? {} : undefined });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const columns = (widths: number[], cells: Paragraph[][]) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: cells.map((c, k) => new TableCell({ width: { size: widths[k]!, type: WidthType.DXA }, borders: NO_BORDERS, children: c })) })],
  });

/**
 * Giấy chứng nhận sáng kiến (Điều lệ Sáng kiến Điều 7 k1; the template is not fixed by TT
 * 18/2013, so this follows the usual layout of the provinces' certificates): the issuer and the
 * Quốc hiệu, the title in red, the certificate number, who certifies, the initiative, its
 * authors with their shares, the scope, the decision, place and date, the signer. Every line is
 * moved by the saved offsets ("initiative-certificate") for pre-printed blanks, as the Giấy khen.
 */
export async function certificateDocument(ctx: ServiceContext, id: string): Promise<Buffer> {
  const i = printableInitiative(ctx, id);
  if (i.status !== 'recognised') {
    const why = i.status === 'refused' ? 'đã có văn bản không công nhận' : 'chưa có quyết định công nhận';
    throw new AppError('NOT_RECOGNISED', `Sáng kiến "${i.title}" ${why}; chỉ in Giấy chứng nhận cho sáng kiến đã được công nhận.`);
  }
  const u = unitPrint(ctx);
  const o = getOffsets(ctx, CERTIFICATE_KIND);
  const shift = { left: mmToTwips(o.leftMm), right: -mmToTwips(o.leftMm) };
  const top = mmToTwips(o.topMm);
  const line = (runs: TextRun[], o2: { before?: number; after?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, spacing: { before: o2.before, after: o2.after ?? 60 }, children: runs });
  const decidedOn = i.recognisedOn ? dateOf(i.recognisedOn) : ctx.now();
  // The unit's heading as its other papers write it: "UBND TỈNH LAI CHÂU / ỦY BAN NHÂN DÂN XÃ TÂN PHONG".
  const head = unitHeading(u, decidedOn);
  const parent = head.parentBody?.toUpperCase() ?? null;
  const issuer = head.issuer.toUpperCase();
  const sig = deciderSignature(u);
  const left = Math.round(WIDTH * 0.42);
  const headLeft = 6000;
  const authorsLabel = i.authors.length > 1 ? 'Tác giả (tỷ lệ đóng góp): ' : 'Tác giả: ';

  const doc = new Document({
    creator: 'TĐKT Desktop',
    title: `Giấy chứng nhận sáng kiến - ${i.title}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
          margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side, header: 0, footer: 0 },
        },
      },
      children: [
        // The first paragraph carries the vertical offset; the heading table follows it.
        new Paragraph({ spacing: { before: Math.max(0, FIRST_LINE + top), after: 0 }, children: [] }),
        columns([headLeft, WIDTH - headLeft], [
          [
            ...(parent ? [line([text(parent, { size: 13 })], { after: 0 })] : []),
            line([text(issuer, { size: 13, bold: true })], { after: 0 }),
          ],
          [
            line([text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true })], { after: 0 }),
            line([text('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], { after: 0 }),
          ],
        ]),
        line([text('GIẤY CHỨNG NHẬN SÁNG KIẾN', { size: 30, bold: true, color: RED })], { before: 360, after: 200 }),
        line([text(`${deciderName(u).toUpperCase()} CHỨNG NHẬN`, { size: 15, bold: true })], { after: 200 }),
        // Long names and many authors step down a size so the page holds them even nudged 30 mm down.
        line([text('Sáng kiến: ', { size: 15 }), text(`“${i.title}”`, { size: i.title.length > 100 ? 16 : 18, bold: true })], { after: 160 }),
        line([text(authorsLabel, { size: 15 }), text(authorsText(i), { size: i.authors.length > 3 ? 14 : 16, bold: true })], { after: 120 }),
        ...(i.field ? [line([text('Lĩnh vực áp dụng: ', { size: 15 }), text(i.field.split(/\r?\n/)[0]!, { size: 15 })], { after: 120 })] : []),
        line([
          text('Đã được công nhận là sáng kiến có phạm vi ảnh hưởng ', { size: 15 }),
          text(i.scope ? SCOPE_LABELS[i.scope] : '', { size: 15, bold: true }),
          text('.', { size: 15 }),
        ], { after: 360 }),
        // As on the Giấy khen: the number and the decision bottom left, level with the date and the signer.
        columns([left, WIDTH - left], [
          [
            line([text(`Số: ${i.certificateNumber}`, { size: 13, bold: true })], { after: 0 }),
            line([text(`Quyết định số ${i.decisionNumber}`, { size: 13 })], { after: 0 }),
            line([text(dayText(i.recognisedOn), { size: 13 })], { after: 0 }),
            // The body the clerk entered with the decision; the unit's head when it was left out.
            line([text(`của ${i.recognisingBody || deciderName(u)}`, { size: 13 })], { after: 0 }),
          ],
          [
            line([text(longDate(u.place, decidedOn), { size: 14, italics: true })], { after: 0 }),
            ...(sig.authority ? sig.authority.split('\n').map((a) => line([text(a.toUpperCase(), { size: 14, bold: true })], { after: 0 })) : []),
            line([text(sig.position.toUpperCase(), { size: 14, bold: true })], { after: 0 }),
            ...(sig.hint ? [line([text(sig.hint, { size: 13, italics: true })], { after: 0 })] : []),
            // Room for the signature and seal, then the signer's full name (NĐ 30/2020).
            line([text(sig.name, { size: 14, bold: true })], { before: 1000, after: 0 }),
          ],
        ]),
      ],
    }],
  });
  return packDocx(doc);
}
