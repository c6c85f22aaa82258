import { ethnicityName } from '../../src-shared/catalog/ethnicities';
import { UNIT_LEVEL_LABELS, type UnitLevel } from '../../src-shared/catalog/levels';
import { COLLECTIVE_KIND_LABELS, type CollectiveKind, GENDER_LABELS, type Gender } from '../../src-shared/catalog/people';
import { formatDate } from '../../src-shared/text';

/** Field names of the audit trail as the forms label them. */
const FIELD_LABELS: Record<string, string> = {
  fullName: 'Họ và tên', gender: 'Giới tính', birthDate: 'Ngày sinh', birthYear: 'Năm sinh', ethnicity: 'Dân tộc',
  position: 'Chức vụ', unitId: 'Đơn vị', collectiveId: 'Tập thể', directLabor: 'Lao động trực tiếp', phone: 'Số điện thoại',
  homeTown: 'Quê quán', residence: 'Trú quán', qualification: 'Trình độ chuyên môn', academicRank: 'Học hàm, học vị', remoteArea: 'Vùng sâu, vùng xa',
  name: 'Tên', kind: 'Loại', memberCount: 'Số thành viên', code: 'Mã', level: 'Cấp', parentId: 'Đơn vị cấp trên',
  active: 'Đang hoạt động', mergedIntoId: 'Sáp nhập vào', deleted: 'Đã xóa', title: 'Tên', year: 'Năm', round: 'Đợt',
  movementId: 'Phong trào', awardCode: 'Danh hiệu, hình thức', referenceDate: 'Ngày xét', meetingDate: 'Ngày họp',
  councilTotal: 'Tổng số thành viên hội đồng', councilPresent: 'Số có mặt', councilWritten: 'Số ý kiến bằng văn bản',
  overrideReason: 'Lý do', startDate: 'Ngày bắt đầu', endDate: 'Ngày kết thúc', theme: 'Chủ đề', slogan: 'Khẩu hiệu',
  targets: 'Chỉ tiêu', criteria: 'Tiêu chí', legalBasis: 'Căn cứ', titles: 'Danh hiệu đăng ký', commitments: 'Chỉ tiêu đăng ký',
  registeredOn: 'Ngày đăng ký', signerName: 'Người ký', signerPosition: 'Chức vụ người ký', lateNote: 'Lý do nộp muộn',
  registrantKind: 'Đối tượng đăng ký', deadline: 'Hạn hoàn thành', inspectingBody: 'Cơ quan kiểm tra', planNumber: 'Số kế hoạch',
  planDate: 'Ngày kế hoạch', templateId: 'Mẫu phiếu kiểm tra', team: 'Đoàn kiểm tra', recommendations: 'Kiến nghị',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field;

const ACTION_LABELS: Record<string, string> = { create: 'Tạo mới', update: 'Sửa', delete: 'Xóa', import: 'Nhập từ gói', init: 'Khởi tạo' };
const NOTE_LABELS: Record<string, string> = {
  restore: 'Khôi phục phiên bản cũ', 'add nominee': 'Thêm người được đề nghị', 'edit nominee': 'Sửa thông tin người được đề nghị',
  'remove nominee': 'Bỏ người được đề nghị', 'restore nominee': 'Hoàn tác bỏ người được đề nghị', meeting: 'Họp hội đồng', fields: 'Sửa thông tin',
};

export function actionLabel(action: string, note: string | null): string {
  return (note && NOTE_LABELS[note]) || ACTION_LABELS[action] || action;
}

/** One value of the trail as a clerk reads it: dates dd/mm/yyyy, codes by name, ids by the name given. */
export function formatValue(field: string, v: unknown, names: Record<string, string> = {}): string {
  if (field === 'remoteArea' && (v === null || v === undefined)) return 'Chưa rõ';
  if (v === null || v === undefined || v === '') return '(trống)';
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (field === 'gender') return GENDER_LABELS[v as Gender] ?? v;
    if (field === 'ethnicity') return ethnicityName(v);
    if (field === 'level') return UNIT_LEVEL_LABELS[v as UnitLevel] ?? v;
    if (field === 'kind' && v in COLLECTIVE_KIND_LABELS) return COLLECTIVE_KIND_LABELS[v as CollectiveKind];
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    if (field.endsWith('Id')) return names[v] ?? '(bản ghi khác)';
    return v;
  }
  return Array.isArray(v) ? `${v.length} mục` : JSON.stringify(v);
}
