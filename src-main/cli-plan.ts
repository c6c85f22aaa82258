import path from 'node:path';
import type { ApiInput, ApiName, ApiOutput } from '../src-shared/api';
import { PLAN_TASK_STATUS_LABELS } from '../src-shared/api/plans';
import { formatDate, parseDate } from '../src-shared/text';
import { writeFilesAtomically } from './cli-backup';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const PLAN_USAGE = `Kế hoạch, lịch công việc, thông báo công khai:
  plan new --year NĂM [--from-previous | --template] [--council]   lập kế hoạch công tác thi đua, khen thưởng năm
                             (từ kế hoạch năm trước, dời ngày một năm; hoặc từ kế hoạch mẫu); --council: kế hoạch của Hội đồng
  plan show --year NĂM [--council]         các công việc của kế hoạch, thời hạn, trạng thái
  plan print --year NĂM [--council] --out TỆP.docx   in kế hoạch kèm phụ lục nhiệm vụ
  calendar --year NĂM [--ics TỆP.ics]      mọi việc có thời hạn trong năm (với --json: kèm nguồn); --ics: tệp lịch cho điện thoại
  print notice MÃ_HỒ_SƠ --from dd/mm/yyyy --to dd/mm/yyyy --out TỆP.docx [--kind proposed|awarded]
                             thông báo công khai danh sách đề nghị / được khen thưởng (Luật TĐKT 2022, Điều 84 khoản 5)
`;

const DOCX = 'docx';

/** The plan commands, the calendar and the public notice; undefined when the words are not theirs. */
export async function runPlans(call: Call, words: string[], flags: Flags, say: (s: string) => void): Promise<{ result: unknown } | undefined> {
  const [cmd, sub, arg] = words;
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const year = () => {
    const y = Number(str('year'));
    if (!str('year') || !Number.isInteger(y)) throw new CliUsage('Cần --year NĂM (ví dụ --year 2026).');
    return y;
  };
  const out = (ext: string) => {
    const f = str('out');
    if (!f) throw new CliUsage(`Cần --out TỆP.${ext}.`);
    return path.resolve(f);
  };
  const kind = flags.council ? 'council' : 'tdkt';
  const findPlan = async (y: number) => {
    const plans = (await call('plans.list', { year: y })).filter((p) => p.kind === kind);
    const p = plans.find((x) => x.editable) ?? plans[0];
    if (!p) throw new CliUsage(`Năm ${y} chưa có ${kind === 'council' ? 'kế hoạch hoạt động của Hội đồng' : 'kế hoạch công tác thi đua, khen thưởng'}; lập bằng "plan new --year ${y} --template".`);
    return p;
  };

  if (cmd === 'plan' && sub === 'new') {
    if (flags['from-previous'] && flags.template) throw new CliUsage('Chọn một trong --from-previous hoặc --template.');
    const p = await call('plans.create', { year: year(), kind, from: flags['from-previous'] ? 'previous' : flags.template ? 'template' : 'empty' });
    say(`Đã lập ${p.title} (${p.taskList.length} công việc). Mã kế hoạch: ${p.id}`);
    return { result: p };
  }
  if (cmd === 'plan' && sub === 'show') {
    const p = await call('plans.get', { id: (await findPlan(year())).id });
    say(`${p.title}${p.originName ? ` (của ${p.originName}, chỉ xem)` : ''}: ${p.tasks} công việc, ${p.done} đã xong, ${p.overdue} quá hạn`);
    for (const [i, t] of p.taskList.entries()) say(`  ${String(i + 1).padStart(2)}. [${t.overdue ? 'QUÁ HẠN' : PLAN_TASK_STATUS_LABELS[t.status]}] ${t.deadlineLabel.padEnd(12)} ${t.content}`);
    return { result: p };
  }
  if (cmd === 'plan' && sub === 'print') {
    const file = out(DOCX);
    const p = await findPlan(year());
    const doc = await call('print.document', { kind: 'work-plan', id: p.id });
    const [written] = writeFilesAtomically([{ file, bytes: Buffer.from(doc.contentBase64, 'base64') }]);
    say(`Đã ghi ${written}`);
    return { result: { file: written, planId: p.id } };
  }
  if (cmd === 'calendar') {
    const y = year();
    const ics = str('ics');
    if (ics) {
      const r = await call('calendar.ics', { year: y });
      const [written] = writeFilesAtomically([{ file: path.resolve(ics), bytes: Buffer.from(r.content, 'utf8') }]);
      say(`Đã ghi ${written} (${r.events} sự kiện)`);
      return { result: { file: written, events: r.events } };
    }
    const r = await call('calendar.year', { year: y });
    const mark = { done: 'xong', overdue: 'QUÁ HẠN', soon: 'sắp đến hạn', open: '', past: 'đã qua' } as const;
    for (const i of r.items) say(`  ${formatDate(i.date)}  ${mark[i.state].padEnd(11)} ${i.title}  (${i.sourceLabel})`);
    return { result: r };
  }
  if (cmd === 'print' && sub === 'notice') {
    if (!arg) throw new CliUsage('print notice cần mã hồ sơ (MÃ_HỒ_SƠ).');
    const date = (k: string) => {
      const v = str(k);
      if (!v) throw new CliUsage(`print notice cần --${k} dd/mm/yyyy (thời gian niêm yết).`);
      const iso = parseDate(v);
      if (!iso) throw new CliUsage(`--${k}: ngày "${v}" không có thật; hãy nhập theo dạng dd/mm/yyyy.`);
      return iso;
    };
    const file = out(DOCX);
    const k = str('kind');
    if (k && k !== 'proposed' && k !== 'awarded') throw new CliUsage('--kind phải là proposed (đề nghị) hoặc awarded (được khen thưởng).');
    const r = await call('notices.print', { dossierId: arg, kind: (k as 'proposed' | 'awarded' | undefined) ?? null, postedFrom: date('from'), postedTo: date('to'), place: str('place') ?? '' });
    const [written] = writeFilesAtomically([{ file, bytes: Buffer.from(r.contentBase64, 'base64') }]);
    say(`Đã ghi ${written} (niêm yết từ ${formatDate(r.notice.postedFrom)} đến ${formatDate(r.notice.postedTo)})`);
    return { result: { file: written, notice: r.notice } };
  }
  return undefined;
}
