import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { AchievementReport, Nominee } from '../../../src-shared/api';
import { particularsOf, sectionsOf, type ReportTableRow } from '../../../src-shared/rules/reportForms';
import { formatDate } from '../../../src-shared/text';
import { notFound } from '../../errors';
import { reportForPrint, reportSetData, type ReportSetData } from '../../services/achievementReports';
import type { ServiceContext } from '../../services/core';
import { getDossierRow, listNominees } from '../../services/dossiers';
import { getDocumentSettings, headSigner, requireInstallation } from '../../services/installation';
import { Fragments } from '../docxFragments';
import { body, CONTENT_WIDTH, dataTable, heading, keptGap, longDate, pack, para, run, title, twoSigners } from '../layout';
import { field, section, subjectInfo, type DossierPrint } from './common';
import { infos, unitOf } from './set';

/** The dossier a nominee belongs to. */
export function dossierOfNominee(ctx: ServiceContext, nomineeId: string): string {
  const r = ctx.sqlite.prepare('SELECT dossier_id dossierId FROM dossier_nominees WHERE id = ?').get(nomineeId) as { dossierId: string } | undefined;
  if (!r) throw notFound('người được đề nghị');
  return r.dossierId;
}

type Child = Paragraph | Table;

/** What the reports of a whole set share: their data read once, and the pieces written once (docxFragments). */
/** What a printed document wants the clerk to know besides its bytes (a báo cáo over its page limit). */
export interface PrintNotes { warning?: string }

export interface SetReports { data: ReportSetData; fragments: Fragments }

/** The saved reports and every nominee's award history, read once for the set's reports. */
export const reportsOfSet = (ctx: ServiceContext, p: DossierPrint): SetReports => ({
  data: reportSetData(ctx, { dossier: p.dossier, nominees: p.nominees, ruleSet: p.ruleSet, movementName: p.movementName, registry: p.info }),
  fragments: new Fragments(),
});

