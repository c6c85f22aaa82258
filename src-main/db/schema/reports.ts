import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Báo cáo thành tích of one dossier nominee, structured by the form it follows (the particulars,
 * the sections as arrays of paragraphs, the titles and commendations tables) as JSON, with the
 * form's id and version. No foreign key to dossier_nominees: removing a nominee keeps the report,
 * so undoing the removal brings it back with the nominee.
 */
export const achievementReports = sqliteTable(
  'achievement_reports',
  {
    nomineeId: text('nominee_id').primaryKey(),
    dossierId: text('dossier_id').notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    content: text('content').notNull(), // JSON: { particulars, sections, titles, commendations }
    rev: integer('rev').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('achievement_reports_dossier_idx').on(t.dossierId)],
);
