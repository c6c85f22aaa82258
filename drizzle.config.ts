import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./src-main/db/schema/core.ts', './src-main/db/schema/exchange.ts', './src-main/db/schema/registrations.ts', './src-main/db/schema/dossiers.ts', './src-main/db/schema/initiatives.ts', './src-main/db/schema/inspections.ts', './src-main/db/schema/keys.ts', './src-main/db/schema/reports.ts', './src-main/db/schema/plans.ts', './src-main/db/schema/complaints.ts', './src-main/db/schema/review.ts', './src-main/db/schema/clusters.ts', './src-main/db/schema/examples.ts'],
  out: './src-main/db/migrations',
});
