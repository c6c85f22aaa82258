/**
 * Counting a statistical form (rules/statistics.ts) from records: pure functions, so the rules
 * are tested on tables of cases and the service only reads the facts. A record is an award of the
 * history or a movement, reduced to its dimensions (recipient, category, unit, …); a cell counts
 * the records of its row that its column takes, and keeps their ids so the clerk can open it.
 */
import { fold } from '../text/fold';
import type { StatColumn, StatForm, StatSection, StatTemplate } from './statistics';
import { formSections } from './statistics';
import { AWARD_CATEGORY_LABELS, type AwardCategory } from './vocab';

export interface StatRecord {
  id: string;
  dims: Record<string, string>;
  awardCode?: string;
  /** The award's name, folded, for columns that take awards outside the catalogue by name. */
  nameFolded?: string;
}

export type StatRowKind = 'total' | 'section' | 'row' | 'part' | 'split';

export interface StatTableRow {
  /** Stable address of the row: "total", "<section>:<row>", "<section>:<row>/<sub>". */
  key: string;
  code: string;
  label: string;
  kind: StatRowKind;
  /** null for a section heading and for a form the clerk fills by hand. */
  cells: (number | null)[];
  ids: string[][];
}

export interface StatTable {
  columns: Pick<StatColumn, 'id' | 'label' | 'group' | 'total'>[];
  rows: StatTableRow[];
  /** Records the form counts (the total row's first cell), 0 for a form filled by hand. */
  records: number;
  manual: boolean;
}

/** A layout that cannot hold the data, or numbers that do not add up: the Vietnamese sentence says which. */
export class StatisticsProblem extends Error {
  constructor(readonly kind: 'missing-row' | 'sum', message: string) {
    super(message);
  }
}

const DIMENSION_LABELS: Record<string, string> = {
  recipient: 'đối tượng', personGroup: 'nhóm cá nhân', category: 'loại hình khen thưởng', unit: 'đơn vị',
  enterprise: 'doanh nghiệp', scope: 'phạm vi', duration: 'thời gian', method: 'hình thức tổ chức', level: 'cấp phát động',
};
const VALUE_LABELS: Record<string, string> = {
  'tap-the': 'tập thể', 'ho-gia-dinh': 'hộ gia đình', 'ca-nhan': 'cá nhân', 'lanh-dao-tinh': 'lãnh đạo cấp bộ, tỉnh trở lên',
  'lanh-dao-so': 'lãnh đạo cấp vụ, sở', 'doanh-nhan': 'doanh nhân', 'lanh-dao-khac': 'lãnh đạo khác', 'truc-tiep': 'người trực tiếp lao động, công tác',
  khac: 'cá nhân khác', 'toan-quoc': 'toàn quốc', 'dia-phuong': 'bộ, ngành, địa phương', 'cum-khoi': 'cụm, khối thi đua', 'co-quan': 'cơ quan, đơn vị',
  'duoi-1': 'dưới 1 năm', '1-nam': '1 năm', '1-3': 'từ 1 đến dưới 3 năm', '3-5': 'từ 3 đến dưới 5 năm', 'tu-5': 'từ 5 năm trở lên',
  'thuong-xuyen': 'thường xuyên', 'nien-han': 'khen thưởng niên hạn', 'khang-chien': 'khen thưởng kháng chiến',
  ...(AWARD_CATEGORY_LABELS as Record<AwardCategory, string>),
};
const valueLabel = (dimension: string, v: string, labels: Record<string, string>) =>
  dimension === 'unit' ? (labels[v] ?? (v || 'Không rõ đơn vị')) : (VALUE_LABELS[v] ?? (v || '(trống)'));

/** Whether a column takes a record: by award code or folded name (when it names any), and by its dimensions. */
export function inColumn(c: StatColumn, r: StatRecord): boolean {
  if (c.codes || c.namePattern) {
    const byCode = !!c.codes && !!r.awardCode && c.codes.includes(r.awardCode);
    const byName = !!c.namePattern && !!r.nameFolded && new RegExp(c.namePattern, 'u').test(r.nameFolded);
    if (!byCode && !byName) return false;
  }
  return Object.entries(c.match ?? {}).every(([d, vs]) => vs.includes(r.dims[d] ?? ''));
}

const formTitle = (t: Pick<StatTemplate, 'regime' | 'version'>, f: StatForm) => `Biểu ${f.code} (${f.title.toLowerCase()}, phiên bản ${t.version})`;

function missingRow(t: Pick<StatTemplate, 'regime' | 'version'>, f: StatForm, where: string, dimension: string, value: string, n: number, labels: Record<string, string>) {
  return new StatisticsProblem(
    'missing-row',
    `${formTitle(t, f)} không có dòng cho ${DIMENSION_LABELS[dimension] ?? dimension} "${valueLabel(dimension, value, labels)}" ở phần "${where}", ` +
      `trong khi số liệu năm này có ${n} bản ghi như vậy. Mẫu không tính đủ được: cần một phiên bản mẫu mới có dòng này; báo cho người quản trị ứng dụng.`,
  );
}

