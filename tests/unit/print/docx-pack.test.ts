import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Packer, type Paragraph, type Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParts, packDocx, shellUsesStandIns, zipParts } from '../../../src-main/print/docxPack';
import { body, CONTENT_WIDTH, dataTable, documentOf, heading, keptGap, para, run, signatureBlock, title, twoSigners } from '../../../src-main/print/layout';
import { tempDir } from '../helpers';

/** A page of what the dossier papers hold: heading table, title, Vietnamese text, a data table, signatures. */
const children = (): (Paragraph | Table)[] => [
  heading({ parentBody: 'Ủy ban nhân dân huyện Tân Phong', issuer: 'Ủy ban nhân dân xã Tân Phong', number: 'Số: 12/TTr-UBND', place: 'Tân Phong', date: new Date('2026-02-05T08:00:00+07:00') }),
  ...title('Tờ trình', 'Về việc đề nghị tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2025'),
  body([run('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; ', { bold: true }), run('Đặng Thị Hương & Nguyễn Văn Ửng <đồng chí>.')]),
  dataTable(
    [{ title: 'STT', width: 700, align: 'center' }, { title: 'Họ và tên', width: CONTENT_WIDTH - 2700 }, { title: 'Tỷ lệ', width: 2000, align: 'center' }],
    [['1', 'Đặng Thị Hương', '88,9%'], ['2', 'Nguyễn Văn Ửng', '70,0%']],
  ),
  keptGap(200),
  twoSigners(CONTENT_WIDTH, { position: 'Thủ trưởng đơn vị', hint: '(Ký, ghi rõ họ tên, đóng dấu)', name: 'Lê Văn Tám' }, { position: 'Người báo cáo', name: 'Đặng Thị Hương' }),
  ...signatureBlock({ authority: 'TM. Ủy ban nhân dân\nChủ tịch', position: 'Chủ tịch', name: '' }),
  para(''),
];

/** Parts by path in zip order; core.xml's created/modified stamps (the time of packing) blanked. */
function partsOf(docx: Buffer): [string, string][] {
  return Object.entries(unzipSync(docx)).map(([p, d]) => [p, p === 'docProps/core.xml' ? strFromU8(d).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>…<') : strFromU8(d)]);
}

describe('packDocx', () => {
  it.each([false, true])('writes the same parts, in the same order, as Packer.toBuffer (landscape %s)', async (landscape) => {
    const meta = { title: 'Tờ trình - Đặng Thị Hương', creator: 'TĐKT Desktop', landscape };
    const ours = partsOf(await packDocx(documentOf(children(), meta)));
    const theirs = partsOf(await Packer.toBuffer(documentOf(children(), meta)));
    expect(ours.map(([p]) => p)).toEqual(theirs.map(([p]) => p));
    expect(ours).toEqual(theirs);
    expect(ours.find(([p]) => p === 'word/document.xml')![1]).toContain('Nguyễn Văn Ửng &lt;đồng chí&gt;');
  });

  it('packs a family of documents (a shell) with the fixed parts of the first: each the same as Packer.toBuffer gives', async () => {
    const bodies: (() => (Paragraph | Table)[])[] = [
      children,
      () => [para([run('Một đoạn ngắn.')])],
      () => [...children(), ...children()],
      () => [body([run('Phụ lục', { bold: true })]), dataTable([{ title: 'A', width: 3000 }], [['x'], ['y']])],
    ];
    for (const [i, make] of bodies.entries()) {
      const meta = { title: `Văn bản ${i}`, creator: 'TĐKT Desktop', landscape: i === 2 };
      const ours = partsOf(await packDocx(documentOf(make(), meta), 'test-shell'));
      const theirs = partsOf(await Packer.toBuffer(documentOf(make(), meta)));
      expect(ours).toEqual(theirs);
    }
    expect(shellUsesStandIns('test-shell')).toBe(true);
  });

  it('uses the compiler Packer.toBuffer uses (the fast path is taken, not the fallback)', () => {
    expect(docxParts(documentOf(children(), { title: 't', creator: 'c' }))?.has('word/document.xml')).toBe(true);
  });

  it('writes a ZIP that unzip tests clean: CRCs, sizes, stored and deflated entries, a UTF-8 name', () => {
    const big = 'Thi đua, khen thưởng. '.repeat(2000);
    const files = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', big],
      ['tiny', 'a'], // does not shrink: stored
      ['word/media/ảnh.bin', new Uint8Array([0, 1, 2, 3, 255])],
      ['empty', ''],
    ]);
    const zip = zipParts(files);
    const dir = tempDir('tdkt-zip-');
    const file = path.join(dir, 'a.zip');
    fs.writeFileSync(file, zip);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual([...files.keys()]);
    expect(strFromU8(back['word/document.xml']!)).toBe(big);
    expect([...back['word/media/ảnh.bin']!]).toEqual([0, 1, 2, 3, 255]);
    expect(zip.length).toBeLessThan(big.length / 10);
    // The central directory's CRC of the big part is zlib's.
    expect(zip.includes(Buffer.from(new Uint32Array([zlib.crc32(Buffer.from(big))]).buffer))).toBe(true);
  });
});
