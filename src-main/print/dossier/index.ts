// The documents of a commendation dossier: tờ trình, danh sách, biên bản, báo cáo thành tích, quyết định, giấy khen.
import type { ServiceContext } from '../../services/core';
import { getDossier } from '../../services/dossiers';
import { slug } from '../slug';
import { baoCaoDocument, dossierOfNominee } from './baoCao';
import { bienBanDocument } from './bienBan';
import { danhSachDocument } from './danhSach';
import { giayKhenDocument } from './giayKhen';
import { hasCommuneDecision, quyetDinhDocument } from './quyetDinh';
import { toTrinhDocument } from './toTrinh';

export { baoCaoDocument, bienBanDocument, danhSachDocument, dossierOfNominee, giayKhenDocument, quyetDinhDocument, toTrinhDocument };

export interface DossierPart { kind: keyof typeof BUILDERS; id: string }

/**
 * The printed documents of a dossier in filing order, each with its ASCII file name:
 * 01_to-trinh.docx, 02_danh-sach.docx, 03_bien-ban.docx, then one 04_bao-cao_<name>.docx per
 * nominee (two nominees with the same name get _2, _3…); when the commune chairman decides the
 * award (and someone reached the council's threshold), also 05_quyet-dinh.docx and 06_giay-khen.docx. Names only: nothing is built here.
 */
export function dossierFileNames(ctx: ServiceContext, dossierId: string): (DossierPart & { fileName: string })[] {
  const { nominees } = getDossier(ctx, dossierId);
  const seen = new Map<string, number>();
  return [
    { kind: 'dossier-to-trinh' as const, id: dossierId, fileName: '01_to-trinh.docx' },
    { kind: 'dossier-danh-sach' as const, id: dossierId, fileName: '02_danh-sach.docx' },
    { kind: 'dossier-bien-ban' as const, id: dossierId, fileName: '03_bien-ban.docx' },
    ...nominees.map((n) => {
      const base = `04_bao-cao_${slug(n.name)}`;
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      return { kind: 'dossier-bao-cao' as const, id: n.id, fileName: `${base}${k > 1 ? `_${k}` : ''}.docx` };
    }),
    ...(hasCommuneDecision(ctx, dossierId)
      ? [
          { kind: 'dossier-quyet-dinh' as const, id: dossierId, fileName: '05_quyet-dinh.docx' },
          { kind: 'dossier-giay-khen' as const, id: dossierId, fileName: '06_giay-khen.docx' },
        ]
      : []),
  ];
}

/** The file name a nominee's report gets inside its dossier's set. */
export function baoCaoFileName(ctx: ServiceContext, nomineeId: string): string {
  return dossierFileNames(ctx, dossierOfNominee(ctx, nomineeId)).find((f) => f.id === nomineeId)!.fileName;
}

const BUILDERS = {
  'dossier-to-trinh': toTrinhDocument,
  'dossier-danh-sach': danhSachDocument,
  'dossier-bien-ban': bienBanDocument,
  'dossier-bao-cao': baoCaoDocument,
  'dossier-quyet-dinh': quyetDinhDocument,
  'dossier-giay-khen': giayKhenDocument,
} as const;

/** Every document of the dossier, built: tờ trình, danh sách, biên bản, one báo cáo per nominee (then quyết định, giấy khen at commune level). */
export async function dossierDocuments(ctx: ServiceContext, dossierId: string): Promise<{ fileName: string; bytes: Buffer }[]> {
  const out: { fileName: string; bytes: Buffer }[] = [];
  for (const f of dossierFileNames(ctx, dossierId)) out.push({ fileName: f.fileName, bytes: await BUILDERS[f.kind](ctx, f.id) });
  return out;
}
