// Reading a file a person named (a package on a stick, a key file, a spreadsheet, a scan):
// only a regular file, and never more than the limit, counted while reading, so a device file,
// a FIFO or a file still growing cannot fill the memory or hang the app.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

const CHUNK = 1024 * 1024;
// Opening a FIFO for reading blocks until a writer appears; non-blocking, it returns at once
// and fstat tells what it is. (Windows has no such flag and no FIFOs to worry about.)
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

const mb = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(n >= 10 * 1048576 ? 0 : 1)} MB` : `${Math.ceil(n / 1024)} KB`);

/**
 * The bytes of `file`, refused with a Vietnamese message naming it when it is missing, not a
 * regular file, unreadable, or larger than `maxBytes` (checked on the size and again while
 * reading: a file that grows under us is cut at the limit and refused).
 */
export function readBoundedFile(file: string, maxBytes: number, what = 'tệp'): Buffer {
  const name = path.basename(file) || file;
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new AppError('FILE', `Không tìm thấy ${what} "${name}". Hãy kiểm tra lại đường dẫn.`).withCause(e);
    if (code === 'EISDIR') throw new AppError('NOT_A_FILE', `"${name}" là một thư mục, không phải ${what}.`).withCause(e);
    if (code === 'EACCES' || code === 'EPERM') throw new AppError('FILE', `Không có quyền đọc ${what} "${name}".`).withCause(e);
    throw new AppError('FILE', `Không mở được ${what} "${name}".`).withCause(e);
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new AppError('NOT_A_FILE', `"${name}" không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn đúng ${what}.`);
    const tooLarge = () => new AppError('TOO_LARGE', `${what[0]!.toUpperCase()}${what.slice(1)} "${name}" quá lớn (giới hạn ${mb(maxBytes)}).`);
    if (st.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit is enough to know it is too large.
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge();
      chunks.push(n === want ? buf : buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE', `Không đọc được ${what} "${name}".`).withCause(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** Limits for files a person names, other than packages (LIMITS.importBytes). */
export const FILE_LIMITS = {
  keyFile: 64 * 1024,
  /** As the contract takes a sheet or a unit list (api/spreadsheet, api/units). */
  spreadsheet: 20 * 1024 * 1024,
  /** As the contract takes a scan (api/dossiers ATTACHMENT_MAX_BYTES). */
  attachment: 30 * 1024 * 1024,
};
