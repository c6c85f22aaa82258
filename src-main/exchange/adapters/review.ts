import { and, eq } from 'drizzle-orm';
import type { ReportData } from '../../../src-shared/records';
import { figuresProblem, periodLabel } from '../../../src-shared/rules/review';
import { cleanText } from '../../../src-shared/text';
import { reviewReports } from '../../db/schema';
import { writeAudit } from '../../services/core';
import { currentIn, envelopeOf, outgoingRows, titleIn, type ContentAdapter } from './kit';

// The figures of a unit's sơ kết / tổng kết for one period go up in its submission package; the
// upper level keeps one read-only copy per unit and period (a higher rev replaces it) and sums
// them. Figures whose totals differ from the sums of their parts are refused, naming the figure.

export const reportAdapter: ContentAdapter = {
  type: 'report',
  table: 'review_reports',
  outgoing(ctx, q) {
    return outgoingRows(ctx, 'report', 'review_reports', q, { order: 'x.year, x.period, x.id' }).map((r) => {
      const row = ctx.db.select().from(reviewReports).where(eq(reviewReports.id, r.id)).get()!;
      const data: ReportData = { year: row.year, period: row.period as ReportData['period'], unitName: row.unitName, figures: JSON.parse(row.figures) as ReportData['figures'] };
      return envelopeOf('report', r, data);
    });
  },
  current: (ctx, id) => currentIn(ctx, 'review_reports', id),
  title: (ctx, id) => titleIn(ctx, 'review_reports', 'unit_name', id),
  refusal(ctx, rec) {
    const d = rec.data as ReportData;
    const what = `Số liệu ${periodLabel(d.year, d.period)} của ${d.unitName}`;
    const problem = figuresProblem(d.figures);
    if (problem) return `${what} bị từ chối: ${problem} Đề nghị đơn vị kiểm tra lại và gửi lại.`;
    const other = ctx.db.select({ id: reviewReports.id }).from(reviewReports)
      .where(and(eq(reviewReports.origin, rec.origin), eq(reviewReports.year, d.year), eq(reviewReports.period, d.period))).get();
    if (other && other.id !== rec.id) return `${what} bị từ chối: đã có số liệu kỳ này của đơn vị dưới một mã khác; đơn vị cần gửi bản sửa của báo cáo đã gửi.`;
    return null;
  },
  apply(ctx, rec) {
    const d = rec.data as ReportData;
    const values = {
      id: rec.id, origin: rec.origin, rev: rec.rev, updatedAt: rec.updatedAt, deleted: rec.deleted,
      year: d.year, period: d.period, unitName: cleanText(d.unitName), figures: JSON.stringify(d.figures),
    };
    const before = ctx.db.select().from(reviewReports).where(eq(reviewReports.id, rec.id)).get();
    if (before) ctx.db.update(reviewReports).set(values).where(eq(reviewReports.id, rec.id)).run();
    else ctx.db.insert(reviewReports).values({ ...values, createdAt: rec.updatedAt }).run();
    writeAudit(ctx, { action: 'import', entity: 'review-report', entityId: rec.id, before, after: values });
  },
};
