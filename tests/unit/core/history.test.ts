import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

describe('record history (audit read back) and restoring an earlier version', () => {
  it('lists who changed what, field by field, newest first', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ position: 'Cán bộ' }));
    await h.call('setup.setClerk', { clerkName: 'Lò Văn Minh' });
    await h.call('people.update', { ...person({ givenName: 'Bình', position: 'Trưởng thôn' }), id: p.id });
    const { entries, canRestore } = await h.call('history.list', { type: 'person', id: p.id });
    expect(canRestore).toBe(true);
    expect(entries.map((e) => [e.action, e.actor, e.rev])).toEqual([
      ['update', 'Lò Văn Minh', 2],
      ['create', 'Nguyễn Thị Hoa', 1],
    ]);
    // The full name stands for họ/tên đệm/tên; search keys and bookkeeping are not shown.
    expect(entries[0]!.changes).toEqual([
      { field: 'fullName', before: 'Nguyễn Văn An', after: 'Nguyễn Văn Bình' },
      { field: 'position', before: 'Cán bộ', after: 'Trưởng thôn' },
    ]);
    expect(entries[1]!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['fullName', 'gender', 'birthDate', 'position']));
    expect(entries[1]!.changes.map((c) => c.field)).not.toContain('searchText');
  });

  it('puts back an earlier name as a new rev, audited, and searchable again', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ position: 'Cán bộ' }));
    await h.call('people.update', { ...person({ givenName: 'Bình', position: 'Trưởng thôn' }), id: p.id });
    const first = (await h.call('history.list', { type: 'person', id: p.id })).entries.at(-1)!;
    expect(await h.call('history.restore', { type: 'person', id: p.id, seq: first.seq })).toEqual({ rev: 3 });
    const back = await h.call('people.get', { id: p.id });
    expect(back).toMatchObject({ fullName: 'Nguyễn Văn An', givenName: 'An', position: 'Cán bộ', rev: 3 });
    expect((await h.call('people.search', { query: 'an' })).items.map((x) => x.id)).toEqual([p.id]);
    expect((await h.call('people.search', { query: 'binh' })).total).toBe(0);
    const newest = (await h.call('history.list', { type: 'person', id: p.id })).entries[0]!;
    expect(newest).toMatchObject({ action: 'update', rev: 3, restoredFrom: first.seq, note: 'restore' });
    expect(newest.changes).toContainEqual({ field: 'fullName', before: 'Nguyễn Văn Bình', after: 'Nguyễn Văn An' });
    // Restoring what is already there changes nothing.
    const again = await h.fail('history.restore', { type: 'person', id: p.id, seq: first.seq });
    expect(again.message).toMatch(/giống hệt phiên bản này/);
  });

  it('puts back a "chưa rõ" (null) yes/no as null, not as "không"', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ position: 'Cán bộ' }));
    expect((await h.call('people.get', { id: p.id })).remoteArea).toBeNull();
    await h.call('people.update', { ...person({ position: 'Cán bộ', remoteArea: true }), id: p.id });
    const first = (await h.call('history.list', { type: 'person', id: p.id })).entries.at(-1)!;
    await h.call('history.restore', { type: 'person', id: p.id, seq: first.seq });
    expect((await h.call('people.get', { id: p.id })).remoteArea).toBeNull();
    expect((await h.fail('history.restore', { type: 'person', id: p.id, seq: first.seq })).message).toMatch(/giống hệt phiên bản này/);
  });

  it('puts back a middle version whole although audit rows keep only the fields each change touched', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person({ position: 'Cán bộ' }));
    await h.call('people.update', { ...person({ givenName: 'Bình', position: 'Cán bộ' }), id: p.id });
    await h.call('people.update', { ...person({ givenName: 'Bình', position: 'Trưởng thôn' }), id: p.id });
    await h.call('people.update', { ...person({ givenName: 'Cường', position: 'Trưởng thôn' }), id: p.id });
    // The version after the first change: Bình, still Cán bộ (a later change moved the position).
    const middle = (await h.call('history.list', { type: 'person', id: p.id })).entries.at(-2)!;
    await h.call('history.restore', { type: 'person', id: p.id, seq: middle.seq });
    expect(await h.call('people.get', { id: p.id })).toMatchObject({ fullName: 'Nguyễn Văn Bình', position: 'Cán bộ', rev: 5 });
  });

  it('refuses received copies, deleted records and foreign versions, changing nothing', async () => {
    const { h } = await initializedHost();
    const p = await h.call('people.create', person());
    const q = await h.call('people.create', person({ givenName: 'Cúc', gender: 'female' }));
    await h.call('people.update', { ...person({ givenName: 'Bình' }), id: p.id });
    const seqOf = async (id: string) => (await h.call('history.list', { type: 'person', id })).entries.at(-1)!.seq;
    const pFirst = await seqOf(p.id);
    // A version of another record is not this record's version.
    const foreign = await h.fail('history.restore', { type: 'person', id: p.id, seq: await seqOf(q.id) });
    expect(foreign.message).toMatch(/Không tìm thấy phiên bản này/);
    // A copy received from another unit (origin elsewhere) is read-only here.
    h.context().sqlite.prepare(`UPDATE people SET origin = 'XA-KHAC' WHERE id = ?`).run(p.id);
    const before = h.snapshot();
    const list = await h.call('history.list', { type: 'person', id: p.id });
    expect(list).toMatchObject({ canRestore: false, reason: expect.stringMatching(/bản sao nhận từ đơn vị XA-KHAC/) });
    const received = await h.fail('history.restore', { type: 'person', id: p.id, seq: pFirst });
    expect(received).toMatchObject({ code: 'READ_ONLY' });
    expect(h.snapshot()).toBe(before);
    await h.call('people.delete', { id: q.id });
    const deleted = await h.fail('history.restore', { type: 'person', id: q.id, seq: await seqOf(q.id) });
    expect(deleted.message).toMatch(/đã bị xóa/);
    const bad = await h.fail('history.restore', { type: 'person', id: 'not-a-uuid', seq: 1 });
    expect(bad.message).toMatch(/Mã bản ghi không hợp lệ/);
  });

  it('refuses a version whose unit code now belongs to another unit, with a message', async () => {
    const { h } = await initializedHost();
    const u = await h.call('units.create', { code: 'THON-1', name: 'Thôn 1', level: 'commune', parentId: null });
    await h.call('units.update', { id: u.id, code: 'THON-1A', name: 'Thôn 1', level: 'commune', parentId: null });
    await h.call('units.create', { code: 'THON-1', name: 'Thôn Mới', level: 'commune', parentId: null });
    const first = (await h.call('history.list', { type: 'unit', id: u.id })).entries.at(-1)!;
    const clash = await h.fail('history.restore', { type: 'unit', id: u.id, seq: first.seq });
    expect(clash).toMatchObject({ code: 'CONFLICT' });
    expect((await h.call('units.get', { id: u.id })).code).toBe('THON-1A');
  });
});
