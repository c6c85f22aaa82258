import { describe, expect, it } from 'vitest';
import { initializedHost, testHost } from '../helpers';

const personDraft = { fullName: 'Nguyễn Văn Bìn', givenName: 'Bìn', phone: '0912' };

describe('drafts', () => {
  it('keeps a form’s draft in the database, replaces it on each save, and clears it', async () => {
    const { h } = await initializedHost();
    expect(await h.call('drafts.get', { key: 'person:new' })).toBeNull();
    await h.call('drafts.save', { key: 'person:new', label: 'Thêm cá nhân', value: personDraft });
    await h.call('drafts.save', { key: 'person:new', label: 'Thêm cá nhân', value: { ...personDraft, givenName: 'Bình' } });
    const d = await h.call('drafts.get', { key: 'person:new' });
    expect(d).toMatchObject({ key: 'person:new', label: 'Thêm cá nhân', baseRev: null, value: { ...personDraft, givenName: 'Bình' } });
    expect(d!.savedAt).toBe('2026-03-15T01:00:00.000Z');
    expect(h.context().sqlite.prepare('SELECT count(*) n FROM drafts').get()).toEqual({ n: 1 });
    // Drafts are scratch copies, not records: no audit row per pause in typing.
    expect(h.context().sqlite.prepare(`SELECT count(*) n FROM audit WHERE entity LIKE 'draft%'`).get()).toEqual({ n: 0 });
    await h.call('drafts.clear', { key: 'person:new' });
    expect(await h.call('drafts.get', { key: 'person:new' })).toBeNull();
  });

  it('survives the program being closed: a new host on the same folder reads the draft back', async () => {
    const { h } = await initializedHost();
    const id = '9b2f6a52-1f5e-4a53-9d0e-2f6f0f0b2c11';
    await h.call('drafts.save', { key: `person:${id}`, label: 'Sửa thông tin cá nhân', value: personDraft, baseRev: 3 });
    h.close();
    const again = testHost({ dataDir: h.dataDir });
    expect(await again.call('drafts.get', { key: `person:${id}` })).toMatchObject({ value: personDraft, baseRev: 3 });
    expect(await again.call('drafts.list', {})).toEqual([
      { key: `person:${id}`, label: 'Sửa thông tin cá nhân', baseRev: 3, savedAt: '2026-03-15T01:00:00.000Z' },
    ]);
    again.close();
  });

  it('refuses a malformed key or an oversized draft with a Vietnamese message and keeps the old one', async () => {
    const { h } = await initializedHost();
    await h.call('drafts.save', { key: 'person:new', label: 'Thêm cá nhân', value: personDraft });
    const bad = await h.fail('drafts.save', { key: "person'; DROP TABLE drafts; --", label: 'x', value: 1 });
    expect(bad.message).toMatch(/Mã bản nháp không hợp lệ/);
    const big = await h.fail('drafts.save', { key: 'person:new', label: 'Thêm cá nhân', value: 'x'.repeat(1_000_001) });
    expect(big.message).toMatch(/Bản nháp quá lớn/);
    expect((await h.call('drafts.get', { key: 'person:new' }))!.value).toEqual(personDraft);
  });
});
