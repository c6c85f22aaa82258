import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoHomeTasks } from '../../../src-main/exchange/demoWork';
import { generateDemo } from '../../../src-main/services/demo';
import { FIXED_NOW, initializedHost, tempDir, testHost } from '../helpers';

const DAY = 86_400_000;

// FIXED_NOW is 15/03/2026: the registration deadline 31/03 is 16 days away.

describe('home.tasks: what is due and overdue for this unit', () => {
  it('a commune with demo data: the returned dossier, the overdue and the soon initiative answers, the unsent registrations, the open inspection plan', async () => {
    const { h } = await initializedHost();
    await generateDemo(h.call, { people: 45 });
    await demoHomeTasks(h.context(), h.call);
    const r = await h.call('home.tasks', {});
    expect(r.today).toBe('2026-03-15');
    const byKind = (k: string) => r.tasks.filter((t) => t.kind === k);

    const [returned] = byKind('dossier');
    expect(returned).toMatchObject({ state: 'open', page: 'dossiers', title: 'Sửa và gửi lại hồ sơ "Đề nghị tặng Giấy khen đột xuất năm 2026"', year: 2026 });
    expect(returned!.detail).toContain('Thiếu biên bản họp');
    expect(h.context().sqlite.prepare(`SELECT status FROM record_status WHERE record_id = ?`).get(returned!.recordId)).toEqual({ status: 'returned' });

    const answers = byKind('initiative');
    // Last year's third application still waits for its third score sheet: long overdue too.
    expect(answers.map((t) => [t.state, t.title])).toEqual([
      ['overdue', 'Trả lời đơn sáng kiến "Lịch trực tiếp dân qua nhóm Zalo thôn"'],
      ['overdue', 'Trả lời đơn sáng kiến "Sổ theo dõi tiến độ giải quyết đơn thư của xã"'],
      ['soon', 'Trả lời đơn sáng kiến "Bản đồ số các hộ nghèo, cận nghèo của xã"'],
    ]);
    expect(answers[0]!.daysLeft).toBeLessThan(0);
    expect(answers.every((t) => t.page === 'initiatives' && t.recordId)).toBe(true);

    expect(byKind('registration')).toEqual([
      expect.objectContaining({ state: 'open', title: 'Gửi đăng ký thi đua năm 2026', dueOn: '2026-03-31', daysLeft: 16, page: 'registrations' }),
    ]);
    expect(byKind('inspection')).toEqual([expect.objectContaining({ page: 'inspections', detail: expect.stringContaining('1/2 đơn vị') })]);
    // Overdue first; the commune sees no per-unit list.
    expect(r.tasks[0]!.state).toBe('overdue');
    expect(r.units).toEqual([]);
  });

  it('demo.create (the wizard\'s "Tạo dữ liệu mẫu để dùng thử") makes the same demo through the contract, home tasks included', async () => {
    const { h } = await initializedHost();
    const r = await h.call('demo.create', { people: 20 });
    expect(r.summary).toMatch(/^Tỉnh Lai Châu với 10 xã, 20 cá nhân, 20 tập thể/);
    const kinds = (await h.call('home.tasks', {})).tasks.map((t) => `${t.kind}:${t.state}`);
    expect(kinds).toContain('dossier:open');
    expect(kinds).toContain('initiative:overdue');
    expect((await h.fail('demo.create', { people: 20 })).code).toBe('DEMO_EXISTS');
  });

  it('answered initiatives and decided work leave the list; nothing to do says so with an empty list', async () => {
    const { h } = await initializedHost();
    const r = await h.call('home.tasks', {});
    expect(r.tasks.map((t) => t.title)).toEqual(['Lập đăng ký thi đua năm 2026']);
  });

  it('the province: no registration task of its own, and per commune what has not arrived this year', async () => {
    const h = testHost();
    const tinh = await h.call('setup.init', { unit: { code: 'T12', name: 'Tỉnh Lai Châu', level: 'province' }, parent: null, clerkName: 'Lò Văn Minh' });
    const a = await h.call('units.create', { code: 'T12.X01', name: 'Xã Tân Phong', level: 'commune', parentId: tinh.unitId });
    await h.call('units.create', { code: 'T12.X02', name: 'Xã Đông Hưng', level: 'commune', parentId: tinh.unitId });
    const [movement] = [await h.call('movements.create', { name: 'Phong trào thi đua năm 2026', kind: 'regular', year: 2026 })];
    // A registration counted for Xã Tân Phong (as a received copy would be, its origin the commune's code).
    const { registration } = await h.call('registrations.create', {
      year: 2026, movementId: movement.id, registrantKind: 'unit', unitId: a.id, titles: ['TTLDXS'], registeredOn: '2026-03-10', commitments: [], signerName: 'A', signerPosition: 'B',
    });
    h.context().sqlite.prepare(`UPDATE registrations SET origin = 'T12.X01' WHERE id = ?`).run(registration.id);
    const r = await h.call('home.tasks', {});
    expect(r.tasks.filter((t) => t.kind === 'registration')).toEqual([]);
    expect(r.units).toEqual([{ unitCode: 'T12.X02', unitName: 'Xã Đông Hưng', missing: ['Đăng ký thi đua năm 2026'] }]);
  });

  it('a copy on a USB stick at least every 7 days: the line appears once it is late, links to the backup screen, and goes once a copy is written', async () => {
    const clock = { now: new Date(FIXED_NOW) };
    const { h } = await initializedHost({ now: () => clock.now });
    const backupLines = async () => (await h.call('home.tasks', {})).tasks.filter((t) => t.kind === 'backup');
    expect(await backupLines()).toEqual([]); // just set up
    clock.now = new Date(FIXED_NOW.getTime() + 10 * DAY);
    expect(await backupLines()).toEqual([
      expect.objectContaining({ state: 'overdue', title: 'Chưa sao lưu ra USB lần nào', dueOn: '2026-03-22', daysLeft: -3, page: 'backup', recordId: null }),
    ]);

    const usb = tempDir('tdkt-usb-');
    const r = await h.call('backup.create', { toDir: usb, passphrase: 'mat-khau-sao-luu' });
    expect(fs.existsSync(r.file)).toBe(true);
    expect(await backupLines()).toEqual([]);
    expect((await h.call('backup.status', {})).lastArchive).toEqual({ at: clock.now.toISOString(), on: '2026-03-25', file: r.file });
    const audit = h.context().sqlite.prepare(`SELECT entity_id id FROM audit WHERE entity = 'setting' ORDER BY rowid DESC LIMIT 1`).get();
    expect(audit).toEqual({ id: 'backup.lastArchive' });

    // A copy only in the data folder does not count: the stick is what survives the computer.
    clock.now = new Date(FIXED_NOW.getTime() + 30 * DAY);
    await h.call('backup.create', { toDir: null, passphrase: null });
    expect(await backupLines()).toEqual([
      expect.objectContaining({ state: 'overdue', title: 'Chưa sao lưu ra USB từ 25/03/2026', dueOn: '2026-04-01', daysLeft: -13 }),
    ]);
  });
});
