// From a terminal on a demo dossier: the printed báo cáo thành tích carries the person form's
// particulars, two tables and the head of the unit's confirmation; a proof is confirmed with
// `proof confirm` (refused without its document) and shows in `eligibility --json`.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { readOnlyDb, tempDir } from '../helpers';

interface Eligibility { nominees: { nomineeId: string; criteria: { id: string; result: string; reason: string }[]; proofs: { id: string; confirmation: { document: string } | null }[] }[] }

const docxLines = (file: string) =>
  strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ').split('\n').map((l) => l.trim()).filter(Boolean);

describe('báo cáo thành tích and minh chứng from the CLI', () => {
  const dir = tempDir();
  const cli = cliIn(dir);
  expect(cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh').status).toBe(0);
  expect(cli('demo', '--people', '30').status).toBe(0);
  const dossiers = JSON.parse(cli('records', 'list', 'dossier', '--json').stdout) as { items: { id: string; title: string }[] };
  const dossierId = dossiers.items.find((d) => d.title.includes('Chiến sĩ thi đua cơ sở'))!.id;

  it('print dossier: each report has Quê quán, Trình độ chuyên môn filled, two tables and the head of the unit confirming', () => {
    const out = path.join(dir, 'in');
    const r = cli('print', 'dossier', dossierId, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const reports = fs.readdirSync(out).filter((f) => f.startsWith('04_bao-cao_'));
    expect(reports.length).toBeGreaterThan(0);
    for (const f of reports) {
      const lines = docxLines(path.join(out, f));
      expect(lines.some((l) => /^- Quê quán: Xã \S.*, tỉnh Lai Châu$/u.test(l)), f).toBe(true);
      expect(lines.some((l) => /^- Trú quán: Thôn \S/u.test(l)), f).toBe(true);
      expect(lines.some((l) => /^- Trình độ chuyên môn, nghiệp vụ: [^…]+$/u.test(l)), f).toBe(true);
      for (const s of ['1. Danh hiệu thi đua', '2. Hình thức khen thưởng', 'THỦ TRƯỞNG ĐƠN VỊ', 'XÁC NHẬN, ĐỀ NGHỊ']) expect(lines, f).toContain(s);
    }
  });

  it('proof confirm: refused without a document (nothing written), then confirmed and shown by eligibility', () => {
    const before = JSON.parse(cli('eligibility', dossierId, '--json').stdout) as Eligibility;
    const n = before.nominees[0]!;
    expect(n.proofs).toEqual([{ id: 'cstdcs.combat', text: expect.any(String) as string, citation: expect.any(String) as string, confirmation: null }]);
    expect(cli('eligibility', dossierId).stdout).toContain(`Chưa xác nhận minh chứng: Mưu trí, sáng tạo trong chiến đấu`);

    const refused = cli('proof', 'confirm', n.nomineeId, '--criterion', 'cstdcs.combat');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/Vui lòng nhập văn bản minh chứng/);
    expect(readOnlyDb(dir).prepare('SELECT count(*) n FROM proof_confirmations').get()).toEqual({ n: 0 });
    const wrong = cli('proof', 'confirm', n.nomineeId, '--criterion', 'ldtt.task', '--document', 'Văn bản số 1');
    expect(wrong.stderr).toMatch(/không cần xác nhận minh chứng/);

    const ok = cli('proof', 'confirm', n.nomineeId, '--criterion', 'cstdcs.combat', '--document', 'Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^Đã xác nhận minh chứng \(cstdcs\.combat\): Giấy xác nhận số 12\/XN-BCH/);
    const after = JSON.parse(cli('eligibility', dossierId, '--json').stdout) as Eligibility;
    expect(after.nominees[0]!.proofs[0]!.confirmation?.document).toBe('Giấy xác nhận số 12/XN-BCH ngày 05/3/2025 của Ban Chỉ huy quân sự xã');

    expect(cli('proof', 'withdraw', n.nomineeId, '--criterion', 'cstdcs.combat').status).toBe(0);
    expect((JSON.parse(cli('eligibility', dossierId, '--json').stdout) as Eligibility).nominees[0]!.proofs[0]!.confirmation).toBeNull();
  });
});
