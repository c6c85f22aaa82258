import { AlignmentType, Document, Packer, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Nominee } from '../../../src-shared/api';
import type { ServiceContext } from '../../services/core';
import { FONT, grid, longDate, PAGE } from '../layout';
import { getOffsets, mmToTwips } from '../printOffsets';
import { awardName, positionAndUnit, subjectInfo, type DossierPrint } from './common';
import { chairmanOf, communeDecision, type Commune } from './quyetDinh';

/** The offsets of this kind are saved under "print-offset:dossier-giay-khen". */
export const GIAY_KHEN_KIND = 'dossier-giay-khen';

const RED = 'C00000';
/** A4 landscape (297 × 210 mm, NĐ 98 Điều 104). Margins leave room for ±30 mm of nudging. */
const SHEET = { width: PAGE.height, height: PAGE.width };
const MARGIN = { top: mmToTwips(10), bottom: mmToTwips(10), side: mmToTwips(35) };
/** Where the first line stands below the top margin before the clerk's offset: 45 mm from the sheet's edge. */
const FIRST_LINE = mmToTwips(35);
const WIDTH = SHEET.width - 2 * MARGIN.side;

type Style = { size: number; bold?: boolean; italics?: boolean; color?: string };
const text = (t: string, s: Style) => new TextRun({ text: t, font: FONT, size: s.size * 2, bold: s.bold, italics: s.italics, color: s.color });

/**
 * Giấy khen / giấy chứng nhận danh hiệu: one landscape page per person or collective, text only,
 * for a pre-printed blank or plain paper. Issuer and award name in red caps, "TẶNG …" in black caps.
 * Every line is moved by the saved offsets: down by spacing before the first line, sideways by
 * a left indent with the opposite right indent (centred lines keep their width).
 */
function page(p: DossierPrint, commune: Commune, n: Nominee, line: string, date: string, off: { top: number; left: number }): ISectionOptions {
  const shift = { left: off.left, right: -off.left };
  const centred = (runs: TextRun[], spacing: { before?: number; after?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, spacing: { after: 80, ...spacing }, children: runs });
  const isTitle = p.award?.kind === 'title';
  const half = Math.floor(WIDTH / 2);
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side, header: 0, footer: 0 },
      },
    },
    children: [
      centred([text(chairmanOf(commune).toUpperCase(), { size: 18, bold: true, color: RED })], { before: FIRST_LINE + off.top, after: 480 }),
      centred([text(isTitle ? 'TẶNG DANH HIỆU' : 'TẶNG GIẤY KHEN', { size: 22, bold: true })], { after: 240 }),
      ...(isTitle ? [centred([text(awardName(p).toUpperCase(), { size: 26, bold: true, color: RED })], { after: 480 })] : [para240()]),
      centred([text(n.name, { size: 28, bold: true })], { after: 240 }),
      ...(line ? [centred([text(line, { size: 15 })], { after: 160 })] : []),
      centred([text(achievement(n.summary, p.dossier.year), { size: 15, italics: true })], { after: 720 }),
      grid([half, WIDTH - half], [[
        [
          new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, children: [text('Quyết định số        /QĐ-UBND', { size: 13 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, children: [text('ngày …… tháng …… năm ……', { size: 13 })] }),
        ],
        [
          new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, children: [text(date, { size: 14, italics: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, children: [text('CHỦ TỊCH', { size: 14, bold: true })] }),
        ],
      ]]),
    ],
  };
}

const para240 = () => new Paragraph({ spacing: { after: 240 }, children: [] });

export async function giayKhenDocument(ctx: ServiceContext, dossierId: string): Promise<Buffer> {
  const { p, commune, awarded } = communeDecision(ctx, dossierId);
  const o = getOffsets(ctx, GIAY_KHEN_KIND);
  const off = { top: mmToTwips(o.topMm), left: mmToTwips(o.leftMm) };
  const date = longDate(commune.place, ctx.now());
  const doc = new Document({
    creator: 'TĐKT Desktop',
    title: `Giấy khen - ${awardName(p)} năm ${p.dossier.year}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: awarded.map((n) => page(p, commune, n, positionAndUnit(subjectInfo(ctx, n)), date, off)),
  });
  return Packer.toBuffer(doc);
}

/** "Đã có thành tích …  năm 2025." — the year only once, when the clerk's summary already names it. */
function achievement(summary: string, year: number): string {
  const what = summary.replace(/[.\s]+$/u, '');
  if (!what) return `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}.`;
  return `Đã có thành tích: ${what}${what.includes(String(year)) ? '' : ` năm ${year}`}.`;
}
