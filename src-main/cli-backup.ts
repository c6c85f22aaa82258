import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASON_LABELS, type ApiInput, type ApiName, type ApiOutput } from '../src-shared/api';
import { CliUsage, type Flags } from './cli-exchange';
import { localTime } from './db/open';
import { AppError } from './errors';

type Call = <N extends ApiName>(name: N, input: ApiInput<N>) => Promise<ApiOutput<N>>;

/**
 * Writes a set of files all or nothing: each under a `.partial` name first, renamed only when
 * every one is written; on failure (a full disk) every partial is removed and nothing appears.
 */
export function writeFilesAtomically(docs: { file: string; bytes: Buffer }[]): string[] {
  const partials: string[] = [];
  try {
    for (const d of docs) {
      partials.push(`${d.file}.partial`);
      fs.writeFileSync(`${d.file}.partial`, d.bytes);
    }
  } catch (e) {
    for (const p of partials) fs.rmSync(p, { force: true });
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', 'Ổ đĩa đã đầy nên chưa ghi được bộ tài liệu (không tệp nào được ghi). Hãy giải phóng dung lượng hoặc chọn thư mục khác rồi thử lại.').withCause(e);
    throw e;
  }
  for (const d of docs) fs.renameSync(`${d.file}.partial`, d.file);
  return docs.map((d) => d.file);
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

function passphraseFrom(flags: Flags): string | null {
  const file = flags['passphrase-file'];
  if (typeof file !== 'string') return null;
  try {
    // The whole file but its final line break: a passphrase may contain spaces.
    return fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch {
    throw new CliUsage(`Không đọc được tệp mật khẩu "${file}".`);
  }
}

/** `backup create|list|restore`; returns undefined when the command is not one of them. */
export async function runBackup(call: Call, words: string[], flags: Flags, say: (s: string) => void): Promise<{ result: unknown } | undefined> {
  const [cmd, sub, arg] = words;
  if (cmd !== 'backup') return undefined;
  const preview = (p: ApiOutput<'backup.preview'>) => {
    say(`Bản sao lưu: ${p.fileName} (${p.kind === 'archive' ? 'tệp sao lưu có khóa' : 'bản trong thư mục backups'}), lúc ${localTime(p.createdAt)}`);
    say(`Đơn vị: ${p.unitName ?? '?'} (${p.unitCode ?? '?'})`);
    say(`Sẽ khôi phục: ${p.counts.people} cá nhân, ${p.counts.dossiers} hồ sơ, ${p.counts.packages} gói (hiện có: ${p.current.people} cá nhân, ${p.current.dossiers} hồ sơ, ${p.current.packages} gói)`);
  };
  switch (sub) {
    case 'create': {
      const to = typeof flags.to === 'string' ? path.resolve(flags.to) : null;
      const pass = passphraseFrom(flags);
      if (to && pass === null) throw new CliUsage('backup create --to THƯ_MỤC cần --passphrase-file TỆP (mật khẩu bảo vệ khóa ký trong tệp sao lưu).');
      const r = await call('backup.create', { toDir: to, passphrase: pass });
      say(`Đã sao lưu: ${r.file} (${mb(r.size)}), đã kiểm tra toàn vẹn.`);
      return { result: r };
    }
    case 'list': {
      const r = await call('backup.list', {});
      if (!r.length) say('Chưa có bản sao lưu nào.');
      for (const b of r) {
        say(`${localTime(b.createdAt)}  ${b.fileName}  ${BACKUP_REASON_LABELS[b.reason]}  ${mb(b.size)}  ${b.counts.people} cá nhân, ${b.counts.dossiers} hồ sơ, ${b.counts.packages} gói${b.integrity === 'ok' ? '' : '  (HỎNG)'}`);
      }
      return { result: r };
    }
    case 'restore': {
      if (!arg) throw new CliUsage('backup restore cần đường dẫn tệp sao lưu (.sqlite trong thư mục backups hoặc .tdkt-backup).');
      const input = { path: path.resolve(arg), passphrase: passphraseFrom(flags) };
      const p = await call('backup.preview', input);
      preview(p);
      if (flags['dry-run']) return { result: p };
      const r = await call('backup.restore', input);
      say(`Đã khôi phục. Dữ liệu trước khi khôi phục được giữ tại: ${r.safetyBackup}`);
      return { result: r };
    }
    default:
      throw new CliUsage('backup cần một trong các lệnh: create, list, restore.');
  }
}
