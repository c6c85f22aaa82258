/**
 * An initiative round's deadline (hạn nhận đơn), enforced from the clock: after its last day the
 * round shows "Đã hết hạn nhận hồ sơ" and refuses receipts dated after the deadline, unless the
 * unit records why it keeps receiving ("Vẫn nhận hồ sơ sau hạn", with a reason); such a receipt
 * is then warned about and marked late. Dates are ISO yyyy-mm-dd; "today" is given, never read.
 */
import { formatDate } from '../text/dates';

export const ROUND_STATES = ['open', 'expired', 'kept-open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  open: 'Đang mở',
  expired: 'Đã hết hạn nhận hồ sơ',
  'kept-open': 'Hết hạn, vẫn nhận hồ sơ',
  closed: 'Đã khóa',
};

export interface RoundClock {
  /** The stored lock: closed = the clerk locked the round (council and applications). */
  status: 'open' | 'closed';
  deadline: string | null;
  /** Set when the unit keeps receiving after the deadline. */
  keepOpenReason: string | null;
}

/** Where a round stands today; the deadline day itself still takes applications. */
export function roundState(r: RoundClock, today: string): RoundState {
  if (r.status === 'closed') return 'closed';
  if (r.deadline && today > r.deadline) return r.keepOpenReason ? 'kept-open' : 'expired';
  return 'open';
}

const KEEP_OPEN_HINT = 'hãy chọn đợt sau, hoặc bấm “Vẫn nhận hồ sơ” trên thẻ của đợt và ghi lý do';

/**
 * Whether an application can be put into the round (created in it or moved to it); null = yes.
 * Only a locked round refuses: an expired one still takes an application dated within its
 * deadline (a paper received in time, entered later); the receipt's date decides (receiptCheck).
 */
export function intakeProblem(r: RoundClock, today: string, label: string): string | null {
  if (roundState(r, today) === 'closed') return `${label} đã khóa; không thêm hay chuyển đơn vào đợt này được.`;
  return null;
}

/** What the clerk is told when choosing an expired round for an application; null when nothing to say. */
export function intakeWarning(r: RoundClock, today: string, label: string): string | null {
  if (roundState(r, today) !== 'expired') return null;
  return `${label} đã hết hạn nhận hồ sơ ngày ${formatDate(r.deadline)}: chỉ ghi được đơn tiếp nhận đến ngày đó; đơn nhận sau hạn thì ${KEEP_OPEN_HINT}.`;
}

export interface ReceiptCheck {
  /** The receipt is dated after the round's deadline. */
  late: boolean;
  /** Why the receipt cannot be recorded; null when it can. */
  error: string | null;
  /** What the clerk is told when it is recorded late. */
  warning: string | null;
}

/** A receipt dated `receivedOn` into the round: on time, late but kept open (warned), or refused. */
export function receiptCheck(r: RoundClock, receivedOn: string, label: string): ReceiptCheck {
  if (!r.deadline || receivedOn <= r.deadline) return { late: false, error: null, warning: null };
  const when = `Ngày tiếp nhận ${formatDate(receivedOn)} sau hạn nhận hồ sơ của ${label} (${formatDate(r.deadline)})`;
  if (r.keepOpenReason) {
    return { late: true, error: null, warning: `${when}: đơn được ghi là nhận sau hạn. Lý do vẫn nhận: ${r.keepOpenReason}` };
  }
  return { late: true, error: `${when}; ${KEEP_OPEN_HINT}.`, warning: null };
}
