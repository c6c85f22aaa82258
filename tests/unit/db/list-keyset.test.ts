import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiName } from '../../../src-shared/api';
import { initializedHost, type TestHost } from '../helpers';

/**
 * Keyset paging of the long lists: walking a list of a few hundred rows by `next`/`after`, in
 * pages of 7, gives every row exactly once and in the list's order, also where many rows share
 * the sort key (same name, same year and time); the old offset paging still answers the same.
 */
const N = 300;

/** Copies of a row with a new id and the given columns changed, straight into the table. */
function clone(sqlite: Database.Database, table: string, idColumn: string, id: string, vary: (i: number) => Record<string, unknown>) {
  const seed = sqlite.prepare(`SELECT * FROM ${table} WHERE ${idColumn} = ?`).get(id) as Record<string, unknown>;
  const cols = Object.keys(seed);
  const insert = sqlite.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  sqlite.transaction(() => {
    for (let i = 1; i < N; i++) insert.run({ ...seed, [idColumn]: crypto.randomUUID(), ...vary(i) });
  })();
}

type Page = { total: number; items: Record<string, unknown>[]; next: string | null };

async function walk(h: TestHost, name: ApiName, input: Record<string, unknown>, key: (r: Record<string, unknown>) => string) {
  const seen: Record<string, unknown>[] = [];
  let after: string | null = null;
  let calls = 0;
  do {
    const page = (await h.call(name, { ...input, limit: 7, after } as never)) as Page;
    expect(page.items.length).toBeLessThanOrEqual(7);
    seen.push(...page.items);
    after = page.next;
    expect(++calls).toBeLessThan(N);
  } while (after);
  const byOffset = (await h.call(name, { ...input, offset: 0, limit: 500 } as never)) as Page;
  const ids = seen.map((r) => String(r.id ?? r.packageId));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(byOffset.items.map((r) => String(r.id ?? r.packageId)));
  expect(ids.length).toBe(byOffset.total);
  // In the list's order: the sort keys never go back, ties included.
  const keys = seen.map(key);
  expect(keys).toEqual([...keys].sort());
  // The offset paging of old callers gives the same rows at the same place.
  const middle = (await h.call(name, { ...input, offset: 140, limit: 7 } as never)) as Page;
  expect(middle.items.map((r) => r.id ?? r.packageId)).toEqual(ids.slice(140, 147));
  return seen;
}

const desc = (n: number) => String(9999 - n).padStart(4, '0');

