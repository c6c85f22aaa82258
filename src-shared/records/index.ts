// Exchange record schemas (zod), one file per record type, versioned by header.schema.
import type { z } from 'zod';
import type { PackageKind } from '../exchange/envelope';
import { clusterData, clusterScorecardData, clusterVoteData } from './cluster';
import { collectiveData } from './collective';
import { complaintData } from './complaint';
import { exampleData } from './example';
import { decisionData } from './decision';
import { dossierData } from './dossier';
import { initiativeData } from './initiative';
import { checklistTemplateRecordData, inspectionData, inspectionPlanData, inspectionSelfAssessmentData } from './inspection';
import { keyAnnouncementData } from './key';
import { personData } from './person';
import { planData } from './plan';
import { receiptData, trustListData, unitDirectoryData } from './reference';
import { reportData } from './report';
import { movementData, registrationData } from './registration';

export * from './cluster';
export * from './collective';
export * from './complaint';
export * from './example';
export * from './common';
export * from './decision';
export * from './dossier';
export * from './initiative';
export * from './inspection';
export * from './key';
export * from './person';
export * from './plan';
export * from './reference';
export * from './registration';
export * from './report';

/**
 * The record types that travel in packages (schema "tdkt.records/1"): type → schema of
 * `data`, the package kinds that may carry it, and who owns it. `origin`: content a unit
 * creates, only its owner's revisions win. `issuer`: versioned data the sender issues
 * (rev = version; lower is a rollback). Later capabilities add their types here.
 */
export interface RecordTypeDef {
  label: string;
  schema: z.ZodType;
  kinds: readonly PackageKind[];
  owner: 'origin' | 'issuer';
}

export const RECORD_TYPES: Record<string, RecordTypeDef> = {
  collective: { label: 'Tập thể', schema: collectiveData, kinds: ['submission'], owner: 'origin' },
  person: { label: 'Cá nhân', schema: personData, kinds: ['submission'], owner: 'origin' },
  movement: { label: 'Phong trào thi đua', schema: movementData, kinds: ['reference', 'submission'], owner: 'origin' },
  registration: { label: 'Đăng ký thi đua', schema: registrationData, kinds: ['submission'], owner: 'origin' },
  dossier: { label: 'Hồ sơ đề nghị khen thưởng', schema: dossierData, kinds: ['submission'], owner: 'origin' },
  initiative: { label: 'Đơn yêu cầu công nhận sáng kiến', schema: initiativeData, kinds: ['submission'], owner: 'origin' },
  'checklist-template': { label: 'Mẫu phiếu kiểm tra công tác thi đua, khen thưởng', schema: checklistTemplateRecordData, kinds: ['reference'], owner: 'origin' },
  'inspection-plan': { label: 'Kế hoạch kiểm tra công tác thi đua, khen thưởng', schema: inspectionPlanData, kinds: ['reference', 'submission'], owner: 'origin' },
  'inspection-self-assessment': { label: 'Tự đánh giá công tác thi đua, khen thưởng', schema: inspectionSelfAssessmentData, kinds: ['submission'], owner: 'origin' },
  inspection: { label: 'Kết quả kiểm tra công tác thi đua, khen thưởng', schema: inspectionData, kinds: ['submission'], owner: 'origin' },
  decision: { label: 'Quyết định, phản hồi', schema: decisionData, kinds: ['feedback'], owner: 'origin' },
  plan: { label: 'Kế hoạch công tác thi đua, khen thưởng', schema: planData, kinds: ['reference'], owner: 'origin' },
  report: { label: 'Số liệu sơ kết, tổng kết thi đua, khen thưởng', schema: reportData, kinds: ['submission'], owner: 'origin' },
  'unit-directory': { label: 'Danh mục đơn vị', schema: unitDirectoryData, kinds: ['reference'], owner: 'issuer' },
  'trust-list': { label: 'Danh sách khóa tin cậy', schema: trustListData, kinds: ['trust-list'], owner: 'issuer' },
  receipt: { label: 'Giấy báo đã nhận', schema: receiptData, kinds: ['ack', 'feedback', 'submission'], owner: 'issuer' },
  // Upward in a submission (a unit to its upper level), downward in a reference package to all (the province).
  'key-announcement': { label: 'Thông báo đổi khóa ký', schema: keyAnnouncementData, kinds: ['submission', 'reference'], owner: 'origin' },
  // Cụm, khối thi đua: issued down by the province; scores and the suy tôn go up, each owned by who made it.
  cluster: { label: 'Cụm, khối thi đua', schema: clusterData, kinds: ['reference'], owner: 'origin' },
  'cluster-scorecard': { label: 'Bảng chấm điểm cụm, khối thi đua', schema: clusterScorecardData, kinds: ['submission'], owner: 'origin' },
  'cluster-vote': { label: 'Biên bản suy tôn cụm, khối thi đua', schema: clusterVoteData, kinds: ['submission'], owner: 'origin' },
  example: { label: 'Điển hình tiên tiến', schema: exampleData, kinds: ['submission'], owner: 'origin' },
  complaint: { label: 'Đơn thư về người được đề nghị khen thưởng', schema: complaintData, kinds: ['submission'], owner: 'origin' },
};

/** Apply order inside one package: what others point at comes first. */
export const APPLY_ORDER = ['trust-list', 'unit-directory', 'collective', 'person', 'movement', 'plan', 'registration', 'dossier', 'initiative', 'checklist-template', 'inspection-plan', 'inspection', 'inspection-self-assessment', 'cluster', 'cluster-scorecard', 'cluster-vote', 'example', 'complaint', 'decision', 'receipt', 'key-announcement', 'report'];
