import { FINISHED_STATUSES, UNSENT_STATUSES } from '../../../src-shared/exchange/status';
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

/**
 * "Việc đang làm" for registrations: this year's (and later), and this unit's own that are not
 * sent yet (or were returned), whatever their year. A registration received from a unit below
 * is that unit's work, done once it arrived.
 */
export function unsentWorkFilter(ctx: ServiceContext, alias: string, recordType: string, ownCode: string): { sql: string; args: unknown[] } {
  const unsent = UNSENT_STATUSES.map(() => '?').join(', ');
  return {
    sql: `(${alias}.year >= ? OR (${alias}.origin = ? AND coalesce((SELECT s.status FROM record_status s WHERE s.record_type = ? AND s.record_id = ${alias}.id), 'draft') IN (${unsent})))`,
    args: [ctx.now().getFullYear(), ownCode, recordType, ...UNSENT_STATUSES],
  };
}
