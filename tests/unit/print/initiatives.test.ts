import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { setOffsets } from '../../../src-main/print/printOffsets';
import { person, tempDir, testHost } from '../helpers';
import { initiativeSetup, sheet } from '../initiatives/fixture';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
const TITLE = 'Số hóa sổ hộ tịch bằng bảng tính dùng chung';
const SLUG = 'so-hoa-so-ho-tich-bang-bang-tinh-dung-chung';

/**
 * Đợt I of 2026 in Xã Tân Phong with a council of four (one never scores): application A (two
 * authors, 70/30) scored 70, 60 and 85 and recognised by 45/QĐ-UBND on 14/03/2026; application B
 * (one author) scored by two of four, so not yet proposable; C a draft in đợt II, which has no council.
 */
async function built() {
  const s = await initiativeSetup();
  const { h } = s;
  await h.call('initiatives.updateRound', { id: s.dot1.id, year: 2026, number: 1, deadline: '2026-06-30', meetingDate: '2026-03-12' });
  const round = await h.call('initiatives.setCouncil', {
    roundId: s.dot1.id,
    members: [
      ...[s.chu, s.thu, s.uy].map((m) => ({ id: m.id, name: m.name, position: m.position, role: m.role })),
      { id: null, name: 'Đỗ Thị Vắng', position: 'Công chức Tư pháp - Hộ tịch', role: 'uy-vien' as const },
    ],
  });
  const vang = round.members[3]!;
  const a = await h.call('initiatives.create', s.application());
  await h.call('initiatives.receive', { id: a.id, receivedOn: '2026-03-10' });
  const b = await h.call('initiatives.create', s.application({ title: 'Sổ tay tiếp công dân điện tử', field: 'Tiếp công dân', authors: [{ personId: s.binh.id, share: 100 }] }));
  await h.call('initiatives.receive', { id: b.id, receivedOn: '2026-03-11' });
  type Scored = [typeof s.chu, [number, number, number]];
  for (const [m, sc] of [[s.chu, [30, 20, 20]], [s.thu, [25, 20, 15]], [s.uy, [35, 25, 25]]] as Scored[]) {
    await h.call('initiatives.score', { initiativeId: a.id, memberId: m.id, scores: sheet(...sc), comment: m === s.chu ? 'Cách làm mới, dễ nhân rộng.' : '' });
  }
  for (const [m, sc] of [[s.chu, [10, 10, 10]], [s.thu, [15, 10, 5]]] as Scored[]) {
    await h.call('initiatives.score', { initiativeId: b.id, memberId: m.id, scores: sheet(...sc) });
  }
  await h.call('initiatives.decide', { id: a.id, outcome: 'recognised', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionNumber: '45/QĐ-UBND', decisionDate: '2026-03-14' });
  const c = await h.call('initiatives.create', s.application({ title: 'Bản đồ số thôn bản', roundId: s.dot2.id }));
  return { ...s, a, b, c, vang };
}

function read(b64: string) {
  const xml = strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!);
  const plain = (s: string) => s.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00A0/g, ' ');
  const text = plain(xml);
  const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) => [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => plain(c[0]).trim()));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const sections = [...xml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map((m) => m[0]);
  return { xml, text, rows, lines, sections };
}

const paragraphOf = (xml: string, s: string) => [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(s))!;

/** NĐ 30/2020: A4, margins 20/15/20/30 mm, Times New Roman only, Unicode in NFC. */
function expectLayout(xml: string) {
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  expect(xml).toBe(xml.normalize('NFC'));
}

