import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedPeople } from '../../bench/seed';
import { initializedHost, person, tempDir } from '../helpers';

/** The sheet's record rows (below the title, the unit line, the date line, a blank line and the headers), as plain values. */
async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const values: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => values.push((row.values as unknown[]).slice(1)));
  const headerAt = values.findIndex((r) => r[0] === 'STT');
  return { ws, title: values[0]![0], subtitle: values.slice(1, headerAt - 1).map((r) => r[0]), header: values[headerAt]!, rows: values.slice(headerAt + 1) };
}

describe('lists.exportXlsx', () => {
  it('people: every match of the search (past one page), Vietnamese headers, birth date as a dd/mm/yyyy date cell', async () => {
    const { h, inst } = await initializedHost();
    await h.call('people.create', person({ unitId: inst.unitId, position: 'Chủ tịch UBND xã', birthDate: '1980-05-01', remoteArea: true }));
    await h.call('people.create', person({ familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', gender: 'female', birthDate: null, birthYear: 1975, unitId: inst.unitId }));
    seedPeople(h.context().sqlite, 2500, { unitId: inst.unitId, origin: 'XA-TP' });
    const out = tempDir('tdkt-xlsx-');
    const all = await h.call('lists.exportXlsx', { filter: { list: 'people', query: '' }, outDir: out });
    expect(all.rows).toBe(2502);
    expect(all.fileName).toBe('Danh sach ca nhan 15-03-2026.xlsx');
    const sheet = await readBack(all.file);
    expect(sheet.title).toBe('DANH SÁCH CÁ NHÂN');
    expect(sheet.subtitle).toEqual(['Xã Tân Phong: tất cả cá nhân.', 'Lập ngày 15/03/2026 bằng TĐKT Desktop.']);
    expect(sheet.header).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Năm sinh', 'Dân tộc', 'Chức vụ', 'Đơn vị', 'Tập thể', 'Lao động trực tiếp', 'Vùng sâu, vùng xa', 'Điện thoại']);
    expect(sheet.rows).toHaveLength(2502);
    expect(sheet.rows.map((r) => r[0])).toEqual(Array.from({ length: 2502 }, (_, i) => i + 1));
    expect(new Set(sheet.rows.map((r) => r[1])).size).toBeGreaterThan(100);

    // The same search as on screen: only the matches, the date a real date shown dd/mm/yyyy.
    const one = await h.call('lists.exportXlsx', { filter: { list: 'people', query: 'nguyen van an' }, outDir: out });
    const found = await readBack(one.file);
    const an = found.rows.find((r) => r[6] === 'Chủ tịch UBND xã')!;
    expect(an.slice(1, 8)).toEqual(['Nguyễn Văn An', 'Nam', new Date(Date.UTC(1980, 4, 1)), 1980, 'Kinh', 'Chủ tịch UBND xã', 'Xã Tân Phong']);
    let anRow = 0;
    found.ws.eachRow((row, n) => {
      if (row.getCell(7).value === 'Chủ tịch UBND xã') anRow = n;
    });
    expect(found.ws.getRow(anRow).getCell(4).numFmt).toBe('dd/mm/yyyy');
    expect(an[10]).toBe('Có'); // vùng sâu, vùng xa
    expect(found.rows.every((r) => String(r[1]).startsWith('Nguyễn Văn An'))).toBe(true);
    expect(one.fileName).toBe('Danh sach ca nhan 15-03-2026 (2).xlsx');
    const binh = await readBack((await h.call('lists.exportXlsx', { filter: { list: 'people', query: 'Trần Thị Bình' }, outDir: out })).file);
    expect(binh.rows.find((r) => r[1] === 'Trần Thị Bình')!.slice(2, 5)).toEqual(['Nữ', undefined, 1975]);
    expect(binh.rows.find((r) => r[1] === 'Trần Thị Bình')![10]).toBeUndefined(); // not known: an empty cell, not "Không"
  });

  it('dossiers: the open work as on screen, with status words and dates', async () => {
    const { h } = await initializedHost();
    const make = (year: number, title: string) => h.call('dossiers.create', { year, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title });
    const old = await make(2024, 'Hồ sơ 2024 đã có quyết định');
    await make(2025, 'Hồ sơ 2025 còn dở');
    await make(2026, 'Hồ sơ 2026');
    h.context().sqlite.prepare(`INSERT INTO record_status (record_type, record_id, status, updated_at) VALUES ('dossier', ?, 'decided', '2026-02-01T00:00:00Z')`).run(old.id);
    const out = tempDir('tdkt-xlsx-');
    const r = await h.call('lists.exportXlsx', { filter: { list: 'dossiers', query: '', year: null, open: true }, outDir: out });
    const sheet = await readBack(r.file);
    expect(sheet.subtitle[0]).toBe('Xã Tân Phong: hồ sơ đang làm (chưa xong của mọi năm và của năm nay).');
    expect(sheet.header).toEqual(['STT', 'Năm', 'Tên hồ sơ', 'Danh hiệu, hình thức đề nghị', 'Đợt xét', 'Đơn vị đề nghị', 'Số đề nghị', 'Ngày xét', 'Ngày họp', 'Trạng thái']);
    expect(sheet.rows.map((x) => x.slice(1, 3))).toEqual([[2026, 'Hồ sơ 2026'], [2025, 'Hồ sơ 2025 còn dở']]);
    expect(sheet.rows[0]!.slice(3)).toEqual(['Chiến sĩ thi đua cơ sở', 'Tổng kết năm', 'Xã Tân Phong', 0, new Date(Date.UTC(2026, 0, 15)), undefined, 'Nháp']);
    const all = await readBack((await h.call('lists.exportXlsx', { filter: { list: 'dossiers', query: '', year: null, open: false }, outDir: out })).file);
    expect(all.rows.find((x) => x[2] === 'Hồ sơ 2024 đã có quyết định')![9]).toBe('Có quyết định');
  });

  it('initiatives: the year’s applications with authors and round', async () => {
    const { h, inst } = await initializedHost();
    const an = await h.call('people.create', person({ unitId: inst.unitId }));
    const [dot1] = await h.call('initiatives.createDefaultRounds', { year: 2026 });
    await h.call('initiatives.create', { title: 'Sổ theo dõi công văn đến', year: 2026, roundId: dot1!.id, authors: [{ personId: an.id, share: 100 }] });
    await h.call('initiatives.create', { title: 'Sáng kiến năm trước', year: 2025, authors: [{ personId: an.id, share: 100 }] });
    const r = await h.call('lists.exportXlsx', { filter: { list: 'initiatives', query: '', year: 2026 }, outDir: tempDir('tdkt-xlsx-') });
    const sheet = await readBack(r.file);
    expect(r.rows).toBe(1);
    expect(sheet.rows[0]!.slice(1, 6)).toEqual([2026, 'Sổ theo dõi công văn đến', 'Nguyễn Văn An', 'Đợt I năm 2026', 'Chưa tiếp nhận']);
  });

  it.each([
    ['a relative folder', 'Excel', /không phải là một thư mục đầy đủ/],
    ['no folder', '', /Hãy chọn thư mục/],
  ])('refuses %s with a Vietnamese reason and writes no file', async (_l, outDir, message) => {
    const { h } = await initializedHost();
    const cwd = fs.readdirSync(process.cwd());
    const err = await h.fail('lists.exportXlsx', { filter: { list: 'people', query: '' }, outDir });
    expect(err.message).toMatch(message);
    expect(fs.readdirSync(process.cwd())).toEqual(cwd);
  });

  it('leaves no half-written file behind', async () => {
    const { h } = await initializedHost();
    const out = tempDir('tdkt-xlsx-');
    await h.call('lists.exportXlsx', { filter: { list: 'people', query: '' }, outDir: path.join(out, 'Bao cao') });
    expect(fs.readdirSync(path.join(out, 'Bao cao'))).toEqual(['Danh sach ca nhan 15-03-2026.xlsx']);
  });
});

describe('lists.exportXlsx on a path that is a file', () => {
  it('says in words that the folder cannot be written, and leaves the file alone', async () => {
    const { h } = await initializedHost();
    const out = tempDir('tdkt-xlsx-');
    const notADir = path.join(out, 'ghi-chu.txt');
    fs.writeFileSync(notADir, 'x');
    const err = await h.fail('lists.exportXlsx', { filter: { list: 'people', query: '' }, outDir: notADir });
    expect(err.message).toBe(`Không lưu được tệp Excel vào "${notADir}" (đường dẫn này là một tệp, không phải thư mục). Hãy bấm "Chọn…" để chọn thư mục khác rồi thử lại.`);
    expect(fs.readFileSync(notADir, 'utf8')).toBe('x');
    expect(fs.readdirSync(out)).toEqual(['ghi-chu.txt']);
  });
});
