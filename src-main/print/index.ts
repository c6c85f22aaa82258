// Printed documents (DOCX, NĐ 30/2020 thể thức): one builder per document, grouped by capability in
// dossier/, initiatives/, inspections/, sharing the page, heading and signature layout of layout.ts.
import { AppError } from '../errors';
import type { ServiceContext } from '../services/core';
import { requireInstallation } from '../services/installation';
import { keyRegistrationForm } from './keyRegistration';
import { registrationDocument } from './registration';
import { registrationListDocument, registrationListWorkbook } from './registrationList';
import { getRegistrationRow } from '../services/registrations';
import { slug } from './slug';
import { certificateDocument, decisionDocument, evaluationDocument, minutesDocument, receiptDocument } from './initiatives';
import { getInitiativeRecord, roundRow } from '../services/initiatives';
import { inspectionDecisionDocument, inspectionPlanDocument, inspectionRecordDocument, inspectionReportDocument, inspectionSelfAssessmentDocument, reportScope } from './inspections';
import { planRow, inspectionItems } from '../services/inspections';
import { workPlanRow } from '../services/plans';
import { workPlanDocument } from './plans/plan';
import { statFileName, statisticsDocument, statisticsWorkbook } from './statistics';
import { reviewDocument, reviewScope } from './review/review';
import { dossierDocument, type DossierKind } from './dossier';
import { clusterPledgeDocument } from './clusters/pledge';
import { clusterRankingDocument } from './clusters/ranking';
import { clusterMinutesDocument } from './clusters/minutes';
import { clusterRow } from '../services/clusters';
import { conferenceListDocument } from './examples/conferenceList';
import { getConference } from '../services/examples';

/**
 * The print dispatcher: document kind → builder (DOCX, or XLSX for lists) and file name. Each capability adds its
 * documents here (registration form, dossier, certificate, inspection record, …).
 */
type DocumentDef = { label: string } & (
  | { build(ctx: ServiceContext, id: string): Promise<Buffer>; fileName(ctx: ServiceContext, id: string): string }
  /** The name and the bytes from one read of the document's data (and what the clerk should know: a report over its page limit). */
  | { render(ctx: ServiceContext, id: string): Promise<{ fileName: string; bytes: Buffer; warning?: string }> }
);

const dossierDef = (kind: DossierKind, label: string): DocumentDef => ({ label, render: (ctx, id) => dossierDocument(ctx, kind, id) });

