import { describe, expect, it } from 'vitest';
import { initializedHost } from '../helpers';

// FIXED_NOW is in 2026: "this year" is 2026.
async function setup() {
  const { h } = await initializedHost();
  const make = (year: number, title: string) =>
    h.call('dossiers.create', { year, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title });
  const old = await make(2024, 'Hồ sơ 2024 đã có quyết định');
  const lastYear = await make(2025, 'Hồ sơ 2025 còn dở');
  const declined = await make(2025, 'Hồ sơ 2025 không đủ điều kiện');
  const returned = await make(2023, 'Hồ sơ 2023 bị trả lại');
  const thisYear = await make(2026, 'Hồ sơ 2026');
  const decidedThisYear = await make(2026, 'Hồ sơ 2026 đã có quyết định');
  const setStatus = (id: string, status: string) =>
    h.context().sqlite
      .prepare(`INSERT INTO record_status (record_type, record_id, status, updated_at) VALUES ('dossier', ?, ?, '2026-02-01T00:00:00Z')`)
      .run(id, status);
  setStatus(old.id, 'decided');
  setStatus(declined.id, 'declined');
  setStatus(returned.id, 'returned');
  setStatus(decidedThisYear.id, 'decided');
  return { h, old, lastYear, declined, returned, thisYear, decidedThisYear };
}

describe('dossiers.list: open work', () => {
  it('shows every unfinished dossier whatever its year, plus this year’s, and hides finished ones of earlier years', async () => {
    const { h } = await setup();
    const open = await h.call('dossiers.list', { year: null, open: true, query: '', offset: 0, limit: 100 });
    expect(open.items.map((d) => d.title).sort()).toEqual(['Hồ sơ 2023 bị trả lại', 'Hồ sơ 2025 còn dở', 'Hồ sơ 2026', 'Hồ sơ 2026 đã có quyết định'].sort());
    expect(open.total).toBe(4);
  });

  it('"all years" and one year are unchanged; open work ignores the year and still searches', async () => {
    const { h } = await setup();
    expect((await h.call('dossiers.list', { year: null, open: false, query: '', offset: 0, limit: 100 })).total).toBe(6);
    expect((await h.call('dossiers.list', { year: 2025, open: false, query: '', offset: 0, limit: 100 })).total).toBe(2);
    expect((await h.call('dossiers.list', { year: 2024, open: true, query: '', offset: 0, limit: 100 })).total).toBe(4);
    const found = await h.call('dossiers.list', { year: null, open: true, query: 'dở', offset: 0, limit: 100 });
    expect(found.items.map((d) => d.title)).toEqual(['Hồ sơ 2025 còn dở']);
  });

  it('pages open work by keyset without losing or repeating a dossier', async () => {
    const { h } = await setup();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = await h.call('dossiers.list', { year: null, open: true, query: '', offset: 0, limit: 1, after });
      seen.push(...page.items.map((d) => d.id));
      after = page.next;
    } while (after);
    expect(new Set(seen).size).toBe(4);
    expect(seen).toHaveLength(4);
  });
});

describe('initiatives.list: open work', () => {
  it('keeps an application not yet answered from last year, drops an answered one, keeps this year’s', async () => {
    const { h, inst } = await initializedHost();
    const an = await h.call('people.create', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', gender: 'male', birthYear: 1980, unitId: inst.unitId });
    const make = (year: number, title: string) => h.call('initiatives.create', { title, year, authors: [{ personId: an.id, share: 100 }] });
    const waiting = await make(2025, 'Sáng kiến 2025 chờ trả lời');
    const answered = await make(2025, 'Sáng kiến 2025 đã công nhận');
    await make(2026, 'Sáng kiến 2026');
    await h.call('initiatives.receive', { id: waiting.id, receivedOn: '2025-12-20' });
    h.context().sqlite.prepare(`UPDATE initiatives SET status = 'recognised' WHERE id = ?`).run(answered.id);
    const list = (q: { year: number | null; open: boolean }) => h.call('initiatives.list', { ...q, roundId: null, status: null, query: '', offset: 0, limit: 100 });
    expect((await list({ year: null, open: true })).items.map((i) => i.title).sort()).toEqual(['Sáng kiến 2025 chờ trả lời', 'Sáng kiến 2026']);
    expect((await list({ year: null, open: false })).total).toBe(3);
    expect((await list({ year: 2025, open: false })).total).toBe(2);
  });
});

describe('registrations.list: open work', () => {
  // One movement per registration, so that none is a duplicate of another.
  async function setup() {
    const { h, inst } = await initializedHost();
    const sqlite = h.context().sqlite;
    const make = async (year: number, name: string, status: string | null) => {
      const movement = await h.call('movements.create', { name, kind: 'thematic', year });
      const { registration } = await h.call('registrations.create', {
        year, movementId: movement.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDXS'], commitments: [],
        registeredOn: `${year}-03-10`, signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã',
      });
      if (status) {
        sqlite.prepare(`INSERT INTO record_status (record_type, record_id, status, updated_at) VALUES ('registration', ?, ?, '2026-02-01T00:00:00Z')`).run(registration.id, status);
      }
      return registration;
    };
    await make(2025, 'Phong trào 2025 chưa gửi', null);
    await make(2025, 'Phong trào 2025 đã xét, chưa gửi', 'ready');
    await make(2024, 'Phong trào 2024 đã gửi', 'sent');
    await make(2023, 'Phong trào 2023 bị trả lại', 'returned');
    await make(2024, 'Phong trào 2024 đã tiếp nhận', 'received');
    await make(2026, 'Phong trào 2026 đã gửi', 'sent');
    await make(2026, 'Phong trào 2026 nháp', null);
    // Received from a commune below: its work, done once it arrived, whatever its status here.
    const received = await make(2025, 'Phong trào 2025 nhận từ xã khác', null);
    sqlite.prepare(`UPDATE registrations SET origin = 'XA-KHAC' WHERE id = ?`).run(received.id);
    const list = (q: { year: number | null; open: boolean; query?: string }, after: string | null = null, limit = 100) =>
      h.call('registrations.list', { movementId: null, query: '', offset: 0, limit, after, ...q });
    return { h, list };
  }

  it('shows this unit’s registrations not yet sent (or returned) whatever their year, plus this year’s; hides sent and received ones of earlier years', async () => {
    const { list } = await setup();
    const open = await list({ year: null, open: true });
    expect(open.items.map((r) => r.movementName).sort()).toEqual(
      ['Phong trào 2023 bị trả lại', 'Phong trào 2025 chưa gửi', 'Phong trào 2025 đã xét, chưa gửi', 'Phong trào 2026 nháp', 'Phong trào 2026 đã gửi'].sort(),
    );
    expect(open.total).toBe(5);
    // Newest year first, as in every other scope.
    expect(open.items.map((r) => r.year)).toEqual([2026, 2026, 2025, 2025, 2023]);
  });

  it('"all years" and one year are unchanged; open work ignores the year and still searches', async () => {
    const { list } = await setup();
    expect((await list({ year: null, open: false })).total).toBe(8);
    expect((await list({ year: 2025, open: false })).total).toBe(3);
    expect((await list({ year: 2024, open: true })).total).toBe(5);
    expect((await list({ year: null, open: true, query: 'xã khác' })).total).toBe(0);
  });

  it('pages open work by keyset without losing or repeating a registration', async () => {
    const { list } = await setup();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = await list({ year: null, open: true }, after, 2);
      seen.push(...page.items.map((r) => r.id));
      after = page.next;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});
