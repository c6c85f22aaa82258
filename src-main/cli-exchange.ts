import fs from 'node:fs';
import path from 'node:path';
import type { ApiInput, ApiName, ApiOutput, ImportResultRow, WrittenPackageRow } from '../src-shared/api';
import { STATUS_LABELS, type Status } from '../src-shared/exchange/status';
import { formatDate } from '../src-shared/text';
import { FILE_LIMITS, readBoundedFile } from './lib/boundedRead';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;
export type Flags = Record<string, string | boolean | undefined>;

export class CliUsage extends Error {}

const ACTION_LABELS = { new: 'mới', update: 'cập nhật', unchanged: 'không đổi', stale: 'bản cũ', rejected: 'từ chối' } as const;

function describeImport(r: ImportResultRow, say: (s: string) => void, verbose: boolean) {
  say(`${r.kindLabel} của ${r.sender.unitName} (${r.sender.unitCode}), gói số ${r.sequence}${r.batch ? ` (phần ${r.batch.index}/${r.batch.count})` : ''}, tạo lúc ${formatDate(r.createdAt.slice(0, 10))}`);
  if (r.duplicate) say('Gói này đã được nhập trước đó; không có gì thay đổi.');
  say(Object.entries(r.counts).filter(([, n]) => n).map(([k, n]) => `${n} ${ACTION_LABELS[k as keyof typeof ACTION_LABELS]}`).join(', ') || 'Gói không có bản ghi.');
  for (const line of r.story) say(line);
  if (verbose) for (const row of r.rows) say(`  [${ACTION_LABELS[row.action]}] ${row.typeLabel}: ${row.title}${row.reason ? ` — ${row.reason}` : ''}`);
}

const listFiles = (files: WrittenPackageRow[], say: (s: string) => void) => {
  for (const f of files) say(`${f.file}  (${f.records} bản ghi, ${(f.bytes / 1024).toFixed(1)} KB)`);
};

const OUTCOMES = ['decided', 'returned', 'declined'] as const;

/**
 * `--outcomes "MÃ=decided;MÃ=returned:lý do;MÃ=declined:lý do"`: one outcome per nominee (MÃ is
 * the nominee's id in the dossier), reasons after a colon.
 */
function parseOutcomes(text: string): ApiInput<'exchange.decideDossier'>['nominees'] {
  return text.split(';').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const m = entry.match(/^([^=]+)=([a-z]+)(?::(.*))?$/s);
    const status = m?.[2] as (typeof OUTCOMES)[number] | undefined;
    if (!m || !status || !OUTCOMES.includes(status)) {
      throw new CliUsage(`Không hiểu "${entry}" trong --outcomes; hãy viết MÃ=decided, MÃ=returned:lý do hoặc MÃ=declined:lý do, cách nhau bởi dấu chấm phẩy.`);
    }
    return { nomineeId: m[1]!.trim(), status, reasons: m[3]?.trim() ? [m[3].trim()] : [] };
  });
}

/** --number, --date dd/mm/yyyy, --issuer, --award: the decision, when a number is given. */
function decisionFlags(str: (k: string) => string | undefined) {
  const date = str('date');
  const iso = date?.match(/^(\d{2})\/(\d{2})\/(\d{4})$/) ? `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}` : date;
  return str('number') ? { number: str('number')!, date: iso ?? '', issuer: str('issuer') ?? '', award: str('award') ?? '' } : null;
}