const DOCUMENTS: Record<string, DocumentDef> = {
  'key-registration': {
    label: 'Phiếu đăng ký khóa',
    // An installation has one key; the id is not used ("self" in the CLI).
    build: (ctx) => keyRegistrationForm(ctx),
    fileName: (ctx) => `${requireInstallation(ctx).unitCode}_phieu-dang-ky-khoa.docx`,
  },
  registration: {
    label: 'Bản đăng ký thi đua',
    build: (ctx, id) => registrationDocument(ctx, id),
    fileName: (ctx, id) => {
      const r = getRegistrationRow(ctx, id);
      return `dang-ky-thi-dua-${r.year}_${slug(r.registrantName)}.docx`;
    },
  },
  // The id is the year.
  'registration-list': {
    label: 'Danh sách đăng ký thi đua (Word)',
    build: (ctx, id) => registrationListDocument(ctx, Number(id)),
    fileName: (ctx, id) => `danh-sach-dang-ky-thi-dua-${Number(id)}_${requireInstallation(ctx).unitCode}.docx`,
  },
  'registration-list-xlsx': {
    label: 'Danh sách đăng ký thi đua (Excel)',
    build: (ctx, id) => registrationListWorkbook(ctx, Number(id)),
    fileName: (ctx, id) => `danh-sach-dang-ky-thi-dua-${Number(id)}_${requireInstallation(ctx).unitCode}.xlsx`,
  },
  // A dossier's documents: the id is the dossier's, except for a report, whose id is the nominee's.
  // File names are those of the dossier's set (print/dossier), so a document printed alone and the
  // whole set written by "print dossier" agree.
  'dossier-to-trinh': dossierDef('dossier-to-trinh', 'Tờ trình đề nghị khen thưởng'),
  'dossier-danh-sach': dossierDef('dossier-danh-sach', 'Danh sách đề nghị khen thưởng'),
  'dossier-bien-ban': dossierDef('dossier-bien-ban', 'Biên bản họp Hội đồng Thi đua - Khen thưởng'),
  'dossier-bao-cao': dossierDef('dossier-bao-cao', 'Báo cáo thành tích'),
  // Commune level only (the award is decided by the Chủ tịch UBND xã); the id is the dossier's.
  'dossier-quyet-dinh': dossierDef('dossier-quyet-dinh', 'Quyết định khen thưởng (Chủ tịch UBND xã)'),
  'dossier-giay-khen': dossierDef('dossier-giay-khen', 'Giấy khen / giấy chứng nhận (mỗi người một trang)'),
  // Công nhận sáng kiến: the id is the initiative's, except for the minutes and the decision, whose id is the round's.
  'initiative-receipt': {
    label: 'Giấy biên nhận đơn yêu cầu công nhận sáng kiến',
    build: (ctx, id) => receiptDocument(ctx, id),
    fileName: (ctx, id) => `giay-bien-nhan-sang-kien_${initiativeSlug(ctx, id)}.docx`,
  },
  'initiative-evaluation': {
    label: 'Phiếu đánh giá sáng kiến (mỗi thành viên Hội đồng một trang)',
    build: (ctx, id) => evaluationDocument(ctx, id),
    fileName: (ctx, id) => `phieu-danh-gia-sang-kien_${initiativeSlug(ctx, id)}.docx`,
  },
  'initiative-minutes': {
    label: 'Biên bản họp Hội đồng sáng kiến',
    build: (ctx, id) => minutesDocument(ctx, id),
    fileName: (ctx, id) => `bien-ban-hoi-dong-sang-kien_${roundSlug(ctx, id)}.docx`,
  },
  'initiative-decision': {
    label: 'Quyết định công nhận sáng kiến',
    build: (ctx, id) => decisionDocument(ctx, id),
    fileName: (ctx, id) => `quyet-dinh-cong-nhan-sang-kien_${roundSlug(ctx, id)}.docx`,
  },
  'initiative-certificate': {
    label: 'Giấy chứng nhận sáng kiến',
    build: (ctx, id) => certificateDocument(ctx, id),
    fileName: (ctx, id) => `giay-chung-nhan-sang-kien_${initiativeSlug(ctx, id)}.docx`,
  },
  // Kiểm tra công tác thi đua, khen thưởng: the plan and the decision by the plan's id, the minutes by the
  // inspection's (one inspected unit), the report by the year, or "YEAR:PLAN_ID" for one plan of the year.
  'inspection-plan': {
    label: 'Kế hoạch kiểm tra công tác thi đua, khen thưởng',
    build: (ctx, id) => inspectionPlanDocument(ctx, id),
    fileName: (ctx, id) => `ke-hoach-kiem-tra-tdkt-${planRow(ctx, id).year}_${requireInstallation(ctx).unitCode}.docx`,
  },
  'inspection-decision': {
    label: 'Quyết định thành lập Đoàn kiểm tra',
    build: (ctx, id) => inspectionDecisionDocument(ctx, id),
    fileName: (ctx, id) => `quyet-dinh-thanh-lap-doan-kiem-tra-${planRow(ctx, id).year}_${requireInstallation(ctx).unitCode}.docx`,
  },
  'inspection-record': {
    label: 'Biên bản kiểm tra (mỗi đơn vị được kiểm tra)',
    build: (ctx, id) => inspectionRecordDocument(ctx, id),
    fileName: (ctx, id) => {
      const [i] = inspectionItems(ctx, { id });
      return i ? `bien-ban-kiem-tra-${i.year}_${slug(i.unitName)}.docx` : 'bien-ban-kiem-tra.docx';
    },
  },
  // The inspected unit's own report, by the id of the plan it received.
  'inspection-self-assessment': {
    label: 'Báo cáo tự đánh giá công tác thi đua, khen thưởng',
    build: (ctx, id) => inspectionSelfAssessmentDocument(ctx, id),
    fileName: (ctx, id) => `bao-cao-tu-danh-gia-tdkt-${planRow(ctx, id).year}_${requireInstallation(ctx).unitCode}.docx`,
  },
  'inspection-report': {
    label: 'Báo cáo kết quả kiểm tra công tác thi đua, khen thưởng',
    build: (ctx, id) => inspectionReportDocument(ctx, id),
    fileName: (ctx, id) => `bao-cao-ket-qua-kiem-tra-tdkt-${reportScope(id).year}_${requireInstallation(ctx).unitCode}.docx`,
  },
};

