import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initializedHost, person, tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

async function registered() {
  const { h, inst } = await initializedHost();
  const m = await h.call('movements.create', { name: 'Phong trào thi đua "Dân vận khéo"', kind: 'thematic', year: 2026 });
  const people = [];
  for (const [f, mid, g] of [['Đặng', 'Thị', 'Ánh'], ['Nguyễn', 'Văn', 'Ân'], ['Lò', 'Văn', 'Páo']] as const) {
    people.push(await h.call('people.create', person({ familyName: f, middleName: mid, givenName: g, unitId: inst.unitId, position: 'Công chức Văn phòng - Thống kê' })));
  }
  const { registration } = await h.call('registrations.create', {
    year: 2026, movementId: m.id, registrantKind: 'unit', unitId: inst.unitId, titles: ['TTLDXS'], registeredOn: '2026-03-05',
    commitments: [{ text: 'Hoàn thành 100% chỉ tiêu', value: 100, unit: '%' }, { text: 'Xây dựng mô hình dân vận khéo', value: 2, unit: 'mô hình' }, { text: 'Không có vi phạm' }],
    signerName: 'Lò Văn Páo', signerPosition: 'Chủ tịch UBND xã',
  });
  await h.call('registrations.addEntries', { registrationId: registration.id, entries: people.map((p, i) => ({ personId: p.id, title: i ? 'LDTT' : 'CSTDCS' })) });
  return { h, registration };
}

const docText = (b64: string) => strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!);

describe('registration documents', () => {
  it('the registration holds titles, numbered commitments and the people table, A4 portrait', async () => {
    const { h, registration } = await registered();
    const doc = await h.call('print.document', { kind: 'registration', id: registration.id });
    expect(doc.fileName).toBe('dang-ky-thi-dua-2026_xa-tan-phong.docx');
    const xml = docText(doc.contentBase64);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['BẢN ĐĂNG KÝ THI ĐUA', 'Năm 2026', 'Tập thể lao động xuất sắc', '1. Hoàn thành 100% chỉ tiêu: 100%.', '2. Xây dựng mô hình dân vận khéo: 2 mô hình.', '3. Không có vi phạm.', 'Đặng Thị Ánh', 'Chiến sĩ thi đua cơ sở', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lò Văn Páo']) {
      expect(text).toContain(s);
    }
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).not.toContain('w:orient="landscape"');
  });

  it('the consolidated list is landscape, in Word and in Excel', async () => {
    const { h } = await registered();
    const docx = await h.call('print.document', { kind: 'registration-list', id: '2026' });
    const xml = docText(docx.contentBase64);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('Xã Tân Phong (XA-TP)');
    const xlsx = await h.call('print.document', { kind: 'registration-list-xlsx', id: '2026' });
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
    const ws = wb.worksheets[0]!;
    const values = ws.getColumn(2).values.filter(Boolean);
    // Merged title and group rows show their text in every merged cell; the list keeps entry order.
    expect(values).toEqual([
      'DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026 - XÃ TÂN PHONG', 'Tập thể, cá nhân đăng ký', 'Xã Tân Phong (XA-TP)',
      'Tập thể Xã Tân Phong', 'Đặng Thị Ánh', 'Nguyễn Văn Ân', 'Lò Văn Páo',
    ]);
    expect((await h.fail('print.document', { kind: 'registration-list', id: 'abc' })).message).toBe('Năm không hợp lệ.');
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice and the names keep their diacritics', async () => {
    const { h, registration } = await registered();
    const doc = await h.call('print.document', { kind: 'registration', id: registration.id });
    const dir = tempDir('tdkt-print-');
    const file = path.join(dir, doc.fileName);
    fs.writeFileSync(file, Buffer.from(doc.contentBase64, 'base64'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
    for (const s of ['BẢN ĐĂNG KÝ THI ĐUA', 'Đặng Thị Ánh', 'Nguyễn Văn Ân', 'Lò Văn Páo', 'Lao động tiên tiến']) expect(pdf).toContain(s);
  });
});
