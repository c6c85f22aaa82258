import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

const Y = new Date().getFullYear();

describe('CLI: report review and report rollup on demo data', () => {
  it('prints the annual and the six-month review; an empty year is refused unless asked; bad flags write nothing; publish and rollup', () => {
    const dir = tempDir();
    const cli = cliIn(dir);
    expect(cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu').status).toBe(0);
    expect(cli('demo', '--people', '30').status).toBe(0);

    const docx = path.join(dir, 'tong-ket.docx');
    const year = JSON.parse(cli('report', 'review', '--year', String(Y), '--out', docx, '--json').stdout) as { file: string; figures: { awards: { total: number } } };
    expect(year.file).toBe(docx);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // The demo's CSTĐ cơ sở of last year, decided in January of this year, are this year's awards.
    expect(year.figures.awards.total).toBeGreaterThan(0);
    const half = cli('report', 'review', '--year', String(Y), '--half', '1', '--out', path.join(dir, 'so-ket.docx'));
    expect(half.status).toBe(0);
    expect(half.stdout).toContain(`6 tháng đầu năm ${Y}`);

    const badHalf = cli('report', 'review', '--year', String(Y), '--half', '3', '--out', path.join(dir, 'x.docx'));
    expect(badHalf.status).toBe(2);
    expect(badHalf.stderr).toContain('--half phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm).');
    const noYear = cli('report', 'review', '--out', path.join(dir, 'x.docx'));
    expect(noYear.status).toBe(2);
    expect(noYear.stderr).toContain('report review cần --year NĂM');
    expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);

    const empty = path.join(dir, 'trong.docx');
    const refused = cli('report', 'review', '--year', '2001', '--out', empty);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Năm 2001 chưa có số liệu nào (khen thưởng, đăng ký thi đua, sáng kiến, kiểm tra); kiểm tra lại năm, hoặc thêm --allow-empty để vẫn in báo cáo với số 0.');
    expect(fs.existsSync(empty)).toBe(false);
    expect(cli('report', 'review', '--year', '2001', '--out', empty, '--allow-empty').status).toBe(0);
    expect(fs.existsSync(empty)).toBe(true);

    const published = cli('report', 'review', '--year', String(Y), '--publish');
    expect(published.stdout).toContain('Đã chuẩn bị số liệu (lần 1) để gửi lên cấp trên');
    expect(cli('report', 'review', '--year', String(Y), '--publish').stdout).toContain('Số liệu không đổi từ lần 1');
    const rollup = cli('report', 'rollup', '--year', String(Y));
    expect(rollup.status).toBe(0);
    expect(rollup.stdout).toContain('CHƯA GỬI');
  });
});
