/**
 * Kiểm tra công tác thi đua, khen thưởng as pure rules: the checklist's shape and its checks,
 * the progress of an inspection, and the summary figures of a year that the report and its
 * chart are drawn from. No clock and no database: callers pass the rows.
 */
import { daysUntil } from '../text';

export const RESULT_SCALES = ['dat-chuadat', 'score'] as const;
export type ResultScale = (typeof RESULT_SCALES)[number];

/** Đạt / Chưa đạt / Không áp dụng. */
export const ITEM_RESULTS = ['dat', 'chua-dat', 'kad'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];
export const ITEM_RESULT_LABELS: Record<ItemResult, string> = { dat: 'Đạt', 'chua-dat': 'Chưa đạt', kad: 'Không áp dụng' };

export const INSPECTION_STATUSES = ['planned', 'in-progress', 'finished'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Chưa kiểm tra',
  'in-progress': 'Đang kiểm tra',
  finished: 'Đã kiểm tra xong',
};

export const TEAM_ROLES = ['truong-doan', 'pho-truong-doan', 'thanh-vien', 'thu-ky'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  'truong-doan': 'Trưởng đoàn',
  'pho-truong-doan': 'Phó Trưởng đoàn',
  'thanh-vien': 'Thành viên',
  'thu-ky': 'Thư ký',
};

