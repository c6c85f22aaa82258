import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { InspectionPlan } from '../../../src-shared/api';
import { formatShare } from '../../../src-shared/rules/initiatives';
import { TEAM_ROLE_LABELS, TEAM_ROLES, type TeamRole } from '../../../src-shared/rules/inspections';
import { formatDate } from '../../../src-shared/text';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { getPlan } from '../../services/inspections';
import { requireInstallation } from '../../services/installation';
import { body, CONTENT_WIDTH, para, run, type Heading, type Signature } from '../layout';
import { dayText, inSentence } from '../dossier/common';
import { issuerName, issuerShort, type UnitPrint } from '../initiatives/common';

/**
 * What the printed papers of kiểm tra công tác thi đua, khen thưởng share. A plan, its team and
 * its inspections belong to the installation that made the plan (the inspecting body): its unit
 * issues the plan and the decision in its own name (a commune as its Ủy ban nhân dân), and the
 * team (Đoàn kiểm tra) writes the minutes and the report under it.
 */

/** A plan of this installation; another unit's plan is printed by that unit. */
export function printablePlan(ctx: ServiceContext, id: string): InspectionPlan {
  const plan = getPlan(ctx, id);
  const me = requireInstallation(ctx);
  if (plan.origin !== me.unitCode) {
    throw new AppError('NOT_OWNER', `${plan.title} do đơn vị khác (mã ${plan.origin}) lập; giấy tờ của kế hoạch này do đơn vị đó in.`);
  }
  return plan;
}

/** The team in the order of the decision: Trưởng đoàn, Phó Trưởng đoàn, members, secretary. */
export const teamInOrder = (team: InspectionPlan['team']) =>
  [...team].sort((a, b) => TEAM_ROLES.indexOf(a.role) - TEAM_ROLES.indexOf(b.role));

export const roleLabel = (role: TeamRole) => TEAM_ROLE_LABELS[role];
export const leaderOf = (plan: Pick<InspectionPlan, 'team'>) => plan.team.find((m) => m.role === 'truong-doan') ?? null;

/** "Hội đồng Thi đua - Khen thưởng xã Tân Phong": whose chair the report goes to. */
export const tdktCouncil = (u: UnitPrint) => `Hội đồng Thi đua - Khen thưởng ${inSentence(u.name)}`;

/** The team's heading: the unit as chủ quản, "ĐOÀN KIỂM TRA" as issuer. */
export const teamHeading = (u: UnitPrint, date: Date, number: string): Heading =>
  ({ parentBody: issuerShort(u), issuer: 'Đoàn kiểm tra', number, place: u.place, date });

/** "Kế hoạch số 12/KH-UBND ngày 01 tháng 3 năm 2026 của Ủy ban nhân dân xã Tân Phong". */
export function planReference(u: UnitPrint, plan: Pick<InspectionPlan, 'planNumber' | 'planDate' | 'year'>): string {
  const number = plan.planNumber ? ` số ${plan.planNumber}` : '';
  const date = plan.planDate ? ` ${dayText(plan.planDate)}` : '';
  return `Kế hoạch${number}${date} của ${issuerName(u)} về kiểm tra công tác thi đua, khen thưởng năm ${plan.year}`;
}

/** "Từ ngày 01/04/2026 đến ngày 02/04/2026", "Ngày 10/04/2026", or dots to fill by hand. */
export function period(from: string | null, to: string | null, o: { compact?: boolean } = {}): string {
  // In a table column: "Từ 01/04/2026 đến 02/04/2026" fits on one line.
  const day = o.compact ? '' : 'ngày ';
  if (from && to && to !== from) return `Từ ${day}${formatDate(from)} đến ${day}${formatDate(to)}`;
  if (from || to) return `Ngày ${formatDate(from ?? to)}`;
  return '……………………';
}

/** Deadline as "30/11/2026". */
export const shortDate = (iso: string) => formatDate(iso);

/** A timestamp's calendar day (local time), as an ISO date. */
export function localDay(ts: string): string {
  const d = new Date(ts);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Section numbers of a printed paper: 0 → "I", 11 → "XII" (a checklist has at most 30 sections). */
export function roman(k: number): string {
  const n = k + 1;
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of parts) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return n >= 40 ? String(n) : out;
}

/** Scores and percentages with a decimal comma: 71.666 → "71,67". */
export const num = (x: number) => formatShare(x);

/** A section heading: "I. MỤC ĐÍCH, YÊU CẦU". */
export const section = (text: string) => para([run(text, { bold: true })], { spacing: { before: 200, after: 80 }, keepNext: true });
/** A sub-heading: "1. Mục đích". */
export const subsection = (text: string) => para([run(text, { bold: true, italics: true })], { indent: { firstLine: 567 }, spacing: { before: 80, after: 60 }, keepNext: true });
/** "- text" lines of a list, indented like the body. */
export const dash = (text: string) => para([run(`- ${text}`)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 60, line: 312 } });
/** "Label: value" with the label bold. */
export const labelled = (label: string, value: string) => body([run(`${label}: `, { bold: true }), run(value)]);
/** A body paragraph kept on the page of what follows (the last sentence before the signatures). */
export const bodyKept = (text: string) =>
  para([run(text)], { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 312 }, keepNext: true });

/** Free text typed by the clerk: a body paragraph per line, or dotted lines to write on. */
export function paragraphsOr(text: string, blankLines = 3): Paragraph[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length) return lines.map((l) => body(l));
  return Array.from({ length: blankLines }, () => para([run('……………………………………………………………………………………')], { spacing: { after: 60, line: 360 } }));
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

