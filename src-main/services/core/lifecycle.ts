import { isoNow, type ServiceContext } from './context';

/**
 * The owner edited a record: its next submission is a new rev, so where it stood as sent,
 * ready or returned it is a draft again (the reasons of a return stay for reference). An
 * upper level's decision (received, decided…) is left as it is.
 */
export function markEdited(ctx: ServiceContext, type: string, id: string): void {
  ctx.sqlite
    .prepare(`UPDATE record_status SET status = 'draft', updated_at = ? WHERE record_type = ? AND record_id = ? AND status IN ('sent', 'ready', 'returned')`)
    .run(isoNow(ctx), type, id);
}
