import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initializedHost, person, tempDir, testHost, type TestHost } from '../helpers';

const hosts: TestHost[] = [];
const track = <T extends { h: TestHost }>(x: T) => (hosts.push(x.h), x);
afterEach(() => {
  vi.restoreAllMocks();
  for (const h of hosts.splice(0)) h.close();
});

const peopleNames = (h: TestHost) =>
  (h.context().sqlite.prepare('SELECT given_name g FROM people WHERE deleted = 0 ORDER BY seq').all() as { g: string }[]).map((r) => r.g);

const usbWithPassphrase = () => ({ usb: tempDir('tdkt-usb-'), passphrase: 'Tân Phong 2026!' });

describe('backups in the data folder', () => {
  it('a person created after a backup is gone after restoring it, and the state before the restore is kept', async () => {
    const { h } = track(await initializedHost());
    await h.call('people.create', person({ givenName: 'An' }));
    const backup = await h.call('backup.create', { toDir: null, passphrase: null });
    expect(backup.local).toMatchObject({ reason: 'manual', integrity: 'ok', unitCode: 'XA-TP', counts: { people: 1 } });
    await h.call('people.create', person({ givenName: 'Bình' }));
    expect(peopleNames(h)).toEqual(['An', 'Bình']);

    const preview = await h.call('backup.preview', { path: backup.file, passphrase: null });
    expect(preview).toMatchObject({ unitCode: 'XA-TP', counts: { people: 1 }, current: { people: 2 } });
    expect(peopleNames(h)).toEqual(['An', 'Bình']); // the preview changed nothing

    const r = await h.call('backup.restore', { path: backup.file, passphrase: null });
    expect(peopleNames(h)).toEqual(['An']);
    // The state before the restore is a recorded, checked copy that still holds Bình.
    const list = await h.call('backup.list', {});
    const safety = list.find((b) => b.path === r.safetyBackup)!;
    expect(safety).toMatchObject({ reason: 'before-restore', integrity: 'ok', counts: { people: 2 } });
    const db = new Database(r.safetyBackup, { readonly: true });
    expect(db.prepare('SELECT count(*) n FROM people').get()).toEqual({ n: 2 });
    db.close();
    // Writing goes on after the switch.
    await h.call('people.create', person({ givenName: 'Cường' }));
    expect(peopleNames(h)).toEqual(['An', 'Cường']);
  });

  it('refuses a copy written by a newer version and changes nothing', async () => {
    const { h } = track(await initializedHost());
    const b = await h.call('backup.create', { toDir: null, passphrase: null });
    const newer = path.join(tempDir(), 'newer.sqlite');
    fs.copyFileSync(b.file, newer);
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    const before = h.snapshot();
    const err = await h.fail('backup.restore', { path: newer, passphrase: null });
    expect(err.code).toBe('BACKUP_TOO_NEW');
    expect(err.message).toMatch(/phiên bản TĐKT Desktop mới hơn/);
    expect(h.snapshot()).toBe(before);
  });

  it('rotates: keeps the newest daily copies and before-import copies for the set number of days', async () => {
    let now = new Date('2026-03-01T08:00:00+07:00');
    const { h } = track(await initializedHost({ now: () => now }));
    await h.call('backup.setRetention', { keepDaily: 3, importDays: 2 });
    for (let i = 0; i < 5; i++) {
      now = new Date(now.getTime() + 86_400_000);
      await h.call('backup.create', { toDir: null, passphrase: null });
    }
    const kept = await h.call('backup.list', {});
    expect(kept.filter((b) => b.reason === 'manual').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-03-06', '2026-03-05', '2026-03-04']);
    expect(fs.readdirSync(path.join(h.dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(3);
  });
});

describe('a backup to a USB stick: one file with the database and the key', () => {
  it('restores data and key on a new machine with the passphrase', async () => {
    const { h, inst } = track(await initializedHost());
    await h.call('people.create', person({ givenName: 'An' }));
    const { usb, passphrase } = usbWithPassphrase();
    const a = await h.call('backup.create', { toDir: usb, passphrase });
    expect(fs.readdirSync(usb)).toEqual([path.basename(a.file)]);
    expect(a.file.endsWith('.tdkt-backup')).toBe(true);

    const fresh = testHost();
    hosts.push(fresh);
    const preview = await fresh.call('backup.preview', { path: a.file, passphrase });
    expect(preview).toMatchObject({ kind: 'archive', unitCode: 'XA-TP', keyIncluded: true, counts: { people: 1 }, current: { people: 0 } });
    await fresh.call('backup.restore', { path: a.file, passphrase });
    const status = await fresh.call('setup.status', {});
    expect(status.installation?.fingerprint).toBe(inst.fingerprint);
    expect(peopleNames(fresh)).toEqual(['An']);
    // The restored key signs: this installation can export again.
    expect((await fresh.call('keys.show', {})).fingerprint).toBe(inst.fingerprint);
  });

  it('refuses a wrong passphrase, a truncated file and another unit\'s backup, changing nothing', async () => {
    const { h } = track(await initializedHost());
    const { usb, passphrase } = usbWithPassphrase();
    const a = await h.call('backup.create', { toDir: usb, passphrase });

    const fresh = testHost();
    hosts.push(fresh);
    const wrong = await fresh.fail('backup.restore', { path: a.file, passphrase: 'sai mật khẩu rồi' });
    expect(wrong).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(wrong.message).toMatch(/Mật khẩu của tệp sao lưu không đúng/);
    expect(fs.existsSync(path.join(fresh.dataDir, 'keys'))).toBe(false);
    expect((await fresh.call('setup.status', {})).initialized).toBe(false);

    const cut = path.join(tempDir(), 'cut.tdkt-backup');
    fs.writeFileSync(cut, fs.readFileSync(a.file).subarray(0, 20000));
    expect(await fresh.fail('backup.preview', { path: cut, passphrase })).toMatchObject({ code: 'BACKUP_TRUNCATED' });

    const other = await testHost();
    hosts.push(other);
    await other.call('setup.init', { unit: { code: 'XA-DH', name: 'Xã Đông Hưng', level: 'commune' }, parent: null, clerkName: 'Lê Văn Bình' });
    const before = other.snapshot();
    const err = await other.fail('backup.restore', { path: a.file, passphrase });
    expect(err.code).toBe('OTHER_UNIT');
    expect(err.message).toMatch(/Xã Tân Phong \(XA-TP\), không phải của Xã Đông Hưng/);
    expect(other.snapshot()).toBe(before);
  });

  it('asks for a passphrase of at least 8 characters', async () => {
    const { h } = track(await initializedHost());
    const err = await h.fail('backup.create', { toDir: tempDir(), passphrase: 'ngan' });
    expect(err.code).toBe('PASSPHRASE');
  });

  it('refuses a relative folder beside the field, writing nothing there and no copy on this PC', async () => {
    const { h } = track(await initializedHost());
    const { passphrase } = usbWithPassphrase();
    const before = (await h.call('backup.list', {})).length;
    const relative = `sao-luu-${process.pid}`;
    const err = await h.fail('backup.create', { toDir: relative, passphrase });
    expect(err.fields).toEqual([{ path: 'toDir', message: expect.stringMatching(/^"sao-luu-\d+" không phải là một thư mục đầy đủ trên máy này; hãy bấm "Chọn…"/) }]);
    expect(fs.existsSync(path.resolve(relative))).toBe(false);
    expect(await h.call('backup.list', {})).toHaveLength(before);
  });

  it('a full stick: a Vietnamese message and no .partial file left behind', async () => {
    const { h } = track(await initializedHost());
    const { usb, passphrase } = usbWithPassphrase();
    const real = fs.writeSync;
    let calls = 0;
    // The stick fills up after the header: the first writes land, then ENOSPC.
    vi.spyOn(fs, 'writeSync').mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++calls > 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    const err = await h.fail('backup.create', { toDir: usb, passphrase });
    expect(err.code).toBe('DISK_FULL');
    expect(err.message).toMatch(/đã đầy/);
    expect(fs.readdirSync(usb)).toEqual([]);
  });

  it('a read-only data folder: restore refuses with a Vietnamese message, nothing changed', async () => {
    const { h } = track(await initializedHost());
    const b = await h.call('backup.create', { toDir: null, passphrase: null });
    const before = h.snapshot();
    vi.spyOn(fs, 'copyFileSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    });
    const err = await h.fail('backup.restore', { path: b.file, passphrase: null });
    expect(err.code).toBe('NOT_WRITABLE');
    expect(err.message).toMatch(/chỉ đọc/);
    vi.restoreAllMocks();
    expect(h.snapshot()).toBe(before);
  });
});

describe('integrity', () => {
  it('a database with a damaged page opens read-only, refuses writes naming the newest good backup, and a restore repairs it', async () => {
    const { h } = track(await initializedHost());
    for (const g of ['An', 'Bình', 'Cường']) await h.call('people.create', person({ givenName: g }));
    const good = await h.call('backup.create', { toDir: null, passphrase: null });
    const dataDir = h.dataDir;
    const { rootpage } = h.context().sqlite.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'people'`).get() as { rootpage: number };
    h.close();
    hosts.splice(0);

    // Garbage over the people table's root page.
    const file = path.join(dataDir, 'tdkt.sqlite');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, (rootpage - 1) * 4096);
    fs.closeSync(fd);

    const d = testHost({ dataDir });
    hosts.push(d);
    const status = await d.call('backup.status', {});
    expect(status.damaged).toBe(true);
    expect(status.message).toContain(good.local.fileName);
    const err = await d.fail('people.create', person({ givenName: 'Dũng' }));
    expect(err.code).toBe('DB_DAMAGED');
    expect(err.message).toMatch(/bị hỏng/);
    expect(err.message).toContain(good.local.fileName);
    // An import is refused the same way (quick_check guards every import).
    const imp = await d.fail('units.import', { format: 'csv', content: 'Mã;Tên;Cấp;Mã cấp trên;Hoạt động;Sáp nhập vào\r\nX9;Xã Chín;Xã;;có;', dryRun: false });
    expect(imp.code).toBe('DB_DAMAGED');
    expect(imp.message).toContain(good.local.fileName);
    // Reads still work where they can: the installation is there.
    expect((await d.call('setup.status', {})).initialized).toBe(true);

    const r = await d.call('backup.restore', { path: good.file, passphrase: null });
    expect((await d.call('backup.list', {})).find((b) => b.path === r.safetyBackup)?.reason).toBe('damaged');
    expect((await d.call('backup.status', {})).damaged).toBe(false);
    await d.call('people.create', person({ givenName: 'Dũng' }));
    expect(peopleNames(d)).toEqual(['An', 'Bình', 'Cường', 'Dũng']);
  });

  it('a file whose header is destroyed: every call answers with the message naming the backup, and the restore still works', async () => {
    const { h } = track(await initializedHost());
    await h.call('people.create', person({ givenName: 'An' }));
    const good = await h.call('backup.create', { toDir: null, passphrase: null });
    const dataDir = h.dataDir;
    h.close();
    hosts.splice(0);
    const file = path.join(dataDir, 'tdkt.sqlite');
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    fs.closeSync(fd);

    const d = testHost({ dataDir });
    hosts.push(d);
    const err = await d.fail('people.search', { query: '', offset: 0, limit: 10, unitId: null });
    expect(err.code).toBe('NOT_A_DATABASE');
    expect(err.message).toContain(good.local.fileName);
    await d.call('backup.restore', { path: good.file, passphrase: null });
    expect(peopleNames(d)).toEqual(['An']);
    expect((await d.call('backup.list', {})).some((b) => b.reason === 'damaged')).toBe(true);
  });

  it('a write stuck behind another program names that program', async () => {
    const { busyMessage } = await import('../../../src-main/holders');
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'open-by'));
    fs.writeFileSync(path.join(dir, 'open-by', '1.json'), JSON.stringify({ pid: process.ppid, program: 'công cụ dòng lệnh (lệnh "import")', since: '' }));
    fs.writeFileSync(path.join(dir, 'open-by', '2.json'), JSON.stringify({ pid: 2 ** 22 + 17, program: 'một tiến trình đã tắt', since: '' }));
    const m = busyMessage(dir);
    expect(m).toContain(`công cụ dòng lệnh (lệnh "import") (mã tiến trình ${process.ppid})`);
    expect(m).not.toContain('đã tắt');
    expect(fs.readdirSync(path.join(dir, 'open-by'))).toEqual(['1.json']);
  });
});
