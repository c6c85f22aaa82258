import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ReviewRollup, ReviewTexts, ReviewView } from '../../../src-shared/api';
import { reviewFigures, type ReviewFigures } from '../../../src-shared/records';
import { comparison, figuresEmpty, figuresProblem, periodLabel, sumFigures, type ReviewPeriod } from '../../../src-shared/rules/review';
import { reviewReports, reviewTexts } from '../../db/schema';
import { AppError } from '../../errors';
import { inTransaction, isoNow, writeAudit, type ServiceContext } from '../core';
import { requireInstallation } from '../installation';
import { reviewFiguresOf } from './figures';

// Sơ kết / tổng kết: the view of a period (figures, last year's, the clerk's sections), the
// sections saved per year and period, the figures prepared to go up as a `report` record, and at
// an upper level the units' reports side by side with the gaps and their sum.

type TextRow = typeof reviewTexts.$inferSelect;
type ReportRow = typeof reviewReports.$inferSelect;

const unitName = (ctx: ServiceContext) => {
  const me = requireInstallation(ctx);
  return (ctx.sqlite.prepare('SELECT name FROM units WHERE id = ?').get(me.unitId) as { name: string } | undefined)?.name ?? me.unitCode;
};

function textRow(ctx: ServiceContext, year: number, period: ReviewPeriod): TextRow | undefined {
  return ctx.db.select().from(reviewTexts).where(and(eq(reviewTexts.year, year), eq(reviewTexts.period, period))).get();
}

export function getReviewTexts(ctx: ServiceContext, year: number, period: ReviewPeriod): ReviewTexts {
  const t = textRow(ctx, year, period);
  return {
    strengths: t?.strengths ?? '', weaknesses: t?.weaknesses ?? '', causes: t?.causes ?? '', directions: t?.directions ?? '',
    signerName: t?.signerName ?? '', signerPosition: t?.signerPosition ?? '', updatedAt: t?.updatedAt ?? null,
  };
}

const para = (s: string) => s.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();

export function saveReviewTexts(
  ctx: ServiceContext,
  input: { year: number; period: ReviewPeriod; strengths: string; weaknesses: string; causes: string; directions: string; signerName: string; signerPosition: string },
): ReviewTexts {
  requireInstallation(ctx);
  const before = textRow(ctx, input.year, input.period);
  const values = {
    strengths: para(input.strengths), weaknesses: para(input.weaknesses), causes: para(input.causes), directions: para(input.directions),
    signerName: para(input.signerName), signerPosition: para(input.signerPosition), updatedAt: isoNow(ctx),
  };
  return inTransaction(ctx, () => {
    if (before) {
      ctx.db.update(reviewTexts).set({ ...values, rev: before.rev + 1 }).where(and(eq(reviewTexts.year, input.year), eq(reviewTexts.period, input.period))).run();
    } else {
      ctx.db.insert(reviewTexts).values({ year: input.year, period: input.period, ...values, rev: 1 }).run();
    }
    writeAudit(ctx, { action: before ? 'update' : 'create', entity: 'review-texts', entityId: `${input.year}:${input.period}`, before, after: values });
    return getReviewTexts(ctx, input.year, input.period);
  });
}

function ownReport(ctx: ServiceContext, year: number, period: ReviewPeriod): ReportRow | undefined {
  const me = requireInstallation(ctx);
  return ctx.db.select().from(reviewReports)
    .where(and(eq(reviewReports.origin, me.unitCode), eq(reviewReports.year, year), eq(reviewReports.period, period))).get();
}

/** The units directly below this one in the directory (active). */
function unitsBelow(ctx: ServiceContext): { code: string; name: string }[] {
  const me = requireInstallation(ctx);
  return ctx.sqlite.prepare('SELECT code, name FROM units WHERE parent_id = ? AND deleted = 0 AND active = 1 ORDER BY name').all(me.unitId) as { code: string; name: string }[];
}