/** Who gave an answer: the inspection team, or the inspected unit's self-assessment. */
export const ANSWER_SOURCES = ['team', 'unit'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export interface ChecklistItem {
  code: string;
  text: string;
  /** How to check it (hướng dẫn kiểm tra). */
  guidance: string;
  /** Documents the team expects to see (tài liệu, minh chứng). */
  evidence: string;
  scale: ResultScale;
  /** Highest score, for scored items (null for Đạt / Chưa đạt). */
  max: number | null;
  /** Weight of a scored item in the weighted total. */
  weight: number;
  /** Score from which a scored item counts as met; null: half of max. */
  passScore: number | null;
}

export interface ChecklistSection {
  code: string;
  title: string;
  items: ChecklistItem[];
}

export const checklistItems = (sections: readonly ChecklistSection[]): ChecklistItem[] => sections.flatMap((s) => s.items);

/** Problems with a checklist, in Vietnamese; empty when it can be used. */
export function checklistProblems(sections: readonly ChecklistSection[]): string[] {
  const problems: string[] = [];
  if (!sections.length) problems.push('Mẫu phiếu phải có ít nhất một phần.');
  const sectionCodes = new Set<string>();
  const itemCodes = new Set<string>();
  for (const s of sections) {
    if (sectionCodes.has(s.code)) problems.push(`Mã phần "${s.code}" bị trùng.`);
    sectionCodes.add(s.code);
    if (!s.items.length) problems.push(`Phần "${s.title}" chưa có nội dung kiểm tra nào.`);
    for (const i of s.items) {
      if (itemCodes.has(i.code)) problems.push(`Mã nội dung "${i.code}" bị trùng; mỗi nội dung kiểm tra cần một mã riêng.`);
      itemCodes.add(i.code);
      if (i.scale === 'score') {
        if (i.max === null || !(i.max > 0)) problems.push(`Nội dung ${i.code} chấm điểm nhưng chưa có điểm tối đa.`);
        if (!(i.weight > 0)) problems.push(`Hệ số của nội dung ${i.code} phải lớn hơn 0.`);
        if (i.passScore !== null && i.max !== null && (i.passScore < 0 || i.passScore > i.max)) problems.push(`Điểm đạt của nội dung ${i.code} phải từ 0 đến ${i.max}.`);
      }
    }
  }
  return problems;
}

export interface AnswerValue {
  result: ItemResult | null;
  score: number | null;
}

/** Problems with one answer to an item, in Vietnamese. */
export function answerProblems(item: ChecklistItem, a: AnswerValue): string[] {
  if (item.scale === 'dat-chuadat') {
    return a.score !== null ? [`Nội dung ${item.code} đánh giá Đạt / Chưa đạt, không chấm điểm.`] : [];
  }
  if (a.result !== null && a.result !== 'kad') return [`Nội dung ${item.code} chấm điểm: nhập điểm, hoặc chọn Không áp dụng.`];
  if (a.score !== null && (a.score < 0 || a.score > (item.max ?? 0))) return [`Điểm của nội dung ${item.code} phải từ 0 đến ${item.max}.`];
  if (a.score !== null && a.result === 'kad') return [`Nội dung ${item.code}: đã chọn Không áp dụng thì không chấm điểm.`];
  return [];
}

export const isAnswered = (a: AnswerValue | undefined): boolean => !!a && (a.result !== null || a.score !== null);

/** Met, not met or not applicable; null when not answered. */
export function itemOutcome(item: ChecklistItem, a: AnswerValue | undefined): ItemResult | null {
  if (!a || !isAnswered(a)) return null;
  if (a.result === 'kad') return 'kad';
  if (item.scale === 'dat-chuadat') return a.result;
  const pass = item.passScore ?? (item.max ?? 0) / 2;
  return (a.score ?? 0) >= pass ? 'dat' : 'chua-dat';
}

export interface Progress {
  answered: number;
  total: number;
  /** Codes of the items not answered yet, in checklist order. */
  unanswered: string[];
}

export function progressOf(sections: readonly ChecklistSection[], answers: ReadonlyMap<string, AnswerValue>): Progress {
  const items = checklistItems(sections);
  const unanswered = items.filter((i) => !isAnswered(answers.get(i.code))).map((i) => i.code);
  return { answered: items.length - unanswered.length, total: items.length, unanswered };
}

export interface SummaryInspection {
  id: string;
  unitName: string;
  status: InspectionStatus;
  sections: readonly ChecklistSection[];
  answers: ReadonlyMap<string, AnswerValue>;
}

export interface SummaryPlan {
  id: string;
  title: string;
  recommendations: string;
}

export interface ItemFigures {
  code: string;
  text: string;
  section: string;
  scale: ResultScale;
  dat: number;
  chuaDat: number;
  kad: number;
  unanswered: number;
  /** Units that did not meet this item, by name. */
  notMetUnits: string[];
  /** Average score of the units that were scored on it (scored items only). */
  averageScore: number | null;
}

export interface UnitFigures {
  inspectionId: string;
  unitName: string;
  status: InspectionStatus;
  dat: number;
  chuaDat: number;
  kad: number;
  unanswered: number;
  /** Weighted score over the scored items answered, and its maximum. */
  score: number;
  maxScore: number;
}

export interface InspectionSummary {
  year: number;
  plans: number;
  units: { total: number; planned: number; inProgress: number; finished: number; inspected: number };
  results: { dat: number; chuaDat: number; kad: number; unanswered: number };
  score: { total: number; max: number; percent: number | null };
  progress: { answered: number; total: number; percent: number | null };
  perUnit: UnitFigures[];
  items: ItemFigures[];
  /** Items not met by at least one unit, most often first (then by checklist order). */
  mostNotMet: { code: string; text: string; count: number }[];
  recommendations: { planId: string; title: string; text: string }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

/**
 * The figures of a year's inspections: how many units were inspected and finished, counts per
 * result, weighted scores, per item how many units did not meet it, and the most frequent gaps.
 * Items are told apart by code across template versions; the first version seen names them.
 */
export function inspectionSummary(year: number, plans: readonly SummaryPlan[], list: readonly SummaryInspection[]): InspectionSummary {
  const items = new Map<string, ItemFigures & { order: number; scores: number[] }>();
  const perUnit: UnitFigures[] = [];
  const results = { dat: 0, chuaDat: 0, kad: 0, unanswered: 0 };
  let score = 0;
  let maxScore = 0;
  let answered = 0;
  let total = 0;
  for (const insp of list) {
    const u: UnitFigures = { inspectionId: insp.id, unitName: insp.unitName, status: insp.status, dat: 0, chuaDat: 0, kad: 0, unanswered: 0, score: 0, maxScore: 0 };
    for (const s of insp.sections) {
      for (const item of s.items) {
        let f = items.get(item.code);
        if (!f) {
          f = { code: item.code, text: item.text, section: s.title, scale: item.scale, dat: 0, chuaDat: 0, kad: 0, unanswered: 0, notMetUnits: [], averageScore: null, order: items.size, scores: [] };
          items.set(item.code, f);
        }
        const a = insp.answers.get(item.code);
        const outcome = itemOutcome(item, a);
        total += 1;
        if (outcome === null) {
          f.unanswered += 1;
          u.unanswered += 1;
          continue;
        }
        answered += 1;
        if (outcome === 'dat') {
          f.dat += 1;
          u.dat += 1;
        } else if (outcome === 'kad') {
          f.kad += 1;
          u.kad += 1;
        } else {
          f.chuaDat += 1;
          u.chuaDat += 1;
          f.notMetUnits.push(insp.unitName);
        }
        if (item.scale === 'score' && outcome !== 'kad' && a?.score !== null && a?.score !== undefined) {
          f.scores.push(a.score);
          u.score += a.score * item.weight;
          u.maxScore += (item.max ?? 0) * item.weight;
        }
      }
    }
    u.score = round2(u.score);
    u.maxScore = round2(u.maxScore);
    results.dat += u.dat;
    results.chuaDat += u.chuaDat;
    results.kad += u.kad;
    results.unanswered += u.unanswered;
    score += u.score;
    maxScore += u.maxScore;
    perUnit.push(u);
  }
  const itemList = [...items.values()].map(({ order: _o, scores, ...f }) => ({
    ...f,
    averageScore: scores.length ? round2(scores.reduce((x, y) => x + y, 0) / scores.length) : null,
  }));
  const order = new Map([...items.values()].map((f) => [f.code, f.order]));
  const mostNotMet = itemList
    .filter((f) => f.chuaDat > 0)
    .sort((a, b) => b.chuaDat - a.chuaDat || (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0))
    .map((f) => ({ code: f.code, text: f.text, count: f.chuaDat }));
  const count = (s: InspectionStatus) => list.filter((i) => i.status === s).length;
  return {
    year,
    plans: plans.length,
    units: { total: list.length, planned: count('planned'), inProgress: count('in-progress'), finished: count('finished'), inspected: count('in-progress') + count('finished') },
    results,
    score: { total: round2(score), max: round2(maxScore), percent: pct(score, maxScore) },
    progress: { answered, total, percent: pct(answered, total) },
    perUnit,
    items: itemList,
    mostNotMet,
    recommendations: plans.filter((p) => p.recommendations.trim()).map((p) => ({ planId: p.id, title: p.title, text: p.recommendations })),
  };
}

/** 30/11 of the year: fieldwork ends before the year-end review. */
export const defaultInspectionDeadline = (year: number) => `${year}-11-30`;

export type PlanDueState = 'done' | 'ok' | 'soon' | 'overdue';

/**
 * Where a plan stands against its deadline (the council wants the results by 30/11): done once
 * every listed unit is finished; otherwise "soon" in the last 15 days and "overdue" after it.
 * `daysLeft` counts calendar days from `today` (negative once past); both dates "yyyy-mm-dd".
 */
export function planDue(deadline: string, today: string, finished: number, units: number): { state: PlanDueState; daysLeft: number } {
  const daysLeft = daysUntil(today, deadline);
  if (units > 0 && finished >= units) return { state: 'done', daysLeft };
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  return { state: daysLeft <= 15 ? 'soon' : 'ok', daysLeft };
}
