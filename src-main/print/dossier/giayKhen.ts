import { AlignmentType, Document, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { Nominee } from '../../../src-shared/api';
import type { ServiceContext } from '../../services/core';
import { packDocx } from '../docxPack';
import { FONT, grid, longDate, PAGE } from '../layout';
import { getOffsets, mmToTwips } from '../printOffsets';
import { awardName, deciderSigner, deciderTitle, loadDossierPrint, positionAndUnit, subjectInfo, type DossierPrint } from './common';
import { assertCommuneDecision, decisionRef } from './quyetDinh';

/** The offsets of this kind are saved under "print-offset:dossier-giay-khen". */
export const GIAY_KHEN_KIND = 'dossier-giay-khen';

const RED = 'C00000';
/** A4 landscape (297 × 210 mm, NĐ 98 Điều 104). Margins leave room for ±30 mm of nudging. */
const MARGIN = { top: mmToTwips(10), bottom: mmToTwips(10), side: mmToTwips(35) };
/** Where the first line stands below the top margin before the clerk's offset: 45 mm from the sheet's edge. */
const FIRST_LINE = mmToTwips(35);
const WIDTH = PAGE.height - 2 * MARGIN.side;

type Style = { size: number; bold?: boolean; italics?: boolean; color?: string; underline?: boolean };
const text = (t: string, s: Style) => new TextRun({ text: t, font: FONT, size: s.size * 2, bold: s.bold, italics: s.italics, color: s.color, underline: s.underline ? {} : undefined });

interface Lines { issuer: string; award: string | null; verb: string; decision: [string, string]; date: string; signer: { authority?: string; position: string; name: string } }

/**
 * Giấy khen / giấy chứng nhận danh hiệu: one landscape page per person or collective. On pre-printed
 * stock only the variable text is printed, moved by the saved offsets; on blank paper the whole
 * certificate: Quốc hiệu, Tiêu ngữ, issuer, the award on its own line, the sổ vàng lines.
 */
function page(l: Lines, n: Nominee, line: string, achievement: string, o: { top: number; left: number; blank: boolean }): ISectionOptions {
  const shift = { left: o.left, right: -o.left };
  const centred = (runs: TextRun[], spacing: { before?: number; after?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, spacing: { after: 80, ...spacing }, children: runs });
  const half = Math.floor(WIDTH / 2);
  const small = (t: string, s: Partial<Style> = {}) => new Paragraph({ alignment: AlignmentType.CENTER, indent: shift, children: [text(t, { size: 13, ...s })] });
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side, header: 0, footer: 0 },
      },
    },
    children: [
      ...(o.blank
        ? [
            centred([text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 14, bold: true })], { before: mmToTwips(5), after: 0 }),
            centred([text('Độc lập - Tự do - Hạnh phúc', { size: 15, bold: true, underline: true })], { after: 480 }),
            centred([text(l.issuer.toUpperCase(), { size: 18, bold: true, color: RED })], { after: 360 }),
          ]
        : [centred([text(l.issuer.toUpperCase(), { size: 18, bold: true, color: RED })], { before: FIRST_LINE + o.top, after: 480 })]),
      centred([text(l.verb, { size: 22, bold: true })], { after: 240 }),
      ...(l.award ? [centred([text(l.award.toUpperCase(), { size: 26, bold: true, color: RED })], { after: 360 })] : []),
      centred([text(n.name, { size: 28, bold: true })], { after: 240 }),
      ...(line ? [centred([text(line, { size: 15 })], { after: 160 })] : []),
      centred([text(achievement, { size: 15, italics: true })], { after: o.blank ? 480 : 720 }),
      grid([half, WIDTH - half], [[
        [
          small(`Quyết định số ${l.decision[0]}`),
          small(l.decision[1]),
          ...(o.blank ? [small('Số sổ vàng: ……………', { size: 13 }), small('Số vào sổ: ……………', { size: 13 })] : []),
        ],
        [
          small(l.date, { size: 14, italics: true }),
          ...(l.signer.authority ? l.signer.authority.split('\n').map((a) => small(a.toUpperCase(), { size: 14, bold: true })) : []),
          small(l.signer.position.toUpperCase(), { size: 14, bold: true }),
          new Paragraph({ spacing: { before: o.blank ? 1000 : 1200 }, children: [] }),
          small(l.signer.name, { size: 14, bold: true }),
        ],
      ]]),
    ],
  };
}

/** "Đã có thành tích …  năm 2025." — the year only once, when the clerk's summary already names it. */
function achievementOf(summary: string, year: number): string {
  const what = summary.replace(/[.\s]+$/u, '');
  if (!what) return `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}.`;
  return `Đã có thành tích: ${what}${what.includes(String(year)) ? '' : ` năm ${year}`}.`;
}

export async function buildGiayKhen(p: DossierPrint, offsets: { topMm: number; leftMm: number }): Promise<Buffer> {
  assertCommuneDecision(p);
  const ref = decisionRef(p);
  const isTitle = p.award?.kind === 'title';
  const blank = p.settings.certificatePaper === 'blank';
  const lines: Lines = {
    issuer: deciderTitle(p, 'commune-chairman'),
    verb: isTitle ? 'TẶNG DANH HIỆU' : 'TẶNG GIẤY KHEN',
    award: isTitle ? awardName(p) : null,
    decision: [ref.number, ref.day],
    date: ref.date ? longDate(p.place, ref.date) : `${p.place}, ngày …… tháng …… năm ……`,
    signer: deciderSigner(p),
  };
  const o = { top: blank ? 0 : mmToTwips(offsets.topMm), left: blank ? 0 : mmToTwips(offsets.leftMm), blank };
  const doc = new Document({
    creator: 'TĐKT Desktop',
    title: `Giấy khen - ${awardName(p)} năm ${p.dossier.year}`,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: p.awarded.map((n) => page(lines, n, positionAndUnit(subjectInfo(p, n)), achievementOf(n.summary, p.dossier.year), o)),
  });
  return packDocx(doc);
}

export const giayKhenDocument = (ctx: ServiceContext, dossierId: string) => buildGiayKhen(loadDossierPrint(ctx, dossierId), getOffsets(ctx, GIAY_KHEN_KIND));
