import type { ServiceContext } from '../core';
import { deadlineInfo } from './deadline';
import { requireInstallation } from '../installation';

/**
 * The year at a glance: days left before the deadline, this unit's own registrations, and at
 * an upper level every unit directly below it (and any unit that sent some) with what it has sent.
 */
export function registrationOverview(ctx: ServiceContext, year: number) {
  const me = requireInstallation(ctx);
  const own = ctx.sqlite
    .prepare(
      `SELECT count(*) registrations, coalesce(sum((SELECT count(*) FROM registration_entries e WHERE e.registration_id = r.id)), 0) entries,
              coalesce(sum(s.status IS NOT NULL AND s.status <> 'draft'), 0) sent
         FROM registrations r LEFT JOIN record_status s ON s.record_type = 'registration' AND s.record_id = r.id
        WHERE r.deleted = 0 AND r.year = ? AND r.origin = ?`,
    )
    .get(year, me.unitCode) as { registrations: number; entries: number; sent: number };
  const units = ctx.sqlite
    .prepare(
      `SELECT u.code unitCode, u.name unitName,
              (SELECT count(*) FROM registrations r WHERE r.origin = u.code AND r.year = @year AND r.deleted = 0) registrations,
              (SELECT count(*) FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
                WHERE r.origin = u.code AND r.year = @year AND r.deleted = 0) entries,
              (SELECT count(*) FROM registrations r WHERE r.origin = u.code AND r.year = @year AND r.deleted = 0 AND r.late = 1) late,
              (SELECT max(processed_at) FROM packages p WHERE p.direction = 'in' AND p.sender_code = u.code AND p.kind = 'submission') lastReceivedAt
         FROM units u
        WHERE u.deleted = 0 AND u.code <> @code
          AND ((u.parent_id = @me AND u.active = 1) OR EXISTS (SELECT 1 FROM registrations r WHERE r.origin = u.code AND r.year = @year))
        ORDER BY registrations = 0 DESC, u.name_folded`,
    )
    .all({ year, me: me.unitId, code: me.unitCode }) as { unitCode: string; unitName: string; registrations: number; entries: number; late: number; lastReceivedAt: string | null }[];
  return { ...deadlineInfo(ctx, year), own, units };
}
