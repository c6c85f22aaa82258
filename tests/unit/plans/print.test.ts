import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoHomeTasks } from '../../../src-main/exchange/demoWork';
import { generateDemo } from '../../../src-main/services/demo';
import { hasSoffice, pdfPages, readDocx } from '../print/checker/nd30';
import { initializedHost, tempDir } from '../helpers';

// FIXED_NOW is 15/03/2026; the demo's CSTĐ cơ sở dossier of 2025 has its quyết định 15/QĐ-UBND of 22/01/2026.

async function demoHost() {
  const { h } = await initializedHost();
  await generateDemo(h.call, { people: 45 });
  await demoHomeTasks(h.context(), h.call);
  const id = (title: string) => (h.context().sqlite.prepare('SELECT id FROM dossiers WHERE title = ?').get(title) as { id: string }).id;
  return { h, decided: id('Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2025'), open: id('Đề nghị tặng Giấy khen đột xuất năm 2026') };
}

const noticeRows = (h: Awaited<ReturnType<typeof initializedHost>>['h']) => h.context().sqlite.prepare('SELECT * FROM public_notices').all();

describe('printed: the plan with its appendix, the public notice', () => {
  it('the plan made from last year\'s on demo data: NĐ 30 heading, portrait text, landscape appendix by quarter, read back through LibreOffice', async () => {
    const { h } = await demoHost();
    const plan = await h.call('plans.create', { year: 2026, kind: 'tdkt', from: 'previous' });
    await h.call('plans.setTaskStatus', { id: plan.taskList[0]!.id, status: 'done', result: 'Kế hoạch số 03/KH-UBND' });
    const doc = await h.call('print.document', { kind: 'work-plan', id: plan.id });
    expect(doc.fileName).toBe('ke-hoach-tdkt-2026_XA-TP.docx');
    const bytes = Buffer.from(doc.contentBase64, 'base64');
    const d = readDocx('work-plan', doc.fileName, bytes);
    expect(d.lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(d.lines).toContain('KẾ HOẠCH');
    expect(d.lines).toContain('Công tác thi đua, khen thưởng năm 2026');
    expect(d.lines).toContain('PHỤ LỤC');
    // Two sections: the plan in portrait, the appendix turned.
    expect(d.xml.match(/<w:sectPr/g)).toHaveLength(2);
    expect(d.xml).toMatch(/w:orient="landscape"/);
    if (!hasSoffice) return;
    const dir = tempDir('tdkt-plan-print-');
    const file = path.join(dir, doc.fileName);
    fs.writeFileSync(file, bytes);
    const pages = pdfPages(dir, [file]).get(doc.fileName)!;
    const all = pages.join(' ');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain('KẾ HOẠCH Công tác thi đua, khen thưởng năm 2026');
    expect(all).toContain('NHIỆM VỤ TRỌNG TÂM CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2026');
    for (const q of ['Quý I', 'Quý II', 'Quý III', 'Quý IV']) expect(all).toContain(`Công việc thực hiện trong ${q}`);
    expect(all).toContain('Công việc thực hiện thường xuyên');
    expect(all).toContain('Kiểm tra công tác thi đua');
    expect(all).toContain('30/11/2026');
    expect(all).toContain('Đã xong');
    expect(d.text).toContain('Kế hoạch số 03/KH-UBND');
    expect(all).not.toContain('2025');
  });

  it('the public notice of the awarded (from the recorded decision) and of the proposed; recorded and listed on the dossier', async () => {
    const { h, decided, open } = await demoHost();
    const r = await h.call('notices.print', { dossierId: decided, postedFrom: '2026-03-16', postedTo: '2026-03-25' });
    expect(r.notice).toMatchObject({ dossierId: decided, kind: 'awarded', postedFrom: '2026-03-16', postedTo: '2026-03-25', printedBy: 'Nguyễn Thị Hoa' });
    const d = readDocx('notice', r.fileName, Buffer.from(r.contentBase64, 'base64'));
    expect(d.lines).toContain('THÔNG BÁO');
    expect(d.lines).toContain('Công khai danh sách tập thể, cá nhân được khen thưởng');
    expect(d.text).toContain('theo Quyết định số 15/QĐ-UBND ngày 22 tháng 01 năm 2026');
    expect(d.text).toContain('từ ngày 16/03/2026 đến hết ngày 25/03/2026');
    expect(d.text).toContain('Luật Thi đua, khen thưởng năm 2022');
    const proposed = await h.call('notices.print', { dossierId: decided, kind: 'proposed', postedFrom: '2026-01-16', postedTo: '2026-01-20' });
    expect(readDocx('notice', proposed.fileName, Buffer.from(proposed.contentBase64, 'base64')).text).toContain('được đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
    expect((await h.call('notices.list', { dossierId: decided })).map((n) => n.kind)).toEqual(['proposed', 'awarded']);
    if (hasSoffice) {
      const dir = tempDir('tdkt-notice-print-');
      const file = path.join(dir, r.fileName);
      fs.writeFileSync(file, Buffer.from(r.contentBase64, 'base64'));
      const text = pdfPages(dir, [file]).get(r.fileName)!.join(' ');
      expect(text).toContain('Thời gian niêm yết công khai: từ ngày 16/03/2026 đến hết ngày 25/03/2026.');
    }

    // Bad input: a Vietnamese message, nothing recorded.
    const before = JSON.stringify(noticeRows(h));
    const backwards = await h.fail('notices.print', { dossierId: decided, postedFrom: '2026-03-25', postedTo: '2026-03-16' });
    expect(backwards.message).toBe('Thời gian niêm yết kết thúc (16/03/2026) trước khi bắt đầu (25/03/2026); hãy sửa lại ngày.');
    const noDecision = await h.fail('notices.print', { dossierId: open, kind: 'awarded', postedFrom: '2026-03-16', postedTo: '2026-03-25' });
    expect(noDecision.message).toMatch(/chưa có quyết định khen thưởng/);
    const notReal = await h.fail('notices.print', { dossierId: decided, postedFrom: '2026-02-30', postedTo: '2026-03-25' });
    expect(notReal.message).toMatch(/không có thật/);
    expect(JSON.stringify(noticeRows(h))).toBe(before);
    // Without a decision the notice is of the proposed.
    expect((await h.call('notices.print', { dossierId: open, postedFrom: '2026-03-16', postedTo: '2026-03-25' })).notice.kind).toBe('proposed');
  });
});
