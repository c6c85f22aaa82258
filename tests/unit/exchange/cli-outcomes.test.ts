import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src-main/paths';
import { exportFrom, pair } from './pair';

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
function cli(dataDir: string, ...args: string[]) {
  const r = spawnSync(tsx, ['src-main/cli.ts', ...args, '--data-dir', dataDir], { cwd: projectRoot, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) };
}

describe('CLI: decide dossier … --outcomes', () => {
  it('records one outcome per nominee (by line or by person); refuses two outcomes for one nominee; the commune gets the award only for the awarded one', async () => {
    const { prov, xa, an, dung } = await pair();
    const d = await xa.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Đề nghị CSTĐCS năm 2025' });
    await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: an.id });
    const nDung = await xa.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: dung.id });
    await prov.call('exchange.import', { path: (await exportFrom(xa, 'T12'))[0]!.file });
    const qd = ['--number', '30/QĐ-UBND', '--date', '15/01/2026', '--issuer', 'Chủ tịch UBND xã Tân Phong'];

    const twice = cli(prov.dataDir, 'decide', 'dossier', d.id, '--outcomes', `${an.id}=decided;${nDung.id}=decided;${an.id}=declined:Không đủ tiêu chuẩn`, ...qd);
    expect(twice.code).not.toBe(0);
    expect(twice.err).toContain('Nguyễn Văn An được ghi hai kết quả khác nhau (Khen thưởng và Không đủ điều kiện)');
    expect(await prov.call('dossiers.decision', { id: d.id })).toBeNull();

    const r = cli(prov.dataDir, 'decide', 'dossier', d.id, '--outcomes', `${an.id}=decided; ${nDung.id}=returned:Thiếu báo cáo thành tích`, ...qd, '--json');
    expect(r.code, r.err).toBe(0);
    expect(r.json()).toMatchObject({ status: 'decided' });
    expect((await prov.call('dossiers.decision', { id: d.id }))!.nominees.map((n) => [n.name, n.status, n.reasons])).toEqual([
      ['Nguyễn Văn An', 'decided', []],
      ['Đặng Văn Dũng', 'returned', ['Thiếu báo cáo thành tích']],
    ]);
    await xa.call('exchange.import', { path: (await exportFrom(prov, 'XA-TP'))[0]!.file });
    expect((await xa.call('awards.history', { subjectType: 'person', subjectId: an.id })).map((h) => h.decisionNumber)).toEqual(['30/QĐ-UBND']);
    expect(await xa.call('awards.history', { subjectType: 'person', subjectId: dung.id })).toEqual([]);
  }, 120_000);
});
