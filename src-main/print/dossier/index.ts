// The documents of a commendation dossier: tờ trình, danh sách, biên bản, báo cáo thành tích, quyết định, giấy khen.
import type { ServiceContext } from '../../services/core';
import { reportForPrint } from '../../services/achievementReports';
import { slug } from '../slug';
import { getOffsets } from '../printOffsets';
import { baoCaoDocument, buildBaoCao, dossierOfNominee } from './baoCao';
import { bienBanDocument, buildBienBan } from './bienBan';
import { loadDossierPrint, type DossierPrint } from './common';
import { buildDanhSach, danhSachDocument } from './danhSach';
import { buildGiayKhen, GIAY_KHEN_KIND, giayKhenDocument } from './giayKhen';
import { buildQuyetDinh, hasCommuneDecision, quyetDinhDocument } from './quyetDinh';
import { buildToTrinh, toTrinhDocument } from './toTrinh';

export { baoCaoDocument, bienBanDocument, danhSachDocument, dossierOfNominee, giayKhenDocument, loadDossierPrint, quyetDinhDocument, toTrinhDocument };
export type { DossierPrint };

export type DossierKind = 'dossier-to-trinh' | 'dossier-danh-sach' | 'dossier-bien-ban' | 'dossier-bao-cao' | 'dossier-quyet-dinh' | 'dossier-giay-khen';
export interface DossierPart { kind: DossierKind; id: string }

/**
 * The printed documents of a dossier in filing order, each with its ASCII file name:
 * 01_to-trinh.docx, 02_danh-sach.docx, 03_bien-ban.docx, then one 04_bao-cao_<name>.docx per
 * nominee (two nominees with the same name get _2, _3…); when the commune chairman decides the
 * award and someone is selected, also 05_quyet-dinh.docx and 06_giay-khen.docx. Names only.
 */
export function fileNamesOf(p: DossierPrint): (DossierPart & { fileName: string })[] {
  const seen = new Map<string, number>();
  const id = p.dossier.id;
  return [
    { kind: 'dossier-to-trinh' as const, id, fileName: '01_to-trinh.docx' },
    { kind: 'dossier-danh-sach' as const, id, fileName: '02_danh-sach.docx' },
    { kind: 'dossier-bien-ban' as const, id, fileName: '03_bien-ban.docx' },
    ...p.nominees.map((n) => {
      const base = `04_bao-cao_${slug(n.name)}`;
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      return { kind: 'dossier-bao-cao' as const, id: n.id, fileName: `${base}${k > 1 ? `_${k}` : ''}.docx` };
    }),
    ...(hasCommuneDecision(p)
      ? [
          { kind: 'dossier-quyet-dinh' as const, id, fileName: '05_quyet-dinh.docx' },
          { kind: 'dossier-giay-khen' as const, id, fileName: '06_giay-khen.docx' },
        ]
      : []),
  ];
}

export const dossierFileNames = (ctx: ServiceContext, dossierId: string) => fileNamesOf(loadDossierPrint(ctx, dossierId));

/** The file name a nominee's report gets inside its dossier's set. */
export function baoCaoFileName(ctx: ServiceContext, nomineeId: string): string {
  return dossierFileNames(ctx, dossierOfNominee(ctx, nomineeId)).find((f) => f.id === nomineeId)!.fileName;
}

/**
 * Every document of the dossier, built from ONE read of its data: tờ trình, danh sách, biên bản,
 * one báo cáo per nominee (then quyết định, giấy khen at commune level). Linear in the nominees.
 */
export async function dossierDocuments(ctx: ServiceContext, dossierId: string): Promise<{ fileName: string; bytes: Buffer; warning?: string }[]> {
  const p = loadDossierPrint(ctx, dossierId);
  const out: { fileName: string; bytes: Buffer; warning?: string }[] = [];
  const byId = new Map(p.nominees.map((n) => [n.id, n]));
  for (const f of fileNamesOf(p)) {
    if (f.kind === 'dossier-bao-cao') {
      // A report over its form's page limit is printed all the same, with a warning beside it.
      const n = byId.get(f.id)!;
      const report = reportForPrint(ctx, { dossier: p.dossier, nominee: n });
      const bytes = await buildBaoCao(ctx, p, n, report);
      out.push({ fileName: f.fileName, bytes, ...(report.pageWarning ? { warning: report.pageWarning } : {}) });
      continue;
    }
    const bytes = await (f.kind === 'dossier-to-trinh' ? buildToTrinh(p)
      : f.kind === 'dossier-danh-sach' ? buildDanhSach(p)
      : f.kind === 'dossier-bien-ban' ? buildBienBan(p)
      : f.kind === 'dossier-quyet-dinh' ? buildQuyetDinh(p)
      : buildGiayKhen(p, getOffsets(ctx, GIAY_KHEN_KIND)));
    out.push({ fileName: f.fileName, bytes });
  }
  return out;
}
