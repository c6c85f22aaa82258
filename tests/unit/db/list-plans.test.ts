import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

/**
 * Every long list's ordered page reads its order from an index: EXPLAIN QUERY PLAN of the
 * statements the list calls really prepare shows no sort of the whole table (TEMP B-TREE) and
 * no scan without an index. A province's lists run to tens of thousands of rows.
 */
/** A cursor as the services make them (base64url JSON of the last row's sort key). */
const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('list queries use their indexes (EXPLAIN QUERY PLAN)', () => {
  const CALLS: [name: string, input: Record<string, unknown>][] = [
    ['people.search', { query: '', offset: 0, limit: 100 }],
    ['collectives.list', { query: '', offset: 0, limit: 100 }],
    ['registrations.list', { year: null, movementId: null, query: '', offset: 0, limit: 100 }],
    ['registrations.list', { year: null, open: true, movementId: null, query: '', offset: 0, limit: 100 }],
    ['dossiers.list', { year: null, query: '', offset: 0, limit: 100 }],
    ['dossiers.list', { year: 2025, query: '', offset: 0, limit: 100 }],
    ['initiatives.list', { year: null, roundId: null, status: null, query: '', offset: 0, limit: 100 }],
    ['initiatives.list', { year: 2025, roundId: null, status: null, query: '', offset: 0, limit: 100 }],
    ['exchange.packages', { direction: null, offset: 0, limit: 50 }],
    ['exchange.packages', { direction: 'in', offset: 0, limit: 50 }],
    // The keyset pages (`after` = a page's `next`): a range of the same index, no sort either.
    ['collectives.list', { query: '', offset: 0, limit: 100, after: cursor(['thon dong', '00000000-0000-4000-8000-000000000000']) }],
    ['registrations.list', { year: null, movementId: null, query: '', offset: 0, limit: 100, after: cursor([2026, 'XA-TP', 'Xã Tân Phong', 7]) }],
    ['registrations.list', { year: 2026, movementId: null, query: '', offset: 0, limit: 100, after: cursor([2026, 'XA-TP', 'Xã Tân Phong', 7]) }],
    ['dossiers.list', { year: null, query: '', offset: 0, limit: 100, after: cursor([2025, '2026-03-01T00:00:00.000Z', 7]) }],
    ['dossiers.list', { year: 2025, query: '', offset: 0, limit: 100, after: cursor([2025, '2026-03-01T00:00:00.000Z', 7]) }],
    ['initiatives.list', { year: null, roundId: null, status: null, query: '', offset: 0, limit: 100, after: cursor([2025, '2026-03-01T00:00:00.000Z', 7]) }],
    ['initiatives.list', { year: 2025, roundId: null, status: null, query: '', offset: 0, limit: 100, after: cursor([2025, '2026-03-01T00:00:00.000Z', 7]) }],
    ['exchange.packages', { direction: null, offset: 0, limit: 50, after: cursor(['2026-03-01T00:00:00.000Z', 3, 7]) }],
    ['exchange.packages', { direction: 'in', offset: 0, limit: 50, after: cursor(['2026-03-01T00:00:00.000Z', 3, 7]) }],
  ];

  it.each(CALLS)('%s %j', async (name, input) => {
    const { h } = await initializedHost();
    const sqlite = h.context().sqlite;
    const seen: string[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => (seen.push(source), prepare(source))) as typeof sqlite.prepare;
    const r = await h.invoke(name, input);
    expect(r.ok).toBe(true);
    const pages = seen.filter((s) => /ORDER BY/.test(s) && /LIMIT \?/.test(s));
    expect(pages.length).toBeGreaterThan(0);
    if (input.after) expect(pages.every((p) => /\) [<>] \(\?/.test(p) || /year < \?/.test(p)), pages.join('\n')).toBe(true);
    for (const page of pages) {
      // The outer query's own steps (parent 0): per-row subqueries (an initiative's two authors in order) are small.
      const plan = (prepare(`EXPLAIN QUERY PLAN ${page}`).all(...Array.from(page.replace(/'[^']*'/g, '').matchAll(/\?/g), () => 1)) as { parent: number; detail: string }[])
        .filter((p) => p.parent === 0)
        .map((p) => p.detail)
        .join(' | ');
      expect(plan, page).not.toMatch(/TEMP B-TREE/);
      expect(plan, page).not.toMatch(/\bSCAN \w+(?! USING)( |$)/);
    }
  });
});
