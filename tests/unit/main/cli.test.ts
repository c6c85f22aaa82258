import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

function cli(dataDir: string, ...args: string[]) {
  const r = cliIn(dataDir)(...args);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  it('init, demo, then people search dang --json finds the Đặng people, NFD queries too', () => {
    const dir = tempDir();
    const init = cli(dir, 'init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa',
      '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh', '--clerk', 'Nguyễn Thị Hoa', '--json');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ unitCode: 'XA-TP', parentCode: 'T12', level: 'commune' });

    const demo = cli(dir, 'demo');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/10 xã, 300 cá nhân, 20 tập thể, .*, 4 sáng kiến .*, 2 cuộc kiểm tra công tác thi đua, khen thưởng/);
    expect(demo.stdout).toContain('Việc cần làm mẫu: 1 đơn sáng kiến quá hạn trả lời, 1 hồ sơ bị cấp trên trả lại.');
    expect(cli(dir, 'demo').stderr).toMatch(/Dữ liệu mẫu đã được tạo/);

    const found = JSON.parse(cli(dir, 'people', 'search', 'dang', '--json').stdout) as { total: number; items: { familyName: string; fullName: string }[] };
    expect(found.total).toBeGreaterThan(0);
    for (const p of found.items) expect(p.fullName.split(' ').some((w) => ['Đặng', 'Đăng', 'Đằng'].includes(w) || w.startsWith('Đặng'))).toBe(true);
    expect(found.items.some((p) => p.familyName === 'Đặng')).toBe(true);

    const nfd = JSON.parse(cli(dir, 'people', 'search', 'Đặng'.normalize('NFD'), '--json').stdout) as { total: number };
    expect(nfd.total).toBe(found.total);

    // Through a pipe (spawnSync's stdout is one) the whole output arrives, far past the pipe's 64 KiB.
    const all = cli(dir, 'people', 'search', '', '--limit', '500', '--json');
    expect(all.code).toBe(0);
    expect(Buffer.byteLength(all.stdout)).toBeGreaterThan(3 * 65_536);
    expect((JSON.parse(all.stdout) as { items: unknown[] }).items).toHaveLength(300);

    const records = JSON.parse(cli(dir, 'records', 'list', 'collective', '--json').stdout) as { total: number };
    expect(records.total).toBe(20);
    // A round with scored applications: one recognised, one refused, one waiting; one due soon; one overdue (for "Việc cần làm").
    const inits = JSON.parse(cli(dir, 'records', 'list', 'initiative', '--json').stdout) as { total: number; items: { title: string }[] };
    expect(inits.total).toBe(5);
    expect(inits.items.map((i) => i.title)).toContain(`Ứng dụng bảng tính dùng chung theo dõi hồ sơ một cửa (${new Date().getFullYear() - 1})`);
    // An inspection plan over two units of this commune: one finished with items not met, one planned.
    const year = new Date().getFullYear();
    const summary = JSON.parse(cli(dir, 'inspections', 'summary', '--year', String(year), '--json').stdout) as { units: { total: number; finished: number }; mostNotMet: { code: string }[] };
    expect(summary.units).toMatchObject({ total: 2, finished: 1 });
    expect(summary.mostNotMet.map((m) => m.code)).toEqual(['1.2', '3.1', '5.1']);
    const units = JSON.parse(cli(dir, 'units', 'list', '--json').stdout) as { items: { level: string }[] };
    expect(units.items.filter((u) => u.level === 'commune')).toHaveLength(11);

    const key = JSON.parse(cli(dir, 'key', 'show', '--json').stdout) as { keyId: string; fingerprint: string; publicKey: string };
    expect(key.keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(Buffer.from(key.publicKey, 'base64')).toHaveLength(32);
    // A dozen CLI processes in a row: on a busy two-core machine this alone takes about 30 s.
  }, 120_000);

  it('prints errors in Vietnamese with a non-zero exit code, JSON on stdout with --json', () => {
    const dir = tempDir();
    const r = cli(dir, 'key', 'show', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'NOT_INITIALIZED' } });
    expect(r.stderr).toMatch(/chưa được thiết lập/);
    expect(cli(dir, 'records', 'list', 'hamlet').stderr).toMatch(/Loại bản ghi "hamlet" không có/);
    expect(cli(dir, 'print', 'certificate', 'x', '--out', path.join(dir, 'a.docx')).stderr).toMatch(/Không có loại tài liệu "certificate"/);
    expect(cli(dir, 'frobnicate').code).toBe(2);
  }, 120_000);
});
