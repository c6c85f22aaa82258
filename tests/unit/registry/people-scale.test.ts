import { describe, expect, it } from 'vitest';
import { SEARCH_COUNT_CAP } from '../../../src-shared/api';
import { seedPeople } from '../../bench/seed';
import { testHost } from '../helpers';

/** A province-sized list in small: 4,000 people with demo-like names (a third Nguyễn). */
async function province() {
  const h = testHost();
  await h.call('setup.init', { unit: { code: 'T01', name: 'Tỉnh Thử', level: 'province' }, parent: null, clerkName: 'Cán bộ' });
  seedPeople(h.context().sqlite, 4000, { unitId: null, origin: 'T01' });
  return h;
}

describe('people at scale: type-ahead, keyset pages', () => {
  it('a common name: the first page at once, counted up to the cap ("hơn 1.000"), exactly when asked', async () => {
    const h = await province();
    const exact = h.context().sqlite
      .prepare(`SELECT count(*) n FROM people WHERE search_text LIKE 'nguyen %' OR search_text LIKE '% nguyen %' OR search_text LIKE '% nguyen'`)
      .get() as { n: number };
    expect(exact.n).toBeGreaterThan(SEARCH_COUNT_CAP);
    const quick = await h.call('people.search', { query: 'nguyen', limit: 50 });
    expect(quick).toMatchObject({ total: SEARCH_COUNT_CAP, totalExact: false });
    expect(quick.items).toHaveLength(50);
    expect(quick.items.every((p) => p.fullName.includes('Nguyễn'))).toBe(true);
    const counted = await h.call('people.search', { query: 'nguyen', limit: 50, exactCount: true });
    expect(counted).toMatchObject({ total: exact.n, totalExact: true });
    // The same first page either way, in name order (given name first).
    expect(counted.items.map((p) => p.id)).toEqual(quick.items.map((p) => p.id));
    const keys = quick.items.map((p) => [p.givenName, p.middleName, p.familyName].join(' '));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'vi')));
    // A rare name is counted exactly without asking.
    expect(await h.call('people.search', { query: 'nguyen van an', limit: 50 })).toMatchObject({ totalExact: true });
  });

  it('keyset pages (after = next) walk the whole list in the same order as offsets, with or without a query', async () => {
    const h = await province();
    for (const query of ['', 'nguyen', 'thi lan']) {
      const byOffset: string[] = [];
      for (let offset = 0; ; offset += 400) {
        const r = await h.call('people.search', { query, offset, limit: 400 });
        byOffset.push(...r.items.map((p) => p.id));
        if (r.items.length < 400) break;
      }
      const byKeyset: string[] = [];
      let after: string | null = null;
      do {
        const r: { items: { id: string }[]; next: string | null } = await h.call('people.search', { query, after, limit: 400 });
        byKeyset.push(...r.items.map((p) => p.id));
        after = r.next;
      } while (after);
      expect(byKeyset).toEqual(byOffset);
      expect(new Set(byKeyset).size).toBe(byKeyset.length);
      expect(byKeyset.length).toBe((await h.call('people.search', { query, exactCount: true })).total);
    }
    const bad = await h.fail('people.search', { query: '', after: 'không-phải-vị-trí' });
    expect(bad.code).toBe('BAD_CURSOR');
  });

  it('the ordered page reads an index: no full scan, no sort of the whole list (EXPLAIN QUERY PLAN)', async () => {
    const h = await province();
    const sqlite = h.context().sqlite;
    const unit = (await h.call('units.list', { query: '', level: null, parentId: null, includeInactive: true })).items[0]!.id;
    // The statements people.search really prepares, each explained with its own arguments.
    const seen: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => (seen.push(source), prepare(source))) as typeof sqlite.prepare;
    const second = (await h.call('people.search', { query: '', limit: 100 })).next!;
    const calls = [
      { query: '', limit: 100 },
      { query: '', offset: 2000, limit: 100 },
      { query: '', after: second, limit: 100 },
      { query: 'nguyen', limit: 100 },
      { query: 'nguyen', after: second, limit: 100 },
      { query: '', unitId: unit, after: second, limit: 100 },
    ];
    for (const input of calls) {
      seen.length = 0;
      await h.call('people.search', input);
      const page = seen.find((s) => s.includes('ORDER BY p.sort_key'))!;
      // The plan does not depend on the values: every parameter gets the same word.
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${page}`).all(...Array.from(page.matchAll(/\?/g), () => 'x')) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      expect(plan, JSON.stringify(input)).toMatch(/SEARCH p USING (COVERING )?INDEX people_(list|unit)_idx/);
      expect(plan, JSON.stringify(input)).not.toMatch(/SCAN p\b|TEMP B-TREE/);
    }
  });
});
