import type { ServiceContext } from '../core';

/**
 * A dossier names only its proposing unit's own people and collectives, or those of the units
 * below it ("cấp nào quản lý thì cấp đó đề nghị"). A person's unit is their own, else their
 * collective's; a person with no unit recorded is taken as the unit's own.
 */
const SCOPE = `WITH RECURSIVE scope(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN scope s ON u.parent_id = s.id)`;

export interface Membership {
  inUnit: boolean;
  /** The unit the subject belongs to, for the message ("thuộc Xã Đông Hưng"). */
  unitName: string | null;
}

function query(type: 'person' | 'collective') {
  return type === 'person'
    ? `${SCOPE} SELECT coalesce(p.unit_id, c.unit_id) unitId, u.name unitName,
              (coalesce(p.unit_id, c.unit_id) IS NULL OR coalesce(p.unit_id, c.unit_id) IN (SELECT id FROM scope)) inUnit
         FROM people p LEFT JOIN collectives c ON c.id = p.collective_id LEFT JOIN units u ON u.id = coalesce(p.unit_id, c.unit_id) WHERE p.id = ?`
    : `${SCOPE} SELECT c.unit_id unitId, u.name unitName, (c.unit_id IS NULL OR c.unit_id IN (SELECT id FROM scope)) inUnit
         FROM collectives c LEFT JOIN units u ON u.id = c.unit_id WHERE c.id = ?`;
}

export function membership(ctx: ServiceContext, proposingUnitId: string, subjectType: 'person' | 'collective', subjectId: string): Membership {
  const r = ctx.sqlite.prepare(query(subjectType)).get(proposingUnitId, subjectId) as { unitName: string | null; inUnit: number } | undefined;
  return { inUnit: r ? r.inUnit === 1 : false, unitName: r?.unitName ?? null };
}

/** Membership of every nominee of a dossier, by nominee id: two statements whatever the size. */
export function dossierMembership(ctx: ServiceContext, dossierId: string): Map<string, Membership> {
  const unit = ctx.sqlite.prepare('SELECT proposing_unit_id u FROM dossiers WHERE id = ?').get(dossierId) as { u: string } | undefined;
  const out = new Map<string, Membership>();
  if (!unit) return out;
  const rows = ctx.sqlite
    .prepare(
      `${SCOPE} SELECT n.id, u.name unitName,
              (coalesce(p.unit_id, pc.unit_id, c.unit_id) IS NULL OR coalesce(p.unit_id, pc.unit_id, c.unit_id) IN (SELECT id FROM scope)) inUnit
         FROM dossier_nominees n
         LEFT JOIN people p ON n.subject_type = 'person' AND p.id = n.subject_id
         LEFT JOIN collectives pc ON pc.id = p.collective_id
         LEFT JOIN collectives c ON n.subject_type = 'collective' AND c.id = n.subject_id
         LEFT JOIN units u ON u.id = coalesce(p.unit_id, pc.unit_id, c.unit_id)
        WHERE n.dossier_id = ?`,
    )
    .all(unit.u, dossierId) as { id: string; unitName: string | null; inUnit: number }[];
  for (const r of rows) out.set(r.id, { inUnit: r.inUnit === 1, unitName: r.unitName });
  return out;
}

/** "Nguyễn Văn A thuộc Xã Đông Hưng, không thuộc Xã Tân Phong …": the clerk's message. */
export const outsideMessage = (name: string, m: Membership, proposingUnitName: string) =>
  `${name} thuộc ${m.unitName ?? 'đơn vị khác'}, không thuộc ${proposingUnitName} hoặc đơn vị, tập thể trực thuộc; hồ sơ chỉ đề nghị cá nhân, tập thể do đơn vị mình quản lý. ` +
  'Hãy bỏ đối tượng này khỏi hồ sơ (đơn vị quản lý họ sẽ đề nghị), hoặc sửa đơn vị công tác trong danh mục nếu đã ghi sai.';
