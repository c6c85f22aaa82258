/**
 * The forms of the báo cáo thành tích (achievement report) an award's dossier uses, and the
 * rounds (đợt) in which a province sends a state-level proposal up. Both are catalogue data:
 * each award names its regular form (`reportForm`); a đột xuất or chuyên đề dossier switches to
 * that kind's form of the same decree (reportFormFor). The achievement-report editor and its
 * printed layout are keyed by these ids (the editor's templates: rules/reportForms.ts and
 * resources/reports/forms.v1.json).
 *
 * Mẫu numbers: NĐ 152/2025/NĐ-CP Phụ lục — Mẫu 01 (tờ trình) and Mẫu 05 (báo cáo thành tích cá
 * nhân, công trạng) are read in a source; the others follow the order of the 11 report forms of
 * the Phụ lục and are INFERRED (tdkt-reference §4.4). The NĐ 98/2023/NĐ-CP mẫu numbers are not in
 * any source read: UNCONFIRMED.
 */
import { z } from 'zod';

export const REPORT_FORM_IDS = [
  'nd152-ca-nhan-thuong-xuyen',
  'nd152-tap-the-thuong-xuyen',
  'nd152-co-thi-dua-cp',
  'nd152-cstd-toan-quoc',
  'nd152-dot-xuat',
  'nd152-cong-hien',
  'nd152-chuyen-de',
  'nd98-ca-nhan-thuong-xuyen',
  'nd98-tap-the-thuong-xuyen',
  'nd98-co-thi-dua-cp',
  'nd98-cstd-toan-quoc',
  'nd98-dot-xuat',
  'nd98-cong-hien',
  'nd98-chuyen-de',
  'ho-gia-dinh',
] as const;
export type ReportFormId = (typeof REPORT_FORM_IDS)[number];

export interface AwardReportForm {
  id: ReportFormId;
  name: string;
  /** The decree whose Phụ lục holds the form; null = the province's own form. */
  decree: 'NĐ 152/2025/NĐ-CP' | 'NĐ 98/2023/NĐ-CP' | null;
  /** "Mẫu số 05"; null when no source read gives the number. */
  template: string | null;
  /** How sure the number is: read in a source, inferred from the order, or not known. */
  certainty: 'confirmed' | 'INFERRED' | 'UNCONFIRMED';
}

const ND152 = 'NĐ 152/2025/NĐ-CP' as const;
const ND98 = 'NĐ 98/2023/NĐ-CP' as const;

export const REPORT_FORMS: Record<ReportFormId, AwardReportForm> = {
  'nd152-co-thi-dua-cp': { id: 'nd152-co-thi-dua-cp', name: 'Báo cáo thành tích đề nghị tặng Cờ thi đua của Chính phủ', decree: ND152, template: 'Mẫu số 02', certainty: 'INFERRED' },
  'nd152-cstd-toan-quoc': { id: 'nd152-cstd-toan-quoc', name: 'Báo cáo thành tích đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc', decree: ND152, template: 'Mẫu số 03', certainty: 'INFERRED' },
  'nd152-tap-the-thuong-xuyen': { id: 'nd152-tap-the-thuong-xuyen', name: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể', decree: ND152, template: 'Mẫu số 04', certainty: 'INFERRED' },
  'nd152-ca-nhan-thuong-xuyen': { id: 'nd152-ca-nhan-thuong-xuyen', name: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho cá nhân', decree: ND152, template: 'Mẫu số 05', certainty: 'confirmed' },
  'nd152-dot-xuat': { id: 'nd152-dot-xuat', name: 'Báo cáo thành tích đề nghị khen thưởng đột xuất', decree: ND152, template: 'Mẫu số 06', certainty: 'INFERRED' },
  'nd152-cong-hien': { id: 'nd152-cong-hien', name: 'Báo cáo thành tích đề nghị khen thưởng quá trình cống hiến', decree: ND152, template: 'Mẫu số 07', certainty: 'INFERRED' },
  'nd152-chuyen-de': { id: 'nd152-chuyen-de', name: 'Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề', decree: ND152, template: 'Mẫu số 08', certainty: 'INFERRED' },
  'nd98-co-thi-dua-cp': { id: 'nd98-co-thi-dua-cp', name: 'Báo cáo thành tích đề nghị tặng Cờ thi đua của Chính phủ', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-cstd-toan-quoc': { id: 'nd98-cstd-toan-quoc', name: 'Báo cáo thành tích đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-tap-the-thuong-xuyen': { id: 'nd98-tap-the-thuong-xuyen', name: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-ca-nhan-thuong-xuyen': { id: 'nd98-ca-nhan-thuong-xuyen', name: 'Báo cáo thành tích đề nghị khen thưởng công trạng cho cá nhân', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-dot-xuat': { id: 'nd98-dot-xuat', name: 'Báo cáo thành tích đề nghị khen thưởng đột xuất', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-cong-hien': { id: 'nd98-cong-hien', name: 'Báo cáo thành tích đề nghị khen thưởng quá trình cống hiến', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'nd98-chuyen-de': { id: 'nd98-chuyen-de', name: 'Báo cáo thành tích đề nghị khen thưởng thi đua theo chuyên đề', decree: ND98, template: null, certainty: 'UNCONFIRMED' },
  'ho-gia-dinh': { id: 'ho-gia-dinh', name: 'Báo cáo thành tích của hộ gia đình (theo mẫu của tỉnh)', decree: null, template: null, certainty: 'UNCONFIRMED' },
};

/** "Mẫu số 05, Phụ lục NĐ 152/2025/NĐ-CP" / "mẫu chưa xác minh (NĐ 98/2023/NĐ-CP)" / "mẫu của tỉnh". */
export function reportFormLabel(id: ReportFormId): string {
  const f = REPORT_FORMS[id];
  if (!f.decree) return 'mẫu do tỉnh quy định';
  if (!f.template) return `số mẫu chưa xác minh, Phụ lục ${f.decree}`;
  return `${f.template}, Phụ lục ${f.decree}${f.certainty === 'INFERRED' ? ' (số mẫu suy đoán)' : ''}`;
}

export type DossierRound = 'annual' | 'thematic' | 'adhoc';

/**
 * The form a dossier's reports use: the award's regular form, or the đột xuất / chuyên đề form
 * of the same decree when the dossier is of that round. A household keeps the province's form.
 */
export function awardReportFormFor(award: { reportForm: ReportFormId }, round: DossierRound): ReportFormId {
  const decree = /^(nd152|nd98)-/u.exec(award.reportForm)?.[1];
  if (!decree || round === 'annual') return award.reportForm;
  return `${decree}-${round === 'adhoc' ? 'dot-xuat' : 'chuyen-de'}` as ReportFormId;
}

/** A round (đợt) in which the province sends proposals of this award, from a province's yearly plan. */
export const roundSchema = z.strictObject({
  name: z.string().min(1).max(200),
  /** Month of the year the dossiers are sent (1–12); null when the plan gives a deadline instead. */
  month: z.number().int().min(1).max(12).nullable(),
  /** Who sends in this round and how ("Các cơ quan, đơn vị thuộc lĩnh vực kinh tế - xã hội"). */
  scope: z.string().min(1).max(300),
  citation: z.string().min(1).max(300),
});
export type Round = z.infer<typeof roundSchema>;
