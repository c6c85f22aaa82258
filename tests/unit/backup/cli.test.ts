import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src-main/paths';
import { initializedHost, person, readOnlyDb, tempDir, testHost } from '../helpers';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
function cli(dataDir: string, ...args: string[]) {
  const r = spawnSync(tsx, ['src-main/cli.ts', ...args, '--data-dir', dataDir], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const names = (dataDir: string) => {
  const db = readOnlyDb(dataDir);
  const r = (db.prepare('SELECT given_name g FROM people ORDER BY seq').all() as { g: string }[]).map((x) => x.g);
  db.close();
  return r;
};

describe('CLI backup', () => {
  it('backup create --to, backup list --json, backup restore: a person created after the backup is gone, the state before is kept', async () => {
    const { h } = await initializedHost();
    await h.call('people.create', person({ givenName: 'An' }));
    h.close();
    const dir = h.dataDir;
    const usb = tempDir('tdkt-usb-');
    const pw = path.join(tempDir(), 'pw.txt');
    fs.writeFileSync(pw, 'Tân Phong 2026\n');

    expect(cli(dir, 'backup', 'create', '--to', usb).stderr).toMatch(/cần --passphrase-file/);
    const made = cli(dir, 'backup', 'create', '--to', usb, '--passphrase-file', pw, '--json');
    expect(made.code).toBe(0);
    const file = (JSON.parse(made.stdout) as { file: string }).file;
    expect(path.dirname(file)).toBe(usb);

    const again = testHost({ dataDir: dir });
    await again.call('people.create', person({ givenName: 'Bình' }));
    again.close();
    expect(names(dir)).toEqual(['An', 'Bình']);

    const wrong = path.join(tempDir(), 'wrong.txt');
    fs.writeFileSync(wrong, 'không đúng mật khẩu');
    const refused = cli(dir, 'backup', 'restore', file, '--passphrase-file', wrong);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Mật khẩu của tệp sao lưu không đúng/);
    expect(names(dir)).toEqual(['An', 'Bình']);

    const restored = cli(dir, 'backup', 'restore', file, '--passphrase-file', pw);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Sẽ khôi phục: 1 cá nhân, 0 hồ sơ, 0 gói \(hiện có: 2 cá nhân/);
    expect(restored.stdout).toMatch(/Đã khôi phục/);
    expect(names(dir)).toEqual(['An']);

    const list = JSON.parse(cli(dir, 'backup', 'list', '--json').stdout) as { reason: string; counts: { people: number }; path: string }[];
    const before = list.find((b) => b.reason === 'before-restore')!;
    expect(before.counts.people).toBe(2);
    expect(fs.existsSync(before.path)).toBe(true);
  }, 120_000);
});
