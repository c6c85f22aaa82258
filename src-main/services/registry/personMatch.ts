import { fold } from '../../../src-shared/text';
import type { ServiceContext } from '../core';

export interface PersonMatch {
  personId: string;
  fullName: string;
  unitName: string | null;
}

export interface MatchQuery {
  line: number;
  fullName: string;
  birthYear: number | null;
  /** Where a warning about an ambiguous match is appended ("Dòng 8: có 2 người …"). */
  warnings?: string[];
}

/**
 * The registry people a row names: same folded full name (people.search_text) and, when a birth
 * year is given, the same birth year, among people not deleted; at most 10. Uses
 * people_match_idx (search_text, birth_year). Prepared once per call of peopleFinder.
 */
export function peopleFinder(ctx: ServiceContext): (fullName: string, birthYear: number | null) => PersonMatch[] {
  const withYear = ctx.sqlite.prepare(
    `SELECT p.id personId, p.full_name fullName, u.name unitName FROM people p INDEXED BY people_match_idx
     LEFT JOIN units u ON u.id = p.unit_id
     WHERE p.search_text = ? AND p.birth_year = ? AND p.deleted = 0 LIMIT 10`,
  );
  const nameOnly = ctx.sqlite.prepare(
    `SELECT p.id personId, p.full_name fullName, u.name unitName FROM people p INDEXED BY people_match_idx
     LEFT JOIN units u ON u.id = p.unit_id
     WHERE p.search_text = ? AND p.deleted = 0 LIMIT 10`,
  );
  const cache = new Map<string, PersonMatch[]>();
  return (fullName, birthYear) => {
    const key = fold(fullName);
    if (key === '') return [];
    const cacheKey = `${key}|${birthYear ?? ''}`;
    let found = cache.get(cacheKey);
    if (!found) {
      found = (birthYear === null ? nameOnly.all(key) : withYear.all(key, birthYear)) as PersonMatch[];
      cache.set(cacheKey, found);
    }
    return found;
  };
}

/**
 * Finds each row's person in the registry (peopleFinder). Exactly one candidate → that person;
 * none → null (a new person); two or more → null and a warning on the row, because guessing
 * between homonyms would attach an award to the wrong person.
 */
export function matchPeople(ctx: ServiceContext, rows: readonly MatchQuery[]): Map<number, PersonMatch | null> {
  const find = peopleFinder(ctx);
  const out = new Map<number, PersonMatch | null>();
  for (const row of rows) {
    const found = find(row.fullName, row.birthYear);
    if (found.length === 1) out.set(row.line, found[0] ?? null);
    else {
      out.set(row.line, null);
      if (found.length > 1) {
        const more = found.length >= 10 ? 'nhiều' : String(found.length);
        const same = row.birthYear === null ? 'trùng họ tên' : 'trùng họ tên và năm sinh';
        row.warnings?.push(`Dòng ${row.line}: có ${more} người ${same} trong danh sách cá nhân; chưa tự ghép được nên sẽ tạo người mới.`);
      }
    }
  }
  return out;
}