/**
 * The form's table for these records. `labels` names the values of dynamic rows (unit id →
 * name). Throws StatisticsProblem("missing-row") when a record falls in no row of a section.
 */
export function computeForm(t: Pick<StatTemplate, 'regime' | 'version' | 'awardSections'>, f: StatForm, records: StatRecord[], labels: Record<string, string> = {}): StatTable {
  const columns = f.columns.map((c) => ({ id: c.id, label: c.label, ...(c.group ? { group: c.group } : {}), ...(c.total ? { total: true } : {}) }));
  if (f.source === 'none') {
    const rows = (f.manualRows ?? []).map((r): StatTableRow => ({ key: r.id, code: r.code, label: r.label, kind: r.id === 'tong' ? 'total' : 'row', cells: f.columns.map(() => null), ids: f.columns.map(() => []) }));
    return { columns, rows, records: 0, manual: true };
  }
  const counted = f.columns.filter((c) => !c.total);
  const inScope = records.filter((r) => counted.some((c) => inColumn(c, r)));
  const row = (key: string, code: string, label: string, kind: StatRowKind, set: StatRecord[]): StatTableRow => {
    const ids = f.columns.map((c) => set.filter((r) => (c.total ? true : inColumn(c, r))).map((r) => r.id));
    return { key, code, label, kind, cells: ids.map((x) => x.length), ids };
  };
  const rows: StatTableRow[] = [row('total', '01', 'Tổng số', 'total', inScope)];
  for (const s of formSections(t, f)) {
    rows.push({ key: s.id, code: '', label: s.label, kind: 'section', cells: f.columns.map(() => null), ids: f.columns.map(() => []) });
    rows.push(...sectionRows(t, f, s, inScope, labels, row));
  }
  return { columns, rows, records: inScope.length, manual: false };
}

type RowMaker = (key: string, code: string, label: string, kind: StatRowKind, set: StatRecord[]) => StatTableRow;

function sectionRows(t: Pick<StatTemplate, 'regime' | 'version'>, f: StatForm, s: StatSection, recs: StatRecord[], labels: Record<string, string>, row: RowMaker): StatTableRow[] {
  const out: StatTableRow[] = [];
  const d = s.dimension;
  if (s.dynamic) {
    const values = [...new Set(recs.map((r) => r.dims[d] ?? ''))].sort((a, b) => valueLabel(d, a, labels).localeCompare(valueLabel(d, b, labels), 'vi'));
    values.forEach((v, i) => out.push(row(`${s.id}:${v || '-'}`, '', `${i + 1}. ${valueLabel(d, v, labels)}`, 'row', recs.filter((r) => (r.dims[d] ?? '') === v))));
    return out;
  }
  const rows = s.rows ?? [];
  const stray = recs.filter((r) => !rows.some((x) => x.values.includes(r.dims[d] ?? '')));
  if (stray.length) throw missingRow(t, f, s.label, d, stray[0]!.dims[d] ?? '', stray.filter((r) => r.dims[d] === stray[0]!.dims[d]).length, labels);
  for (const x of rows) {
    const set = recs.filter((r) => x.values.includes(r.dims[d] ?? ''));
    out.push(row(`${s.id}:${x.id}`, x.code, x.label, 'row', set));
    for (const p of x.ofWhich ?? []) out.push(row(`${s.id}:${x.id}/${p.id}`, p.code, p.label, 'part', set.filter((r) => p.values.includes(r.dims[p.dimension] ?? ''))));
    if (x.split) {
      const sd = x.split.dimension;
      const lost = set.filter((r) => !x.split!.rows.some((y) => y.values.includes(r.dims[sd] ?? '')));
      if (lost.length) throw missingRow(t, f, `${s.label} / ${x.label}`, sd, lost[0]!.dims[sd] ?? '', lost.filter((r) => r.dims[sd] === lost[0]!.dims[sd]).length, labels);
      for (const y of x.split.rows) out.push(row(`${s.id}:${x.id}/${y.id}`, y.code, y.label, 'split', set.filter((r) => y.values.includes(r.dims[sd] ?? ''))));
    }
  }
  return out;
}

/**
 * Where the numbers do not add up, in Vietnamese (empty when they do): each row's "Tổng số" is
 * the sum of its columns; each section's rows add up to the total row; "chia ra" rows add up to
 * their row; a "trong đó" row is not more than its row.
 */
