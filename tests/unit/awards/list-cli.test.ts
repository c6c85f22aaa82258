// `awards list [--date dd/mm/yyyy] [--json]` as a clerk runs it: either side of 01/7/2025.
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

function installed() {
  const cli = cliIn(tempDir());
  const init = cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh');
  expect(init.status, init.stderr).toBe(0);
  return cli;
}

describe('awards list', () => {
  const cli = installed();

  it.each([
    ['30/06/2025', 'VN-ND98-2023', 'nd98-ca-nhan-thuong-xuyen'],
    ['01/07/2025', 'VN-ND152-2025', 'nd152-ca-nhan-thuong-xuyen'],
  ])('--json --date %s: the %s catalogue, each award with code, name, level, deciders, legal basis and report form', (date, id, form) => {
    const r = cli('awards', 'list', '--date', date, '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ruleSetId: string; awards: { code: string; name: string; levelLabel: string; deciders: { decidedByLabel: string }[]; legalBasis: string; reportForm: string }[] };
    expect(out.ruleSetId).toBe(id);
    const by = new Map(out.awards.map((a) => [a.code, a]));
    expect(by.get('LDTT_CNND')).toMatchObject({ name: 'Lao động tiên tiến (công nhân, nông dân, người lao động)', reportForm: form, legalBasis: expect.stringContaining('Điều 24 khoản 3') });
    expect(by.get('CSTT')?.legalBasis).toContain('Điều 24 khoản 2');
    expect(by.get('GIAY_KHEN_HGD')?.legalBasis).toContain('Điều 75');
    expect(by.get('HCLD_H3')).toMatchObject({ levelLabel: 'Cấp Nhà nước', deciders: [{ decidedByLabel: 'Chủ tịch nước' }] });
    for (const a of out.awards) {
      expect(a.legalBasis, a.code).toMatch(/Điều \d+/);
      expect(a.reportForm, a.code).toMatch(/^(nd98|nd152)-|^ho-gia-dinh$/);
    }
  });

  it('prints a table without --json', () => {
    const r = cli('awards', 'list', '--date', '15/12/2025');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Danh mục khen thưởng áp dụng ngày 15\/12\/2025: Luật TĐKT 2022; NĐ 152\/2025\/NĐ-CP/);
    expect(r.stdout).toMatch(/\nMã {15}Cấp {12}Tên/);
    expect(r.stdout).toMatch(/\nHCLD_H3 +Cấp Nhà nước +Huân chương Lao động hạng Ba \(cá nhân\) +Chủ tịch nước +nd152-ca-nhan-thuong-xuyen\n/);
    expect(r.stdout).toMatch(/Đợt gửi: tháng 2 — Đề nghị tặng Cờ thi đua của Chính phủ/);
  });

  it('refuses an impossible date in Vietnamese and writes nothing to stdout', () => {
    const r = cli('awards', 'list', '--date', '31/02/2025');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/ngày "31\/02\/2025" không hợp lệ; hãy nhập theo dạng dd\/mm\/yyyy/);
  });
});
