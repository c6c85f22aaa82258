import { z } from 'zod';
import { api, isApiName, type ApiErrorShape, type InvokeResult } from '../src-shared/api';
import { openDatabase, type OpenDb } from './db/open';
import { AppError } from './errors';
import { handlers } from './handlers';
import { deepNfc } from './nfc';

export { deepNfc };
import { fileProtector, type SecretProtector } from './keys/protector';
import type { ServiceContext } from './services/core';

z.config(z.locales.vi());

export interface HostOptions {
  dataDir: string;
  migrationsDir: string;
  protector?: SecretProtector;
  now?: () => Date;
  /** Parse every output with its contract schema too (tests and the e2e harness). */
  checkOutput?: boolean;
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
  const checkOutput = opts.checkOutput ?? !!(process.env.VITEST || process.env.TDKT_CHECK_OUTPUT);

  // Opened on first use, so a broken data folder reaches the clerk as a message on screen
  // rather than a crash at start; the next call tries again.
  const context = (): ServiceContext => {
    opened ??= openDatabase({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir, now: opts.now });
    return {
      db: opened.db,
      sqlite: opened.sqlite,
      dataDir: opts.dataDir,
      now: opts.now ?? (() => new Date()),
      protector: opts.protector ?? fileProtector,
    };
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
        const result = await handler(context(), input);
        if (checkOutput) def.output.parse(result);
        return { ok: true, result };
      } catch (e) {
        return { ok: false, error: errorToShape(e) };
      }
    },
    close() {
      opened?.close();
      opened = null;
    },
  };
}
