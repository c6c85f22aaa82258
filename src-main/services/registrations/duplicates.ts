import type { ServiceContext } from '../core';

export interface SameRegistrationQuery {
  year: number;
  movementId: string;
  registrantKind: 'unit' | 'collective';
  unitId: string | null;
  collectiveId: string | null;
  /** The registration being edited, which is not its own duplicate. */
  excludeId: string | null;
}

export interface SameRegistration {
  id: string;
  year: number;
  registrantName: string;
  movementName: string | null;
}

/**
 * The registration already made by the same unit or collective under the same movement in the
 * same year, if any: asked while the clerk fills the form, and again when it is saved. A
 * collective is matched with the unit it belongs to, as saving records it.
 */
export function findSameRegistration(ctx: ServiceContext, q: SameRegistrationQuery): SameRegistration | null {
  let unitId = q.unitId;
  const collectiveId = q.registrantKind === 'collective' ? q.collectiveId : null;
  if (q.registrantKind === 'collective') {
    if (!collectiveId) return null;
    const c = ctx.sqlite.prepare('SELECT unit_id unitId FROM collectives WHERE id = ? AND deleted = 0').get(collectiveId) as { unitId: string | null } | undefined;
    if (!c) return null;
    unitId = c.unitId;
  } else if (!unitId) return null;
  const row = ctx.sqlite
    .prepare(
      `SELECT r.id, r.year, r.registrant_name registrantName, m.name movementName
         FROM registrations r LEFT JOIN movements m ON m.id = r.movement_id
        WHERE r.deleted = 0 AND r.year = ? AND r.movement_id = ? AND r.registrant_kind = ?
          AND coalesce(r.collective_id, '') = coalesce(?, '') AND coalesce(r.unit_id, '') = coalesce(?, '') AND r.id <> coalesce(?, '')
        LIMIT 1`,
    )
    .get(q.year, q.movementId, q.registrantKind, collectiveId, unitId, q.excludeId) as SameRegistration | undefined;
  return row ?? null;
}
