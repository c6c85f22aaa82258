/**
 * Đơn thư khiếu nại, tố cáo, phản ánh, kiến nghị about a person or collective of this unit:
 * the time limit each kind has, and the hold an open one puts on commendation.
 *
 * The hold: no award is proposed or decided while a complaint or denunciation about the person
 * or collective is being verified (NĐ 152/2025/NĐ-CP, Điều 4, per the domain reference). A
 * register entry holds from its receipt until its conclusion is recorded.
 *
 * Time limits: the domain reference (shared/domain/tdkt-reference.md) gives NONE of them. The
 * figures below are the commonly cited ones of Luật Khiếu nại 2011 and Luật Tố cáo 2018 and are
 * marked UNCONFIRMED: the law counts from the day the matter is accepted (thụ lý), which the
 * register does not record yet, so the app counts from the day of receipt (an earlier, safer
 * deadline). Phản ánh and kiến nghị get no computed limit (none confirmed). An anonymous
 * denunciation is, under Luật Tố cáo 2018 (article UNCONFIRMED), not handled as a tố cáo: no
 * statutory limit is computed for it; the hold still applies while the unit verifies it.
 */
import { dateText } from './format';

export const COMPLAINT_KINDS = ['khieu-nai', 'to-cao', 'phan-anh', 'kien-nghi'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  'khieu-nai': 'Khiếu nại',
  'to-cao': 'Tố cáo',
  'phan-anh': 'Phản ánh',
  'kien-nghi': 'Kiến nghị',
};

export const COMPLAINT_HOLD_CITATION = 'NĐ 152/2025/NĐ-CP, Điều 4';

export interface TimeLimit {
  /** Calendar days from the day of receipt, or null when no limit is computed. */
  days: number | null;
  /** The last day ("yyyy-mm-dd"), or null. */
  dueOn: string | null;
  /** Where the figure comes from, with its confirmation status, shown to the clerk. */
  basis: string;
  confirmed: boolean;
}

const LIMITS: Record<ComplaintKind, { days: number | null; basis: string }> = {
  'khieu-nai': {
    days: 30,
    basis: 'Luật Khiếu nại 2011, Điều 28: giải quyết khiếu nại lần đầu trong 30 ngày kể từ ngày thụ lý (UNCONFIRMED: chưa có trong tài liệu tham chiếu; phần mềm tính từ ngày nhận đơn)',
  },
  'to-cao': {
    days: 30,
    basis: 'Luật Tố cáo 2018, Điều 30: giải quyết tố cáo trong 30 ngày kể từ ngày thụ lý (UNCONFIRMED: chưa có trong tài liệu tham chiếu; phần mềm tính từ ngày nhận đơn)',
  },
  'phan-anh': { days: null, basis: 'Chưa xác định thời hạn luật định cho phản ánh (UNCONFIRMED); ghi các bước xử lý và kết luận.' },
  'kien-nghi': { days: null, basis: 'Chưa xác định thời hạn luật định cho kiến nghị (UNCONFIRMED); ghi các bước xử lý và kết luận.' },
};

const ANONYMOUS_BASIS =
  'Tố cáo nặc danh (không rõ người gửi): theo Luật Tố cáo 2018 (điều khoản UNCONFIRMED) không thụ lý giải quyết như tố cáo, không tính thời hạn; ' +
  'nếu nội dung cụ thể, có căn cứ thì đơn vị vẫn xác minh và vẫn tạm dừng xét khen thưởng đến khi có kết luận.';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The time limit of one entry: by kind, from the day it was received ("yyyy-mm-dd"). */
export function complaintTimeLimit(kind: ComplaintKind, receivedOn: string, anonymous: boolean): TimeLimit {
  if (anonymous && kind === 'to-cao') return { days: null, dueOn: null, basis: ANONYMOUS_BASIS, confirmed: false };
  const l = LIMITS[kind];
  return { days: l.days, dueOn: l.days === null ? null : addDays(receivedOn, l.days), basis: l.basis, confirmed: false };
}

/** An open register entry about a nominee, as the eligibility panel names it. */
export interface OpenComplaint {
  id: string;
  kind: ComplaintKind;
  receivedOn: string;
  handler: string;
  /** The unit below whose register it is (received with its dossier); absent when registered here. */
  from?: string;
}

export interface ComplaintHold {
  id: 'complaint';
  text: string;
  result: 'fail';
  reason: string;
  citation: string;
}

export const COMPLAINT_HOLD_TEXT = 'Không có đơn thư khiếu nại, tố cáo về cá nhân, tập thể đang được xác minh';

/** "Đang xác minh đơn thư …" for the nominee while any entry about them is open; null otherwise. */
export function complaintHold(open: readonly OpenComplaint[]): ComplaintHold | null {
  if (!open.length) return null;
  const items = [...open]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id))
    .map((c) => `${COMPLAINT_KIND_LABELS[c.kind]} nhận ngày ${dateText(c.receivedOn)} (sổ đơn thư${c.from ? ` của ${c.from}` : ''}, mã ${c.id.slice(0, 8)}${c.handler ? `; người xử lý: ${c.handler}` : ''})`);
  return {
    id: 'complaint',
    text: COMPLAINT_HOLD_TEXT,
    result: 'fail',
    reason: `Đang xác minh đơn thư: ${items.join('; ')}. Chưa xét khen thưởng cho đến khi có kết luận.`,
    citation: COMPLAINT_HOLD_CITATION,
  };
}