/** Exchange commands of the CLI; returns undefined when the command is not one of them. */
export async function runExchange(call: Call, words: string[], flags: Flags, say: (s: string) => void, json: boolean): Promise<{ result: unknown; exitCode?: number } | undefined> {
  const [cmd, sub, arg] = words;
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const need = (k: string, why: string) => {
    const v = str(k);
    if (!v) throw new CliUsage(why);
    return v;
  };
  const num = (k: string, d: number) => (str(k) === undefined ? d : Number(str(k)));
  const source = (file: string | undefined) => {
    if (!file) throw new CliUsage('Cần đường dẫn tệp gói .tdkt.');
    return { path: path.resolve(file) };
  };

  switch (`${cmd} ${sub ?? ''}`.trim()) {
    case 'key export-public': {
      const r = await call('keys.exportPublic', {});
      const out = path.resolve(need('out', 'key export-public cần --out TỆP (ví dụ XA-TP.tdkt-key.json).'));
      fs.writeFileSync(out, r.content);
      say(`Đã ghi khóa công khai: ${out}`);
      return { result: { file: out } };
    }
    case 'key rotate': {
      // New key; the announcement (signed with the old key), the new public key file and the
      // registration form for the upper level all go to the same folder.
      const out = path.resolve(need('out', 'key rotate cần --out THƯ_MỤC (ví dụ ổ USB) để ghi thông báo đổi khóa, tệp khóa công khai mới và phiếu đăng ký khóa.'));
      fs.mkdirSync(out, { recursive: true });
      const r = await call('keys.rotate', { outDir: out });
      const pub = await call('keys.exportPublic', {});
      const keyFile = path.join(out, pub.fileName);
      fs.writeFileSync(keyFile, pub.content);
      const form = await call('print.document', { kind: 'key-registration', id: 'self' });
      const formFile = path.join(out, form.fileName);
      fs.writeFileSync(`${formFile}.partial`, Buffer.from(form.contentBase64, 'base64'));
      fs.renameSync(`${formFile}.partial`, formFile);
      if (r.lostReason) say(`Khóa cũ: ${r.lostReason}`);
      say(r.message);
      say(`Dấu vân tay mới: ${r.fingerprint}`);
      if (r.announcement) say(`Đã ghi thông báo đổi khóa: ${r.announcement.file}`);
      say(`Đã ghi khóa công khai mới: ${keyFile}`);
      say(`Đã ghi phiếu đăng ký khóa: ${formFile}`);
      return { result: { ...r, keyFile, form: formFile } };
    }
    case 'trust announcements': {
      const r = await call('trust.announcements', {});
      if (!r.length) say('Không có thông báo đổi khóa nào đang chờ xác nhận.');
      // The new key's fingerprint is the one to read from the paper form: not printed before it is typed.
      for (const a of r) say(`${a.id}  ${a.unitName} (${a.unitCode})  khóa mới thay khóa ${a.previousFingerprint}  nhận ${formatDate(a.receivedAt.slice(0, 10))}`);
      return { result: r };
    }
    case 'trust accept':
    case 'trust replace': {
      const fingerprint = need('fingerprint', `trust ${sub} cần --fingerprint (đọc từ phiếu đăng ký khóa mới có chữ ký, dấu).`);
      if (!arg) throw new CliUsage(sub === 'accept' ? 'trust accept cần mã thông báo (xem "trust announcements").' : 'trust replace cần tệp khóa .tdkt-key.json mới.');
      const r = sub === 'accept'
        ? await call('trust.acceptAnnounced', { id: arg, fingerprint })
        : await call('trust.replace', { content: fs.readFileSync(arg, 'utf8'), fingerprint });
      say(`Đã tin cậy khóa mới của ${r.key.unitName} (${r.key.unitCode}): ${r.key.fingerprint}`);
      for (const k of r.revoked) say(`Đã thu hồi khóa cũ ${k.fingerprint}: gói ký bằng khóa này bị từ chối từ nay.`);
      return { result: r };
    }
    case 'trust add': {
      if (!arg) throw new CliUsage('trust add cần tệp khóa .tdkt-key.json và --fingerprint.');
      const r = await call('trust.add', { content: readBoundedFile(arg, FILE_LIMITS.keyFile, 'tệp khóa').toString('utf8'), fingerprint: need('fingerprint', 'trust add cần --fingerprint (đọc từ văn bản đăng ký khóa).') });
      say(`Đã tin cậy khóa của ${r.unitName} (${r.unitCode}): ${r.fingerprint}`);
      return { result: r };
    }
    case 'trust list': {
      const r = await call('trust.list', {});
      for (const k of r) say(`${k.unitCode.padEnd(12)} ${k.fingerprint}  ${k.status === 'revoked' ? `ĐÃ THU HỒI ${formatDate(k.revokedAt?.slice(0, 10))}` : 'tin cậy'}  (${k.source === 'manual' ? 'xác nhận tay' : 'danh sách tỉnh'})  ${k.unitName}`);
      return { result: r };
    }
    case 'trust revoke': {
      if (!arg) throw new CliUsage('trust revoke cần KEYID.');
      const r = await call('trust.revoke', { keyId: arg });
      say(`Đã thu hồi khóa ${r.fingerprint} của ${r.unitName}.`);
      return { result: r };
    }
    case 'trust-list issue':
    case 'reference issue': {
      const r = await call(cmd === 'trust-list' ? 'trustList.issue' : 'reference.issue', {
        outDir: path.resolve(need('out', `${cmd} issue cần --out THƯ_MỤC.`)), expiresDays: num('expires-days', 365),
      });
      say(`Đã phát hành phiên bản ${r.version}:`);
      listFiles(r.files, say);
      return { result: r };
    }
    case 'export': {
      const r = await call('exchange.export', {
        to: need('to', 'export cần --to MÃ_ĐƠN_VỊ.'), outDir: path.resolve(need('out', 'export cần --out THƯ_MỤC.')),
        all: !!flags.all, maxSizeMb: num('max-size-mb', 20), selection: null,
      });
      if (!json) listFiles(r.files, say);
      return { result: r };
    }
    case 'ack': {
      const r = await call('exchange.ack', { to: need('to', 'ack cần --to MÃ_ĐƠN_VỊ.'), outDir: path.resolve(need('out', 'ack cần --out THƯ_MỤC.')), all: !!flags.all });
      listFiles(r.files, say);
      return { result: r };
    }
    default:
      break;
  }
  if (cmd === 'verify' || cmd === 'import') {
    const file = cmd === 'verify' ? sub : sub;
    const dry = cmd === 'verify' || !!flags['dry-run'];
    const r = await call(dry ? 'exchange.preview' : 'exchange.import', source(file));
    if (cmd === 'verify') say(`Hợp lệ: chữ ký đúng, gói của ${r.sender.unitName} sẽ được chấp nhận.`);
    describeImport(r, say, cmd === 'import');
    if (!dry && r.applied) say('Đã nhập.');
    return { result: r };
  }
  if (cmd === 'packages' && sub === 'list') {
    const r = await call('exchange.packages', { direction: (str('direction') as 'in' | 'out' | undefined) ?? null, offset: 0, limit: num('limit', 100) });
    for (const p of r.items) {
      say(`${p.direction === 'in' ? 'NHẬN' : 'GỬI '} ${p.kind.padEnd(10)} số ${String(p.sequence).padStart(3)}  ${p.direction === 'in' ? `từ ${p.senderCode}` : `tới ${p.recipientCode}`}  ${p.processedAt.slice(0, 19).replace('T', ' ')}  ${JSON.stringify(p.counts)}${p.receiptText ? `  ${p.receiptText}` : ''}`);
    }
    const gaps = await call('exchange.gaps', {});
    for (const g of gaps) if (g.missing.length) say(`Chưa nhận gói số ${g.missing.join(', ')} của ${g.senderName}.`);
    return { result: { ...r, gaps } };
  }
  if (cmd === 'decide' && sub === 'dossier' && str('outcomes')) {
    if (!arg) throw new CliUsage('decide dossier cần MÃ hồ sơ.');
    // A nominee may be named by its line in the dossier or by the person's (collective's) id.
    const { nominees } = await call('dossiers.get', { id: arg });
    const lines = parseOutcomes(str('outcomes')!).map((l) => ({ ...l, nomineeId: nominees.find((n) => n.subjectId === l.nomineeId)?.id ?? l.nomineeId }));
    const r = await call('exchange.decideDossier', { dossierId: arg, nominees: lines, decision: decisionFlags(str), note: str('note') ?? '' });
    say(`Đã ghi quyết định theo từng người: ${STATUS_LABELS[r.status as Status]}. Kết quả sẽ được gửi trong gói phản hồi tiếp theo.`);
    return { result: r };
  }
  if (cmd === 'decide') {
    if (!sub || !arg) throw new CliUsage('decide cần LOẠI MÃ --status TRẠNG_THÁI [--reason LÝ_DO] [--number SỐ --date dd/mm/yyyy --issuer CƠ_QUAN --award HÌNH_THỨC | --scope tinh|toan-quoc --certificate SỐ_GCN].');
    const status = need('status', 'decide cần --status (received, returned, reviewed, forwarded, decided, declined).') as ApiInput<'exchange.decide'>['status'];
    const date = str('date');
    const iso = date?.match(/^(\d{2})\/(\d{2})\/(\d{4})$/) ? `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}` : date;
    const r = await call('exchange.decide', {
      subjectType: sub, subjectId: arg, status,
      reasons: str('reason') ? [{ field: null, message: str('reason')! }] : [],
      decision: str('number')
        ? { number: str('number')!, date: iso ?? '', issuer: str('issuer') ?? '', award: str('award') ?? '', scope: (str('scope') ?? null) as 'tinh' | null, certificateNumber: str('certificate') ?? '' }
        : null,
      note: str('note') ?? '',
    });
    say(`Đã ghi phản hồi: ${STATUS_LABELS[r.status as Status]}. Phản hồi sẽ được gửi trong gói phản hồi tiếp theo.`);
    return { result: r };
  }
  return undefined;
}
