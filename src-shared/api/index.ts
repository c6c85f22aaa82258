// THE contract between renderer and main: every call as { input, output } zod schemas, one file per capability.
import type { z } from 'zod';
import { achievementReportsApi } from './achievementReports';
import { awardImportApi } from './awardImport';
import { backupApi } from './backup';
import { draftsApi } from './drafts';
import { historyApi } from './history';
import { dossiersApi } from './dossiers';
import { demoApi } from './demo';
import { exchangeApi } from './exchange';
import { foldersApi } from './folders';
import { homeApi } from './home';
import { initiativesApi } from './initiatives';
import { inspectionsApi } from './inspections';
import { keysApi } from './keys';
import { listExportApi } from './listExport';
import { peopleApi } from './people';
import { printApi, recordsApi } from './records';
import { registrationsApi } from './registrations';
import { spreadsheetApi } from './spreadsheet';
import { setupApi } from './setup';
import { settingsApi } from './settings';
import { unitsApi } from './units';
import { plansApi } from './plans';
import { calendarApi } from './calendar';
import { noticesApi } from './notices';
import { complaintsApi } from './complaints';
import { statisticsApi } from './statistics';
import { reviewApi } from './review';
import { proofsApi } from './proofs';
import { clustersApi } from './clusters';
import { examplesApi } from './examples';

export * from './achievementReports';
export * from './awardImport';
export * from './backup';
export * from './drafts';
export * from './history';
export * from './common';
export * from './dossiers';
export * from './demo';
export * from './exchange';
export * from './folders';
export * from './home';
export * from './initiatives';
export * from './inspections';
export * from './keys';
export * from './listExport';
export * from './people';
export * from './records';
export * from './registrations';
export * from './spreadsheet';
export * from './setup';
export * from './settings';
export * from './units';
export * from './plans';
export * from './calendar';
export * from './notices';
export * from './complaints';
export * from './statistics';
export * from './review';
export * from './proofs';
export * from './clusters';
export * from './examples';

/**
 * THE contract between renderer and main: every call the renderer may make, with the zod
 * schemas of its input and output. host.ts parses every input with these, whatever the
 * transport (Electron IPC, the HTTP harness, the CLI).
 */
export const api = {
  ...setupApi,
  ...unitsApi,
  ...peopleApi,
  ...recordsApi,
  ...exchangeApi,
  ...printApi,
  ...registrationsApi,
  ...spreadsheetApi,
  ...dossiersApi,
  ...initiativesApi,
  ...inspectionsApi,
  ...awardImportApi,
  ...keysApi,
  ...backupApi,
  ...draftsApi,
  ...historyApi,
  ...homeApi,
  ...foldersApi,
  ...demoApi,
  ...settingsApi,
  ...achievementReportsApi,
  ...plansApi,
  ...calendarApi,
  ...noticesApi,
  ...listExportApi,
  ...complaintsApi,
  ...statisticsApi,
  ...reviewApi,
  ...proofsApi,
  ...clustersApi,
  ...examplesApi,
} as const;

export type Api = typeof api;
export type ApiName = keyof Api;
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<Api[N]['output']>;

export type InvokeResult<T = unknown> =
  | { ok: true; result: T }
  | { ok: false; error: import('./common').ApiErrorShape };

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}
