import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initializedHost, tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe('key-registration form (DOCX, Nghị định 30 layout)', () => {
  it('holds the unit, the fingerprint in groups and the A4 page with the decree margins', async () => {
    const { h, inst } = await initializedHost();
    const doc = await h.call('print.document', { kind: 'key-registration', id: 'self' });
    expect(doc.fileName).toBe('XA-TP_phieu-dang-ky-khoa.docx');
    const files = unzipSync(Buffer.from(doc.contentBase64, 'base64'));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Xã Tân Phong');
    for (const g of inst.keyId.match(/.{4}/g)!) expect(text).toContain(g);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>'); // no page number on page 1
    expect(xml).toContain('Times New Roman');
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with every Vietnamese letter intact', async () => {
    const { h, inst } = await initializedHost();
    const doc = await h.call('print.document', { kind: 'key-registration', id: 'self' });
    const dir = tempDir('tdkt-print-');
    const file = path.join(dir, doc.fileName);
    fs.writeFileSync(file, Buffer.from(doc.contentBase64, 'base64'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const pdf = execFileSync('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });
    expect(pdf).toContain('PHIẾU ĐĂNG KÝ KHÓA KÝ GÓI DỮ LIỆU');
    expect(pdf).toContain('Người lập phiếu: Nguyễn Thị Hoa.');
    expect(pdf.replace(/\s+/g, ' ')).toContain(inst.fingerprint.split(' ').slice(0, 4).join(' '));
  });
});
