import type { ReviewFigures } from '../../../src-shared/records';
import { ETHNICITY_CODES } from '../../../src-shared/catalog/ethnicities';
import { titleName } from '../../../src-shared/catalog/titles';
import { awardInPeriod, awardKindByName, periodRange, tallyFigures, type AwardFact, type RegisteredFact, type ReviewPeriod } from '../../../src-shared/rules/review';
import type { ServiceContext } from '../core';
import { awardDef } from '../dossiers';
import { requireInstallation } from '../installation';

// The figures of a period read from this installation's database: awards by their decision date
// (award history), the year's registrations against the titles recorded, the initiatives received
// and recognised, the inspections planned and done. Counting is pure (rules/review.ts).

interface AwardRow {
  subjectType: 'person' | 'collective'; code: string; name: string; year: number; decisionDate: string | null;
  gender: string | null; ethnicity: string | null; directLabor: number | null; remote: number | null; unitName: string | null;
}

const KINH = '01';

function minority(code: string | null): boolean | null {
  if (!code || !ETHNICITY_CODES.includes(code)) return null;
  return code !== KINH;
}

const yesNo = (v: number | null) => (v === null || v === undefined ? null : v === 1);

function awardKind(ctx: ServiceContext, code: string, name: string, year: number): 'title' | 'form' {
  if (code) {
    try {
      const def = awardDef(ctx, code, `${year}-12-31`);
      if (def) return def.kind === 'title' ? 'title' : 'form';
    } catch {
      // No rule set for that date: decided by the name below.
    }
  }
  return awardKindByName(name);
}

export function awardFacts(ctx: ServiceContext, year: number, period: ReviewPeriod): AwardFact[] {
  const r = periodRange(year, period);
  const rows = ctx.sqlite
    .prepare(
      `SELECT h.subject_type subjectType, h.award_code code, h.award_name name, h.year, h.decision_date decisionDate,
              p.gender, p.ethnicity, p.direct_labor directLabor, p.remote_area remote,
              coalesce(pc.name, pu.name, c.name) unitName
         FROM award_history h
         LEFT JOIN people p ON h.subject_type = 'person' AND p.id = h.subject_id
         LEFT JOIN collectives pc ON pc.id = p.collective_id
         LEFT JOIN units pu ON pu.id = p.unit_id
         LEFT JOIN collectives c ON h.subject_type = 'collective' AND c.id = h.subject_id
        WHERE h.deleted = 0 AND ((h.decision_date BETWEEN @from AND @to) OR (h.decision_date IS NULL AND h.year = @year))`,
    )
    .all({ ...r, year }) as AwardRow[];
  // The catalogue is read once per award code and year, not once per award.
  const kinds = new Map<string, 'title' | 'form'>();
  const kindOf = (a: AwardRow) => {
    const key = a.code ? `${a.code}|${a.year}` : `|${a.name}`;
    if (!kinds.has(key)) kinds.set(key, awardKind(ctx, a.code, a.name, a.year));
    return kinds.get(key)!;
  };
  return rows
    .filter((a) => awardInPeriod(a, year, period))
    .map((a) => ({
      kind: kindOf(a), code: a.code, subjectType: a.subjectType, year: a.year, decisionDate: a.decisionDate, unitName: a.unitName,
      person: a.subjectType === 'person'
        ? { female: a.gender === 'female' ? true : a.gender === 'male' ? false : null, minority: minority(a.ethnicity), directLabor: yesNo(a.directLabor), remote: yesNo(a.remote) }
        : null,
    }));
}

/** The titles registered for the year (each person's, and each collective's or unit's own), achieved when the history has that title for that year. */
export function registeredFacts(ctx: ServiceContext, year: number): RegisteredFact[] {
  const me = requireInstallation(ctx);
  const has = ctx.sqlite.prepare(`SELECT 1 FROM award_history WHERE deleted = 0 AND subject_type = ? AND subject_id = ? AND award_code = ? AND year = ? LIMIT 1`);
  const entries = ctx.sqlite
    .prepare(
      `SELECT e.person_id personId, e.title FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
        WHERE r.deleted = 0 AND r.year = ? AND r.origin = ?`,
    )
    .all(year, me.unitCode) as { personId: string; title: string }[];
  const own = ctx.sqlite
    .prepare(`SELECT collective_id collectiveId, titles FROM registrations WHERE deleted = 0 AND year = ? AND origin = ?`)
    .all(year, me.unitCode) as { collectiveId: string | null; titles: string }[];
  return [
    ...entries.map((e) => ({ code: e.title, name: titleName(e.title), achieved: !!has.get('person', e.personId, e.title, year) })),
    ...own.flatMap((r) => (JSON.parse(r.titles) as string[]).map((t) => ({
      code: t, name: titleName(t), achieved: !!r.collectiveId && !!has.get('collective', r.collectiveId, t, year),
    }))),
  ];
}

export function reviewFiguresOf(ctx: ServiceContext, year: number, period: ReviewPeriod): ReviewFigures {
  const me = requireInstallation(ctx);
  const r = periodRange(year, period);
  const one = (sql: string, args: Record<string, unknown>) => (ctx.sqlite.prepare(sql).get(args) as { n: number }).n;
  const args = { ...r, year, me: me.unitCode };
  return tallyFigures({
    awards: awardFacts(ctx, year, period),
    registered: registeredFacts(ctx, year),
    initiatives: {
      applied: one(`SELECT count(*) n FROM initiatives WHERE deleted = 0 AND origin = @me AND received_on BETWEEN @from AND @to`, args),
      recognised: one(`SELECT count(*) n FROM initiatives WHERE deleted = 0 AND origin = @me AND status = 'recognised' AND recognised_on BETWEEN @from AND @to`, args),
    },
    inspections: {
      planned: one(`SELECT count(*) n FROM inspections WHERE deleted = 0 AND origin = @me AND year = @year`, args),
      done: one(`SELECT count(*) n FROM inspections WHERE deleted = 0 AND origin = @me AND year = @year AND status = 'finished' AND substr(finished_at, 1, 10) BETWEEN @from AND @to`, args),
    },
  });
}
