import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Sơ kết / tổng kết: the sections the clerk writes for one period (h1 | h2 | year) of a year, and
 * who signs. Never exchanged: the figures travel as `report` records (review_reports).
 */
export const reviewTexts = sqliteTable(
  'review_texts',
  {
    year: integer('year').notNull(),
    period: text('period').notNull(), // h1 | h2 | year
    strengths: text('strengths').notNull().default(''), // ưu điểm
    weaknesses: text('weaknesses').notNull().default(''), // hạn chế
    causes: text('causes').notNull().default(''), // nguyên nhân
    directions: text('directions').notNull().default(''), // phương hướng, nhiệm vụ
    signerName: text('signer_name').notNull().default(''),
    signerPosition: text('signer_position').notNull().default(''),
    rev: integer('rev').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.period] })],
);

/**
 * The figures of a period as sent up (`report` record): this unit's own (origin = this unit,
 * rev bumped when the figures change) and the read-only copies received from the units below.
 * One per unit and period.
 */
export const reviewReports = sqliteTable(
  'review_reports',
  {
    ...owned(),
    year: integer('year').notNull(),
    period: text('period').notNull(),
    unitName: text('unit_name').notNull(),
    figures: text('figures').notNull(), // JSON ReviewFigures
  },
  (t) => [uniqueIndex('review_reports_period_uq').on(t.origin, t.year, t.period)],
);
