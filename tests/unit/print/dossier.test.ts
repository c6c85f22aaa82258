import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { dossierDocuments } from '../../../src-main/print/dossier';
import { initializedHost, person, tempDir, testHost } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

const REPORT = [
  'Năm 2025, đồng chí được giao phụ trách công tác văn hóa - xã hội của xã.',
  '',
  'Chủ trì xây dựng mô hình "Thôn văn hóa kiểu mẫu" tại thôn Đông, được Ủy ban nhân dân xã nhân rộng.',
  'Hoàn thành xuất sắc nhiệm vụ năm 2025; có sáng kiến "Số hóa hồ sơ hộ tịch" được công nhận ở cấp cơ sở.',
].join('\n');

/** A CSTĐCS dossier of Xã Tân Phong for 2025: two people, a council of 10 voting 8 and 7 yes. */
async function built() {
  const { h, inst } = await initializedHost();
  const huong = await h.call('people.create', person({
    familyName: 'Đặng', middleName: 'Thị', givenName: 'Hương', gender: 'female', birthDate: '1985-09-02', unitId: inst.unitId, position: 'Công chức Văn hóa - Xã hội',
  }));
  const ung = await h.call('people.create', person({ familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Ửng', unitId: inst.unitId, position: 'Trưởng Công an xã' }));
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ đề nghị CSTĐCS năm 2025' });
  const a = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: huong.id, summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở' });
  const b = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: ung.id, summary: 'Đảm bảo an ninh trật tự trên địa bàn' });
  await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 9, councilWritten: 1 });
  await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: a.id, summary: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở', report: REPORT, voteYes: 8 });
  await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: b.id, summary: 'Đảm bảo an ninh trật tự trên địa bàn', report: '', voteYes: 7 });
  await h.call('awards.addHistory', {
    subjectType: 'person', subjectId: huong.id, year: 2024, awardCode: 'LDTT', awardName: 'Lao động tiên tiến', decisionNumber: '15/QĐ-UBND', decisionDate: '2024-12-20', issuer: 'UBND xã Tân Phong',
  });
  return { h, inst, d, a, b };
}

/** The document's XML, its text one paragraph per line, and its tables as rows of cell texts. */
function read(b64: string) {
  const xml = strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!);
  // No-break spaces (which keep a unit's name on one line of the heading) read as spaces.
  const plain = (s: string) => s.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00A0/g, ' ');
  const text = plain(xml);
  const rows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((r) => [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) => plain(c[0]).trim()));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { xml, text, rows, lines };
}

/** NĐ 30/2020: A4, margins 20/15/20/30 mm, Times New Roman, Unicode in NFC. */
function expectLayout(xml: string, landscape: boolean) {
  if (landscape) expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  else {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).not.toContain('w:orient="landscape"');
  }
  expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  expect(xml).toContain('w:ascii="Times New Roman"');
  expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
  expect(xml).toBe(xml.normalize('NFC'));
}

