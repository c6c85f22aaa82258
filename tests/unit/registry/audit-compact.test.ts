import { describe, expect, it } from 'vitest';
import { auditDiff } from '../../../src-main/services/core';
import { initializedHost, person } from '../helpers';

describe('audit rows: compact and complete', () => {
  it('a creation keeps the whole row; each change keeps only the fields that differ, before and after', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ position: 'Công chức' }));
    await h.call('people.update', { ...person({ position: 'Chủ tịch UBND xã' }), id: p.id });
    await h.call('people.update', { ...person({ position: 'Chủ tịch UBND xã', givenName: 'Bình' }), id: p.id });
    await h.call('people.delete', { id: p.id });
    const rows = (h.context().sqlite.prepare(`SELECT action, before, after FROM audit WHERE entity = 'person' AND entity_id = ? ORDER BY seq`).all(p.id) as {
      action: string; before: string | null; after: string;
    }[]).map((r) => ({ action: r.action, before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>), after: JSON.parse(r.after) as Record<string, unknown> }));
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'delete']);
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after).toMatchObject({ id: p.id, familyName: 'Nguyễn', givenName: 'An', position: 'Công chức', rev: 1 });
    // The test clock stands still, so updatedAt did not change and is not there either.
    expect(Object.keys(rows[1]!.after).sort()).toEqual(['position', 'rev']);
    expect(rows[1]!.before).toMatchObject({ position: 'Công chức', rev: 1 });
    expect(rows[2]!.after).toMatchObject({ givenName: 'Bình', fullName: 'Nguyễn Văn Bình', rev: 3 });
    expect(rows[2]!.before).toMatchObject({ givenName: 'An', fullName: 'Nguyễn Văn An', rev: 2 });
    expect(rows[2]!.after).not.toHaveProperty('position');
    expect(rows[3]!.after).toMatchObject({ deleted: true, rev: 4 });

    // Replaying the trail rebuilds the row as it is in the table.
    const replayed = rows.reduce<Record<string, unknown>>((row, r) => ({ ...row, ...r.after }), {});
    const stored = h.context().sqlite.prepare('SELECT given_name, position, rev, deleted, updated_at FROM people WHERE id = ?').get(p.id) as Record<string, unknown>;
    expect(replayed).toMatchObject({ givenName: stored.given_name, position: stored.position, rev: stored.rev, deleted: stored.deleted === 1, updatedAt: stored.updated_at });
  });

  it('auditDiff: objects compared field by field (nested values as a whole); anything else kept as given', () => {
    expect(auditDiff({ a: 1, b: { x: 1 }, c: 'same' }, { a: 2, b: { x: 1 }, c: 'same', d: null })).toEqual({ before: { a: 1 }, after: { a: 2, d: null } });
    expect(auditDiff(undefined, { a: 1 })).toEqual({ before: undefined, after: { a: 1 } });
    expect(auditDiff([1], [2])).toEqual({ before: [1], after: [2] });
  });
});
