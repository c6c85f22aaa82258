import { FINISHED_STATUSES } from '../../../src-shared/exchange/status';
import type { ServiceContext } from './context';

/**
 * "Việc đang làm": a list's default filter. A record is open work when its year is this year or
 * later, or when it has not reached a final word (decided, declined) whatever its year, so last
 * year's unfinished dossier stays in sight. `alias` is the table's alias in the query; the
 * record's status lives in record_status under `recordType`.
 */
export function openWorkFilter(ctx: ServiceContext, alias: string, recordType: string): { sql: string; args: unknown[] } {
  const finished = FINISHED_STATUSES.map(() => '?').join(', ');
  return {
    sql: `(${alias}.year >= ? OR coalesce((SELECT s.status FROM record_status s WHERE s.record_type = ? AND s.record_id = ${alias}.id), 'draft') NOT IN (${finished}))`,
    args: [ctx.now().getFullYear(), recordType, ...FINISHED_STATUSES],
  };
}
