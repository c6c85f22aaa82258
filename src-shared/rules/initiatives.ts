/**
 * Công nhận sáng kiến as pure rules: authors' shares, the council's score sheets, the
 * proposal they add up to, and the three-month answer limit (Điều lệ Sáng kiến, NĐ 13/2012,
 * Điều 7 k1). No clock and no database: callers pass today's date and the rows.
 */
import { daysUntil, isValidIsoDate } from '../text';

export interface ScoreCriterion {
  code: string;
  name: string;
  /** Highest score of this criterion; scores run from 0 to max. */
  max: number;
}

/**
 * Default sheet: novelty, applicability, effectiveness, 100 points in all, recognised from 50.
 * Provinces set their own (UNCONFIRMED in the reference): every round stores the sheet it uses.
 */
export const DEFAULT_CRITERIA: readonly ScoreCriterion[] = [
  { code: 'tinh-moi', name: 'Tính mới', max: 40 },
  { code: 'kha-nang-ap-dung', name: 'Khả năng áp dụng, nhân rộng', max: 30 },
  { code: 'hieu-qua', name: 'Hiệu quả, lợi ích mang lại', max: 30 },
];
export const DEFAULT_PASS_MARK = 50;

export const COUNCIL_ROLES = ['chu-tich', 'pho-chu-tich', 'thu-ky', 'uy-vien'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  'chu-tich': 'Chủ tịch Hội đồng',
  'pho-chu-tich': 'Phó Chủ tịch Hội đồng',
  'thu-ky': 'Thư ký Hội đồng',
  'uy-vien': 'Ủy viên',
};

export const INITIATIVE_STATUSES = ['draft', 'received', 'recognised', 'refused'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  draft: 'Chưa tiếp nhận',
  received: 'Đã tiếp nhận, chờ xét',
  recognised: 'Được công nhận',
  refused: 'Không công nhận',
};

/** Roman numerals of round numbers as clerks write them: Đợt I, Đợt II… */
export function roundName(n: number): string {
  const romans: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let left = n;
  for (const [v, s] of romans) {
    while (left >= v) {
      out += s;
      left -= v;
    }
  }
  return `Đợt ${out}`;
}

/** Shares are entered in percent with at most two decimals; compare them in hundredths. */
const hundredths = (x: number) => Math.round(x * 100);

/** Problems with the authors' contribution shares, in Vietnamese; empty when they add up. */
export function shareProblems(shares: readonly { name: string; share: number }[]): string[] {
  if (shares.length === 0) return ['Sáng kiến phải có ít nhất một tác giả.'];
  const out: string[] = [];
  for (const s of shares) {
    if (!(s.share > 0) || s.share > 100) out.push(`Tỷ lệ đóng góp của ${s.name} phải lớn hơn 0 và không quá 100%.`);
    else if (Math.abs(s.share * 100 - hundredths(s.share)) > 1e-6) out.push(`Tỷ lệ đóng góp của ${s.name} chỉ ghi tối đa hai chữ số thập phân.`);
  }
  const total = shares.reduce((t, s) => t + hundredths(s.share), 0);
  if (!out.length && total !== 10000) {
    out.push(`Tổng tỷ lệ đóng góp của các tác giả là ${formatShare(total / 100)}%, phải bằng đúng 100%.`);
  }
  return out;
}

/** 33.33 → "33,33"; 50 → "50" (Vietnamese decimal comma). */
export function formatShare(x: number): string {
  return (Math.round(x * 100) / 100).toString().replace('.', ',');
}

/** Problems with criteria a round is to use (codes unique, maxima positive, pass mark reachable). */
export function criteriaProblems(criteria: readonly ScoreCriterion[], passMark: number): string[] {
  const out: string[] = [];
  if (!criteria.length) out.push('Cần ít nhất một tiêu chí chấm điểm.');
  const codes = new Set<string>();
  for (const c of criteria) {
    if (codes.has(c.code)) out.push(`Tiêu chí "${c.name}" bị trùng mã.`);
    codes.add(c.code);
    if (!(c.max > 0)) out.push(`Điểm tối đa của tiêu chí "${c.name}" phải lớn hơn 0.`);
  }
  const top = maxTotal(criteria);
  if (passMark <= 0 || passMark > top) out.push(`Điểm đạt phải lớn hơn 0 và không quá tổng điểm tối đa (${top}).`);
  return out;
}

export const maxTotal = (criteria: readonly ScoreCriterion[]) => criteria.reduce((t, c) => t + c.max, 0);

