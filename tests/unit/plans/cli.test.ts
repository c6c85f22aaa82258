import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../cli';
import { tempDir } from '../helpers';

const Y = new Date().getFullYear();

describe('CLI: plan, calendar, public notice on demo data', () => {
  it('plan new --from-previous, plan print, calendar --json and --ics, print notice; bad input writes nothing', () => {
    const dir = tempDir();
    const cli = cliIn(dir);
    expect(cli('init', '--unit-code', 'XA-TP', '--unit-name', 'Xã Tân Phong', '--level', 'xa', '--parent', 'T12', '--parent-name', 'Tỉnh Lai Châu').status).toBe(0);
    expect(cli('demo', '--people', '30').status).toBe(0);

    const made = cli('plan', 'new', '--year', String(Y), '--from-previous');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`Đã lập Kế hoạch công tác thi đua, khen thưởng năm ${Y} (14 công việc).`);
    const again = cli('plan', 'new', '--year', String(Y), '--template');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Năm ${Y} đã có kế hoạch công tác thi đua, khen thưởng`);
    expect(cli('plan', 'new', '--year', String(Y), '--council', '--template').status).toBe(0);

    const docx = path.join(dir, 'ke-hoach.docx');
    const printed = cli('plan', 'print', '--year', String(Y), '--out', docx);
    expect(printed.status).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const noPlan = cli('plan', 'print', '--year', String(Y + 3), '--out', path.join(dir, 'none.docx'));
    expect(noPlan.status).toBe(2);
    expect(fs.existsSync(path.join(dir, 'none.docx'))).toBe(false);

    const cal = JSON.parse(cli('calendar', '--year', String(Y), '--json').stdout) as { items: { date: string; source: string; sourceLabel: string; title: string }[] };
    const sources = new Set(cal.items.map((i) => i.source));
    for (const s of ['plan-task', 'council-task', 'registration', 'inspection']) expect(sources, s).toContain(s);
    expect(cal.items.every((i) => i.date.startsWith(String(Y)) && i.sourceLabel)).toBe(true);
    const ics = path.join(dir, 'lich.ics');
    expect(cli('calendar', '--year', String(Y), '--ics', ics).status).toBe(0);
    expect(fs.readFileSync(ics, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(cal.items.length);

    const dossier = (JSON.parse(cli('records', 'list', 'dossier', '--json').stdout) as { items: { id: string; title: string }[] }).items.find((d) => /Chiến sĩ thi đua cơ sở/.test(d.title))!;
    const bad = path.join(dir, 'bad.docx');
    const backwards = cli('print', 'notice', dossier.id, '--from', '20/12/2026', '--to', '10/12/2026', '--out', bad);
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('Thời gian niêm yết kết thúc (10/12/2026) trước khi bắt đầu (20/12/2026); hãy sửa lại ngày.');
    expect(fs.existsSync(bad)).toBe(false);
    const notice = path.join(dir, 'thong-bao.docx');
    const ok = JSON.parse(cli('print', 'notice', dossier.id, '--from', '10/12/2026', '--to', '20/12/2026', '--out', notice, '--json').stdout) as { notice: { kind: string } };
    // The demo numbers last year's decision on 22/01 of this year: before that day the notice is of the proposed.
    expect(ok.notice.kind).toBe(new Date() >= new Date(`${Y}-01-22T00:00:00`) ? 'awarded' : 'proposed');
    expect(fs.existsSync(notice)).toBe(true);
  });
});
