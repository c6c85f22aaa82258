import { AlignmentType, Document, Header, PageNumber, PageOrientation, TextRun, type Paragraph, type Table } from 'docx';
import type { Initiative } from '../../../src-shared/api';
import { COUNCIL_ROLE_LABELS, formatShare } from '../../../src-shared/rules/initiatives';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getInitiativeRecord, roundRow } from '../../services/initiatives';
import { requireInstallation } from '../../services/installation';
import { agencyPrint, type AgencyPrint } from '../agency';
import { ADMIN_WORD, inSentence } from '../dossier/common';
import { packDocx } from '../docxPack';
import { FONT, PAGE, para, run, type Heading, type Signature } from '../layout';

/**
 * What the printed papers of công nhận sáng kiến share. An initiative and its round belong to the
 * installation's unit (the cơ sở that receives, judges and recognises it), so the unit's name and
 * level give the wording: a commune writes as its Ủy ban nhân dân and its chairman decides, any
 * other unit as itself under its head (as print/dossier does for the proposing unit).
 */
export interface UnitPrint {
  name: string;
  code: string;
  parentName: string | null;
  administrative: boolean;
  /** Địa danh: "Tân Phong" for "Tân Phong, ngày …" (from the document settings). */
  place: string;
  /** Heading, signers and "Lưu: VT, …" from the document settings. */
  agency: AgencyPrint;
}

export function unitPrint(ctx: ServiceContext): UnitPrint {
  const me = requireInstallation(ctx);
  const administrative = ['commune', 'district', 'province'].includes(me.level) && ADMIN_WORD.test(me.unitName);
  const placeOf = administrative || !me.parentName || !ADMIN_WORD.test(me.parentName) ? me.unitName : me.parentName;
  const agency = agencyPrint(ctx);
  return { name: me.unitName, code: me.unitCode, parentName: me.parentName, administrative, place: agency.settings.placeName || placeOf.replace(ADMIN_WORD, ''), agency };
}

/** "Ủy ban nhân dân xã Tân Phong" / the unit's own name, as it writes in a sentence. */
export const issuerName = (u: UnitPrint) => (u.administrative ? `Ủy ban nhân dân ${inSentence(u.name)}` : u.name);
/** "UBND xã Tân Phong": the chủ quản line above the council's own papers. */
export const issuerShort = (u: UnitPrint) => (u.administrative ? `UBND ${inSentence(u.name)}` : u.name);
/** The unit's own heading; the name glued with no-break spaces so the column wraps before it. */
export function unitHeading(u: UnitPrint, date: Date | null, number?: string): Heading {
  return u.agency.heading(date, number);
}

/** The council's heading: the unit as chủ quản, "HỘI ĐỒNG SÁNG KIẾN" as issuer. */
export const councilHeading = (u: UnitPrint, date: Date | null, number: string): Heading =>
  ({ parentBody: issuerShort(u), issuer: 'Hội đồng sáng kiến', number, place: u.place, date });

export const councilName = (u: UnitPrint) => `Hội đồng sáng kiến ${inSentence(u.name)}`;

/** Who recognises: "Chủ tịch Ủy ban nhân dân xã Tân Phong", or the head of any other unit. */
export const deciderName = (u: UnitPrint) => (u.administrative ? `Chủ tịch Ủy ban nhân dân ${inSentence(u.name)}` : `Thủ trưởng ${u.name}`);

/** The head signs the decision and the certificate in his own name (no "TM."), as in print/dossier/quyetDinh.ts. */
export const deciderSignature = (u: UnitPrint): Signature => u.agency.deciderSigner();

/** The agency signs its plans and reports: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / name". */
export const agencySignature = (u: UnitPrint): Signature => u.agency.signer();

/** An ISO day as a Date at noon (no time-zone slip to the day before). */
export const dateOf = (iso: string) => new Date(`${iso}T12:00:00`);

/** Scores and averages with a decimal comma: 71.666 → "71,67", 30 → "30". */
export const score = (x: number) => formatShare(x);

/** "Nguyễn Văn An (70%); Trần Thị Bình (30%)"; a single author without the share. */
export function authorsText(i: Pick<Initiative, 'authors'>): string {
  if (i.authors.length === 1) return i.authors[0]!.fullName;
  return i.authors.map((a) => `${a.fullName} (${formatShare(a.share)}%)`).join('; ');
}

export const roleLabel = (role: keyof typeof COUNCIL_ROLE_LABELS) => COUNCIL_ROLE_LABELS[role];

/** Papers of an initiative or a round are the owning unit's: another unit's record is not printed here. */
function assertOwn(ctx: ServiceContext, origin: string, what: string) {
  const me = requireInstallation(ctx);
  if (origin !== me.unitCode) {
    throw new AppError('NOT_OWNER', `${what} do đơn vị khác (mã ${origin}) quản lý; giấy tờ này do đơn vị đó in.`);
  }
}

export function printableInitiative(ctx: ServiceContext, id: string): Initiative {
  const i = getInitiativeRecord(ctx, id);
  assertOwn(ctx, i.origin, `Sáng kiến "${i.title}"`);
  return i;
}

export function printableRound(ctx: ServiceContext, id: string) {
  const r = roundRow(ctx, id);
  assertOwn(ctx, r.origin, `${r.name} năm ${r.year}`);
  return r;
}

/** Label: value lines of a form ("Tên sáng kiến: …"), the label bold. */
export const labelled = (label: string, value: string, o: { after?: number } = {}) =>
  para([run(`${label}: `, { bold: true }), run(value || '……………………………………………………')], {
    alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: o.after ?? 80, line: 312 },
  });

/**
 * Like layout.pack, but with several sections: one per council member's sheet (each starts a
 * page), or the decision followed by its landscape list. Every section has the NĐ 30 page and
 * margins; page numbers from the second page of a section on.
 */
export async function packSections(
  sections: { children: (Paragraph | Table)[]; landscape?: boolean }[],
  meta: { title: string; creator: string },
): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: sections.map((s) => ({
      properties: {
        titlePage: true,
        page: {
          size: { width: PAGE.width, height: PAGE.height, ...(s.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 567, footer: 567 },
        },
      },
      headers: {
        first: new Header({ children: [para('')] }),
        default: new Header({ children: [para([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })], { alignment: AlignmentType.CENTER })] }),
      },
      children: s.children,
    })),
  });
  return packDocx(doc);
}