/** Problems with one member's sheet: every criterion scored, within its scale, nothing else. */
export function sheetProblems(criteria: readonly ScoreCriterion[], scores: Readonly<Record<string, number>>): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  for (const c of criteria) {
    const v = scores[c.code];
    if (v === undefined || v === null || Number.isNaN(v)) out.push({ code: c.code, message: `Chưa chấm tiêu chí "${c.name}".` });
    else if (v < 0 || v > c.max) out.push({ code: c.code, message: `Điểm "${c.name}" phải từ 0 đến ${c.max}; đã nhập ${String(v).replace('.', ',')}.` });
    else if (Math.abs(v * 2 - Math.round(v * 2)) > 1e-9) out.push({ code: c.code, message: `Điểm "${c.name}" chấm đến nửa điểm (ví dụ 7 hoặc 7,5).` });
  }
  for (const k of Object.keys(scores)) {
    if (!criteria.some((c) => c.code === k)) out.push({ code: k, message: `Tiêu chí "${k}" không có trong phiếu đánh giá của đợt này.` });
  }
  return out;
}

export const sheetTotal = (criteria: readonly ScoreCriterion[], scores: Readonly<Record<string, number>>) =>
  criteria.reduce((t, c) => t + (scores[c.code] ?? 0), 0);

export type Proposal = 'recognise' | 'refuse' | 'incomplete';

export interface CouncilSummary {
  members: number;
  scored: number;
  /** Average of the sheets' totals, two decimals; null before any sheet. */
  average: number | null;
  /** Average per criterion, same rounding. */
  byCriterion: Record<string, number | null>;
  passMark: number;
  maxTotal: number;
  proposal: Proposal;
  /** The proposal in a sentence for the screen and the minutes. */
  explanation: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * What the council's sheets propose for one application. More than half of the council must
 * have scored it (the quorum a council meeting needs); then the average total against the
 * pass mark decides.
 */
export function councilSummary(
  criteria: readonly ScoreCriterion[],
  passMark: number,
  members: number,
  sheets: readonly { scores: Readonly<Record<string, number>> }[],
): CouncilSummary {
  const top = maxTotal(criteria);
  const totals = sheets.map((s) => sheetTotal(criteria, s.scores));
  const average = totals.length ? round2(totals.reduce((a, b) => a + b, 0) / totals.length) : null;
  const byCriterion = Object.fromEntries(
    criteria.map((c) => [c.code, sheets.length ? round2(sheets.reduce((t, s) => t + (s.scores[c.code] ?? 0), 0) / sheets.length) : null]),
  );
  const base = { members, scored: sheets.length, average, byCriterion, passMark, maxTotal: top };
  const shown = (x: number) => String(x).replace('.', ',');
  if (members === 0) return { ...base, proposal: 'incomplete', explanation: 'Đợt xét chưa có Hội đồng sáng kiến.' };
  if (sheets.length * 2 <= members) {
    return { ...base, proposal: 'incomplete', explanation: `Mới có ${sheets.length}/${members} thành viên chấm; cần quá nửa số thành viên Hội đồng.` };
  }
  if (average! >= passMark) {
    return { ...base, proposal: 'recognise', explanation: `Điểm trung bình ${shown(average!)}/${top}, đạt mức công nhận (từ ${shown(passMark)} điểm).` };
  }
  return { ...base, proposal: 'refuse', explanation: `Điểm trung bình ${shown(average!)}/${top}, dưới mức công nhận (${shown(passMark)} điểm).` };
}

/**
 * The day the answer is due: three calendar months after the application was accepted, kept
 * to the month's last day when it is shorter (30/11 → 28 or 29/02).
 */
export function answerDue(receivedOn: string): string {
  if (!isValidIsoDate(receivedOn)) throw new Error(`Ngày tiếp nhận "${receivedOn}" không hợp lệ.`);
  const [y, m, d] = receivedOn.split('-').map(Number) as [number, number, number];
  const month0 = m - 1 + 3;
  const year = y + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DueState = 'none' | 'ok' | 'soon' | 'overdue' | 'answered';


/** Where an application stands against its three-month limit; "soon" is the last 15 days. */
export function dueState(status: string, dueOn: string | null, today: string): DueState {
  if (status === 'recognised' || status === 'refused') return 'answered';
  if (!dueOn) return 'none';
  const left = daysUntil(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= 15 ? 'soon' : 'ok';
}