export function tableProblems(table: StatTable): string[] {
  if (table.manual) return [];
  const problems: string[] = [];
  const totalCol = table.columns.findIndex((c) => c.total);
  const n = table.columns.length;
  const sum = (rs: StatTableRow[], c: number) => rs.reduce((a, r) => a + (r.cells[c] ?? 0), 0);
  for (const r of table.rows) {
    if (r.kind === 'section') continue;
    if (totalCol < 0) break;
    const parts = r.cells.reduce<number>((a, x, i) => a + (i === totalCol ? 0 : (x ?? 0)), 0);
    if (r.cells[totalCol] !== parts) problems.push(`Dòng "${r.label}": cột Tổng số là ${r.cells[totalCol]} nhưng các cột cộng lại là ${parts}.`);
  }
  const total = table.rows[0]!;
  let section: StatTableRow[] = [];
  let sectionLabel = '';
  const closeSection = () => {
    if (!sectionLabel) return;
    for (let c = 0; c < n; c++) {
      const s = sum(section, c);
      if (s !== total.cells[c]) problems.push(`Phần "${sectionLabel}", cột "${table.columns[c]!.label}": các dòng cộng lại là ${s}, khác dòng Tổng số (${total.cells[c]}).`);
    }
  };
  let parent: StatTableRow | null = null;
  let splits: StatTableRow[] = [];
  const closeSplit = () => {
    if (parent && splits.length) {
      for (let c = 0; c < n; c++) {
        const s = sum(splits, c);
        if (s !== parent.cells[c]) problems.push(`Các dòng chia ra của "${parent.label}", cột "${table.columns[c]!.label}": cộng lại là ${s}, khác ${parent.cells[c]}.`);
      }
    }
    splits = [];
  };
  for (const r of table.rows.slice(1)) {
    if (r.kind === 'section') {
      closeSplit();
      closeSection();
      section = [];
      sectionLabel = r.label;
      parent = null;
    } else if (r.kind === 'row') {
      closeSplit();
      section.push(r);
      parent = r;
    } else if (r.kind === 'split') {
      splits.push(r);
    } else if (r.kind === 'part' && parent) {
      for (let c = 0; c < n; c++) {
        if ((r.cells[c] ?? 0) > (parent.cells[c] ?? 0)) problems.push(`Dòng "${r.label}" (cột "${table.columns[c]!.label}") lớn hơn dòng "${parent.label}".`);
      }
    }
  }
  closeSplit();
  closeSection();
  return problems;
}

/** Cá nhân by leadership level: the first rule of the template that fits, else "khac". */
export function personGroupOf(rules: StatTemplate['personGroups'], p: { position: string; directLabor: boolean }): string {
  const pos = fold(p.position);
  for (const r of rules) {
    if (r.directLabor && p.directLabor) return r.value;
    if (r.positionPattern && pos && new RegExp(r.positionPattern, 'u').test(pos)) return r.value;
  }
  return 'khac';
}

export interface AwardFact {
  id: string;
  awardCode: string;
  awardName: string;
  category: string;
  subjectType: string;
  /** The collective's kind (null for a person). */
  collectiveKind: string | null;
  /** The catalogue names the award a household's (Gia đình văn hóa, …). */
  householdAward: boolean;
  unitId: string | null;
  position: string;
  directLabor: boolean;
}

/** An award of the history as the forms count it. */
export function awardRecord(rules: StatTemplate['personGroups'], a: AwardFact): StatRecord {
  const recipient = a.collectiveKind === 'household' || a.householdAward ? 'ho-gia-dinh' : a.subjectType === 'collective' ? 'tap-the' : 'ca-nhan';
  return {
    id: a.id,
    awardCode: a.awardCode,
    nameFolded: fold(a.awardName),
    dims: {
      recipient, category: a.category, unit: a.unitId ?? '',
      enterprise: a.collectiveKind === 'enterprise' ? 'co' : 'khong',
      personGroup: recipient === 'ca-nhan' ? personGroupOf(rules, a) : '',
    },
  };
}

export interface MovementFact {
  id: string;
  kind: string; // regular | periodic | thematic
  level: 'trung-uong' | 'tinh' | 'co-so';
  startDate: string | null;
  endDate: string | null;
}

const DAY = 86_400_000;

/** How long a movement runs; one without both dates counts as a year's movement. */
export function durationBand(startDate: string | null, endDate: string | null): string {
  if (!startDate || !endDate) return '1-nam';
  const days = Math.round((Date.parse(endDate) - Date.parse(startDate)) / DAY) + 1;
  if (days < 360) return 'duoi-1';
  if (days <= 370) return '1-nam';
  if (days < 3 * 365) return '1-3';
  if (days < 5 * 365) return '3-5';
  return 'tu-5';
}

/** A movement as form 0601.N counts it. */
export function movementRecord(m: MovementFact): StatRecord {
  const scope = m.level === 'trung-uong' ? 'toan-quoc' : m.level === 'tinh' ? 'dia-phuong' : 'co-quan';
  return { id: m.id, dims: { level: m.level, scope, duration: durationBand(m.startDate, m.endDate), method: m.kind === 'regular' ? 'thuong-xuyen' : 'chuyen-de' } };
}