describe('dossier documents', () => {
  it('tờ trình: heading, căn cứ from the catalogue in italics, the vote on the total membership, the override reason when there is one', async () => {
    const { h, d } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id });
    expect(doc.fileName).toBe('01_to-trinh.docx');
    const { xml, text, lines } = read(doc.contentBase64);
    expectLayout(xml, false);
    for (const s of [
      'UBND XÃ TÂN PHONG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Số:        /TTr-HĐTĐKT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Tân Phong, ngày 15 tháng 3 năm 2026', 'TỜ TRÌNH', 'Về việc đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025',
      // CSTĐCS since 01/7/2025: the commune chairman decides (NĐ 129/2025, Điều 59); the council advises him.
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phong.',
      'Căn cứ Điều 23, Điều 80, Điều 84 của Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng;',
      'Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng xã Tân Phong ngày 10 tháng 01 năm 2026.',
      '(Có danh sách kèm theo)', 'TM. HỘI ĐỒNG', 'CHỦ TỊCH', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng xã Tân Phong đề nghị Chủ tịch Ủy ban nhân dân xã Tân Phong tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 01 cá nhân');
    expect(text).toContain('Hội đồng Thi đua - Khen thưởng xã Tân Phong đã họp xét 02 cá nhân với 10 thành viên (có mặt 09, ý kiến bằng văn bản 01)');
    expect(text).toContain('01 cá nhân được đề nghị đạt tỷ lệ từ 80% trở lên trên tổng số thành viên Hội đồng (Đặng Thị Hương 8/10 phiếu, 80%).');
    expect(text).toContain('kính trình Chủ tịch Ủy ban nhân dân xã Tân Phong xem xét, quyết định./.');
    // The one who failed the vote is in the biên bản only.
    expect(text).not.toContain('Nguyễn Văn Ửng');
    expect(text).not.toMatch(/Kính gửi: Hội đồng|kính trình Hội đồng/u);
    // Căn cứ lines are italic; the body is not.
    const runOf = (s: string) => [...xml.matchAll(/<w:r>.*?<\/w:r>/gs)].map((m) => m[0]).find((r) => r.includes(s))!;
    expect(runOf('Căn cứ Điều 59')).toContain('<w:i/>');
    expect(runOf('01 cá nhân đã có')).not.toContain('<w:i/>');
    expect(text).not.toContain('Lý do vẫn đề nghị');

    await h.call('dossiers.markReady', { id: d.id, overrideReason: 'Bản đánh giá năm 2025 đang chờ ký, sẽ bổ sung' });
    const again = read((await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id })).contentBase64).text;
    expect(again).toContain('Lý do vẫn đề nghị: Bản đánh giá năm 2025 đang chờ ký, sẽ bổ sung.');
    expect(again).not.toContain('Nguyễn Văn Ửng'); // an override never brings back a failed vote
  });

  it('danh sách: landscape table across the full width, votes as yes/total (percent of the total membership)', async () => {
    const { h, d } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-danh-sach', id: d.id });
    expect(doc.fileName).toBe('02_danh-sach.docx');
    const { xml, lines, rows } = read(doc.contentBase64);
    expectLayout(xml, true);
    expect(lines).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(lines).toContain('Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
    expect(lines).toContain('(Kèm theo Tờ trình số        /TTr-HĐTĐKT ngày …… tháng …… năm …… của Hội đồng Thi đua - Khen thưởng xã Tân Phong)');
    const table = rows.filter((r) => r.length === 5);
    // Exactly the selection: Nguyễn Văn Ửng (7/10 < 80%) is not listed.
    expect(table).toEqual([
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Số phiếu đồng ý / tổng số thành viên Hội đồng (tỷ lệ)'],
      ['1', 'Đặng Thị Hương', 'Công chức Văn hóa - Xã hội, Xã Tân Phong', 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở', '8/10 (80%)'],
    ]);
    expect(lines).toContain('Danh sách có 01 cá nhân./.');
    // The data table spans the landscape content width (297 mm - 30 - 15).
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)].map((g) => [...g[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    expect(grids.find((g) => g.length === 5)!.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 851);
  });

  it('biên bản: meeting, members, and per nominee the share of the TOTAL membership against the catalogue threshold', async () => {
    const { h, d } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-bien-ban', id: d.id });
    expect(doc.fileName).toBe('03_bien-ban.docx');
    const { xml, text, lines, rows } = read(doc.contentBase64);
    expectLayout(xml, false);
    for (const s of [
      'UBND XÃ TÂN PHONG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Số:        /BB-HĐTĐKT', 'Tân Phong, ngày 10 tháng 01 năm 2026', 'BIÊN BẢN',
      'Họp Hội đồng Thi đua - Khen thưởng xã Tân Phong xét đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025',
      'Thời gian: Ngày 10 tháng 01 năm 2026.', 'THƯ KÝ', 'CHỦ TỊCH HỘI ĐỒNG',
    ]) expect(lines).toContain(s);
    expect(text).toContain('Thành phần: tổng số thành viên Hội đồng: 10; có mặt: 09; vắng mặt: 01, trong đó có ý kiến bằng văn bản: 01.');
    expect(text).toContain('Hình thức: bỏ phiếu kín; cá nhân được đề nghị khi đạt từ 80% số phiếu đồng ý trở lên trên tổng số thành viên Hội đồng.');
    // 8 of 9 present + 1 written would be 88,8% of the voters, but the share is of the 10 members.
    expect(rows.filter((r) => r.length === 5)).toEqual([
      ['STT', 'Họ và tên', 'Số phiếu đồng ý', 'Tỷ lệ trên tổng số thành viên', 'Kết quả'],
      ['1', 'Đặng Thị Hương', '8/10', '80%', 'Đạt'],
      ['2', 'Nguyễn Văn Ửng', '7/10', '70%', 'Không đạt'],
    ]);
    expect(text).toContain('Hội đồng thống nhất đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025 cho 01 cá nhân: Đặng Thị Hương (có danh sách kèm theo).');
  });

  it('báo cáo thành tích of a person by the NĐ 152 form: lý lịch, quyền hạn/nhiệm vụ, the report in sections, titles and commendations apart, two signatures', async () => {
    const { h, a, b } = await built();
    const doc = await h.call('print.document', { kind: 'dossier-bao-cao', id: a.id });
    expect(doc.fileName).toBe('04_bao-cao_dang-thi-huong.docx');
    const { xml, lines, rows } = read(doc.contentBase64);
    expectLayout(xml, false);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Tân Phong, ngày 15 tháng 3 năm 2026', 'BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025',
      'I. SƠ LƯỢC LÝ LỊCH', '- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Đặng Thị Hương', '- Sinh ngày, tháng, năm: 02/09/1985', '- Giới tính: Nữ', '- Dân tộc: Kinh',
      '- Quê quán: ……………………………………', '- Trú quán: ……………………………………', '- Trình độ chuyên môn, nghiệp vụ: ……………………………………',
      '- Học hàm, học vị, danh hiệu, giải thưởng: ……………………………………',
      '- Chức vụ (Đảng, chính quyền, đoàn thể): Công chức Văn hóa - Xã hội', '- Đơn vị công tác: Xã Tân Phong',
      'II. THÀNH TÍCH ĐẠT ĐƯỢC', '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận', '2. Kết quả thực hiện nhiệm vụ được giao',
      '3. Các giải pháp, sáng kiến, đề tài đã áp dụng', '4. Việc tham gia các phong trào thi đua',
      // The older free-text report fills the results, one paragraph per line; the blank line is dropped.
      ...REPORT.split('\n').filter(Boolean),
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', '1. Danh hiệu thi đua', '2. Hình thức khen thưởng',
      'THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ]) expect(lines).toContain(s);
    // The headings of the form are printed once, not typed again by the clerk.
    expect(lines.filter((l) => l === 'II. THÀNH TÍCH ĐẠT ĐƯỢC')).toHaveLength(1);
    expect(lines.filter((l) => l === 'Đặng Thị Hương')).toHaveLength(1); // the reporter's name under the signature
    // Two tables: titles, then forms of commendation, each with its own decision column.
    expect(rows.filter((r) => r.length === 3)).toEqual([
      ['Năm', 'Danh hiệu thi đua', 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'],
      ['2024', 'Lao động tiên tiến', 'Quyết định số 15/QĐ-UBND ngày 20/12/2024 của UBND xã Tân Phong'],
      ['Năm', 'Hình thức khen thưởng', 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định'],
    ]);
    expect(lines).toContain('(Chưa có hình thức khen thưởng nào được ghi nhận.)');

    const other = await h.call('print.document', { kind: 'dossier-bao-cao', id: b.id });
    expect(other.fileName).toBe('04_bao-cao_nguyen-van-ung.docx');
    const o = read(other.contentBase64);
    expect(o.lines).toContain('- Họ và tên (ghi đầy đủ bằng chữ in thường, không viết tắt): Nguyễn Văn Ửng');
    expect(o.lines).toContain('(Chưa có danh hiệu thi đua nào được ghi nhận.)');
    expect((await h.fail('print.document', { kind: 'dossier-bao-cao', id: 'khong-co' })).code).toBe('NOT_FOUND');
  });

  it('a saved structured report prints as the clerk wrote it: particulars, sections, the two tables', async () => {
    const { h, a } = await built();
    const r = await h.call('achievementReports.get', { nomineeId: a.id });
    await h.call('achievementReports.save', {
      nomineeId: a.id, templateId: r.form.id, templateVersion: r.form.version,
      content: {
        ...r.content,
        particulars: { ...r.content.particulars, homeTown: 'Xã Tân Phong, tỉnh Lai Châu', residence: 'Thôn Đông, xã Tân Phong', qualification: 'Cử nhân Văn hóa học', academicRank: 'Không' },
        sections: { duties: ['Tham mưu công tác văn hóa, thông tin, thể thao.'], results: ['Năm 2025 hoàn thành xuất sắc nhiệm vụ.'], movements: ['Tham gia phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.'] },
        commendations: [{ year: 2023, name: 'Giấy khen', decisionNumber: '40/QĐ-UBND', decisionDate: '2023-12-28', issuer: 'UBND xã Tân Phong' }],
      },
    });
    const { lines, rows } = read((await h.call('print.document', { kind: 'dossier-bao-cao', id: a.id })).contentBase64);
    for (const s of [
      '- Quê quán: Xã Tân Phong, tỉnh Lai Châu', '- Trú quán: Thôn Đông, xã Tân Phong', '- Trình độ chuyên môn, nghiệp vụ: Cử nhân Văn hóa học',
      'Tham mưu công tác văn hóa, thông tin, thể thao.', 'Năm 2025 hoàn thành xuất sắc nhiệm vụ.',
    ]) expect(lines).toContain(s);
    expect(lines).not.toContain(REPORT.split('\n')[0]); // the saved sections replace the older text
    expect(rows.filter((x) => x.length === 3).map((x) => x[1])).toEqual(['Danh hiệu thi đua', 'Lao động tiên tiến', 'Hình thức khen thưởng', 'Giấy khen']);
  });

  it('a collective title without a vote threshold: "—" in the minutes, and the collective report by the collective form', async () => {
    const { h, inst } = await initializedHost();
    const thon = await h.call('collectives.create', { name: 'Thôn Đông', kind: 'village', unitId: inst.unitId, memberCount: 40 });
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'TTLDTT', referenceDate: '2026-01-15', title: 'Tập thể lao động tiên tiến 2025' });
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'collective', subjectId: thon.id, summary: 'Thôn dẫn đầu phong trào xây dựng nông thôn mới' });
    await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
    await h.call('dossiers.updateNominee', {
      dossierId: d.id, nomineeId: n.id, summary: 'Thôn dẫn đầu phong trào xây dựng nông thôn mới', report: 'Đường thôn được bê tông hóa 100%.\nKhông có hộ nghèo.', voteYes: null,
      collectiveFacts: { members: 38, ldtt: 30, completedTasks: 36, cstdcs: 2, disciplined: 0 },
    });
    const bb = read((await h.call('print.document', { kind: 'dossier-bien-ban', id: d.id })).contentBase64);
    expect(bb.rows.filter((r) => r.length === 5)).toEqual([
      ['STT', 'Tên tập thể', 'Số phiếu đồng ý', 'Tỷ lệ trên tổng số thành viên', 'Kết quả'],
      ['1', 'Thôn Đông', '—', '—', '—'],
    ]);
    expect(bb.text).toContain('danh hiệu, hình thức khen thưởng này không yêu cầu tỷ lệ phiếu.');
    const rep = await h.call('print.document', { kind: 'dossier-bao-cao', id: n.id });
    expect(rep.fileName).toBe('04_bao-cao_thon-dong.docx');
    const r = read(rep.contentBase64);
    for (const s of [
      'XÃ TÂN PHONG', 'THÔN ĐÔNG', 'Đề nghị tặng danh hiệu “Tập thể lao động tiên tiến” năm 2025', 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', '1. Đặc điểm, tình hình',
      '- Tên tập thể (ghi đầy đủ bằng chữ in thường, không viết tắt): Thôn Đông', '- Điện thoại: ……………………………………', '- Cơ cấu tổ chức: ……………………………………',
      '- Số lượng cán bộ, công chức, viên chức, người lao động (thành viên): 38', '2. Chức năng, nhiệm vụ được giao',
      '1. Kết quả thực hiện nhiệm vụ được giao', 'Đường thôn được bê tông hóa 100%.', 'Không có hộ nghèo.',
      'THỦ TRƯỞNG ĐƠN VỊ', 'CẤP TRÊN TRỰC TIẾP', 'XÁC NHẬN, ĐỀ NGHỊ',
    ]) expect(r.lines).toContain(s);
  });

  it('an agency (not a commune): its head decides LĐTT, so its council\'s tờ trình goes to its head, dated at its commune', async () => {
    const h = testHost();
    const inst = await h.call('setup.init', {
      unit: { code: 'TH-TP', name: 'Trường Tiểu học Tân Phong', level: 'agency' },
      parent: { code: 'XA-TP', name: 'Xã Tân Phong', level: 'commune' },
      clerkName: 'Lò Thị Mai',
    });
    const gv = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Thị', givenName: 'Mai', gender: 'female', unitId: inst.unitId, position: 'Giáo viên' }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'LDTT', referenceDate: '2026-01-15', title: 'LĐTT 2025' });
    await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: gv.id, summary: 'Hoàn thành tốt nhiệm vụ' });
    const { lines } = read((await h.call('print.document', { kind: 'dossier-to-trinh', id: d.id })).contentBase64);
    for (const s of [
      'TRƯỜNG TIỂU HỌC TÂN PHONG', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Số:        /TTr-HĐTĐKT', 'Tân Phong, ngày 15 tháng 3 năm 2026',
      'Kính gửi: Thủ trưởng Trường Tiểu học Tân Phong.', 'Về việc đề nghị tặng danh hiệu “Lao động tiên tiến” năm 2025', 'TM. HỘI ĐỒNG',
    ]) expect(lines).toContain(s);
    expect(lines.join('\n')).not.toMatch(/Kính gửi: Hội đồng/u);
    expect(lines).not.toContain('TM. ỦY BAN NHÂN DÂN');
    // No meeting yet: the last căn cứ line ends the list with a full stop.
    expect(lines.filter((l) => l.startsWith('Căn cứ')).at(-1)).toMatch(/\.$/);
  });

  it('the set: every document in filing order under ASCII names, each a DOCX; the kinds are registered', async () => {
    const { h, d } = await built();
    const docs = await dossierDocuments(h.context(), d.id);
    // CSTĐCS is decided by the commune chairman: the decision and the Giấy khen close the set.
    expect(docs.map((x) => x.fileName)).toEqual(['01_to-trinh.docx', '02_danh-sach.docx', '03_bien-ban.docx', '04_bao-cao_dang-thi-huong.docx', '04_bao-cao_nguyen-van-ung.docx', '05_quyet-dinh.docx', '06_giay-khen.docx']);
    for (const x of docs) expect(x.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await h.call('print.kinds', {})).toEqual(expect.arrayContaining(['dossier-to-trinh', 'dossier-danh-sach', 'dossier-bien-ban', 'dossier-bao-cao']));
    expect((await h.fail('print.document', { kind: 'dossier-to-trinh', id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });

  it('print dossier ID --out DIR writes the whole set through the CLI, one line per file, --json lists them', async () => {
    const { h, d } = await built();
    h.close();
    const out = path.join(tempDir('tdkt-dossier-cli-'), 'ho-so', '2025');
    const cli = cliIn(h.dataDir);
    const names = ['01_to-trinh.docx', '02_danh-sach.docx', '03_bien-ban.docx', '04_bao-cao_dang-thi-huong.docx', '04_bao-cao_nguyen-van-ung.docx', '05_quyet-dinh.docx', '06_giay-khen.docx'];
    const r = cli('print', 'dossier', d.id, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(names.map((n) => `Đã ghi ${path.join(out, n)}`));
    expect(fs.readdirSync(out).sort()).toEqual(names);
    const j = cli('print', 'dossier', d.id, '--out', out, '--json');
    expect(JSON.parse(j.stdout)).toEqual({ files: names.map((n) => path.join(out, n)) });
    expect(fs.readdirSync(out).sort()).toEqual(names); // rewritten in place, no .partial left
    expect(cli('print', 'dossier', '--out', out).stderr).toMatch(/print dossier cần mã hồ sơ/);
  }, 60_000);

  it.skipIf(!hasSoffice)('opens in LibreOffice: names and headings keep their diacritics', async () => {
    const { h, d } = await built();
    const dir = tempDir('tdkt-dossier-lo-');
    const files = (await dossierDocuments(h.context(), d.id)).map((x) => {
      const file = path.join(dir, x.fileName);
      fs.writeFileSync(file, x.bytes);
      return file;
    });
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 180_000 });
    const pdf = (name: string) => execFileSync('pdftotext', ['-layout', path.join(dir, name.replace(/\.docx$/, '.pdf')), '-'], { encoding: 'utf8' });
    const expected: Record<string, string[]> = {
      '01_to-trinh.docx': ['TỜ TRÌNH', 'UBND XÃ TÂN PHONG', 'Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phong.', 'Đặng Thị Hương', 'TM. HỘI ĐỒNG'],
      '02_danh-sach.docx': ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Đặng Thị Hương', '8/10 (80%)'],
      '03_bien-ban.docx': ['BIÊN BẢN', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG', 'Đặng Thị Hương', 'Nguyễn Văn Ửng', 'Không đạt', 'CHỦ TỊCH HỘI ĐỒNG'],
      '04_bao-cao_dang-thi-huong.docx': [
        'BÁO CÁO THÀNH TÍCH', 'I. SƠ LƯỢC LÝ LỊCH', 'Đặng Thị Hương', 'Quê quán', 'Trình độ chuyên môn', 'Quyền hạn, nhiệm vụ được giao',
        'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'Danh hiệu thi đua', 'Hình thức khen thưởng', 'THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
      ],
      '04_bao-cao_nguyen-van-ung.docx': ['BÁO CÁO THÀNH TÍCH', 'Nguyễn Văn Ửng'],
    };
    for (const [name, strings] of Object.entries(expected)) {
      // Lines wrap where LibreOffice chooses: compare with runs of white space collapsed.
      const text = pdf(name).normalize('NFC').replace(/\s+/gu, ' ');
      for (const s of strings) expect(text, name).toContain(s);
    }
  }, 200_000);
});