export interface RichCell {
  /** Paragraphs, or a text shown at 13 pt. */
  content: Paragraph[] | string;
  bold?: boolean;
  span?: number;
  align?: 'left' | 'center' | 'right';
  /** Fill colour (hex), for the bars of a chart. */
  fill?: string;
  /** No ruling (chart cells). */
  bare?: boolean;
  /** Side padding of a bare cell, in twips (none by default, so bars meet). */
  pad?: number;
  /** A rule above the cell (the chart's axis). */
  topRule?: boolean;
}

const alignOf = (a?: string) => (a === 'center' ? AlignmentType.CENTER : a === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);

/** A small 13 pt paragraph inside a table cell. */
export const cellText = (text: string, o: { bold?: boolean; italics?: boolean; align?: 'left' | 'center' | 'right'; size?: number; keepNext?: boolean } = {}) =>
  para([run(text, { size: o.size ?? 13, bold: o.bold, italics: o.italics })], { alignment: alignOf(o.align), keepNext: o.keepNext });

/**
 * A ruled table whose cells may hold several paragraphs (findings, documents seen, the unit's
 * own assessment) or a fill (chart bars). Rows do not split across pages unless splitRows (rows
 * that may be taller than a page); a header row, when given, repeats on every page.
 */
export function richTable(
  columns: { title?: string; width: number; align?: 'left' | 'center' | 'right' }[],
  rows: RichCell[][],
  o: { header?: boolean; borderless?: boolean; splitRows?: boolean } = {},
): Table {
  const header = o.header !== false && columns.some((c) => c.title !== undefined);
  const headRow = header
    ? [new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => new TableCell({
          width: { size: c.width, type: WidthType.DXA }, borders: LINES, margins: CELL_MARGINS,
          children: [cellText(c.title ?? '', { bold: true, align: 'center' })],
        })),
      })]
    : [];
  const bodyRows = rows.map((cells) => {
    let col = 0;
    return new TableRow({
      cantSplit: !o.splitRows,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        const width = columns.slice(col, col + span).reduce((w, x) => w + x.width, 0);
        const align = c.align ?? (span > 1 ? 'left' : columns[col]?.align);
        col += span;
        const children = typeof c.content === 'string' ? [cellText(c.content, { bold: c.bold, align })] : c.content;
        const bare = c.bare || o.borderless;
        return new TableCell({
          width: { size: width, type: WidthType.DXA }, columnSpan: span > 1 ? span : undefined,
          borders: bare ? { top: c.topRule ? LINE : NONE, bottom: NONE, left: NONE, right: NONE } : LINES,
          margins: bare ? { top: 0, bottom: 0, left: c.pad ?? 0, right: c.pad ?? 0 } : CELL_MARGINS,
          shading: c.fill ? { fill: c.fill } : undefined,
          children: children.length ? children : [new Paragraph({})],
        });
      }),
    });
  });
  return new Table({
    width: { size: columns.reduce((w, c) => w + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: o.borderless ? { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } : undefined,
    rows: [...headRow, ...bodyRows],
  });
}

/** A signer's block kept together: authority, position, hint, room for the signature, the name. */
function signatureBlock(s: Signature): Paragraph[] {
  const c = AlignmentType.CENTER;
  return [
    ...(s.authority ? [para([run(s.authority.toUpperCase(), { bold: true })], { alignment: c, keepNext: true })] : []),
    para([run(s.position.toUpperCase(), { bold: true })], { alignment: c, keepNext: true }),
    ...(s.hint ? [para([run(s.hint, { size: 13, italics: true })], { alignment: c, keepNext: true })] : []),
    para('', { spacing: { before: 1400 }, keepNext: true }),
    para([run(s.name, { bold: true })], { alignment: c }),
  ];
}

/** Two signers side by side, in one row that never splits across a page. */
export function twoSignersKept(width: number, left: Signature, right: Signature): Table {
  const half = Math.floor(width / 2);
  const cell = (w: number, s: Signature) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: signatureBlock(s) });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [half, width - half],
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: [cell(half, left), cell(width - half, right)] })],
  });
}

/**
 * "Nơi nhận" on the left, the signer on the right (as layout.closing), in a row that never splits:
 * a signer's title never stands on one page and the room for the signature on the next.
 */
export function closingKept(recipients: string[], sig: Signature, width = CONTENT_WIDTH): (Table | Paragraph)[] {
  const left = 4300;
  const cell = (w: number, children: Paragraph[]) =>
    new TableCell({ width: { size: w, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children });
  const recipientsCell = [
    para([run('Nơi nhận:', { size: 12, bold: true, italics: true })], { keepNext: true }),
    ...recipients.map((r, i) => para([run(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })], { keepNext: true })),
  ];
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [left, width - left],
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      rows: [new TableRow({ cantSplit: true, children: [cell(left, recipientsCell), cell(width - left, signatureBlock(sig))] })],
    }),
    tail(),
  ];
}

/** A hairline paragraph to end a document that ends with a table (Word and LibreOffice need one; a full-size one can spill onto a blank page). */
export const tail = () => para([run('', { size: 1 })], { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });

/** "Trưởng đoàn" signs for the team, with the name when the plan has one. */
export const leaderSignature = (plan: Pick<InspectionPlan, 'team'>): Signature =>
  ({ authority: 'TM. Đoàn kiểm tra', position: 'Trưởng đoàn', hint: '(Ký, ghi rõ họ tên)', name: leaderOf(plan)?.name ?? '' });
