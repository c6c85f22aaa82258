// `complaints add|list|close` and `eligibility DOSSIER_ID --json` as a clerk runs them: the hold with its citation, lifted by the conclusion.
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

interface Eligibility { nominees: { nomineeId: string; name: string; personId: string | null; collectiveId: string | null; overall: string; criteria: { id: string; result: string; reason: string; citation: string }[]; complaints: { id: string }[] }[] }

function withDemo() {
  const cli = cliIn(tempDir());
  const init = cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu', '--parent-level', 'tinh');
  expect(init.status, init.stderr).toBe(0);
  const demo = cli('demo', '--people', '30');
  expect(demo.status, demo.stderr).toBe(0);
  const dossiers = JSON.parse(cli('records', 'list', 'dossier', '--json').stdout) as { items: { id: string; status: string | null }[] };
  const dossierId = dossiers.items.find((d) => d.status === null)!.id; // the draft one (the other was returned)
  return { cli, dossierId };
}

describe('complaints CLI', () => {
  const { cli, dossierId } = withDemo();
  const eligibility = () => {
    const r = cli('eligibility', dossierId, '--json');
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Eligibility;
  };

  it('add → eligibility shows the hold with its citation → close lifts it', () => {
    const before = eligibility();
    const nominee = before.nominees.find((n) => n.personId)!;
    expect(nominee.criteria.some((c) => c.id === 'complaint')).toBe(false);

    const add = cli('complaints', 'add', '--person', nominee.personId!, '--kind', 'to-cao', '--received', '01/03/2026', '--content', 'Tố cáo kê khai thành tích không đúng', '--sender', 'Trần Văn Cường', '--json');
    expect(add.status, add.stderr).toBe(0);
    const entry = JSON.parse(add.stdout) as { id: string; status: string; dueOn: string; subjects: { id: string }[] };
    expect(entry).toMatchObject({ status: 'open', dueOn: '2026-03-31', subjects: [{ id: nominee.personId }] });
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);

    const held = eligibility().nominees.find((n) => n.nomineeId === nominee.nomineeId)!;
    expect(held.overall).toBe('fail');
    expect(held.complaints).toEqual([expect.objectContaining({ id: entry.id })]);
    const c = held.criteria.find((x) => x.id === 'complaint')!;
    expect(c).toMatchObject({ result: 'fail', citation: 'NĐ 152/2025/NĐ-CP, Điều 4' });
    expect(c.reason).toContain(`Đang xác minh đơn thư: Tố cáo nhận ngày 01/03/2026 (sổ đơn thư, mã ${entry.id.slice(0, 8)})`);

    const list = cli('complaints', 'list');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^Sổ đơn thư: 1 đơn \(1 đang xác minh\)\n/);
    expect(list.stdout).toContain(`${entry.id}  Tố cáo nhận 01/03/2026, hạn 31/03/2026  [ĐANG XÁC MINH]  về: ${nominee.name}`);

    const step = cli('complaints', 'step', entry.id, '--date', '03/03/2026', '--note', 'Thụ lý, giao Lê Văn Tâm xác minh', '--json');
    expect(step.status, step.stderr).toBe(0);
    expect(JSON.parse(step.stdout)).toMatchObject({ steps: [{ on: '2026-03-03', text: 'Thụ lý, giao Lê Văn Tâm xác minh' }] });

    const early = cli('complaints', 'close', entry.id, '--conclusion', 'Không đúng', '--date', '28/02/2026');
    expect(early.status).not.toBe(0);
    expect(early.stderr).toContain('Ngày kết luận (28/02/2026) trước ngày nhận đơn (01/03/2026)');

    const close = cli('complaints', 'close', entry.id, '--conclusion', 'Nội dung tố cáo không có cơ sở', '--date', '10/03/2026', '--json');
    expect(close.status, close.stderr).toBe(0);
    expect(JSON.parse(close.stdout)).toMatchObject({ id: entry.id, status: 'closed', closedOn: '2026-03-10' });
    const lifted = eligibility().nominees.find((n) => n.nomineeId === nominee.nomineeId)!;
    expect(lifted.criteria.some((x) => x.id === 'complaint')).toBe(false);
    expect(lifted.complaints).toEqual([]);
    expect(JSON.parse(cli('complaints', 'list', '--status', 'open', '--json').stdout)).toEqual([]);
  });

  it('refuses a bad kind or date in Vietnamese, and writes nothing', () => {
    const count = () => (JSON.parse(cli('complaints', 'list', '--json').stdout) as unknown[]).length;
    const before = count();
    const kind = cli('complaints', 'add', '--person', '00000000-0000-4000-8000-000000000000', '--kind', 'khac', '--received', '01/03/2026', '--content', 'x');
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/--kind "khac" không hợp lệ; dùng khieu-nai, to-cao, phan-anh hoặc kien-nghi/);
    const date = cli('complaints', 'add', '--person', '00000000-0000-4000-8000-000000000000', '--kind', 'to-cao', '--received', '31/02/2026', '--content', 'x');
    expect(date.status).toBe(2);
    expect(date.stderr).toMatch(/ngày "31\/02\/2026" không hợp lệ/);
    const unknown = cli('complaints', 'add', '--person', '00000000-0000-4000-8000-000000000000', '--kind', 'to-cao', '--received', '01/03/2026', '--content', 'x');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/Không tìm thấy cá nhân/);
    expect(count()).toBe(before);
  });
  it('links and unlinks a dossier and switches "Gửi kèm nội dung"', () => {
    const nominee = eligibility().nominees.find((n) => n.personId)!;
    const add = cli('complaints', 'add', '--person', nominee.personId!, '--kind', 'phan-anh', '--received', '02/03/2026', '--content', 'Phản ánh', '--send-content', '--json');
    expect(add.status, add.stderr).toBe(0);
    const entry = JSON.parse(add.stdout) as { id: string; sendContent: boolean };
    expect(entry.sendContent).toBe(true);
    const link = cli('complaints', 'link', entry.id, '--dossier', dossierId, '--json');
    expect(link.status, link.stderr).toBe(0);
    expect((JSON.parse(link.stdout) as { subjects: { type: string; id: string }[] }).subjects).toContainEqual(expect.objectContaining({ type: 'dossier', id: dossierId }));
    const off = cli('complaints', 'send-content', entry.id, 'off', '--json');
    expect(off.status, off.stderr).toBe(0);
    expect(JSON.parse(off.stdout)).toMatchObject({ sendContent: false });
    const unlink = cli('complaints', 'unlink', entry.id, '--dossier', dossierId, '--json');
    expect(unlink.status, unlink.stderr).toBe(0);
    expect((JSON.parse(unlink.stdout) as { subjects: { type: string }[] }).subjects.map((x) => x.type)).toEqual(['person']);
    const again = cli('complaints', 'unlink', entry.id, '--dossier', dossierId);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Đơn thư này không gắn với hồ sơ đã chọn.');
  });
});
