import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir, testHost } from '../helpers';
import { pair } from '../exchange/pair';
import { inspectionSetup, PNG } from '../inspections/fixture';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

/**
 * The 2026 plan of Xã Tân Phong (12/KH-UBND, team of two) over two units. The school: every item
 * answered but 5.2 and 6.1, 1.2 not met (two lines of findings), 2.1 taken from the unit's
 * self-assessment, 1.1 met by the team while the unit rated itself "Chưa đạt", one photo as
 * evidence on 3.1; finished with a reason and a conclusion. The health station: 1.1 met, 1.2 and
 * 6.1 not met, still in progress. The plan carries the team's recommendation.
 */
async function built() {
  const s = await inspectionSetup();
  const { h, ia, ib, plan, template } = s;
  const t = await h.call('inspections.template', { id: template.id });
  const codes = t.sections.flatMap((x) => x.items.map((i) => i.code));
  await h.call('inspections.selfAssess', {
    inspectionId: ia.id,
    answers: [{ itemCode: '2.1', result: 'dat', note: 'Có Kế hoạch phát động số 03/KH-THTP' }, { itemCode: '1.1', result: 'chua-dat', note: '' }],
  });
  for (const c of codes.filter((x) => !['2.1', '5.2', '6.1'].includes(x))) {
    const answer = c === '1.2'
      ? { result: 'chua-dat' as const, findings: 'Quy chế ban hành năm 2019,\nchưa sửa theo Luật Thi đua, khen thưởng năm 2022', documentsSeen: 'Quyết định số 15/QĐ-THTP' }
      : c === '1.1'
        ? { result: 'dat' as const, findings: 'Có Kế hoạch số 05/KH-THTP ngày 10/01/2026', documentsSeen: 'Kế hoạch 05/KH-THTP' }
        : { result: 'dat' as const };
    await h.call('inspections.answer', { inspectionId: ia.id, itemCode: c, ...answer });
  }
  await h.call('inspections.attach', { inspectionId: ia.id, itemCode: '3.1', fileName: 'qd-hoi-dong.png', contentBase64: PNG.toString('base64') });
  await h.call('inspections.finish', {
    id: ia.id, reason: 'Đơn vị chưa cung cấp chứng từ Quỹ thi đua, khen thưởng', conclusion: 'Đơn vị cơ bản thực hiện tốt công tác thi đua, khen thưởng.\nCần sửa đổi Quy chế thi đua, khen thưởng trong quý II/2026.',
  });
  await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.1', result: 'dat' });
  await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '1.2', result: 'chua-dat', findings: 'Chưa ban hành Quy chế' });
  await h.call('inspections.answer', { inspectionId: ib.id, itemCode: '6.1', result: 'chua-dat' });
  await h.call('inspections.setRecommendations', { planId: plan.id, recommendations: 'Các đơn vị rà soát, sửa đổi Quy chế thi đua, khen thưởng theo Luật năm 2022.' });
  return s;
}

function read(b64: string) {
  const xml = strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!);
  const plain = (s: string) => s.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00A0/g, ' ');
  const text = plain(xml);
  const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) => [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => plain(c[0]).trim().replace(/\n+/g, ' | ')));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { xml, text, rows, lines };
}

/** NĐ 30/2020: A4, margins 20/15/20/30 mm, Times New Roman only, Unicode in NFC, tables within the text width. */
function expectLayout(xml: string) {
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  expect(xml).toBe(xml.normalize('NFC'));
  const grid = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].reduce((t, x) => t + Number(x[1]), 0));
  for (const w of grid) expect(w).toBeLessThanOrEqual(9354);
}

