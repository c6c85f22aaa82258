import bundled from '../../../resources/reports/forms.v1.json';
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

/** The form for an award subject, a dossier round and a reference date (null when none covers the date). */
export const formFor = (q: { awardSubject: string; dossierRound: string; referenceDate: string }) => reportFormFor(reportForms(), q);
