import { awardRecord, movementRecord, type MovementFact, type StatRecord, type StatTemplate } from '../../../src-shared/rules';
import type { ServiceContext } from '../core';
import { catalogue } from '../dossiers';

/**
 * What the forms count, read from the database: the award history of a report year (by the year
 * of the decision, or the award's year when the decision has no date) with its recipient's unit,
 * kind and position; and the movements launched that year. One query each, then pure rules.
 */

/** An award of the history as the records list of a cell shows it. */
export interface AwardLine {
  id: string;
  subjectType: string;
  subjectId: string;
  subjectName: string;
  unitName: string;
  awardName: string;
  category: string;
  decisionNumber: string;
  decisionDate: string | null;
  year: number;
}

export interface AwardRow extends AwardLine {
  awardCode: string;
  collectiveKind: string | null;
  unitId: string | null;
  position: string;
  directLabor: number;
}

/** SQL for the report year of an award: the decision's year, else the award's. */
export const REPORT_YEAR_SQL = `coalesce(CAST(substr(h.decision_date, 1, 4) AS INTEGER), h.year)`;

export function awardRows(ctx: ServiceContext, year: number): AwardRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT h.id, h.subject_type subjectType, h.subject_id subjectId, h.award_code awardCode, h.award_name awardName, h.category,
              h.decision_number decisionNumber, h.decision_date decisionDate, h.year,
              coalesce(p.full_name, c.name, '') subjectName, c.kind collectiveKind, coalesce(p.unit_id, c.unit_id) unitId,
              coalesce(u.name, '') unitName, coalesce(p.position, '') position, coalesce(p.direct_labor, 0) directLabor
         FROM award_history h
         LEFT JOIN people p ON h.subject_type = 'person' AND p.id = h.subject_id
         LEFT JOIN collectives c ON h.subject_type = 'collective' AND c.id = h.subject_id
         LEFT JOIN units u ON u.id = coalesce(p.unit_id, c.unit_id)
        WHERE h.deleted = 0 AND ${REPORT_YEAR_SQL} = ?
        ORDER BY coalesce(u.name, ''), subjectName, h.award_name`,
    )
    .all(year) as AwardRow[];
}

export function awardRecords(ctx: ServiceContext, t: StatTemplate, rows: AwardRow[]): { records: StatRecord[]; labels: Record<string, string> } {
  const household = new Set(catalogue(ctx).ruleSets.flatMap((rs) => rs.awards).filter((a) => a.subject === 'household').map((a) => a.code));
  const labels: Record<string, string> = {};
  const records = rows.map((r) => {
    if (r.unitId) labels[r.unitId] = r.unitName;
    return awardRecord(t.personGroups, { ...r, householdAward: household.has(r.awardCode), directLabor: !!r.directLabor });
  });
  return { records, labels };
}

export interface MovementLine {
  id: string;
  name: string;
  kind: string;
  launchedByName: string;
  startDate: string | null;
  endDate: string | null;
  level: MovementFact['level'];
}

const CENTRAL = /(chính phủ|thủ tướng|trung ương|toàn quốc|quốc hội|chủ tịch nước|bộ nội vụ)/iu;

export function movementRows(ctx: ServiceContext, year: number): MovementLine[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT m.id, m.name, m.kind, m.launched_by_name launchedByName, m.start_date startDate, m.end_date endDate, u.level unitLevel
         FROM movements m LEFT JOIN units u ON u.code = m.launched_by_code
        WHERE m.deleted = 0 AND m.year = ? ORDER BY m.name_folded`,
    )
    .all(year) as (Omit<MovementLine, 'level'> & { unitLevel: string | null })[];
  return rows.map(({ unitLevel, ...m }) => ({
    ...m,
    level: unitLevel === 'province' ? 'tinh' : !unitLevel && CENTRAL.test(m.launchedByName) ? 'trung-uong' : 'co-so',
  }));
}

export const movementRecords = (rows: MovementLine[]): StatRecord[] => rows.map(movementRecord);