// Kế hoạch công tác thi đua, khen thưởng năm (or the council's plan), by the plan's id.
DOCUMENTS['work-plan'] = {
  label: 'Kế hoạch công tác thi đua, khen thưởng (kèm phụ lục nhiệm vụ)',
  build: (ctx, id) => workPlanDocument(ctx, id),
  fileName: (ctx, id) => {
    const p = workPlanRow(ctx, id);
    return `${p.kind === 'council' ? 'ke-hoach-hoat-dong-hd-tdkt' : 'ke-hoach-tdkt'}-${p.year}_${p.origin}.docx`;
  },
};

// Báo cáo thống kê (Thông tư 02/2023/TT-BNV): the id is "FORM:YEAR" ("0603.N:2025"); refused when the figures do not add up.
DOCUMENTS['statistics'] = {
  label: 'Báo cáo thống kê thi đua, khen thưởng (Word)',
  build: (ctx, id) => statisticsDocument(ctx, id),
  fileName: (ctx, id) => statFileName(ctx, id, 'docx'),
};
DOCUMENTS['statistics-xlsx'] = {
  label: 'Báo cáo thống kê thi đua, khen thưởng (Excel)',
  build: (ctx, id) => statisticsWorkbook(ctx, id),
  fileName: (ctx, id) => statFileName(ctx, id, 'xlsx'),
};
// Báo cáo sơ kết / tổng kết công tác thi đua, khen thưởng: the id is the year, or "YEAR:h1|h2|year".
DOCUMENTS.review = {
  label: 'Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng',
  build: (ctx, id) => reviewDocument(ctx, id),
  fileName: (ctx, id) => {
    const { year, period } = reviewScope(id);
    return `${period === 'year' ? 'bao-cao-tong-ket-tdkt' : `bao-cao-so-ket-tdkt-${period === 'h1' ? '6-thang-dau' : '6-thang-cuoi'}`}-${year}_${requireInstallation(ctx).unitCode}.docx`;
  },
};
// Cụm, khối thi đua, by the cluster's id: the giao ước signed by every member, the ranking with the suy tôn.
DOCUMENTS['cluster-pledge'] = {
  label: 'Giao ước thi đua của cụm, khối (mỗi thành viên một chữ ký)',
  build: (ctx, id) => clusterPledgeDocument(ctx, id),
  fileName: (ctx, id) => {
    const c = clusterRow(ctx, id);
    return `giao-uoc-thi-dua-${c.year}_${slug(c.name)}.docx`;
  },
};
DOCUMENTS['cluster-ranking'] = {
  label: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng cụm, khối',
  build: (ctx, id) => clusterRankingDocument(ctx, id),
  fileName: (ctx, id) => {
    const c = clusterRow(ctx, id);
    return `xep-hang-thi-dua-${c.year}_${slug(c.name)}.docx`;
  },
};
DOCUMENTS['cluster-minutes'] = {
  label: 'Biên bản họp suy tôn của cụm, khối',
  build: (ctx, id) => clusterMinutesDocument(ctx, id),
  fileName: (ctx, id) => {
    const c = clusterRow(ctx, id);
    return `bien-ban-suy-ton-${c.year}_${slug(c.name)}.docx`;
  },
};
// Hội nghị điển hình tiên tiến: the list of examples honoured, by the conference's id.
DOCUMENTS['examples-conference'] = {
  label: 'Danh sách điển hình tiên tiến được biểu dương tại hội nghị',
  build: (ctx, id) => conferenceListDocument(ctx, id),
  fileName: (ctx, id) => `danh-sach-dien-hinh-tien-tien-${getConference(ctx, id).year}_${requireInstallation(ctx).unitCode}.docx`,
};

const initiativeSlug = (ctx: ServiceContext, id: string) => slug(getInitiativeRecord(ctx, id).title);
/** "dot-i-2026". */
const roundSlug = (ctx: ServiceContext, id: string) => {
  const r = roundRow(ctx, id);
  return slug(`${r.name} ${r.year}`);
};

export function printKinds(): string[] {
  return Object.keys(DOCUMENTS).sort();
}

function documentDef(kind: string): DocumentDef {
  const def = DOCUMENTS[kind];
  if (!def) {
    throw new AppError('UNKNOWN_DOCUMENT', `Không có loại tài liệu "${kind}". Các loại hiện có: ${printKinds().join(', ')}.`);
  }
  return def;
}

export async function renderDocument(ctx: ServiceContext, kind: string, id: string): Promise<{ fileName: string; bytes: Buffer; warning?: string }> {
  const def = documentDef(kind);
  if ('render' in def) return def.render(ctx, id);
  return { fileName: def.fileName(ctx, id), bytes: await def.build(ctx, id) };
}
