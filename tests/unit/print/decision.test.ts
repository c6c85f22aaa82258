import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dossierDocuments } from '../../../src-main/print/dossier';
import { getOffsets, setOffsets } from '../../../src-main/print/printOffsets';
import { initializedHost, person, tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

/** A CSTĐCS dossier of Xã Tân Phong for 2025 (NĐ 152 rule set): two people, 8 and 7 yes of 10 (80% needed). */
async function built(awardCode = 'CSTDCS') {
  const { h, inst } = await initializedHost();
  const huong = await h.call('people.create', person({
    familyName: 'Đặng', middleName: 'Thị', givenName: 'Hương', gender: 'female', birthDate: '1985-09-02', unitId: inst.unitId, position: 'Công chức Văn hóa - Xã hội',
  }));
  const ung = await h.call('people.create', person({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Ửng', unitId: inst.unitId, position: 'Trưởng Công an xã' }));
  const lan = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Thị', givenName: 'Lan', gender: 'female', unitId: inst.unitId, position: 'Công chức Tư pháp - Hộ tịch' }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode, referenceDate: '2026-01-15', title: `Hồ sơ ${awardCode} năm 2025` });
  const a = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: huong.id, summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở' });
  const b = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: ung.id, summary: 'Đảm bảo an ninh trật tự trên địa bàn' });
  const c = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: lan.id, summary: 'Số hóa hồ sơ hộ tịch' });
  await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  for (const [n, yes] of [[a, 8], [b, 7], [c, 9]] as const) {
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: n.id, summary: n.summary, report: '', voteYes: yes });
  }
  return { h, d };
}

function read(b64: string) {
  const xml = strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!);
  const plain = (s: string) => s.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00A0/g, ' ');
  const text = plain(xml);
  const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) => [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => plain(c[0]).trim()));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { xml, text, rows, lines };
}

/** The paragraph (w:p) holding a text. */
const paragraphOf = (xml: string, s: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(s))!;

