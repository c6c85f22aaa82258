import { z } from 'zod';
import { api, isApiName, type ApiErrorShape, type InvokeResult } from '../src-shared/api';
import { newestGood } from './db/backup';
import { knownSchemaVersion, openDatabase, openStandIn, restoreAdvice, type OpenDb } from './db/open';
import { AppError } from './errors';
import { handlers } from './handlers';
import { deepNfc } from './nfc';

export { deepNfc };
import { fileProtector, type SecretProtector } from './keys/protector';
import { dailyBackupIfDue } from './services/backup';
import type { ServiceContext } from './services/core';
import { busyMessage, registerHolder } from './holders';

z.config(z.locales.vi());

export interface HostOptions {
  dataDir: string;
  migrationsDir: string;
  protector?: SecretProtector;
  now?: () => Date;
  /** Parse every output with its contract schema too (tests and the e2e harness). */
  checkOutput?: boolean;
  /** Who this program is, in Vietnamese, named to another program that waits for our lock. */
  program?: string;
  /** Skip the daily backup at start (tests that count backups). */
  noDailyBackup?: boolean;
}

export interface Host {
  invoke(name: string, input: unknown): Promise<InvokeResult>;
  /** The services' context, for the CLI's commands that are not renderer calls (demo). */
  context(): ServiceContext;
  close(): void;
}

function zodToShape(err: z.ZodError): ApiErrorShape {
  const fields = err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = fields[0];
  return {
    code: 'INVALID_INPUT',
    message: first ? first.message : 'Dữ liệu nhập không hợp lệ.',
    fields,
  };
}

const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'Ổ đĩa đã đầy nên chưa lưu được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ không bị ảnh hưởng.',
  SQLITE_BUSY: 'Dữ liệu đang được một chương trình khác sử dụng. Hãy đóng cửa sổ TĐKT Desktop khác rồi thử lại.',
  SQLITE_READONLY: 'Không ghi được vào tệp dữ liệu (chỉ đọc). Hãy kiểm tra quyền ghi của thư mục dữ liệu.',
  SQLITE_IOERR: 'Lỗi đọc/ghi ổ đĩa; thao tác chưa được thực hiện. Hãy kiểm tra ổ đĩa rồi thử lại.',
  SQLITE_CORRUPT: 'Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu trong thư mục backups.',
};

export function errorToShape(e: unknown): ApiErrorShape {
  if (e instanceof AppError) return e.toShape();
  if (e instanceof z.ZodError) return zodToShape(e);
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string') {
    const known = Object.keys(SQLITE_MESSAGES).find((k) => code.startsWith(k));
    if (known) return { code: known, message: SQLITE_MESSAGES[known]! };
    if (code === 'ENOSPC') return { code: 'SQLITE_FULL', message: SQLITE_MESSAGES.SQLITE_FULL! };
  }
  console.error('[tdkt] unexpected error', e);
  return {
    code: 'INTERNAL',
    message: 'Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện. Hãy thử lại, nếu vẫn lỗi hãy báo bộ phận hỗ trợ.',
  };
}

/**
 * The one door to the services, shared by Electron IPC, the HTTP harness and the CLI:
 * checks the name, NFC-normalizes and parses the input with the contract's schema, runs the
 * service, and turns every failure into { code, message } with a Vietnamese message.
 */
export function createHost(opts: HostOptions): Host {
  let opened: OpenDb | null = null;
  let dailyChecked = false;
  let known: number | undefined;
  let unregister: (() => void) | null = null;
  const checkOutput = opts.checkOutput ?? !!(process.env.VITEST || process.env.TDKT_CHECK_OUTPUT);
  const reopen = () => {
    opened?.close();
    opened = null;
  };

  // Opened on first use, so a broken data folder reaches the clerk as a message on screen
  // rather than a crash at start; the next call tries again.
  const context = (): ServiceContext => {
    if (!opened) {
      try {
        opened = openDatabase({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir, now: opts.now });
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'NOT_A_DATABASE')) throw e;
        opened = openStandIn(opts.dataDir, e.message);
      }
      unregister ??= registerHolder(opts.dataDir, opts.program ?? 'một chương trình TĐKT Desktop khác');
    }
    return {
      db: opened.db,
      sqlite: opened.sqlite,
      dataDir: opts.dataDir,
      now: opts.now ?? (() => new Date()),
      protector: opts.protector ?? fileProtector,
      readOnlyReason: opened.damaged,
      schemaVersion: (known ??= knownSchemaVersion(opts.migrationsDir)),
      reopen,
    };
  };

  // Once per run: a copy when the newest is older than a day. A failed backup is logged and
  // does not stop the clerk's work (the next start tries again).
  const daily = async (ctx: ServiceContext) => {
    if (dailyChecked || opts.noDailyBackup) return;
    dailyChecked = true;
    try {
      await dailyBackupIfDue(ctx);
    } catch (e) {
      console.error('[tdkt] daily backup failed', e);
    }
  };

  const shape = (e: unknown): ApiErrorShape => {
    const s = errorToShape(e);
    if (s.code === 'SQLITE_READONLY' && opened?.damaged) return { code: 'DB_DAMAGED', message: opened.damaged };
    if (s.code === 'SQLITE_BUSY') return { code: s.code, message: busyMessage(opts.dataDir) };
    if (s.code === 'SQLITE_CORRUPT') return { code: s.code, message: `Tệp dữ liệu bị hỏng. ${restoreAdvice(newestGood(opts.dataDir))}` };
    return s;
  };

  return {
    context,
    async invoke(name, rawInput) {
      try {
        if (!isApiName(name)) {
          throw new AppError('UNKNOWN_CALL', `Lệnh "${String(name).slice(0, 60)}" không có trong hợp đồng.`);
        }
        const def = api[name];
        const input = def.input.parse(deepNfc(rawInput ?? {}));
        const handler = handlers[name] as (ctx: ServiceContext, input: unknown) => unknown;
        const ctx = context();
        if (opened?.unreadable && !name.startsWith('backup.')) throw new AppError('NOT_A_DATABASE', opened.damaged!);
        await daily(ctx);
        const result = await handler(ctx, input);
        if (checkOutput) def.output.parse(result);
        return { ok: true, result };
      } catch (e) {
        return { ok: false, error: shape(e) };
      }
    },
    close() {
      reopen();
      unregister?.();
      unregister = null;
    },
  };
}
