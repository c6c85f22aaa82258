// The documents of a commendation dossier: tờ trình, danh sách, biên bản, báo cáo thành tích, quyết định, giấy khen.
import type { Nominee } from '../../../src-shared/api';
import type { ServiceContext } from '../../services/core';
import { slug } from '../slug';
import { getOffsets } from '../printOffsets';
import { baoCaoDocument, buildBaoCao, dossierOfNominee, loadReportPrint, reportsOfSet, type PrintNotes } from './baoCao';
import { bienBanDocument, buildBienBan } from './bienBan';
import { loadDossierPrint, type DossierPrint } from './common';
import { buildDanhSach, danhSachDocument } from './danhSach';
import { buildGiayKhen, GIAY_KHEN_KIND, giayKhenDocument } from './giayKhen';
import { buildQuyetDinh, hasCommuneDecision, quyetDinhDocument } from './quyetDinh';
import { buildToTrinh, toTrinhDocument } from './toTrinh';

export { baoCaoDocument, bienBanDocument, danhSachDocument, dossierOfNominee, giayKhenDocument, loadDossierPrint, quyetDinhDocument, reportsOfSet, toTrinhDocument };
export type { DossierPrint, PrintNotes };

export type DossierKind = 'dossier-to-trinh' | 'dossier-danh-sach' | 'dossier-bien-ban' | 'dossier-bao-cao' | 'dossier-quyet-dinh' | 'dossier-giay-khen';
export interface DossierPart { kind: DossierKind; id: string }

/**
 * The printed documents of a dossier in filing order, each with its ASCII file name:
 * 01_to-trinh.docx, 02_danh-sach.docx, 03_bien-ban.docx, then one 04_bao-cao_<name>.docx per
 * nominee (two nominees with the same name get _2, _3…); when the commune chairman decides the
 * award and someone is selected, also 05_quyet-dinh.docx and 06_giay-khen.docx. Names only.
 */
export function fileNamesOf(p: DossierPrint): (DossierPart & { fileName: string })[] {
  const id = p.dossier.id;
  return [
    { kind: 'dossier-to-trinh' as const, id, fileName: '01_to-trinh.docx' },
    { kind: 'dossier-danh-sach' as const, id, fileName: '02_danh-sach.docx' },
    { kind: 'dossier-bien-ban' as const, id, fileName: '03_bien-ban.docx' },
    ...reportFileNames(p.nominees),
    ...(hasCommuneDecision(p)
      ? [
          { kind: 'dossier-quyet-dinh' as const, id, fileName: '05_quyet-dinh.docx' },
          { kind: 'dossier-giay-khen' as const, id, fileName: '06_giay-khen.docx' },
        ]
      : []),
  ];
}

/** "04_bao-cao_<name>.docx" per nominee in filing order; the second of a name _2, the third _3… */
function reportFileNames(nominees: Nominee[]): (DossierPart & { fileName: string })[] {
  const seen = new Map<string, number>();
  return nominees.map((n) => {
    const base = `04_bao-cao_${slug(n.name)}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return { kind: 'dossier-bao-cao' as const, id: n.id, fileName: `${base}${k > 1 ? `_${k}` : ''}.docx` };
  });
}

export const dossierFileNames = (ctx: ServiceContext, dossierId: string) => fileNamesOf(loadDossierPrint(ctx, dossierId));

/** The file name a nominee's report gets inside its dossier's set. */
export function baoCaoFileName(ctx: ServiceContext, nomineeId: string): string {
  return reportFileNames(loadReportPrint(ctx, nomineeId).nominees).find((f) => f.id === nomineeId)!.fileName;
}

/** Names of the documents a commune-level set adds only when the chairman decides (printed alone, they keep them). */
const ALONE_NAMES: Partial<Record<DossierKind, string>> = { 'dossier-quyet-dinh': '05_quyet-dinh.docx', 'dossier-giay-khen': '06_giay-khen.docx' };

/**
 * One document of a dossier (print.document), its name and bytes from ONE read of what it needs:
 * a report reads its nominee's dossier row, names and registry row (loadReportPrint), not the
 * whole set; the dossier's own papers read the set's data once for both the name and the bytes.
 */
export async function dossierDocument(ctx: ServiceContext, kind: DossierKind, id: string): Promise<{ fileName: string; bytes: Buffer; warning?: string }> {
  if (kind === 'dossier-bao-cao') {
    const { p, nominee, nominees } = loadReportPrint(ctx, id);
    const notes: PrintNotes = {};
    const bytes = await buildBaoCao(ctx, p, nominee, undefined, notes);
    return { fileName: reportFileNames(nominees).find((f) => f.id === id)!.fileName, bytes, ...(notes.warning ? { warning: notes.warning } : {}) };
  }
  const p = loadDossierPrint(ctx, id);
  const fileName = ALONE_NAMES[kind] ?? fileNamesOf(p).find((f) => f.kind === kind)!.fileName;
  return { fileName, bytes: await buildSetDocument(ctx, p, kind) };
}

/** One document of the set from the set's data (a report by its nominee, with the set's report data). */
export function buildSetDocument(
  ctx: ServiceContext, p: DossierPrint, kind: DossierKind, nominee?: Nominee, reports?: ReturnType<typeof reportsOfSet>, sink?: PrintNotes,
): Promise<Buffer> {
  return kind === 'dossier-to-trinh' ? buildToTrinh(p)
    : kind === 'dossier-danh-sach' ? buildDanhSach(p)
    : kind === 'dossier-bien-ban' ? buildBienBan(p)
    : kind === 'dossier-bao-cao' ? buildBaoCao(ctx, p, nominee!, reports, sink)
    : kind === 'dossier-quyet-dinh' ? buildQuyetDinh(p)
    : buildGiayKhen(p, getOffsets(ctx, GIAY_KHEN_KIND));
}

/**
 * Every document of the dossier, built from ONE read of its data: tờ trình, danh sách, biên bản,
 * one báo cáo per nominee (then quyết định, giấy khen at commune level). Linear in the nominees.
 */
export async function dossierDocuments(ctx: ServiceContext, dossierId: string): Promise<{ fileName: string; bytes: Buffer; warning?: string }[]> {
  const p = loadDossierPrint(ctx, dossierId);
  const out: { fileName: string; bytes: Buffer; warning?: string }[] = [];
  const byId = new Map(p.nominees.map((n) => [n.id, n]));
  const reports = reportsOfSet(ctx, p);
  for (const f of fileNamesOf(p)) {
    const notes: PrintNotes = {};
    const bytes = await buildSetDocument(ctx, p, f.kind, byId.get(f.id), reports, notes);
    out.push({ fileName: f.fileName, bytes, ...(notes.warning ? { warning: notes.warning } : {}) });
  }
  return out;
}
