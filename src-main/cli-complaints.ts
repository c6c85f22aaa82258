// `complaints add|list|close|step`: the sổ đơn thư from a terminal (an open entry holds the commendation of whom it concerns).
import type { ApiInput, ApiName, ApiOutput, Complaint } from '../src-shared/api';
import { COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, type ComplaintKind } from '../src-shared/rules/complaints';
import { fold, formatDate, parseDate } from '../src-shared/text';
import { CliUsage, type Flags } from './cli-exchange';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

export const COMPLAINTS_USAGE = `  complaints add --person MÃ[,MÃ…] [--collective MÃ[,MÃ…]] [--dossier MÃ] --kind khieu-nai|to-cao|phan-anh|kien-nghi
                 --received dd/mm/yyyy --content "…" [--sender "…" | --anonymous] [--handler "…"] [--send-content]
                              ghi đơn thư vào sổ; khi chưa có kết luận, người/tập thể bị tạm dừng xét khen thưởng
  complaints list [--status open|closed]   sổ đơn thư: loại, ngày nhận, hạn giải quyết, người liên quan, trạng thái
  complaints step MÃ --date dd/mm/yyyy --note "…"          ghi một bước xử lý (thụ lý, xác minh…)
  complaints close MÃ --conclusion "…" --date dd/mm/yyyy   ghi kết luận: bỏ tạm dừng xét khen thưởng
  complaints link|unlink MÃ --dossier MÃ_HỒ_SƠ              gắn / bỏ gắn hồ sơ của đơn vị (đơn thư đi kèm hồ sơ khi gửi lên)
  complaints send-content MÃ on|off                          "Gửi kèm nội dung" khi gửi hồ sơ lên cấp trên (mặc định: không)
`;

const ids = (v: string | boolean | undefined) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

function kindOf(word: string | undefined): ComplaintKind {
  const k = word ? fold(word).replace(/\s+/g, '-') : '';
  if (!(COMPLAINT_KINDS as readonly string[]).includes(k)) {
    throw new CliUsage(`complaints add: --kind "${word ?? ''}" không hợp lệ; dùng khieu-nai, to-cao, phan-anh hoặc kien-nghi.`);
  }
  return k as ComplaintKind;
}

function dateOf(flag: string, word: string | undefined, cmd: string): string {
  if (!word) throw new CliUsage(`${cmd} cần ${flag} dd/mm/yyyy.`);
  const d = parseDate(word);
  if (!d) throw new CliUsage(`${cmd}: ngày "${word}" không hợp lệ; hãy nhập theo dạng dd/mm/yyyy, ví dụ ${flag} 15/03/2026.`);
  return d;
}

function show(c: Complaint, say: (line: string) => void) {
  const who = c.subjects.map((s) => s.name).join(', ');
  const due = c.dueOn ? `hạn ${formatDate(c.dueOn)}` : 'không tính hạn';
  const state = c.status === 'open' ? 'ĐANG XÁC MINH' : `ĐÃ KẾT LUẬN ${formatDate(c.closedOn!)}`;
  say(`${c.id}  ${COMPLAINT_KIND_LABELS[c.kind]} nhận ${formatDate(c.receivedOn)}, ${due}  [${state}]  về: ${who}`);
  say(`    Người gửi: ${c.anonymous ? '(nặc danh)' : c.sender}${c.handler ? `; người xử lý: ${c.handler}` : ''}`);
  say(`    Nội dung: ${c.content}`);
  for (const s of c.steps) say(`    ${formatDate(s.on)}: ${s.text}`);
  if (c.conclusion) say(`    Kết luận: ${c.conclusion}`);
}

export async function runComplaints(call: Call, positionals: string[], values: Flags, say: (line: string) => void): Promise<{ result: unknown } | null> {
  const [cmd, sub, id] = positionals;
  if (cmd !== 'complaints') return null;
  if (sub === 'add') {
    const content = str(values.content);
    if (!content) throw new CliUsage('complaints add cần --content "nội dung đơn".');
    const c = await call('complaints.create', {
      receivedOn: dateOf('--received', str(values.received), 'complaints add'),
      kind: kindOf(str(values.kind)),
      content,
      sender: str(values.sender) ?? '',
      anonymous: values.anonymous === true,
      handler: str(values.handler) ?? '',
      personIds: ids(values.person),
      collectiveIds: ids(values.collective),
      dossierIds: ids(values.dossier),
      sendContent: values['send-content'] === true,
    });
    say('Đã ghi vào sổ đơn thư:');
    show(c, say);
    say(`    Thời hạn: ${c.limitBasis}`);
    return { result: c };
  }
  if (sub === 'list') {
    const status = str(values.status) ?? 'all';
    if (!['open', 'closed', 'all'].includes(status)) throw new CliUsage(`complaints list: --status "${status}" không hợp lệ; dùng open hoặc closed.`);
    const list = await call('complaints.list', { status: status as 'open' | 'closed' | 'all' });
    say(`Sổ đơn thư: ${list.length} đơn (${list.filter((c) => c.status === 'open').length} đang xác minh)`);
    for (const c of list) show(c, say);
    return { result: list };
  }
  if (sub === 'link' || sub === 'unlink') {
    const dossierId = str(values.dossier);
    if (!id || !dossierId) throw new CliUsage(`complaints ${sub} cần mã đơn thư và --dossier MÃ_HỒ_SƠ.`);
    const c = await call(sub === 'link' ? 'complaints.linkDossier' : 'complaints.unlinkDossier', { id, dossierId });
    show(c, say);
    return { result: c };
  }
  if (sub === 'send-content') {
    const on = positionals[3];
    if (!id || (on !== 'on' && on !== 'off')) throw new CliUsage('complaints send-content cần mã đơn thư và on hoặc off.');
    const c = await call('complaints.setSendContent', { id, sendContent: on === 'on' });
    say(c.sendContent ? 'Nội dung đơn sẽ được gửi kèm hồ sơ lên cấp trên.' : 'Chỉ gửi loại đơn, ngày nhận, người liên quan và trạng thái; nội dung đơn ở lại đơn vị.');
    return { result: c };
  }
  if (sub === 'close' || sub === 'step') {
    if (!id) throw new CliUsage(`complaints ${sub} cần mã đơn thư (MÃ, xem complaints list).`);
    if (sub === 'step') {
      const note = str(values.note);
      if (!note) throw new CliUsage('complaints step cần --note "nội dung bước xử lý".');
      const c = await call('complaints.addStep', { id, on: dateOf('--date', str(values.date), 'complaints step'), text: note });
      show(c, say);
      return { result: c };
    }
    const conclusion = str(values.conclusion);
    if (!conclusion) throw new CliUsage('complaints close cần --conclusion "kết luận".');
    const c = await call('complaints.close', { id, conclusion, closedOn: dateOf('--date', str(values.date), 'complaints close') });
    say('Đã ghi kết luận; người, tập thể liên quan không còn bị tạm dừng xét khen thưởng vì đơn này:');
    show(c, say);
    return { result: c };
  }
  throw new CliUsage(`complaints: lệnh "${sub ?? ''}" không có; dùng add, list, step, close, link, unlink hoặc send-content.\n${COMPLAINTS_USAGE}`);
}
