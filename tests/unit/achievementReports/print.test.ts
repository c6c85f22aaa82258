import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initializedHost, person } from '../helpers';

const lines = (b64: string) =>
  strFromU8(unzipSync(Buffer.from(b64, 'base64'))['word/document.xml']!)
    .replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\u00A0/g, ' ')
    .split('\n').map((l) => l.trim()).filter(Boolean);

describe('printed báo cáo thành tích by round and reference date', () => {
  it('an đột xuất dossier prints the đột xuất form (its own section, no awards tables); NĐ 98 before 01/7/2025 names its form in the editor', async () => {
    const { h, inst } = await initializedHost();
    const p = await h.call('people.create', person({ unitId: inst.unitId, position: 'Công an viên' }));
    const d = await h.call('dossiers.create', { year: 2025, round: 'adhoc', awardCode: 'GIAY_KHEN', referenceDate: '2025-08-20', title: 'Giấy khen đột xuất' });
    const n = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: '' });
    const r = await h.call('achievementReports.get', { nomineeId: n.id });
    await h.call('achievementReports.save', {
      nomineeId: n.id, templateId: r.form.id, templateVersion: r.form.version,
      content: { ...r.content, sections: { deed: ['Ngày 12/8/2025, cứu 02 người bị nước cuốn trôi tại suối Nậm Mu.'] } },
    });
    const l = lines((await h.call('print.document', { kind: 'dossier-bao-cao', id: n.id })).contentBase64);
    for (const s of [
      'BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng Giấy khen (khen thưởng đột xuất) năm 2025', '(Thành tích xuất sắc đột xuất)', 'I. SƠ LƯỢC LÝ LỊCH', '- Quê quán: ……………………………………',
      '2. Thành tích xuất sắc đột xuất', 'Ngày 12/8/2025, cứu 02 người bị nước cuốn trôi tại suối Nậm Mu.', 'THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ',
    ]) expect(l).toContain(s);
    expect(l.some((x) => x.startsWith('III.'))).toBe(false);

    const old = await h.call('dossiers.create', { year: 2024, round: 'annual', awardCode: 'GIAY_KHEN', referenceDate: '2025-06-30', title: 'Giấy khen 2024' });
    const m = await h.call('dossiers.addNominee', { dossierId: old.id, subjectType: 'person', subjectId: p.id, summary: '' });
    expect((await h.call('achievementReports.get', { nomineeId: m.id })).form.legalBasis).toMatch(/^Phụ lục Nghị định số 98\/2023\/NĐ-CP/);
    expect(lines((await h.call('print.document', { kind: 'dossier-bao-cao', id: m.id })).contentBase64)).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
  });
});
