// `clusters list --year Y --json`, `clusters show`, `print cluster-pledge|cluster-ranking ID` on demo data, as a clerk runs them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

describe('clusters CLI on demo data', () => {
  const dir = tempDir();
  const cli = cliIn(dir);
  const year = new Date().getFullYear() - 1; // the demo's cluster is last year's, scored and voted this January

  it('lists the demo cluster, shows its ranking and prints the giao ước and the ranking', () => {
    expect(cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh').status).toBe(0);
    const demo = cli('demo', '--people', '20');
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('1 cụm thi đua đã chấm điểm và suy tôn');

    const list = cli('clusters', 'list', '--year', String(year), '--json');
    expect(list.status, list.stderr).toBe(0);
    const [c, ...rest] = JSON.parse(list.stdout) as { id: string; name: string; memberCount: number; leaderName: string; scoredCount: number; voted: boolean }[];
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ name: 'Cụm thi đua số 1', memberCount: 5, leaderName: 'Xã Tân Phong', scoredCount: 5, voted: true });

    const show = cli('clusters', 'show', c!.id);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toContain('1. Xã Mường Tè: cụm chấm 99,5, tự chấm 100');
    expect(show.stdout).toContain('Xã Mường Tè: 5 phiếu → đề nghị Cờ thi đua của Ủy ban nhân dân tỉnh');

    for (const kind of ['cluster-pledge', 'cluster-ranking']) {
      const out = path.join(dir, `${kind}.docx`);
      const r = cli('print', kind, c!.id, '--out', out);
      expect(r.status, r.stderr).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('says what is missing, in Vietnamese', () => {
    const r = cli('clusters', 'list');
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain('clusters list cần --year NĂM');
  });
});
