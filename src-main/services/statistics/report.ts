import type { StatReport } from '../../../src-shared/api';
import { computeForm, StatisticsProblem, tableProblems, type StatRecord, type StatTable } from '../../../src-shared/rules';
import type { StatForm, StatTemplate } from '../../../src-shared/rules/statistics';
import { AppError, fieldError } from '../../errors';
import type { ServiceContext } from '../core';
import { requireInstallation } from '../installation';
import { awardRecords, awardRows, movementRecords, movementRows, type AwardLine, type MovementLine } from './facts';
import { formForYear } from './templates';

/** The forms of the regime in force for a year. */
export function statisticsForms(_ctx: ServiceContext, year: number) {
  const { template } = formForYear('0601.N', year);
  return { year, regime: template.regime, templateId: template.id, version: template.version, forms: template.forms.map((f) => ({ code: f.code, title: f.title })) };
}

interface Counted {
  template: StatTemplate;
  form: StatForm;
  table: StatTable;
  awards: AwardLine[];
  movements: MovementLine[];
}

/** `templates`: the shipped ones, or others in a test (a newer version, a broken layout). */
function count(ctx: ServiceContext, code: string, year: number, templates?: StatTemplate[]): Counted {
  requireInstallation(ctx);
  const { template, form } = formForYear(code, year, templates);
  let records: StatRecord[] = [];
  let labels: Record<string, string> = {};
  let awards: AwardLine[] = [];
  let movements: MovementLine[] = [];
  if (form.source === 'awards') {
    const rows = awardRows(ctx, year);
    awards = rows;
    ({ records, labels } = awardRecords(ctx, template, rows));
  } else if (form.source === 'movements') {
    movements = movementRows(ctx, year);
    records = movementRecords(movements);
  }
  try {
    return { template, form, table: computeForm(template, form, records, labels), awards, movements };
  } catch (e) {
    if (e instanceof StatisticsProblem) throw new AppError('TEMPLATE_MISSING_ROW', e.message);
    throw e;
  }
}

const deadlineOf = (t: StatTemplate, year: number) => `${year}-${String(t.deadline.month).padStart(2, '0')}-${String(t.deadline.day).padStart(2, '0')}`;

/** The form's figures for a year, with where they do not add up and what is missing, in words. */
export function computeStatistics(ctx: ServiceContext, input: { form: string; year: number }, templates?: StatTemplate[]): StatReport {
  const { template, form, table } = count(ctx, input.form, input.year, templates);
  const what = form.source === 'awards' ? 'khen thưởng nào trong lịch sử khen thưởng' : 'phong trào thi đua nào được phát động';
  const message = table.manual
    ? 'Ứng dụng chưa lưu số liệu cho biểu này: biểu in ra với các ô để trống để đơn vị điền.'
    : table.records === 0
      ? `Năm ${input.year} chưa có ${what} thuộc biểu ${form.code}: biểu vẫn in được, các ô bằng 0.`
      : null;
  return {
    form: form.code, title: form.title, year: input.year, templateId: template.id, version: template.version, regime: template.regime, basis: template.basis,
    receiver: template.receiver, deadline: deadlineOf(template, input.year), unconfirmed: form.unconfirmed ?? null, source: form.source,
    columns: table.columns, rows: table.rows.map(({ ids: _ids, ...r }) => r), records: table.records, manual: table.manual,
    problems: tableProblems(table), message,
  };
}

/** The records behind one cell: the awards (or movements) its number counts. */
export function statisticsCell(ctx: ServiceContext, input: { form: string; year: number; row: string; column: string }) {
  const { table, awards, movements } = count(ctx, input.form, input.year);
  const row = table.rows.find((r) => r.key === input.row);
  if (!row || row.kind === 'section') throw fieldError('row', `Biểu ${input.form} không có dòng "${input.row}".`);
  const c = table.columns.findIndex((x) => x.id === input.column);
  if (c < 0) throw fieldError('column', `Biểu ${input.form} không có cột "${input.column}".`);
  const ids = new Set(row.ids[c]);
  const colLabel = table.columns[c]!;
  return {
    rowLabel: row.label, columnLabel: colLabel.group ? `${colLabel.group} - ${colLabel.label}` : colLabel.label, count: ids.size,
    awards: awards.filter((a) => ids.has(a.id)).map(({ id, subjectType, subjectId, subjectName, unitName, awardName, category, decisionNumber, decisionDate, year }) => ({
      id, subjectType, subjectId, subjectName, unitName, awardName, category, decisionNumber, decisionDate, year,
    })),
    movements: movements.filter((m) => ids.has(m.id)),
  };
}

/** The report for printing: refused when its numbers do not add up. */
export function reportForFile(ctx: ServiceContext, code: string, year: number, templates?: StatTemplate[]): StatReport {
  const r = computeStatistics(ctx, { form: code, year }, templates);
  if (r.problems.length) {
    throw new AppError('NOT_ADDING_UP', `Số liệu biểu ${r.form} năm ${year} không khớp nên chưa ghi tệp: ${r.problems.slice(0, 3).join(' ')} Hãy báo cho người quản trị ứng dụng (mẫu báo cáo có cột trùng nhau).`);
  }
  return r;
}
