import type { StatReport } from '../../../src-shared/api';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { requireInstallation } from '../../services/installation';
import { reportForFile } from '../../services/statistics';

/**
 * What the DOCX and the XLSX of a statistical form share: the print id ("0603.N:2025"), the
 * figures (refused when they do not add up), the lines above the table and the column headers.
 */
export function parseStatId(id: string): { form: string; year: number } {
  const m = /^(\d{4}\.N):(\d{4})$/.exec(id);
  if (!m) throw new AppError('BAD_INPUT', `Mã báo cáo thống kê "${id}" không hợp lệ: cần dạng BIỂU:NĂM, ví dụ 0603.N:2025.`);
  return { form: m[1]!, year: Number(m[2]) };
}

export interface StatPrint {
  report: StatReport;
  unitName: string;
  clerkName: string;
  /** "Biểu số 0603.N/BNV-TĐKT" and the lines under it. */
  formLines: string[];
  /** "Đơn vị báo cáo: …", "Đơn vị nhận báo cáo: …". */
  unitLines: string[];
}

export function statPrint(ctx: ServiceContext, id: string): StatPrint {
  const { form, year } = parseStatId(id);
  const report = reportForFile(ctx, form, year);
  const me = requireInstallation(ctx);
  const [d, m] = [report.deadline.slice(8, 10), report.deadline.slice(5, 7)];
  return {
    report,
    unitName: me.unitName,
    clerkName: me.clerkName,
    formLines: [`Biểu số: ${report.form}/BNV-TĐKT`, `Ban hành kèm theo ${report.basis}`, `Ngày nhận báo cáo: ${d}/${m}/${year}`],
    unitLines: [`Đơn vị báo cáo: ${me.unitName}`, `Đơn vị nhận báo cáo: ${me.parentName ?? report.receiver}`],
  };
}

export const statFileName = (ctx: ServiceContext, id: string, ext: 'docx' | 'xlsx') => {
  const { form, year } = parseStatId(id);
  return `bieu-${form.replace('.', '')}-${year}_${requireInstallation(ctx).unitCode}.${ext}`;
};

/** Column headers in two levels: a group over its columns, or one header spanning both levels. */
export function headerCells(columns: StatReport['columns']): { top: { label: string; span: number; rows: 1 | 2 }[]; bottom: string[] } {
  const top: { label: string; span: number; rows: 1 | 2 }[] = [];
  const bottom: string[] = [];
  for (const c of columns) {
    const last = top[top.length - 1];
    if (c.group && last && last.rows === 1 && last.label === c.group) last.span++;
    else top.push(c.group ? { label: c.group, span: 1, rows: 1 } : { label: c.label, span: 1, rows: 2 });
    if (c.group) bottom.push(c.label);
  }
  return { top, bottom };
}