export function getReview(ctx: ServiceContext, input: { year: number; period: ReviewPeriod }): ReviewView {
  const { year, period } = input;
  const figures = reviewFiguresOf(ctx, year, period);
  const previous = reviewFiguresOf(ctx, year - 1, period);
  const own = ownReport(ctx, year, period);
  return {
    year, period, periodLabel: periodLabel(year, period), unitName: unitName(ctx), figures, previous, comparison: comparison(figures, previous),
    empty: figuresEmpty(figures), texts: getReviewTexts(ctx, year, period),
    sent: own ? { rev: own.rev, updatedAt: own.updatedAt, current: own.figures === JSON.stringify(figures) } : null,
    hasUnitsBelow: unitsBelow(ctx).length > 0,
    hasUpper: !!requireInstallation(ctx).parentName,
  };
}

/**
 * The period's figures as they stand, kept as this unit's `report` record so the next submission
 * package carries them up; a new rev only when they changed since the last time.
 */
export function publishReview(ctx: ServiceContext, input: { year: number; period: ReviewPeriod }): { id: string; rev: number; changed: boolean } {
  const me = requireInstallation(ctx);
  if (!me.parentName) throw new AppError('NO_UPPER_LEVEL', `${me.unitName} không có cấp trên trong danh mục đơn vị; không có nơi để gửi số liệu sơ kết, tổng kết.`);
  const computed = reviewFiguresOf(ctx, input.year, input.period);
  // Figures that do not add up never leave (the upper level would refuse them anyway).
  const problem = figuresProblem(computed);
  if (problem) throw new AppError('FIGURES_MISMATCH', `Số liệu ${periodLabel(input.year, input.period)} chưa gửi được: ${problem}`);
  const figures = JSON.stringify(computed);
  const before = ownReport(ctx, input.year, input.period);
  if (before && before.figures === figures && !before.deleted) return { id: before.id, rev: before.rev, changed: false };
  return inTransaction(ctx, () => {
    const now = isoNow(ctx);
    if (before) {
      const after = { figures, unitName: unitName(ctx), rev: before.rev + 1, updatedAt: now, deleted: false };
      ctx.db.update(reviewReports).set(after).where(eq(reviewReports.id, before.id)).run();
      writeAudit(ctx, { action: 'update', entity: 'review-report', entityId: before.id, before, after });
      return { id: before.id, rev: after.rev, changed: true };
    }
    const row: ReportRow = {
      id: crypto.randomUUID(), origin: me.unitCode, rev: 1, createdAt: now, updatedAt: now, deleted: false,
      year: input.year, period: input.period, unitName: unitName(ctx), figures,
    };
    ctx.db.insert(reviewReports).values(row).run();
    writeAudit(ctx, { action: 'create', entity: 'review-report', entityId: row.id, after: row });
    return { id: row.id, rev: 1, changed: true };
  });
}

/** The reports of the period received from other units, by unit code. */
function receivedReports(ctx: ServiceContext, year: number, period: ReviewPeriod): Map<string, ReportRow> {
  const me = requireInstallation(ctx);
  const rows = ctx.db.select().from(reviewReports).where(and(eq(reviewReports.year, year), eq(reviewReports.period, period), eq(reviewReports.deleted, false))).all();
  return new Map(rows.filter((r) => r.origin !== me.unitCode).map((r) => [r.origin, r]));
}

/** The units below side by side for the period: their figures, who has not sent, and the sum of what arrived. */
export function reviewRollup(ctx: ServiceContext, input: { year: number; period: ReviewPeriod }): ReviewRollup {
  const { year, period } = input;
  const got = receivedReports(ctx, year, period);
  const below = unitsBelow(ctx);
  // A unit that sent figures but is not (or no longer) in the directory below is listed too.
  const listed = [...below, ...[...got.values()].filter((r) => !below.some((u) => u.code === r.origin)).map((r) => ({ code: r.origin, name: r.unitName }))];
  const units = listed.map((u) => {
    const r = got.get(u.code);
    return { code: u.code, name: u.name, report: r ? { rev: r.rev, updatedAt: r.updatedAt, figures: reviewFigures.parse(JSON.parse(r.figures)) as ReviewFigures } : null };
  });
  const sent = units.flatMap((u) => (u.report ? [{ unitName: u.name, figures: u.report.figures }] : []));
  return { year, period, periodLabel: periodLabel(year, period), units, missing: units.filter((u) => !u.report).map((u) => u.name), sum: sumFigures(sent) };
}