/** Quốc hiệu and Tiêu ngữ centred, the date under them: a person's report has no issuing body. */
function nationalHeading(place: string, date: Date): Paragraph[] {
  const c = AlignmentType.CENTER;
  return [
    para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true })], { alignment: c }),
    para([run('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], { alignment: c }),
    para([run(longDate(place, date), { size: 14, italics: true })], { alignment: AlignmentType.RIGHT, spacing: { before: 240 } }),
  ];
}

/** "Quyết định số 15/QĐ-UBND ngày 20/12/2024 của UBND xã Tân Phong"; dots where the clerk has not said. */
const decisionText = (r: ReportTableRow) =>
  `Quyết định số ${r.decisionNumber || '……'} ngày ${formatDate(r.decisionDate) || '……'} của ${r.issuer || '……………'}`;

/** One of the form's two tables (danh hiệu thi đua; hình thức khen thưởng), always printed, "Chưa có" when empty. */
function awardsTable(rows: ReportTableRow[], what: 'Danh hiệu thi đua' | 'Hình thức khen thưởng'): Table {
  const year = 900;
  const name = 3100;
  const decision = what === 'Danh hiệu thi đua'
    ? 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'
    : 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định';
  return dataTable(
    [
      { title: 'Năm', width: year, align: 'center' },
      { title: what, width: name },
      { title: decision, width: CONTENT_WIDTH - year - name },
    ],
    rows.length
      ? [...rows].sort((a, b) => a.year - b.year).map((r) => [String(r.year), r.name, decisionText(r)])
      : [[{ text: `(Chưa có ${what.toLowerCase()} nào được ghi nhận.)`, span: 3 }]],
  );
}

/** "Thủ trưởng đơn vị\nxác nhận, đề nghị": the lines before the last print above it, as a block's quyền hạn lines do. */
function signerTitle(position: string): { authority?: string; position: string } {
  const lines = position.split('\n');
  return lines.length > 1 ? { authority: lines.slice(0, -1).join('\n'), position: lines.at(-1)! } : { position };
}

/** A numbered item of the form ("1. Quyền hạn, nhiệm vụ được giao…") and the clerk's paragraphs under it. */
function sectionText(headingText: string, paras: string[] | undefined): Paragraph[] {
  return [
    para([run(headingText, { bold: true })], { indent: { firstLine: 567 }, spacing: { before: 120, after: 60 }, keepNext: true }),
    ...(paras?.length ? paras.map((p) => body(p)) : [body('…………………………………………………………………………')]),
  ];
}

/** What a report prints besides its own content (a set's DossierPrint has all of it). */
export type ReportPrint = Pick<DossierPrint, 'dossier' | 'settings' | 'unit' | 'place' | 'now' | 'info'>;

/**
 * What one report printed alone reads: the dossier row, its nominees' list (for the nominee and
 * the file name, whose _2 suffix depends on the names before it), the settings, the proposing
 * unit and this nominee's registry row. Not the votes, the eligibility or the decisions the rest
 * of the set needs: a clerk printing 200 reports one by one reads each dossier 200 times.
 */
export function loadReportPrint(ctx: ServiceContext, nomineeId: string): { p: ReportPrint; nominee: Nominee; nominees: Nominee[] } {
  const dossierId = dossierOfNominee(ctx, nomineeId);
  const me = requireInstallation(ctx);
  const settings = getDocumentSettings(ctx);
  const dossier = getDossierRow(ctx, dossierId);
  const nominees = listNominees(ctx, dossierId);
  const nominee = nominees.find((x) => x.id === nomineeId);
  if (!nominee) throw notFound('người được đề nghị');
  const p: ReportPrint = { dossier, settings, unit: unitOf(ctx, dossier, me), place: settings.placeName, now: ctx.now(), info: infos(ctx, dossierId, nomineeId) };
  return { p, nominee, nominees };
}

/**
 * Báo cáo thành tích of one nominee. Kept as a plain export so print.document finds it by id.
 */
export async function baoCaoDocument(ctx: ServiceContext, nomineeId: string): Promise<Buffer> {
  const { p, nominee } = loadReportPrint(ctx, nomineeId);
  return buildBaoCao(ctx, p, nominee);
}

/**
 * One nominee's report by the decree's form in force on the dossier's reference date (NĐ 98/2023
 * or NĐ 152/2025; individual, collective, đột xuất, chuyên đề): I. the particulars, II. the
 * achievements section by section, III. the titles and the commendations in two tables, and the
 * signatures (the head of the unit confirms and proposes; the person, or the collective's head).
 * The report is the one the clerk saved, or the one filled from the registry and the history.
 */
export async function buildBaoCao(ctx: ServiceContext, p: ReportPrint, n: Nominee, set?: SetReports, sink?: PrintNotes): Promise<Buffer> {
  const r: AchievementReport = reportForPrint(ctx, { dossier: p.dossier, nominee: n, set: set?.data });
  // A report over its form's page limit is printed all the same; the caller tells the clerk.
  if (sink && r.pageWarning) sink.warning = r.pageWarning;
  const { form, subject, content: c } = r;
  const info = subjectInfo(p, n);
  const head = headSigner(p.settings);
  const sig = form.signatures[subject];
  const personName = c.particulars.fullName || (info?.type === 'person' ? info.fullName : n.name);
  const sections = sectionsOf(form, subject);
  const partISections = sections.filter((s) => s.part === 'I');
  // In a set, what is the same in many reports is written once (docxFragments): each piece's key
  // holds every argument its builder takes.
  const piece = (key: unknown[], build: () => Child | Child[]): Child[] => (set ? [set.fragments.of(key, build)] : [build()].flat());

  const topKey = subject === 'collective'
    ? ['heading', info?.type === 'collective' ? (info.unitName ?? p.unit.name) : p.unit.name, c.particulars.name || n.name, p.place, p.now.getTime()]
    : ['national', p.place, p.now.getTime()];
  const top = () => (subject === 'collective'
    ? heading({ parentBody: topKey[1] as string, issuer: topKey[2] as string, number: '', place: p.place, date: p.now })
    : nationalHeading(p.place, p.now));
  const summary = form.subtitle.replace('{award}', r.awardPhrase);
  const left = { ...signerTitle(sig.left.position), hint: sig.left.hint, name: head.fullName };
  const right = { ...signerTitle(sig.right.position), hint: sig.right.hint, name: subject === 'individual' ? personName : '' };

  return pack(
    [
      ...piece(topKey, top),
      ...piece(['intro', summary, form.note ?? null, form.partI[subject], partISections.length > 0], () => [
        ...title('Báo cáo thành tích', summary),
        ...(form.note ? [para([run(form.note, { italics: true })], { alignment: AlignmentType.CENTER, spacing: { after: 200 } })] : []),
        section(form.partI[subject]),
        ...(partISections.length ? [para([run('1. Đặc điểm, tình hình', { bold: true })], { indent: { firstLine: 567 }, spacing: { after: 60 }, keepNext: true })] : []),
      ]),
      ...particularsOf(form, subject).flatMap((pt) => {
        // A long particular (cơ cấu tổ chức) keeps its paragraphs: the first on the label's line.
        const [first = '', ...rest] = (c.particulars[pt.key] ?? '').split(/\n+/).map((l) => l.trim()).filter(Boolean);
        return piece(['field', pt.label, first, rest], () => [field(pt.label, first), ...rest.map((l) => body(l))]);
      }),
      ...partISections.flatMap((s) => piece(['text', s.heading, c.sections[s.key] ?? null], () => sectionText(s.heading, c.sections[s.key]))),
      ...piece(['part', form.partII], () => section(form.partII)),
      ...sections.filter((s) => s.part === 'II').flatMap((s) => piece(['text', s.heading, c.sections[s.key] ?? null], () => sectionText(s.heading, c.sections[s.key]))),
      ...(form.partIII
        ? [
            ...piece(['titles', form.partIII, c.titles], () => [
              section(form.partIII!),
              para([run('1. Danh hiệu thi đua', { bold: true })], { indent: { firstLine: 567 }, spacing: { after: 60 }, keepNext: true }),
              awardsTable(c.titles, 'Danh hiệu thi đua'),
              // A spacer NOT kept with what follows: the chain of "keep with next" from part III to the
              // signatures would otherwise carry all of it to a new page, leaving the one before half empty.
              para('', { spacing: { after: 0 } }),
            ]),
            ...piece(['commendations', c.commendations], () => [
              para([run('2. Hình thức khen thưởng', { bold: true })], { indent: { firstLine: 567 }, spacing: { before: 120, after: 60 }, keepNext: true }),
              awardsTable(c.commendations, 'Hình thức khen thưởng'),
            ]),
          ]
        : []),
      ...piece(['signatures', left, right], () => [keptGap(240), twoSigners(CONTENT_WIDTH, left, right)]),
    ],
    { title: `Báo cáo thành tích - ${n.name}`, creator: 'TĐKT Desktop' },
  );
}