describe('initiative documents', () => {
  it('giấy biên nhận: the unit, the receipt number, the authors with shares, the day received and the answer due three months later', async () => {
    const { h, a } = await built();
    const doc = await h.call('print.document', { kind: 'initiative-receipt', id: a.id });
    expect(doc.fileName).toBe(`giay-bien-nhan-sang-kien_${SLUG}.docx`);
    const { xml, text, lines, rows } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số: 01/BN-SK', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Tân Phong, ngày 10 tháng 3 năm 2026',
      'GIẤY BIÊN NHẬN', 'Đơn yêu cầu công nhận sáng kiến', `Tên sáng kiến: ${TITLE}`, 'Ngày nhận đơn: 10/03/2026', 'NGƯỜI NHẬN ĐƠN', 'NGƯỜI NỘP ĐƠN',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Ủy ban nhân dân xã Tân Phong đã nhận đơn yêu cầu công nhận sáng kiến');
    expect(text).toContain('Hạn trả lời: 10/06/2026 (03 tháng kể từ ngày nhận đơn');
    expect(rows.filter((r) => r.length === 5)).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tỷ lệ đóng góp'],
      ['1', 'Nguyễn Văn An', '1980', 'Công chức Văn phòng - Thống kê', '70%'],
      ['2', 'Trần Thị Bình', '1980', '', '30%'],
    ]);
  });

  it('phiếu đánh giá: a page per council member, the criteria with their maxima, the scores and total when entered, blank otherwise', async () => {
    const { h, a } = await built();
    const doc = await h.call('print.document', { kind: 'initiative-evaluation', id: a.id });
    expect(doc.fileName).toBe(`phieu-danh-gia-sang-kien_${SLUG}.docx`);
    const { xml, lines, rows, sections } = read(doc.contentBase64);
    expectLayout(xml);
    expect(sections).toHaveLength(4);
    expect(lines.filter((l) => l === 'PHIẾU ĐÁNH GIÁ SÁNG KIẾN')).toHaveLength(4);
    for (const s of ['HỘI ĐỒNG SÁNG KIẾN', 'UBND XÃ TÂN PHONG', 'Tân Phong, ngày 12 tháng 3 năm 2026', 'Họ và tên thành viên Hội đồng: Lê Văn Chủ',
      'Vai trò trong Hội đồng: Chủ tịch Hội đồng', 'Họ và tên thành viên Hội đồng: Đỗ Thị Vắng', `Tên sáng kiến: ${TITLE}`,
      'Tác giả (tỷ lệ đóng góp): Nguyễn Văn An (70%); Trần Thị Bình (30%)', 'Cách làm mới, dễ nhân rộng.', 'NGƯỜI ĐÁNH GIÁ']) expect(lines).toContain(s);
    const tables = rows.filter((r) => r.length === 4 || (r.length === 3 && r[0] === 'Tổng cộng'));
    // Lê Văn Chủ's sheet, then Đỗ Thị Vắng's (the fourth) left blank to fill by hand.
    expect(tables.slice(0, 5)).toEqual([
      ['STT', 'Tiêu chí đánh giá', 'Điểm tối đa', 'Điểm chấm'],
      ['1', 'Tính mới', '40', '30'],
      ['2', 'Khả năng áp dụng, nhân rộng', '30', '20'],
      ['3', 'Hiệu quả, lợi ích mang lại', '30', '20'],
      ['Tổng cộng', '100', '70'],
    ]);
    expect(tables.slice(15)).toEqual([
      ['STT', 'Tiêu chí đánh giá', 'Điểm tối đa', 'Điểm chấm'],
      ['1', 'Tính mới', '40', ''],
      ['2', 'Khả năng áp dụng, nhân rộng', '30', ''],
      ['3', 'Hiệu quả, lợi ích mang lại', '30', ''],
      ['Tổng cộng', '100', ''],
    ]);
  });

  it('biên bản: time, place, members present, the scores per member with the averages (71,67), the proposal, chairman and secretary', async () => {
    const { h, dot1 } = await built();
    const doc = await h.call('print.document', { kind: 'initiative-minutes', id: dot1.id });
    expect(doc.fileName).toBe('bien-ban-hoi-dong-sang-kien_dot-i-2026.docx');
    const { xml, text, lines, rows } = read(doc.contentBase64);
    expectLayout(xml);
    for (const s of [
      'UBND XÃ TÂN PHONG', 'HỘI ĐỒNG SÁNG KIẾN', 'Số:        /BB-HĐSK', 'BIÊN BẢN', 'Họp Hội đồng sáng kiến xã Tân Phong xét công nhận sáng kiến Đợt I năm 2026',
      'Thời gian: Ngày 12 tháng 3 năm 2026.', 'Địa điểm: trụ sở Ủy ban nhân dân xã Tân Phong.',
      'Thành phần: 03/04 thành viên Hội đồng có mặt; vắng mặt: Đỗ Thị Vắng.', 'Chủ trì: Lê Văn Chủ, Chủ tịch Hội đồng.', 'Thư ký: Phạm Thị Thư, Thư ký Hội đồng.',
      `1. Sáng kiến “${TITLE}”`, '2. Sáng kiến “Sổ tay tiếp công dân điện tử”', 'Tác giả: Trần Thị Bình',
      'Đề nghị: Hội đồng đề nghị công nhận sáng kiến. Điểm trung bình 71,67/100, đạt mức công nhận (từ 50 điểm).',
      'Đề nghị: Chưa đủ điều kiện để Hội đồng đề nghị. Mới có 2/4 thành viên chấm; cần quá nửa số thành viên Hội đồng.',
      'THƯ KÝ', 'CHỦ TỊCH HỘI ĐỒNG', 'Phạm Thị Thư', 'Lê Văn Chủ',
    ]) expect(lines).toContain(s);
    expect(text).toContain(`Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân xã Tân Phong công nhận 01 sáng kiến: “${TITLE}”.`);
    expect(rows.filter((r) => r.length === 4 && r[0] !== 'STT')).toEqual([
      ['1', 'Lê Văn Chủ', 'Chủ tịch UBND xã', 'Chủ tịch Hội đồng'],
      ['2', 'Phạm Thị Thư', 'Công chức Văn phòng', 'Thư ký Hội đồng'],
      ['3', 'Hoàng Văn Ủy', 'Phó Chủ tịch UBND xã', 'Ủy viên'],
    ]);
    const scores = rows.filter((r) => r.length >= 5 && r.length <= 6);
    expect(scores).toEqual([
      ['STT', 'Thành viên Hội đồng', 'Tính mới (40)', 'Khả năng áp dụng, nhân rộng (30)', 'Hiệu quả, lợi ích mang lại (30)', 'Tổng (100)'],
      ['1', 'Lê Văn Chủ', '30', '20', '20', '70'],
      ['2', 'Phạm Thị Thư', '25', '20', '15', '60'],
      ['3', 'Hoàng Văn Ủy', '35', '25', '25', '85'],
      ['Điểm trung bình', '30', '21,67', '20', '71,67'],
      ['STT', 'Thành viên Hội đồng', 'Tính mới (40)', 'Khả năng áp dụng, nhân rộng (30)', 'Hiệu quả, lợi ích mang lại (30)', 'Tổng (100)'],
      ['1', 'Lê Văn Chủ', '10', '10', '10', '30'],
      ['2', 'Phạm Thị Thư', '15', '10', '5', '30'],
      ['Điểm trung bình', '12,5', '10', '7,5', '30'],
    ]);
  });

  it('biên bản of a round with six criteria: the header names them TC1…TC6 with a legend, so the columns still fit the page', async () => {
    const { h, application } = await built();
    const criteria = ['Tính mới', 'Tính khoa học', 'Khả năng áp dụng', 'Khả năng nhân rộng', 'Hiệu quả kinh tế', 'Hiệu quả xã hội'].map((name, n) => ({ code: `tc-${n + 1}`, name, max: 10 }));
    const dot3 = await h.call('initiatives.createRound', { year: 2026, number: 3, criteria, passMark: 30 });
    await h.call('initiatives.setCouncil', { roundId: dot3.id, members: [{ name: 'Lê Văn Chủ', position: 'Chủ tịch UBND xã', role: 'chu-tich' }] });
    const i = await h.call('initiatives.create', application({ title: 'Hộp thư góp ý điện tử', roundId: dot3.id }));
    await h.call('initiatives.receive', { id: i.id, receivedOn: '2026-03-13' });
    const { lines, rows, xml } = read((await h.call('print.document', { kind: 'initiative-minutes', id: dot3.id })).contentBase64);
    expect(lines).toContain('TC1: Tính mới; TC2: Tính khoa học; TC3: Khả năng áp dụng; TC4: Khả năng nhân rộng; TC5: Hiệu quả kinh tế; TC6: Hiệu quả xã hội');
    expect(rows).toContainEqual(['STT', 'Thành viên Hội đồng', 'TC1 (10)', 'TC2 (10)', 'TC3 (10)', 'TC4 (10)', 'TC5 (10)', 'TC6 (10)', 'Tổng (60)']);
    const grid = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].reduce((t, x) => t + Number(x[1]), 0));
    for (const w of grid) expect(w).toBeLessThanOrEqual(9354); // the A4 portrait text width
    expect(lines).toContain('Đề nghị: Chưa đủ điều kiện để Hội đồng đề nghị. Mới có 0/1 thành viên chấm; cần quá nửa số thành viên Hội đồng.');
  });

  it('quyết định: the chairman recognises the round\'s recognised initiatives, căn cứ NĐ 13/2012 and TT 18/2013, the list on a landscape page', async () => {
    const { h, dot1, b } = await built();
    const doc = await h.call('print.document', { kind: 'initiative-decision', id: dot1.id });
    expect(doc.fileName).toBe('quyet-dinh-cong-nhan-sang-kien_dot-i-2026.docx');
    const { xml, text, lines, rows, sections } = read(doc.contentBase64);
    expectLayout(xml);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('w:orient="landscape"');
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'Số: 45/QĐ-UBND', 'Tân Phong, ngày 14 tháng 3 năm 2026', 'QUYẾT ĐỊNH',
      'Về việc công nhận sáng kiến Đợt I năm 2026', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG',
      'Căn cứ Nghị định số 13/2012/NĐ-CP ngày 02 tháng 3 năm 2012 của Chính phủ ban hành Điều lệ Sáng kiến;',
      'Căn cứ Thông tư số 18/2013/TT-BKHCN ngày 01 tháng 8 năm 2013 của Bộ trưởng Bộ Khoa học và Công nghệ hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến;',
      'Căn cứ Biên bản họp Hội đồng sáng kiến xã Tân Phong xét công nhận sáng kiến Đợt I năm 2026 ngày 12 tháng 3 năm 2026;',
      'Xét đề nghị của Hội đồng sáng kiến xã Tân Phong.', 'QUYẾT ĐỊNH:', 'CHỦ TỊCH', 'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VP.',
      'DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN', '(Kèm theo Quyết định số 45/QĐ-UBND ngày 14 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân xã Tân Phong)',
      'Danh sách có 01 sáng kiến./.',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Điều 1. Công nhận 01 sáng kiến của các tác giả có tên trong danh sách kèm theo');
    expect(text).toContain('Điều 2. Tác giả, đồng tác giả của các sáng kiến tại Điều 1 được cấp Giấy chứng nhận sáng kiến');
    expect(text).toContain('chịu trách nhiệm thi hành Quyết định này./.');
    expect(lines).not.toContain('TM. ỦY BAN NHÂN DÂN');
    expect(rows.filter((r) => r.length === 6)).toEqual([
      ['STT', 'Tên sáng kiến', 'Tác giả (tỷ lệ đóng góp)', 'Lĩnh vực áp dụng', 'Phạm vi ảnh hưởng', 'Số giấy chứng nhận'],
      ['1', TITLE, 'Nguyễn Văn An (70%); Trần Thị Bình (30%)', 'Hộ tịch', 'Cấp cơ sở', '01/GCN-SK'],
    ]);
    expect(text).not.toContain(b.title);
  });

  it('giấy chứng nhận: A4 landscape, title in red, number, initiative, authors with shares, scope, decision, nudged by the saved offsets', async () => {
    const { h, a } = await built();
    const doc = await h.call('print.document', { kind: 'initiative-certificate', id: a.id });
    expect(doc.fileName).toBe(`giay-chung-nhan-sang-kien_${SLUG}.docx`);
    const { xml, lines, sections } = read(doc.contentBase64);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ TÂN PHONG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIẤY CHỨNG NHẬN SÁNG KIẾN', 'Số: 01/GCN-SK',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG CHỨNG NHẬN', `Sáng kiến: “${TITLE}”`,
      'Tác giả (tỷ lệ đóng góp): Nguyễn Văn An (70%); Trần Thị Bình (30%)', 'Lĩnh vực áp dụng: Hộ tịch',
      'Đã được công nhận là sáng kiến có phạm vi ảnh hưởng cấp cơ sở.',
      'Quyết định số 45/QĐ-UBND', 'ngày 14 tháng 3 năm 2026', 'của Chủ tịch UBND xã Tân Phong',
      'Tân Phong, ngày 14 tháng 3 năm 2026', 'CHỦ TỊCH',
    ]) expect(lines).toContain(s);
    expect(paragraphOf(xml, 'GIẤY CHỨNG NHẬN SÁNG KIẾN')).toContain('<w:color w:val="C00000"/>');
    expect(xml).toMatch(/<w:spacing w:after="0" w:before="1418"\/>/); // 25 mm under the 10 mm margin
    expect(paragraphOf(xml, 'Số: 01/GCN-SK')).toMatch(/<w:ind w:left="0" w:right="0"\/>/);

    setOffsets(h.context(), 'initiative-certificate', { topMm: 5, leftMm: -3 });
    const moved = read((await h.call('print.document', { kind: 'initiative-certificate', id: a.id })).contentBase64).xml;
    expect(moved).toMatch(/<w:spacing w:after="0" w:before="1702"\/>/); // 1418 + 5 × 56.7 (284)
    for (const s of ['GIẤY CHỨNG NHẬN SÁNG KIẾN', 'Nguyễn Văn An (70%)', 'CỘNG HÒA XÃ HỘI', 'Tân Phong, ngày 14']) {
      expect(paragraphOf(moved, s)).toMatch(/<w:ind w:left="-170" w:right="170"\/>/);
    }
    // The Giấy khen keeps its own offsets.
    expect(await h.call('print.getOffsets', { kind: 'dossier-giay-khen' })).toEqual({ topMm: 0, leftMm: 0 });
  });

  it('an agency (not an administrative unit) writes in its own name and its head signs', async () => {
    const h = testHost();
    const inst = await h.call('setup.init', {
      unit: { code: 'TH-TP', name: 'Trường Tiểu học Tân Phong', level: 'agency' }, parent: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' }, clerkName: 'Vũ Thị Mai',
    });
    const mai = await h.call('people.create', person({ familyName: 'Vũ', middleName: 'Thị', givenName: 'Mai', gender: 'female', unitId: inst.unitId, position: 'Giáo viên' }));
    const [dot1] = await h.call('initiatives.createDefaultRounds', { year: 2026 });
    const round = await h.call('initiatives.setCouncil', { roundId: dot1!.id, members: [{ name: 'Đinh Văn Hiệu', position: 'Hiệu trưởng', role: 'chu-tich' }] });
    const i = await h.call('initiatives.create', { title: 'Thư viện sách nói cho học sinh', year: 2026, roundId: dot1!.id, authors: [{ personId: mai.id, share: 100 }] });
    await h.call('initiatives.receive', { id: i.id, receivedOn: '2026-03-02' });
    await h.call('initiatives.score', { initiativeId: i.id, memberId: round.members[0]!.id, scores: sheet(30, 25, 25) });
    await h.call('initiatives.decide', { id: i.id, outcome: 'recognised', recognisingBody: 'Hiệu trưởng Trường Tiểu học Tân Phong', decisionNumber: '12/QĐ-THTP', decisionDate: '2026-03-09' });
    const decision = read((await h.call('print.document', { kind: 'initiative-decision', id: dot1!.id })).contentBase64);
    for (const s of ['UBND XÃ TÂN PHONG', 'TRƯỜNG TIỂU HỌC TÂN PHONG', 'Số: 12/QĐ-THTP', 'Tân Phong, ngày 09 tháng 3 năm 2026', 'THỦ TRƯỞNG TRƯỜNG TIỂU HỌC TÂN PHONG', 'THỦ TRƯỞNG ĐƠN VỊ']) {
      expect(decision.lines).toContain(s);
    }
    expect(decision.text).toContain('Hội đồng sáng kiến Trường Tiểu học Tân Phong, các bộ phận có liên quan và các tác giả có tên tại Điều 1');
    expect(decision.rows).toContainEqual(['1', 'Thư viện sách nói cho học sinh', 'Vũ Thị Mai', '', 'Cấp cơ sở', '01/GCN-SK']);
    const cert = read((await h.call('print.document', { kind: 'initiative-certificate', id: i.id })).contentBase64);
    for (const s of ['TRƯỜNG TIỂU HỌC TÂN PHONG', 'THỦ TRƯỞNG TRƯỜNG TIỂU HỌC TÂN PHONG CHỨNG NHẬN', 'Tác giả: Vũ Thị Mai', 'THỦ TRƯỞNG ĐƠN VỊ',
      'Quyết định số 12/QĐ-THTP', 'ngày 09 tháng 3 năm 2026', 'của Hiệu trưởng Trường Tiểu học Tân Phong']) expect(cert.lines).toContain(s);
    const minutes = read((await h.call('print.document', { kind: 'initiative-minutes', id: dot1!.id })).contentBase64);
    expect(minutes.lines).toContain('TRƯỜNG TIỂU HỌC TÂN PHONG');
    expect(minutes.lines).toContain('Địa điểm: trụ sở Trường Tiểu học Tân Phong.');
    expect(minutes.text).toContain('Hội đồng thống nhất đề nghị Thủ trưởng Trường Tiểu học Tân Phong công nhận 01 sáng kiến');
  });

  it('refuses in Vietnamese: no receipt before the application is received, no certificate before recognition, no sheets or minutes without a council, no decision without a recognised initiative', async () => {
    const { h, b, c, dot2, application } = await built();
    const fail = (kind: string, id: string) => h.fail('print.document', { kind, id });
    expect(await fail('initiative-receipt', c.id)).toMatchObject({
      code: 'NOT_RECEIVED', message: 'Đơn "Bản đồ số thôn bản" chưa được tiếp nhận; hãy tiếp nhận đơn (ghi ngày nhận) trước khi in giấy biên nhận.',
    });
    expect(await fail('initiative-certificate', b.id)).toMatchObject({
      code: 'NOT_RECOGNISED', message: 'Sáng kiến "Sổ tay tiếp công dân điện tử" chưa có quyết định công nhận; chỉ in Giấy chứng nhận cho sáng kiến đã được công nhận.',
    });
    expect(await fail('initiative-certificate', c.id)).toMatchObject({ code: 'NOT_RECOGNISED' });
    expect(await fail('initiative-evaluation', c.id)).toMatchObject({
      code: 'NO_COUNCIL', message: 'Đợt II năm 2026 chưa có Hội đồng sáng kiến; hãy lập Hội đồng trước khi in phiếu đánh giá.',
    });
    const loose = await h.call('initiatives.create', application({ title: 'Chưa có đợt', roundId: null }));
    expect(await fail('initiative-evaluation', loose.id)).toMatchObject({ code: 'NO_ROUND' });
    expect(await fail('initiative-minutes', dot2.id)).toMatchObject({ code: 'NO_COUNCIL', message: 'Đợt II năm 2026 chưa có Hội đồng sáng kiến; chưa có gì để lập biên bản.' });
    expect(await fail('initiative-decision', dot2.id)).toMatchObject({
      code: 'NOTHING_RECOGNISED', message: 'Đợt II năm 2026 chưa có sáng kiến nào được công nhận; chưa có gì để in quyết định công nhận.',
    });
    // A refused application gets no certificate either.
    await h.call('initiatives.decide', { id: b.id, outcome: 'refused', recognisingBody: 'Chủ tịch UBND xã Tân Phong', decisionDate: '2026-03-14', refusalReason: 'Chưa áp dụng thử.' });
    expect((await fail('initiative-certificate', b.id)).message).toMatch(/đã có văn bản không công nhận/);
    expect(await h.call('print.kinds', {})).toEqual(expect.arrayContaining([
      'initiative-receipt', 'initiative-evaluation', 'initiative-minutes', 'initiative-decision', 'initiative-certificate',
    ]));
  });

  it('print initiative-certificate ID --out FILE writes the certificate through the CLI; a refusal is told in Vietnamese', async () => {
    const { h, a, b } = await built();
    h.close();
    const out = path.join(tempDir('tdkt-initiative-cli-'), 'gcn.docx');
    const cli = cliIn(h.dataDir);
    const r = cli('print', 'initiative-certificate', a.id, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`Đã ghi ${out}`);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = cli('print', 'initiative-certificate', b.id, '--out', out);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('Sáng kiến "Sổ tay tiếp công dân điện tử" chưa có quyết định công nhận');
  }, 60_000);

  it.skipIf(!hasSoffice)('opens in LibreOffice: the certificate keeps the name, the authors and its title with their diacritics; the minutes and the decision convert', async () => {
    const { h, a, dot1 } = await built();
    const dir = tempDir('tdkt-initiatives-lo-');
    const files: Record<string, string> = {};
    const kinds = [['initiative-certificate', a.id], ['initiative-minutes', dot1.id], ['initiative-decision', dot1.id], ['initiative-receipt', a.id], ['initiative-evaluation', a.id]] as const;
    for (const [kind, id] of kinds) {
      const doc = await h.call('print.document', { kind, id });
      files[kind] = path.join(dir, doc.fileName);
      fs.writeFileSync(files[kind], Buffer.from(doc.contentBase64, 'base64'));
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...Object.values(files)], { timeout: 180_000 });
    const pdfOf = (kind: string) => files[kind]!.replace(/\.docx$/, '.pdf');
    // TDKT_RENDER_DIR=… keeps the PDFs for a look (pdftoppm -png -r 60).
    if (process.env.TDKT_RENDER_DIR) for (const k of Object.keys(files)) fs.copyFileSync(pdfOf(k), path.join(process.env.TDKT_RENDER_DIR, path.basename(pdfOf(k))));
    const pdf = (kind: string) => execFileSync('pdftotext', ['-layout', pdfOf(kind), '-'], { encoding: 'utf8' }).normalize('NFC');
    const cert = pdf('initiative-certificate');
    expect(cert.split('\f').filter((p) => p.trim())).toHaveLength(1);
    const flat = cert.replace(/\s+/gu, ' ');
    for (const s of ['GIẤY CHỨNG NHẬN SÁNG KIẾN', TITLE, 'Nguyễn Văn An', 'Trần Thị Bình', 'Số: 01/GCN-SK', 'cấp cơ sở', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN PHONG']) {
      expect(flat).toContain(s);
    }
    const minutes = pdf('initiative-minutes').replace(/\s+/gu, ' ');
    for (const s of ['BIÊN BẢN', '71,67', '21,67', 'Đỗ Thị Vắng', 'CHỦ TỊCH HỘI ĐỒNG']) expect(minutes).toContain(s);
    const decision = pdf('initiative-decision');
    expect(decision.split('\f').filter((p) => p.trim())).toHaveLength(2);
    for (const s of ['QUYẾT ĐỊNH:', 'Điều 1.', 'DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN', '01/GCN-SK']) expect(decision.replace(/\s+/gu, ' ')).toContain(s);
    expect(pdf('initiative-receipt').replace(/\s+/gu, ' ')).toContain('GIẤY BIÊN NHẬN');
    // One page per member of the council, each a sheet of its own.
    const sheets = pdf('initiative-evaluation').split('\f').filter((p) => p.trim());
    expect(sheets.map((p) => /Họ và tên thành viên Hội đồng: (.+)/u.exec(p)?.[1]?.trim())).toEqual(['Lê Văn Chủ', 'Phạm Thị Thư', 'Hoàng Văn Ủy', 'Đỗ Thị Vắng']);
  }, 200_000);
});