describe('commune decision and Giấy khen', () => {
  it('quyết định of the Chủ tịch UBND xã: căn cứ, Điều 1/2/3 without amounts, signer, and the list of those who reached the threshold', async () => {
    const { h, d } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-quyet-dinh', id: d.id });
    expect(doc.fileName).toBe('05_quyet-dinh.docx');
    const { xml, text, lines, rows } = read(doc.contentBase64);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số:        /QĐ-UBND', 'Tân Phong, ngày …… tháng …… năm ……', 'QUYẾT ĐỊNH',
      'Về việc tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Điều 59 của Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ;',
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã Tân Phong tại cuộc họp ngày 10 tháng 01 năm 2026.',
      'QUYẾT ĐỊNH:', 'CHỦ TỊCH', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VP.', 'DANH SÁCH',
      'Cá nhân được tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025',
      '(Kèm theo Quyết định số        /QĐ-UBND ngày …… tháng …… năm …… của Chủ tịch Ủy ban nhân dân xã Tân Phong)',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Điều 1. Tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 02 cá nhân có tên trong danh sách kèm theo');
    expect(text).toContain('Điều 2. Các cá nhân có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành');
    expect(text).toContain('Điều 3. ');
    expect(text).toContain('chịu trách nhiệm thi hành Quyết định này./.');
    // Amounts are unconfirmed: no figure, no currency.
    expect(text).not.toMatch(/\d[\d.]*\s*(đồng|VNĐ|lần)|mức lương/u);
    // The chairman signs in his own name: no "TM." line.
    expect(lines).not.toContain('TM. ỦY BAN NHÂN DÂN');
    // The list starts a new page; Nguyễn Văn Ửng (70% < 80%) is not awarded.
    expect(paragraphOf(xml, '>DANH SÁCH<')).toContain('<w:pageBreakBefore/>');
    expect(rows.filter((r) => r.length === 3)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác'],
      ['1', 'Đặng Thị Hương', 'Công chức Văn hóa - Xã hội, Xã Tân Phong'],
      ['2', 'Lò Thị Lan', 'Công chức Tư pháp - Hộ tịch, Xã Tân Phong'],
    ]);
    expect(text).not.toContain('Nguyễn Văn Ửng');
  });

  it('a title the province decides is refused in Vietnamese, and is not in the dossier set', async () => {
    const { h, d } = await built('CSTD_TINH');
    for (const kind of ['dossier-quyet-dinh', 'dossier-giay-khen']) {
      const e = await h.fail('print.document', { kind, id: d.id });
      expect(e.code).toBe('NOT_COMMUNE_AWARD');
      expect(e.message).toBe('Danh hiệu “Chiến sĩ thi đua cấp tỉnh” do Chủ tịch Ủy ban nhân dân tỉnh Lai Châu quyết định, không phải Chủ tịch UBND xã; không in quyết định ở cấp xã.');
    }
    const names = (await dossierDocuments(h.context(), d.id)).map((x) => x.fileName);
    expect(names).not.toContain('05_quyet-dinh.docx');
    expect(names.at(-1)).toMatch(/^04_bao-cao_/);
  });

  it('the commune set ends with the decision and the Giấy khen; the kinds are registered', async () => {
    const { h, d } = await built();
    const names = (await dossierDocuments(h.context(), d.id)).map((x) => x.fileName);
    expect(names.slice(-2)).toEqual(['05_quyet-dinh.docx', '06_giay-khen.docx']);
    expect(await h.call('print.kinds', {})).toEqual(expect.arrayContaining(['dossier-quyet-dinh', 'dossier-giay-khen']));
  });

  it('giấy khen: A4 landscape, one page per person awarded, issuer and title in red caps, "TẶNG DANH HIỆU" in black', async () => {
    const { h, d } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-giay-khen', id: d.id });
    expect(doc.fileName).toBe('06_giay-khen.docx');
    const { xml, lines } = read(doc.contentBase64);
    const pages = [...xml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map((m) => m[0]);
    expect(pages).toHaveLength(2);
    for (const s of pages) expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(lines.filter((l) => l === 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG')).toHaveLength(2);
    expect(lines).toContain('Đặng Thị Hương');
    expect(lines).toContain('Lò Thị Lan');
    expect(lines).not.toContain('Nguyễn Văn Ửng');
    expect(lines).toContain('Công chức Văn hóa - Xã hội, Xã Tân Phong');
    expect(lines).toContain('Đã có thành tích: Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở năm 2025.');
    expect(lines).toContain('Quyết định số        /QĐ-UBND');
    expect(lines).toContain('Tân Phong, ngày …… tháng …… năm ……');
    expect(paragraphOf(xml, 'CHỦ TỊCH ỦY BAN NHÂN DÂN')).toContain('<w:color w:val="C00000"/>');
    expect(paragraphOf(xml, 'CHIẾN SĨ THI ĐUA CƠ SỞ')).toContain('<w:color w:val="C00000"/>');
    expect(paragraphOf(xml, 'TẶNG DANH HIỆU')).not.toContain('<w:color');
    expect(paragraphOf(xml, 'Đặng Thị Hương')).toContain('<w:sz w:val="56"/>'); // 28 pt
  });

  it('print offsets: saved per kind, move every line (1 mm = 56.7 twips), audited; out of range refused in Vietnamese', async () => {
    const { h, d } = await built();
    const ctx = h.context();
    const giayKhen = async () => read((await h.call('print.document', { kind: 'dossier-giay-khen', id: d.id })).contentBase64).xml;
    expect(getOffsets(ctx, 'dossier-giay-khen')).toEqual({ topMm: 0, leftMm: 0 });
    const before = paragraphOf(await giayKhen(), 'CHỦ TỊCH ỦY BAN NHÂN DÂN');
    expect(before).toMatch(/<w:spacing [^>]*w:before="1985"/); // 35 mm under the 10 mm margin
    expect(before).toMatch(/<w:ind w:left="0" w:right="0"\/>/);

    expect(setOffsets(ctx, 'dossier-giay-khen', { topMm: 5, leftMm: -3 })).toEqual({ topMm: 5, leftMm: -3 });
    expect(getOffsets(ctx, 'dossier-giay-khen')).toEqual({ topMm: 5, leftMm: -3 });
    expect(getOffsets(ctx, 'other-kind')).toEqual({ topMm: 0, leftMm: 0 });
    const xml = await giayKhen();
    expect(paragraphOf(xml, 'CHỦ TỊCH ỦY BAN NHÂN DÂN')).toMatch(/<w:spacing [^>]*w:before="2269"/); // 1985 + 5 × 56.7 (284)
    for (const s of ['Đặng Thị Hương', 'TẶNG DANH HIỆU', 'Quyết định số']) expect(paragraphOf(xml, s)).toMatch(/<w:ind w:left="-170" w:right="170"\/>/);
    const audit = ctx.sqlite.prepare(`SELECT entity_id id, before, after FROM audit WHERE entity = 'setting' ORDER BY rowid DESC`).get() as Record<string, string>;
    expect(audit).toEqual({ id: 'print-offset:dossier-giay-khen', before: JSON.stringify({ topMm: 0, leftMm: 0 }), after: JSON.stringify({ topMm: 5, leftMm: -3 }) });

    expect(() => setOffsets(ctx, 'dossier-giay-khen', { topMm: 31, leftMm: 0 })).toThrow('Độ lệch lề trên phải trong khoảng từ −30 đến 30 mm.');
    expect(() => setOffsets(ctx, 'dossier-giay-khen', { topMm: 0, leftMm: -30.5 })).toThrow('Độ lệch lề trái phải trong khoảng từ −30 đến 30 mm.');
    expect(() => setOffsets(ctx, 'dossier-giay-khen', { topMm: Number.NaN, leftMm: 0 })).toThrow('Độ lệch lề trên phải là một số milimét.');
    expect(getOffsets(ctx, 'dossier-giay-khen')).toEqual({ topMm: 5, leftMm: -3 });
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice: the decision and the Giấy khen pages keep their text', async () => {
    const { h, d } = await built();
    const dir = tempDir('tdkt-decision-lo-');
    const files = (await dossierDocuments(h.context(), d.id)).filter((x) => /^0[56]_/.test(x.fileName)).map((x) => {
      const file = path.join(dir, x.fileName);
      fs.writeFileSync(file, x.bytes);
      return file;
    });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 180_000 });
    // TDKT_RENDER_DIR=… keeps the PDFs for a look (pdftoppm -png -r 50).
    if (process.env.TDKT_RENDER_DIR) for (const f of ['05_quyet-dinh.pdf', '06_giay-khen.pdf']) fs.copyFileSync(path.join(dir, f), path.join(process.env.TDKT_RENDER_DIR, f));
    const pdf = (name: string) => execFileSync('pdftotext', ['-layout', path.join(dir, name), '-'], { encoding: 'utf8' }).normalize('NFC');
    const qd = pdf('05_quyet-dinh.pdf');
    expect(qd.split('\f').filter((p) => p.trim())).toHaveLength(2);
    for (const s of ['QUYẾT ĐỊNH:', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'DANH SÁCH', 'Đặng Thị Hương', 'Lò Thị Lan']) expect(qd.replace(/\s+/gu, ' ')).toContain(s);
    const gk = pdf('06_giay-khen.pdf').split('\f').filter((p) => p.trim());
    expect(gk).toHaveLength(2);
    expect(gk[0]).toContain('Đặng Thị Hương');
    expect(gk[1]).toContain('Lò Thị Lan');
    for (const p of gk) expect(p.replace(/\s+/gu, ' ')).toContain('CHIẾN SĨ THI ĐUA CƠ SỞ');
  }, 200_000);

  it('print offsets through the contract: stored, read back, and refused beyond 30 mm with nothing changed', async () => {
    const { h } = await initializedHost();
    expect(await h.call('print.getOffsets', { kind: 'dossier-giay-khen' })).toEqual({ topMm: 0, leftMm: 0 });
    expect(await h.call('print.setOffsets', { kind: 'dossier-giay-khen', topMm: 4.5, leftMm: -2 })).toEqual({ topMm: 4.5, leftMm: -2 });
    expect(await h.call('print.getOffsets', { kind: 'dossier-giay-khen' })).toEqual({ topMm: 4.5, leftMm: -2 });
    expect((await h.fail('print.setOffsets', { kind: 'dossier-giay-khen', topMm: 45, leftMm: 0 })).message).toMatch(/−30 đến 30 mm/);
    expect(await h.call('print.getOffsets', { kind: 'dossier-giay-khen' })).toEqual({ topMm: 4.5, leftMm: -2 });
  });
});
