// `examples list|add|stage` and `print examples-conference` as a clerk runs them on demo data.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

describe('examples CLI', () => {
  const dir = tempDir();
  const cli = cliIn(dir);
  const init = cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh');
  expect(init.status, init.stderr).toBe(0);
  const demo = cli('demo', '--people', '30');
  expect(demo.status, demo.stderr).toBe(0);

  it('lists the demo examples by year as JSON, adds one and records its next stage', () => {
    const all = JSON.parse(cli('examples', 'list', '--json').stdout) as { id: string; kind: string }[];
    expect(all.map((x) => x.kind).sort()).toEqual(['collective', 'household', 'model', 'person']);
    const year = new Date().getFullYear();
    expect(JSON.parse(cli('examples', 'list', '--year', String(year + 5), '--json').stdout)).toEqual([]);

    const add = cli('examples', 'add', '--kind', 'household', '--name', 'Hộ bà Lò Thị Mai', '--found', '01/02/2025', '--by', 'Hội Phụ nữ xã', '--women', '--ethnic-minority', '--json');
    expect(add.status, add.stderr).toBe(0);
    const x = JSON.parse(add.stdout) as { id: string; stage: string; women: boolean; ethnicMinority: boolean };
    expect(x).toMatchObject({ stage: 'phat-hien', women: true, ethnicMinority: true });
    const step = cli('examples', 'stage', x.id, '--stage', 'boi-duong', '--date', '01/05/2025', '--by', 'Hội Phụ nữ xã', '--json');
    expect(step.status, step.stderr).toBe(0);
    expect(JSON.parse(step.stdout)).toMatchObject({ stage: 'boi-duong', rev: 2 });
    expect((JSON.parse(cli('examples', 'list', '--year', '2025', '--json').stdout) as { id: string }[]).some((e) => e.id === x.id)).toBe(true);
  });

  it('refuses a step dated before the one before it, in Vietnamese, exit 1', () => {
    const [x] = JSON.parse(cli('examples', 'list', '--stage', 'boi-duong', '--json').stdout) as { id: string; stages: { on: string }[] }[];
    const r = cli('examples', 'stage', x!.id, '--stage', 'tong-ket', '--date', '01/01/2020');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Ngày tổng kết \(01\/01\/2020\) trước ngày/);
  });

  it('prints the conference list as a landscape DOCX naming every example', () => {
    const out = cli('examples', 'list').stdout;
    const id = /Hội nghị ([0-9a-f-]{36}):/.exec(out)![1]!;
    const file = path.join(dir, 'ds.docx');
    const r = cli('print', 'examples-conference', id, '--out', file);
    expect(r.status, r.stderr).toBe(0);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('w:orient="landscape"');
    for (const name of ['Hộ ông Vàng A Sử', 'Mô hình “Dân vận khéo”', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN']) expect(xml).toContain(name);
    expect(fs.statSync(file).size).toBeGreaterThan(5000);
  });
});
