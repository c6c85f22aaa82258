// Sơ kết / tổng kết công tác thi đua, khen thưởng: the figures of a period as pure functions of the
// facts a service reads (awards, registrations, initiatives, inspections), the check that a
// report's totals equal the sums of their parts, the sum of the units' reports, and the
// comparison with the same period of the previous year.
import type { ReviewFigures, ReviewPeriod } from '../records/report';

export type { ReviewFigures, ReviewPeriod } from '../records/report';

export const REVIEW_PERIOD_LABELS: Record<ReviewPeriod, string> = { h1: '6 tháng đầu năm', h2: '6 tháng cuối năm', year: 'Năm' };

/** "6 tháng đầu năm 2026", "năm 2026". */
export function periodLabel(year: number, period: ReviewPeriod): string {
  return period === 'year' ? `năm ${year}` : `${REVIEW_PERIOD_LABELS[period]} ${year}`;
}

/** The first and last day of the period (yyyy-mm-dd). */
export function periodRange(year: number, period: ReviewPeriod): { from: string; to: string } {
  if (period === 'h1') return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (period === 'h2') return { from: `${year}-07-01`, to: `${year}-12-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export const within = (date: string | null, r: { from: string; to: string }) => !!date && date >= r.from && date <= r.to;

export type AwardLevel = 'base' | 'province' | 'state' | 'other';
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = { base: 'Cấp cơ sở', province: 'Cấp tỉnh', state: 'Cấp Nhà nước', other: 'Không rõ cấp' };
export const AWARD_KIND_LABELS = { title: 'Danh hiệu thi đua', form: 'Hình thức khen thưởng' } as const;

/**
 * The level of an award by its catalogue code: decided at the commune or agency (cơ sở), by the
 * province, or by the State (Chính phủ, Thủ tướng, Chủ tịch nước); an award outside the catalogue
 * (code '') is "không rõ cấp", never guessed.
 */
export function awardLevel(code: string): AwardLevel {
  if (!code) return 'other';
  if (/^(CSTD_TQ|CO_TD_CP|BK_TTCP|HC|HUY_CHUONG|ANH_HUNG|CSTD_TOAN_QUOC)/.test(code)) return 'state';
  if (/(_TINH)(_|$)/.test(code)) return 'province';
  if (/^(LDTT|CSTDCS|CSTT|TTLDTT|TTLDXS|GIAY_KHEN|THON_VH|GD_VH|XA_TIEU_BIEU)/.test(code)) return 'base';
  return 'other';
}

/**
 * Danh hiệu thi đua or hình thức khen thưởng for an award outside the catalogue (code ''), by its
 * name: the titles of Luật TĐKT 2022, Điều 23–28 begin with these words; the rest are forms.
 */
export function awardKindByName(name: string): 'title' | 'form' {
  return /^(Chiến sĩ thi đua|Chiến sĩ tiên tiến|Lao động tiên tiến|Tập thể lao động|Cờ thi đua|Gia đình văn hóa|Thôn, tổ dân phố văn hóa|Xã, phường, đặc khu tiêu biểu|Đơn vị quyết thắng|Đơn vị tiên tiến)/iu.test(name.normalize('NFC').trim())
    ? 'title'
    : 'form';
}

/** An award as the review counts it. */
export interface AwardFact {
  kind: 'title' | 'form';
  code: string;
  subjectType: 'person' | 'collective';
  /** The award's year (thành tích năm …) and its decision date, when known. */
  year: number;
  decisionDate: string | null;
  /** The unit (thôn, phòng ban…) of the one awarded; null when not known. */
  unitName: string | null;
  /** For a person: the fields the shares come from; null = not filled (không rõ). */
  person: { female: boolean | null; minority: boolean | null; directLabor: boolean | null; remote: boolean | null } | null;
}

/**
 * An award belongs to the period by its decision date; one without a date belongs to the
 * whole year of its award (never to a half, which cannot be told).
 */
export function awardInPeriod(a: Pick<AwardFact, 'year' | 'decisionDate'>, year: number, period: ReviewPeriod): boolean {
  if (a.decisionDate) return within(a.decisionDate, periodRange(year, period));
  return period === 'year' && a.year === year;
}

export interface RegisteredFact { code: string; name: string; achieved: boolean }

export const NO_UNIT = 'Không rõ đơn vị';

export function emptyFigures(): ReviewFigures {
  const s = () => ({ yes: 0, no: 0, unknown: 0 });
  return {
    awards: { total: 0, byKind: { title: 0, form: 0 }, byLevel: { base: 0, province: 0, state: 0, other: 0 }, bySubject: { person: 0, collective: 0 }, byMonth: Array(12).fill(0) as number[], undated: 0, byUnit: [] },
    people: { women: s(), minority: s(), directLabor: s(), remote: s() },
    registrations: { registered: 0, achieved: 0, byTitle: [] },
    initiatives: { applied: 0, recognised: 0 },
    inspections: { planned: 0, done: 0 },
  };
}

const bump = (s: { yes: number; no: number; unknown: number }, v: boolean | null) => {
  if (v === null) s.unknown++;
  else if (v) s.yes++;
  else s.no++;
};

/** The figures of a period from the facts of it (the awards already chosen by awardInPeriod). */
export function tallyFigures(input: {
  awards: readonly AwardFact[];
  registered: readonly RegisteredFact[];
  initiatives: { applied: number; recognised: number };
  inspections: { planned: number; done: number };
}): ReviewFigures {
  const f = emptyFigures();
  const units = new Map<string, number>();
  for (const a of input.awards) {
    const w = f.awards;
    w.total++;
    w.byKind[a.kind]++;
    w.byLevel[awardLevel(a.code)]++;
    w.bySubject[a.subjectType]++;
    if (a.decisionDate) w.byMonth[Number(a.decisionDate.slice(5, 7)) - 1]!++;
    else w.undated++;
    const u = a.unitName || NO_UNIT;
    units.set(u, (units.get(u) ?? 0) + 1);
    if (a.subjectType === 'person') {
      const p = a.person ?? { female: null, minority: null, directLabor: null, remote: null };
      bump(f.people.women, p.female);
      bump(f.people.minority, p.minority);
      bump(f.people.directLabor, p.directLabor);
      bump(f.people.remote, p.remote);
    }
  }
  f.awards.byUnit = [...units].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'vi'));
  const titles = new Map<string, { code: string; name: string; registered: number; achieved: number }>();
  for (const r of input.registered) {
    const t = titles.get(r.code) ?? { code: r.code, name: r.name, registered: 0, achieved: 0 };
    t.registered++;
    if (r.achieved) t.achieved++;
    titles.set(r.code, t);
  }
  f.registrations.byTitle = [...titles.values()];
  f.registrations.registered = input.registered.length;
  f.registrations.achieved = input.registered.filter((r) => r.achieved).length;
  f.initiatives = { ...input.initiatives };
  f.inspections = { ...input.inspections };
  return f;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export const SHARE_LABELS = {
  women: 'Nữ',
  minority: 'Người dân tộc thiểu số',
  directLabor: 'Công nhân, nông dân, người lao động trực tiếp',
  remote: 'Ở vùng sâu, vùng xa, vùng đặc biệt khó khăn',
} as const;

/**
 * Why these figures do not add up, naming the figure, or null. Every total must equal the sum of
 * its parts, so a report whose numbers were changed by hand is refused rather than summed.
 */
export function figuresProblem(f: ReviewFigures): string | null {
  const w = f.awards;
  const checks: [string, number, number, string][] = [
    ['Tổng số khen thưởng', w.total, w.byKind.title + w.byKind.form, 'tổng theo loại (danh hiệu thi đua + hình thức khen thưởng)'],
    ['Tổng số khen thưởng', w.total, sum(Object.values(w.byLevel)), 'tổng theo cấp khen thưởng'],
    ['Tổng số khen thưởng', w.total, w.bySubject.person + w.bySubject.collective, 'tổng theo đối tượng (cá nhân + tập thể)'],
    ['Tổng số khen thưởng', w.total, sum(w.byMonth) + w.undated, 'tổng theo tháng (kể cả không rõ ngày quyết định)'],
    ['Tổng số khen thưởng', w.total, sum(w.byUnit.map((u) => u.count)), 'tổng theo đơn vị'],
    ['Số đăng ký danh hiệu', f.registrations.registered, sum(f.registrations.byTitle.map((t) => t.registered)), 'tổng theo từng danh hiệu'],
    ['Số đạt danh hiệu đã đăng ký', f.registrations.achieved, sum(f.registrations.byTitle.map((t) => t.achieved)), 'tổng theo từng danh hiệu'],
  ];
  for (const [k, v] of Object.entries(f.people) as [keyof typeof SHARE_LABELS, { yes: number; no: number; unknown: number }][]) {
    checks.push([`Số khen thưởng cá nhân (tỷ lệ ${SHARE_LABELS[k].toLowerCase()})`, w.bySubject.person, v.yes + v.no + v.unknown, 'tổng có + không + không rõ']);
  }
  for (const [label, total, parts, what] of checks) {
    if (total !== parts) return `${label} là ${total} nhưng ${what} là ${parts}; số liệu không khớp.`;
  }
  for (const t of f.registrations.byTitle) {
    if (t.achieved > t.registered) return `Danh hiệu “${t.name}”: số đạt (${t.achieved}) lớn hơn số đăng ký (${t.registered}).`;
  }
  if (f.inspections.done > f.inspections.planned) return `Số cuộc kiểm tra đã xong (${f.inspections.done}) lớn hơn số theo kế hoạch (${f.inspections.planned}).`;
  return null;
}

/** The sum of the units' figures; each unit becomes one row of "by unit". */
export function sumFigures(reports: readonly { unitName: string; figures: ReviewFigures }[]): ReviewFigures {
  const f = emptyFigures();
  const titles = new Map<string, { code: string; name: string; registered: number; achieved: number }>();
  for (const { unitName, figures: g } of reports) {
    const a = f.awards;
    a.total += g.awards.total;
    a.byKind.title += g.awards.byKind.title;
    a.byKind.form += g.awards.byKind.form;
    for (const k of Object.keys(a.byLevel) as AwardLevel[]) a.byLevel[k] += g.awards.byLevel[k];
    a.bySubject.person += g.awards.bySubject.person;
    a.bySubject.collective += g.awards.bySubject.collective;
    g.awards.byMonth.forEach((v, i) => { a.byMonth[i]! += v; });
    a.undated += g.awards.undated;
    a.byUnit.push({ name: unitName, count: g.awards.total });
    for (const k of Object.keys(f.people) as (keyof ReviewFigures['people'])[]) {
      f.people[k].yes += g.people[k].yes;
      f.people[k].no += g.people[k].no;
      f.people[k].unknown += g.people[k].unknown;
    }
    f.registrations.registered += g.registrations.registered;
    f.registrations.achieved += g.registrations.achieved;
    for (const t of g.registrations.byTitle) {
      const m = titles.get(t.code) ?? { code: t.code, name: t.name, registered: 0, achieved: 0 };
      m.registered += t.registered;
      m.achieved += t.achieved;
      titles.set(t.code, m);
    }
    f.initiatives.applied += g.initiatives.applied;
    f.initiatives.recognised += g.initiatives.recognised;
    f.inspections.planned += g.inspections.planned;
    f.inspections.done += g.inspections.done;
  }
  f.registrations.byTitle = [...titles.values()];
  return f;
}

/** Nothing happened in the period: no award, registration, initiative or inspection. */
export const figuresEmpty = (f: ReviewFigures) =>
  f.awards.total + f.registrations.registered + f.initiatives.applied + f.initiatives.recognised + f.inspections.planned + f.inspections.done === 0;

export interface ComparisonRow { label: string; current: number; previous: number; diff: number }

/** The main figures beside those of the same period of the previous year. */
export function comparison(cur: ReviewFigures, prev: ReviewFigures): ComparisonRow[] {
  const rows: [string, (f: ReviewFigures) => number][] = [
    ['Tổng số khen thưởng', (f) => f.awards.total],
    ['Danh hiệu thi đua', (f) => f.awards.byKind.title],
    ['Hình thức khen thưởng', (f) => f.awards.byKind.form],
    ['Khen thưởng cá nhân', (f) => f.awards.bySubject.person],
    ['Khen thưởng tập thể', (f) => f.awards.bySubject.collective],
    ['Đăng ký danh hiệu thi đua', (f) => f.registrations.registered],
    ['Đạt danh hiệu đã đăng ký', (f) => f.registrations.achieved],
    ['Sáng kiến nộp đơn', (f) => f.initiatives.applied],
    ['Sáng kiến được công nhận', (f) => f.initiatives.recognised],
    ['Cuộc kiểm tra đã thực hiện', (f) => f.inspections.done],
  ];
  return rows.map(([label, get]) => ({ label, current: get(cur), previous: get(prev), diff: get(cur) - get(prev) }));
}

/** "+3", "-2", "0". */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
