import type { ApiInput, ApiOutput } from '../../../src-shared/api';

export type OverviewKind = ApiOutput<'exchange.overview'>[number]['kinds'][number]['type'];
export type OverviewBucket = ApiInput<'exchange.overviewRecords'>['bucket'];

/** What a unit sends up, as the province names it in "Tổng hợp đơn vị". */
export const KIND_LABELS: Record<OverviewKind, string> = {
  registration: 'Đăng ký thi đua',
  dossier: 'Hồ sơ khen thưởng',
  initiative: 'Sáng kiến',
  inspection: 'Kết quả kiểm tra',
  'inspection-self-assessment': 'Tự đánh giá',
};

/** Each count, in the order read: where the records stand, then whether our word reached the unit. */
export const BUCKETS: { bucket: Exclude<OverviewBucket, 'all'>; label: string; color: string }[] = [
  { bucket: 'waiting', label: 'Chưa phản hồi', color: 'yellow' },
  { bucket: 'received', label: 'Đã tiếp nhận', color: 'teal' },
  { bucket: 'reviewed', label: 'Đã thẩm định', color: 'indigo' },
  { bucket: 'forwarded', label: 'Đã trình cấp trên', color: 'violet' },
  { bucket: 'returned', label: 'Trả lại để bổ sung', color: 'orange' },
  { bucket: 'declined', label: 'Không đủ điều kiện', color: 'red' },
  { bucket: 'decided', label: 'Có quyết định', color: 'green' },
  { bucket: 'feedback-unsent', label: 'Phản hồi chưa gửi', color: 'red' },
  { bucket: 'feedback-sent', label: 'Đã gửi phản hồi, chờ báo nhận', color: 'blue' },
  { bucket: 'feedback-acked', label: 'Đơn vị đã nhận phản hồi', color: 'gray' },
];

export function bucketLabel(bucket: OverviewBucket): string {
  return bucket === 'all' ? 'Tất cả' : (BUCKETS.find((b) => b.bucket === bucket)?.label ?? bucket);
}
