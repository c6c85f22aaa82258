import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAbsoluteFolder, outDirProblem } from '../../../src-main/services/folders';
import { pair } from '../exchange/pair';
import { tempDir } from '../helpers';

describe('isAbsoluteFolder / outDirProblem: a package folder is typed in full, on a drive that exists', () => {
  const drives = (...roots: string[]) => (p: string) => roots.includes(p);
  it.each<[string, NodeJS.Platform, string[], RegExp | null]>([
    ['E:\\', 'win32', ['C:\\', 'E:\\'], null],
    ['E:\\Goi TDKT\\2026', 'win32', ['C:\\', 'E:\\'], null],
    ['e:/goi', 'win32', ['C:\\', 'e:/'], null],
    ['E:\\', 'win32', ['C:\\'], /Máy này không có ổ E:\\/],
    ['goi', 'win32', ['C:\\'], /không phải là một thư mục đầy đủ/],
    ['E:', 'win32', ['C:\\', 'E:\\'], /không phải là một thư mục đầy đủ/], // "E:" alone is the drive's current folder
    ['\\goi', 'win32', ['C:\\'], /không phải là một thư mục đầy đủ/],
    ['E:\\', 'linux', ['/'], /không phải là một thư mục đầy đủ/], // what made a folder named "E:\" beside the app
    ['./usb', 'linux', ['/'], /không phải là một thư mục đầy đủ/],
    ['/media/hoa/USB', 'linux', ['/'], null],
    ['   ', 'linux', ['/'], /Hãy chọn thư mục lưu gói/],
  ])('%s on %s → %s', (dir, platform, roots, problem) => {
    const r = outDirProblem(dir, platform, drives(...roots));
    if (problem) expect(r).toMatch(problem);
    else expect(r).toBeNull();
  });
  it('UNC shares are absolute on Windows', () => expect(isAbsoluteFolder('\\\\may-chu\\chung\\goi', 'win32')).toBe(true));
});

describe('exchange.export refuses a folder that is not absolute, and creates nothing', () => {
  it('a relative path or "E:\\" on this machine: Vietnamese message beside the field, no folder, no package logged', async () => {
    const { xa } = await pair();
    const cwd = process.cwd();
    const work = tempDir();
    process.chdir(work);
    try {
      for (const outDir of ['usb', 'E:\\']) {
        const e = await xa.fail('exchange.export', { to: 'T12', outDir, all: true, maxSizeMb: 20, selection: null });
        expect(e.fields).toEqual([{ path: 'outDir', message: expect.stringMatching(/không phải là một thư mục đầy đủ/) }]);
      }
      expect(fs.readdirSync(work)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
    expect(xa.context().sqlite.prepare(`SELECT count(*) n FROM packages WHERE direction = 'out'`).get()).toEqual({ n: 0 });
    // An absolute folder still works.
    const ok = tempDir();
    const r = await xa.call('exchange.export', { to: 'T12', outDir: path.join(ok, 'goi'), all: true, maxSizeMb: 20, selection: null });
    expect(r.files.length).toBeGreaterThan(0);
  });

  it('folders.list shows the folders and files of a folder; a relative path is refused', async () => {
    const { xa } = await pair();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'Đợt 1'));
    fs.mkdirSync(path.join(dir, '.an'));
    fs.writeFileSync(path.join(dir, 'XA-TP_submission.tdkt'), '{}');
    const r = await xa.call('folders.list', { path: dir });
    expect(r.folders.map((f) => f.name)).toEqual(['Đợt 1']);
    expect(r.files).toEqual([expect.objectContaining({ name: 'XA-TP_submission.tdkt', bytes: 2 })]);
    expect(r.parent).toBe(path.dirname(dir));
    expect((await xa.fail('folders.list', { path: 'usb' })).fields?.[0]?.message).toMatch(/không phải là một thư mục đầy đủ/);
    const roots = await xa.call('folders.roots', {});
    expect(roots.map((x) => x.path)).toContain('/');
    expect(await xa.call('folders.pickNative', {})).toEqual({ supported: false, path: null });
  });
});