describe('keyset paging of the long lists', () => {
  it('collectives.list: same names many times over', async () => {
    const { h, inst } = await initializedHost();
    const c = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
    const names = ['Thôn Đông', 'Thôn Bắc', 'Tổ dân phố 1', 'Đội sản xuất'];
    clone(h.context().sqlite, 'collectives', 'id', c.id, (i) => ({ name: names[i % 4], name_folded: ['thon dong', 'thon bac', 'to dan pho 1', 'doi san xuat'][i % 4] }));
    const rows = await walk(h, 'collectives.list', { query: '', unitId: null }, (r) => String(r.name).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase());
    expect(rows).toHaveLength(N);
    await walk(h, 'collectives.list', { query: 'thon', unitId: null }, (r) => String(r.name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });

  it('dossiers.list: newest year first, many with the same year and time', async () => {
    const { h } = await initializedHost();
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ CSTĐCS' });
    clone(h.context().sqlite, 'dossiers', 'id', d.id, (i) => ({ year: 2023 + (i % 3), updated_at: `2026-03-0${1 + (i % 2)}T00:00:00.000Z` }));
    const rows = await walk(h, 'dossiers.list', { year: null, query: '' }, (r) => `${desc(r.year as number)} ${desc(Date.parse(String(r.updatedAt)) / 1e9)}`);
    expect(rows).toHaveLength(N);
    await walk(h, 'dossiers.list', { year: 2024, query: '' }, (r) => desc(Date.parse(String(r.updatedAt)) / 1e9));
  });

  it('registrations.list: year down, origin and registrant up, with ties', async () => {
    const { h, inst } = await initializedHost();
    const m = await h.call('movements.create', { name: 'Thi đua yêu nước', kind: 'regular', year: 2026 });
    const { registration } = await h.call('registrations.create', {
      year: 2026, movementId: m.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDTT'], registeredOn: '2026-03-01',
    });
    clone(h.context().sqlite, 'registrations', 'id', registration.id, (i) => ({
      year: 2024 + (i % 3), origin: ['XA-TP', 'XA-AB'][i % 2], registrant_name: ['Xã Tân Phong', 'Thôn Đông', 'Trường Mầm non'][i % 5 % 3],
    }));
    const rows = await walk(h, 'registrations.list', { year: null, movementId: null, query: '' }, (r) => `${desc(r.year as number)} ${String(r.origin)} ${String(r.registrantName)}`);
    expect(rows).toHaveLength(N);
    await walk(h, 'registrations.list', { year: 2025, movementId: null, query: 'th' }, (r) => `${String(r.origin)} ${String(r.registrantName)}`);
  });

  it('initiatives.list: newest year first, many created at the same time', async () => {
    const { h, inst } = await initializedHost();
    const an = await h.call('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthDate: '1980-05-01', unitId: inst.unitId });
    const [dot1] = await h.call('initiatives.createDefaultRounds', { year: 2026 });
    const i0 = await h.call('initiatives.create', {
      title: 'Số hóa sổ hộ tịch', year: 2026, roundId: dot1!.id, investor: 'UBND xã', field: 'Hộ tịch', problem: 'Chậm', description: 'Bảng tính',
      firstAppliedOn: '2026-01-05', authors: [{ personId: an.id, share: 100 }],
    } as never) as unknown as { initiative?: { id: string }; id?: string };
    const id = i0.initiative?.id ?? i0.id!;
    clone(h.context().sqlite, 'initiatives', 'id', id, (i) => ({ year: 2024 + (i % 3), created_at: `2026-02-0${1 + (i % 2)}T00:00:00.000Z` }));
    const rows = await walk(h, 'initiatives.list', { year: null, roundId: null, status: null, query: '' }, (r) => desc(r.year as number));
    expect(rows).toHaveLength(N);
  });

  it('exchange.packages: last processed first, ties on time and number', async () => {
    const { h } = await initializedHost();
    const sqlite = h.context().sqlite;
    const insert = sqlite.prepare(`INSERT INTO packages (package_id, direction, kind, sender_code, sender_name, sender_key_id, recipient_code, sequence, created_at, processed_at, result, counts)
                                   VALUES (?, ?, 'records', 'XA-AB', 'Xã A', 'k', 'XA-TP', ?, '2026-03-01T00:00:00.000Z', ?, 'applied', '{}')`);
    for (let i = 0; i < N; i++) insert.run(crypto.randomUUID(), i % 2 ? 'in' : 'out', i % 4, `2026-03-0${1 + (i % 3)}T00:00:00.000Z`);
    const key = (r: Record<string, unknown>) => `${desc(Date.parse(String(r.processedAt)) / 1e9)} ${desc(r.sequence as number)}`;
    expect(await walk(h, 'exchange.packages', { direction: null }, key)).toHaveLength(N);
    expect(await walk(h, 'exchange.packages', { direction: 'in' }, key)).toHaveLength(N / 2);
  });

  it('a cursor that is not one is refused in Vietnamese', async () => {
    const { h } = await initializedHost();
    for (const after of ['abc', Buffer.from('["x",1]').toString('base64url')]) {
      const err = await h.fail('dossiers.list', { year: null, query: '', offset: 0, limit: 10, after });
      expect(err.message).toBe('Vị trí trang danh sách không hợp lệ; hãy tải lại danh sách.');
    }
  });
});