describe('inspection documents', () => {
  it('kế hoạch: the unit\'s heading and number, the checklist\'s sections, the units with their dates, the team, the deadline 30/11', async () => {
    const { h, plan } = await built();
    const doc = await h.call('print.document', { kind: 'inspection-plan', id: plan.id });
    expect(doc.fileName).toBe('ke-hoach-kiem-tra-tdkt-2026_XA-TP.docx');
    const { xml, lines, rows, text } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Tân Phong, ngày 01 tháng 3 năm 2026', 'KẾ HOẠCH', 'Kiểm tra công tác thi đua, khen thưởng năm 2026', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG KIỂM TRA',
      '1. Công tác lãnh đạo, chỉ đạo và ban hành văn bản', '6. Quỹ thi đua, khen thưởng', 'Thời gian hoàn thành việc kiểm tra: trước ngày 30/11/2026.',
      'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nơi nhận:',
    ]) expect(lines).toContain(s);
    expect(text).toContain('gồm 06 phần với 16 nội dung');
    expect(rows).toContainEqual(['1', 'Trường Tiểu học Tân Phong', 'Từ 01/04/2026 đến 02/04/2026']);
    expect(rows).toContainEqual(['2', 'Trạm Y tế xã Tân Phong', 'Ngày 10/04/2026']);
    expect(rows).toContainEqual(['1', 'Lê Văn Trưởng', 'Phó Chủ tịch UBND xã', 'Trưởng đoàn']);
    expect(rows).toContainEqual(['2', 'Phạm Thị Thư', 'Công chức Văn phòng', 'Thư ký']);
  });

  it('quyết định: the chairman sets up the team (name, position, role), its task after plan 12/KH-UBND, and refuses without a team', async () => {
    const { h, plan, planInput } = await built();
    const doc = await h.call('print.document', { kind: 'inspection-decision', id: plan.id });
    expect(doc.fileName).toBe('quyet-dinh-thanh-lap-doan-kiem-tra-2026_XA-TP.docx');
    const { xml, lines, rows, text } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số:        /QĐ-UBND', 'QUYẾT ĐỊNH', 'Về việc thành lập Đoàn kiểm tra công tác thi đua, khen thưởng năm 2026',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Kế hoạch số 12/KH-UBND ngày 01 tháng 3 năm 2026 của Ủy ban nhân dân xã Tân Phong về kiểm tra công tác thi đua, khen thưởng năm 2026;',
      'QUYẾT ĐỊNH:', 'CHỦ TỊCH', '- Như Điều 3;', '- Lưu: VT, VP.',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Điều 1. Thành lập Đoàn kiểm tra công tác thi đua, khen thưởng năm 2026 của Ủy ban nhân dân xã Tân Phong');
    expect(text).toContain('tại 02 đơn vị theo Kế hoạch số 12/KH-UBND');
    expect(text).toContain('Chủ tịch Hội đồng Thi đua - Khen thưởng xã Tân Phong trước ngày 30/11/2026');
    expect(rows.filter((r) => r.length === 4)).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Nhiệm vụ trong Đoàn'],
      ['1', 'Lê Văn Trưởng', 'Phó Chủ tịch UBND xã', 'Trưởng đoàn'],
      ['2', 'Phạm Thị Thư', 'Công chức Văn phòng', 'Thư ký'],
    ]);
    const bare = await h.call('inspections.createPlan', planInput({ year: 2027, team: [], units: [] }));
    expect(await h.fail('print.document', { kind: 'inspection-decision', id: bare.id })).toMatchObject({ code: 'NO_TEAM' });
  });

  it('biên bản: time, place, team, results per item with the self-assessment marked, findings, documents, evidence, unanswered items with the reason, both signatures', async () => {
    const { h, ia, ib } = await built();
    const doc = await h.call('print.document', { kind: 'inspection-record', id: ia.id });
    expect(doc.fileName).toBe('bien-ban-kiem-tra-2026_truong-tieu-hoc-tan-phong.docx');
    const { xml, lines, rows, text } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'UBND XÃ TÂN PHONG', 'ĐOÀN KIỂM TRA', 'Số:        /BB-ĐKT', 'BIÊN BẢN', 'Kiểm tra công tác thi đua, khen thưởng năm 2026 tại Trường Tiểu học Tân Phong',
      'Thời gian: Ngày 15/03/2026.', 'Địa điểm: trụ sở Trường Tiểu học Tân Phong.', '- Ông (bà) Lê Văn Trưởng, Phó Chủ tịch UBND xã - Trưởng đoàn;',
      '- Ông (bà) Phạm Thị Thư, Công chức Văn phòng - Thư ký.', '2. Đại diện Trường Tiểu học Tân Phong', 'III. NỘI DUNG CHƯA ĐÁNH GIÁ (02 nội dung)',
      'Lý do chưa đánh giá: Đơn vị chưa cung cấp chứng từ Quỹ thi đua, khen thưởng.', 'IV. KẾT LUẬN, KIẾN NGHỊ',
      'Đơn vị cơ bản thực hiện tốt công tác thi đua, khen thưởng.', 'Cần sửa đổi Quy chế thi đua, khen thưởng trong quý II/2026.',
      'ĐƠN VỊ ĐƯỢC KIỂM TRA', 'THỦ TRƯỞNG ĐƠN VỊ', 'TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'Lê Văn Trưởng',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Đạt 13; Chưa đạt 01; Không áp dụng 0; chưa đánh giá 02; trong đó 01 nội dung lấy theo kết quả đơn vị tự đánh giá. Minh chứng kèm theo: 01 tệp.');
    expect(lines.some((l) => l.startsWith('- 5.2. '))).toBe(true);
    expect(lines.some((l) => l.startsWith('- 6.1. ') && l.endsWith('.'))).toBe(true);
    const byCode = new Map(rows.filter((r) => r.length === 4).map((r) => [r[0], r]));
    expect(byCode.get('1.1')!.slice(2)).toEqual(['Đạt', 'Có Kế hoạch số 05/KH-THTP ngày 10/01/2026 | Tài liệu đã xem: Kế hoạch 05/KH-THTP | Đơn vị tự đánh giá: Chưa đạt']);
    expect(byCode.get('1.2')!.slice(2)).toEqual(['Chưa đạt', 'Quy chế ban hành năm 2019, | chưa sửa theo Luật Thi đua, khen thưởng năm 2022 | Tài liệu đã xem: Quyết định số 15/QĐ-THTP']);
    expect(byCode.get('2.1')!.slice(2)).toEqual(['Đạt | (theo đơn vị tự đánh giá)', 'Giải trình của đơn vị: Có Kế hoạch phát động số 03/KH-THTP']);
    expect(byCode.get('3.1')!.slice(2)).toEqual(['Đạt', 'Minh chứng kèm theo: 01 tệp']);
    expect(byCode.get('6.1')!.slice(2)).toEqual(['Chưa đánh giá', '']);
    expect(rows).toContainEqual(['I. Công tác lãnh đạo, chỉ đạo và ban hành văn bản']);
    // The signatures sit in one row that never breaks across pages.
    expect(xml).toMatch(/<w:cantSplit\/>(?:(?!<\/w:tr>).)*THỦ TRƯỞNG ĐƠN VỊ(?:(?!<\/w:tr>).)*TRƯỞNG ĐOÀN/s);

    // An inspection still open says so instead of a reason.
    const open = read((await h.call('print.document', { kind: 'inspection-record', id: ib.id })).contentBase64);
    expect(open.lines).toContain('III. NỘI DUNG CHƯA ĐÁNH GIÁ (13 nội dung)');
    expect(open.lines).toContain('Cuộc kiểm tra chưa kết thúc; các nội dung trên còn phải đánh giá.');
    expect(open.lines).toContain('Chưa ban hành Quy chế');
  });

  it('báo cáo: to the council chair, counts per result, a row per unit, the items most often not met, two bar charts, the recommendations', async () => {
    const { h, plan } = await built();
    const doc = await h.call('print.document', { kind: 'inspection-report', id: '2026' });
    expect(doc.fileName).toBe('bao-cao-ket-qua-kiem-tra-tdkt-2026_XA-TP.docx');
    const { xml, lines, rows, text } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'UBND XÃ TÂN PHONG', 'ĐOÀN KIỂM TRA', 'Số:        /BC-ĐKT', 'BÁO CÁO', 'Kết quả kiểm tra công tác thi đua, khen thưởng năm 2026',
      'Kính gửi: Chủ tịch Hội đồng Thi đua - Khen thưởng xã Tân Phong.', 'Biểu đồ 2. Số đơn vị chưa đạt theo nội dung kiểm tra',
      'Biểu đồ 1. Kết quả kiểm tra từng đơn vị (số nội dung)', 'Các đơn vị rà soát, sửa đổi Quy chế thi đua, khen thưởng theo Luật năm 2022.',
      'TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'Lê Văn Trưởng', '- Chủ tịch Hội đồng Thi đua - Khen thưởng xã Tân Phong;',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Kế hoạch có 02 đơn vị được kiểm tra; đã kiểm tra 02 đơn vị (đã kết thúc 01, đang kiểm tra 01); chưa kiểm tra 0 đơn vị.');
    expect(rows).toContainEqual(['Đạt', '14', '43,8%']);
    expect(rows).toContainEqual(['Chưa đạt', '03', '9,4%']);
    expect(rows).toContainEqual(['Cộng', '32', '100%']);
    expect(rows).toContainEqual(['1', 'Trường Tiểu học Tân Phong', 'Đã kiểm tra xong', '13', '01', '0', '02', '92,9%']);
    expect(rows).toContainEqual(['2', 'Trạm Y tế xã Tân Phong', 'Đang kiểm tra', '01', '02', '0', '13', '33,3%']);
    const notMet = rows.find((r) => r[0] === '1.2' && r.length === 4)!;
    expect(notMet.slice(2)).toEqual(['02/02', 'Trường Tiểu học Tân Phong; Trạm Y tế xã Tân Phong']);
    // The chart: a label, the bar as one filled cell spanning its share of the 20-cell grid, the value.
    const bar = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]).find((r) => r.includes('1.2. Ban hành Quy chế') && r.includes('2E5597'))!;
    expect(bar).toMatch(/<w:gridSpan w:val="20"\/>(?:(?!<\/w:tc>).)*<w:shd w:fill="2E5597"/s);
    const half = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]).find((r) => r.includes('6.1. ') && r.includes('2E5597'))!;
    expect(half).toMatch(/<w:gridSpan w:val="10"\/>(?:(?!<\/w:tc>).)*<w:shd w:fill="2E5597"/s);

    const one = read((await h.call('print.document', { kind: 'inspection-report', id: `2026:${plan.id}` })).contentBase64);
    expect(one.rows).toContainEqual(['Cộng', '32', '100%']);
    expect(await h.fail('print.document', { kind: 'inspection-report', id: '2025' })).toMatchObject({ code: 'NOTHING_INSPECTED' });
    expect((await h.fail('print.document', { kind: 'inspection-report', id: 'năm nay' })).message).toMatch(/không phải một năm/);
    expect(await h.call('print.kinds', {})).toEqual(expect.arrayContaining(['inspection-plan', 'inspection-decision', 'inspection-record', 'inspection-report']));
  });

  it('print inspection-record ID and print inspection-report --year through the CLI; usage errors in Vietnamese', async () => {
    const { h, ia } = await built();
    h.close();
    const dir = tempDir('tdkt-inspection-cli-');
    const cli = cliIn(h.dataDir);
    const record = path.join(dir, 'bb.docx');
    const r = cli('print', 'inspection-record', ia.id, '--out', record);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`Đã ghi ${record}`);
    expect(fs.readFileSync(record).subarray(0, 2).toString('latin1')).toBe('PK');
    const report = path.join(dir, 'bc.docx');
    expect(cli('print', 'inspection-report', '--year', '2026', '--out', report).stderr).toBe('');
    expect(fs.existsSync(report)).toBe(true);
    const noYear = cli('print', 'inspection-report', '--out', report);
    expect(noYear.status).not.toBe(0);
    expect(noYear.stderr).toContain('print inspection-report cần --year NĂM');
    const noId = cli('print', 'inspection-record', '--out', record);
    expect(noId.status).not.toBe(0);
    expect(noId.stderr).toContain('print inspection-record cần mã cuộc kiểm tra');
  }, 60_000);

  it('a scored checklist over twelve units: scores as "8/10 điểm (Đạt)", the report in Điểm (%), every table and chart within the page', async () => {
    const { h, inst, template, planInput } = await inspectionSetup();
    const t = await h.call('inspections.template', { id: template.id });
    const v2 = await h.call('inspections.saveTemplate', {
      basedOnId: t.id, name: 'Phiếu kiểm tra có chấm điểm',
      sections: [...t.sections, { code: 'VII', title: 'Chuyển đổi số trong công tác thi đua, khen thưởng', items: [{ code: '7.1', text: 'Dùng phần mềm quản lý thi đua, khen thưởng', scale: 'score' as const, max: 10, weight: 2, passScore: 6 }] }],
    });
    const units = [];
    for (let k = 1; k <= 12; k++) {
      units.push(await h.call('units.create', { code: `DV-${k}`, name: `Trường Trung học cơ sở Nguyễn Văn Trỗi số ${k} xã Tân Phong`, level: 'agency', parentId: inst.unitId }));
    }
    const plan = await h.call('inspections.createPlan', planInput({ year: 2027, templateId: v2.id, planNumber: '', units: units.map((x) => ({ unitId: x.id })) }));
    const codes = v2.sections.flatMap((x) => x.items.map((i) => i.code)).filter((c) => c !== '7.1');
    for (const [k, insp] of plan.units.entries()) {
      for (const [n, c] of codes.entries()) {
        await h.call('inspections.answer', { inspectionId: insp.id, itemCode: c, result: (n + k) % 5 === 0 ? 'chua-dat' : n === 15 ? 'kad' : 'dat', findings: (n + k) % 5 === 0 ? 'Chưa có hồ sơ lưu trữ đầy đủ; đề nghị đơn vị bổ sung trước ngày 31/12/2027.' : '' });
      }
      await h.call('inspections.answer', { inspectionId: insp.id, itemCode: '7.1', score: k % 10 });
    }
    const record = read((await h.call('print.document', { kind: 'inspection-record', id: plan.units[8]!.id })).contentBase64);
    expectLayout(record.xml);
    expect(record.rows.find((r) => r[0] === '7.1')![2]).toBe('8/10 điểm (Đạt)');
    expect(read((await h.call('print.document', { kind: 'inspection-record', id: plan.units[3]!.id })).contentBase64).rows.find((r) => r[0] === '7.1')![2]).toBe('3/10 điểm (Chưa đạt)');
    expect(record.lines).toContain('Số:        /BB-ĐKT');
    const doc = await h.call('print.document', { kind: 'inspection-report', id: '2027' });
    const report = read(doc.contentBase64);
    expectLayout(report.xml);
    expect(report.rows).toContainEqual(expect.arrayContaining(['STT', 'Đơn vị được kiểm tra', 'Điểm (%)']));
    expect(report.rows.find((r) => r[1] === 'Trường Trung học cơ sở Nguyễn Văn Trỗi số 9 xã Tân Phong')!.at(-1)).toBe('80%');
    expect(report.text).toContain('Các nội dung chấm điểm: đạt 92/240 điểm (38,3%).');
    const plan2 = read((await h.call('print.document', { kind: 'inspection-plan', id: plan.id })).contentBase64);
    expect(plan2.lines).toContain('Số:        /KH-UBND');
    expect(plan2.rows).toContainEqual(['12', 'Trường Trung học cơ sở Nguyễn Văn Trỗi số 12 xã Tân Phong', '……………………']);
    if (process.env.TDKT_RENDER_DIR) fs.writeFileSync(path.join(process.env.TDKT_RENDER_DIR, 'stress-report.docx'), Buffer.from(doc.contentBase64, 'base64'));
  });

  it('an agency (not an administrative unit) plans and decides in its own name, its head signs', async () => {
    const h = testHost();
    const inst = await h.call('setup.init', {
      unit: { code: 'TH-TP', name: 'Trường Tiểu học Tân Phong', level: 'agency' }, parent: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' }, clerkName: 'Vũ Thị Mai',
    });
    const to = await h.call('units.create', { code: 'TH-TP-2', name: 'Điểm trường Nà Cà', level: 'agency', parentId: inst.unitId });
    const plan = await h.call('inspections.createPlan', {
      year: 2026, inspectingBody: 'Trường Tiểu học Tân Phong', team: [{ name: 'Đinh Văn Hiệu', position: 'Hiệu trưởng', role: 'truong-doan' }], units: [{ unitId: to.id }],
    });
    const p = read((await h.call('print.document', { kind: 'inspection-plan', id: plan.id })).contentBase64);
    for (const s of ['UBND XÃ TÂN PHONG', 'TRƯỜNG TIỂU HỌC TÂN PHONG', 'Số:        /KH', 'Tân Phong, ngày 15 tháng 3 năm 2026', 'THỦ TRƯỞNG ĐƠN VỊ']) expect(p.lines).toContain(s);
    const d = read((await h.call('print.document', { kind: 'inspection-decision', id: plan.id })).contentBase64);
    for (const s of ['Số:        /QĐ', 'THỦ TRƯỞNG TRƯỜNG TIỂU HỌC TÂN PHONG', 'THỦ TRƯỞNG ĐƠN VỊ', 'Xét đề nghị của bộ phận phụ trách công tác thi đua, khen thưởng.']) expect(d.lines).toContain(s);
    expect(d.text).toContain('Các bộ phận có liên quan, các đơn vị được kiểm tra và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành');
    const r = read((await h.call('print.document', { kind: 'inspection-record', id: plan.units[0]!.id })).contentBase64);
    for (const s of ['TRƯỜNG TIỂU HỌC TÂN PHONG', 'ĐOÀN KIỂM TRA', 'Địa điểm: trụ sở Điểm trường Nà Cà.', 'III. NỘI DUNG CHƯA ĐÁNH GIÁ (16 nội dung)']) expect(r.lines).toContain(s);
  });

  it('báo cáo tự đánh giá: the inspected commune reports its own answers to the province plan it received, in its own name, to the team', async () => {
    const { prov, xa } = await pair();
    const xaUnit = (await prov.call('units.list', { query: 'Tân Phong' })).items.find((u) => u.code === 'XA-TP');
    const unitId = xaUnit?.id ?? (await prov.call('units.create', { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune', parentId: (await prov.call('setup.status', {})).installation!.unitId })).id;
    const plan = await prov.call('inspections.createPlan', {
      year: 2026, inspectingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu', planNumber: '45/KH-HĐTĐKT', planDate: '2026-03-10', units: [{ unitId }],
    });
    const issued = await prov.call('reference.issue', { outDir: tempDir(), expiresDays: 365 });
    await xa.call('exchange.import', { path: issued.files[0]!.file });
    // The province cannot print the unit's report: it is the unit's own paper.
    expect((await prov.fail('print.document', { kind: 'inspection-self-assessment', id: plan.id })).code).toBe('OWN_PLAN');
    await xa.call('inspections.saveSelfAssessment', {
      planId: plan.id,
      answers: [
        { itemCode: '1.1', result: 'dat', score: null, note: 'Kế hoạch số 05/KH-UBND ngày 15/01/2026' },
        { itemCode: '1.2', result: 'chua-dat', score: null, note: 'Quy chế năm 2019 đang được sửa đổi;\ntrình ban hành trong quý III' },
        { itemCode: '6.1', result: 'kad', score: null, note: '' },
      ],
    });
    const doc = await xa.call('print.document', { kind: 'inspection-self-assessment', id: plan.id });
    expect(doc.fileName).toBe('bao-cao-tu-danh-gia-tdkt-2026_XA-TP.docx');
    const { xml, lines, rows, text } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số:        /BC-UBND', 'BÁO CÁO', 'Tự đánh giá công tác thi đua, khen thưởng năm 2026', 'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
      'II. NHỮNG NỘI DUNG CHƯA ĐẠT VÀ HƯỚNG KHẮC PHỤC', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']) expect(lines).toContain(s);
    expect(text).toContain('Thực hiện Kế hoạch số 45/KH-HĐTĐKT ngày 10 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu về kiểm tra công tác thi đua, khen thưởng năm 2026, Ủy ban nhân dân xã Tân Phong báo cáo');
    expect(text).toContain('Đơn vị đã tự đánh giá 03/16 nội dung theo Phiếu kiểm tra công tác thi đua, khen thưởng (phiên bản 1): Đạt 01; Chưa đạt 01; Không áp dụng 01; chưa tự đánh giá 13.');
    expect(lines.find((l) => l.startsWith('- 1.2. '))).toMatch(/: Quy chế năm 2019 đang được sửa đổi; trình ban hành trong quý III\.$/);
    expect(lines).toContain('- Đoàn kiểm tra (Hội đồng Thi đua - Khen thưởng tỉnh Lai Châu);');
    const byCode = new Map(rows.filter((r) => r.length === 4).map((r) => [r[0], r]));
    expect(byCode.get('1.1')!.slice(2)).toEqual(['Đạt', 'Kế hoạch số 05/KH-UBND ngày 15/01/2026']);
    expect(byCode.get('1.2')!.slice(2)).toEqual(['Chưa đạt', 'Quy chế năm 2019 đang được sửa đổi; | trình ban hành trong quý III']);
    expect(byCode.get('6.1')!.slice(2)).toEqual(['Không áp dụng', '']);
    expect(byCode.get('2.1')!.slice(2)).toEqual(['Chưa tự đánh giá', '']);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice: the minutes and the report convert with their diacritics, the signatures stay on one page', async () => {
    const { h, ia, plan } = await built();
    const dir = tempDir('tdkt-inspections-lo-');
    const files: Record<string, string> = {};
    for (const [kind, id] of [['inspection-record', ia.id], ['inspection-report', '2026'], ['inspection-plan', plan.id], ['inspection-decision', plan.id]] as const) {
      const doc = await h.call('print.document', { kind, id });
      files[kind] = path.join(dir, doc.fileName);
      fs.writeFileSync(files[kind], Buffer.from(doc.contentBase64, 'base64'));
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...Object.values(files)], { timeout: 180_000 });
    const pdfOf = (kind: string) => files[kind]!.replace(/\.docx$/, '.pdf');
    // TDKT_RENDER_DIR=… keeps the PDFs for a look (pdftoppm -png -r 60).
    if (process.env.TDKT_RENDER_DIR) for (const k of Object.keys(files)) fs.copyFileSync(pdfOf(k), path.join(process.env.TDKT_RENDER_DIR, path.basename(pdfOf(k))));
    const pdf = (kind: string) => execFileSync('pdftotext', ['-layout', pdfOf(kind), '-'], { encoding: 'utf8' }).normalize('NFC');
    const record = pdf('inspection-record');
    const flat = record.replace(/\s+/gu, ' ');
    for (const s of ['BIÊN BẢN', 'Trường Tiểu học Tân Phong', 'Đơn vị chưa cung cấp chứng từ Quỹ thi đua, khen thưởng', 'Giải trình của đơn vị', 'Quy chế ban hành năm 2019', 'KẾT LUẬN']) {
      expect(flat).toContain(s);
    }
    const last = record.split('\f').filter((p) => p.trim()).at(-1)!;
    for (const s of ['THỦ TRƯỞNG ĐƠN VỊ', 'TRƯỞNG ĐOÀN', 'Lê Văn Trưởng']) expect(last).toContain(s);
    const report = pdf('inspection-report').replace(/\s+/gu, ' ');
    for (const s of ['BÁO CÁO', 'Kết quả kiểm tra công tác thi đua, khen thưởng năm 2026', 'Trạm Y tế xã Tân Phong', 'Biểu đồ 1', 'Biểu đồ 2', 'Chủ tịch Hội đồng Thi đua - Khen thưởng xã Tân Phong']) {
      expect(report).toContain(s);
    }
    expect(pdf('inspection-plan').replace(/\s+/gu, ' ')).toContain('Quỹ thi đua, khen thưởng');
    expect(pdf('inspection-decision').replace(/\s+/gu, ' ')).toContain('Thành lập Đoàn kiểm tra');
  }, 200_000);
});
