import { cleanText, fold, joinFullName } from '../../../src-shared/text';
import type { ServiceContext } from '../core';

export interface SamePersonQuery {
  familyName: string;
  middleName: string;
  givenName: string;
  birthDate: string | null;
  birthYear: number | null;
  unitId: string | null;
  /** The person being edited, who is not their own duplicate. */
  excludeId: string | null;
}

/**
 * A person already in the list with the same full name, the same birth (the same date, or the
 * same year when either side knows only the year) and the same unit: asked while the clerk
 * fills "Thêm cá nhân", so the same person is not added twice. Namesakes born on other days,
 * or in another unit, are other people. Uses people_match_idx (search_text, birth_year).
 */
export function findSamePerson(ctx: ServiceContext, q: SamePersonQuery): { id: string; fullName: string; birthDate: string | null; birthYear: number | null; unitName: string | null } | null {
  const name = joinFullName({ familyName: cleanText(q.familyName), middleName: cleanText(q.middleName), givenName: cleanText(q.givenName) });
  const year = q.birthDate ? Number(q.birthDate.slice(0, 4)) : q.birthYear;
  if (!fold(name) || !year) return null;
  const row = ctx.sqlite
    .prepare(
      `SELECT p.id, p.full_name fullName, p.birth_date birthDate, p.birth_year birthYear, u.name unitName
         FROM people p LEFT JOIN units u ON u.id = p.unit_id
        WHERE p.search_text = ? AND p.birth_year = ? AND p.deleted = 0 AND coalesce(p.unit_id, '') = coalesce(?, '')
          AND (? IS NULL OR p.birth_date IS NULL OR p.birth_date = ?) AND p.id <> coalesce(?, '')
        LIMIT 1`,
    )
    .get(fold(name), year, q.unitId, q.birthDate, q.birthDate, q.excludeId);
  return (row as ReturnType<typeof findSamePerson>) ?? null;
}
