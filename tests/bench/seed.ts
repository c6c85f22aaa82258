import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { fold, joinFullName, nameSortKey, type NameParts } from '../../src-shared/text';

// About 30 % Nguyễn, as in a Vietnamese province.
export const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Quang', 'Thanh', 'Kim', 'Xuân', 'Hồng'];
export const GIVEN = ['An', 'Anh', 'Bình', 'Chi', 'Cường', 'Dũng', 'Dung', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Yến'];

/** mulberry32: deterministic and well mixed (a plain LCG's low bits repeat in short cycles); next(m) is in [0, m). */
export function random(seed: number): (m: number) => number {
  let a = seed >>> 0;
  return (m: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * m) | 0;
  };
}

/**
 * Inserts `n` people straight into the table (one transaction, the same derived columns the
 * service writes), for benchmarks and large-list tests where going through the form would
 * take minutes. The FTS index is filled by the table's triggers as usual.
 */
export function seedPeople(
  sqlite: Database.Database,
  n: number,
  opts: { unitId: string | null; origin: string; special?: Record<number, NameParts> },
): void {
  const now = new Date().toISOString();
  const insert = sqlite.prepare(
    `INSERT INTO people (id, origin, rev, created_at, updated_at, deleted, family_name, middle_name, given_name, full_name,
       sort_key, search_text, gender, birth_date, birth_year, ethnicity, position, unit_id, direct_labor)
     VALUES (?, ?, 1, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, '01', '', ?, 0)`,
  );
  const next = random(20250701);
  sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const random = { familyName: FAMILY[next(FAMILY.length)]!, middleName: MIDDLE[next(MIDDLE.length)]!, givenName: GIVEN[next(GIVEN.length)]! };
      const parts = opts.special?.[i] ?? random;
      const full = joinFullName(parts);
      const year = 1950 + next(55);
      insert.run(
        crypto.randomUUID(), opts.origin, now, now, parts.familyName, parts.middleName, parts.givenName, full,
        nameSortKey(parts), fold(full), parts.middleName === 'Thị' || next(2) ? 'female' : 'male', `${year}-0${1 + next(9)}-1${next(9)}`, year, opts.unitId,
      );
    }
  })();
}
