import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir, testHost } from '../helpers';

const Y = 2025;

describe('CLI: report statistics on demo data', () => {
  it('--json gives the figures, --out writes the XLSX and DOCX in the form layout; a year without data still prints; bad input writes nothing', async () => {
    const dir = tempDir();
    const cli = cliIn(dir);
    expect(cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu').status).toBe(0);
    expect(cli('demo', '--people', '20').status).toBe(0);
    // The demo's own province-level awards (last year's, by the real clock): the figures below add to them.
    type Figures = { rows: { key: string; cells: number[] }[]; problems: string[] };
    const before = JSON.parse(cli('report', 'statistics', '--form', '0603.N', '--year', String(Y), '--json').stdout) as Figures;
    const row = (f: Figures, key: string) => f.rows.find((x) => x.key === key)!.cells;
    const plus = (key: string, added: number[]) => row(before, key).map((n, i) => n + added[i]!);
    if (new Date().getFullYear() - 1 === Y) expect(row(before, 'total')).toEqual([4, 3, 0, 1, 0]);
    // Three Bằng khen of the province's chairman in Y for the demo's people, one for a collective.
    const h = testHost({ dataDir: dir });
    const people = (await h.call('people.search', { query: '', offset: 0, limit: 3, unitId: null })).items;
    for (const p of people) await h.call('awards.addHistory', { subjectType: 'person', subjectId: p.id, year: Y, awardCode: 'BK_CT_TINH', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', category: 'cong-trang', decisionDate: `${Y}-12-01` });
    const village = (await h.call('collectives.list', { query: '', offset: 0, limit: 1 })).items[0]!;
    await h.call('awards.addHistory', { subjectType: 'collective', subjectId: village.id, year: Y, awardCode: 'CO_TD_TINH', awardName: 'Cờ thi đua của UBND tỉnh', category: 'cong-trang', decisionDate: `${Y}-12-01` });
    h.close();

    const json = cli('report', 'statistics', '--form', '0603.N', '--year', String(Y), '--json');
    expect(json.status, json.stderr).toBe(0);
    const r = JSON.parse(json.stdout) as Figures;
    expect(r.rows[0]!.cells).toEqual(plus('total', [4, 3, 0, 1, 0]));
    expect(r.problems).toEqual([]);

    const xlsx = path.join(dir, 'bieu-0603.xlsx');
    const w = cli('report', 'statistics', '--form', '0603.N', '--year', String(Y), '--out', xlsx);
    expect(w.status, w.stderr).toBe(0);
    expect(w.stdout).toContain('Đã ghi');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe('Biểu số: 0603.N/BNV-TĐKT');
    expect(rows.some((x) => x[0] === 'SỐ KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH')).toBe(true);
    expect(rows.find((x) => x[0] === 'Tổng số')).toEqual(['Tổng số', '01', ...plus('total', [4, 3, 0, 1, 0])]);
    expect(rows.find((x) => x[0] === 'Cá nhân')).toEqual(['Cá nhân', '05', ...plus('doi-tuong:ca-nhan', [3, 3, 0, 0, 0])]);
    // Under the table: the place and date, then who made it beside the head of the unit.
    expect(rows.some((x) => x.some((c) => typeof c === 'string' && /^Tân Phong, ngày \d{2} tháng \d{1,2} năm \d{4}$/u.test(c)))).toBe(true);
    expect(rows.find((x) => x[0] === 'NGƯỜI LẬP BIỂU')?.at(-1)).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');

    const docx = path.join(dir, 'bieu-0603.docx');
    expect(cli('report', 'statistics', '--form', '0603.N', '--year', String(Y), '--out', docx).status).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    // A year without data: said, and still a valid form.
    const empty = path.join(dir, 'empty.xlsx');
    const e = cli('report', 'statistics', '--form', '0603.N', '--year', '2023', '--out', empty);
    expect(e.status).toBe(0);
    expect(e.stdout).toContain('Năm 2023 chưa có khen thưởng nào');
    expect(fs.existsSync(empty)).toBe(true);

    const pdf = cli('report', 'statistics', '--form', '0603.N', '--year', String(Y), '--out', path.join(dir, 'x.pdf'));
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('--out phải là tệp .xlsx hoặc .docx');
    const unknown = cli('report', 'statistics', '--form', '0699.N', '--year', String(Y), '--out', path.join(dir, 'u.xlsx'));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('không có biểu 0699.N');
    expect(fs.existsSync(path.join(dir, 'u.xlsx'))).toBe(false);
    expect(cli('report', 'nothing').status).toBe(2);
  }, 120_000);
});
