import bundled from '../../../resources/reports/forms.v1.json';
import { awardReportFormFor, type ReportFormId } from '../../../src-shared/rules/awardReportForms';
import { reportFormFor, reportFormsFileSchema, type ReportForm } from '../../../src-shared/rules/reportForms';

/**
 * The báo cáo thành tích forms shipped with the app (resources/reports/forms.v1.json), parsed
 * once per process: they are data, not state.
 */
let shipped: ReportForm[] | null = null;

export function reportForms(): ReportForm[] {
  if (!shipped) {
    const r = reportFormsFileSchema.safeParse(bundled);
    if (!r.success) throw new Error(`shipped report forms are invalid: ${r.error.message}`);
    shipped = r.data.forms;
  }
  return shipped;
}

/**
 * The form for a dossier: the one the award catalogue names for the dossier's round (Cờ thi đua
 * của Chính phủ, CSTĐ toàn quốc… have their own) when that template is shipped and in force on the
 * reference date; otherwise the form for the award's subject, round and reference date (null
 * when none covers the date).
 */
export function formFor(q: { awardSubject: string; dossierRound: string; referenceDate: string; catalogueForm?: ReportFormId | null }): ReportForm | null {
  if (q.catalogueForm && (q.dossierRound === 'annual' || q.dossierRound === 'thematic' || q.dossierRound === 'adhoc')) {
    const id = awardReportFormFor({ reportForm: q.catalogueForm }, q.dossierRound);
    const named = reportForms()
      .filter((f) => f.id === id && f.effectiveFrom <= q.referenceDate && (f.effectiveTo === null || q.referenceDate <= f.effectiveTo))
      .sort((a, b) => b.version - a.version)[0];
    if (named) return named;
  }
  return reportFormFor(reportForms(), q);
}
