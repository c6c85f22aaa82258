import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedFile } from '../../../src-main/lib/boundedRead';
import { AppError } from '../../../src-main/errors';
import { initializedHost, tempDir } from '../helpers';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
};

describe('readBoundedFile', () => {
  it('reads a regular file whole', () => {
    const file = path.join(tempDir(), 'goi.tdkt');
    fs.writeFileSync(file, 'x'.repeat(3 * 1024 * 1024 + 5));
    expect(readBoundedFile(file, 4 * 1024 * 1024).length).toBe(3 * 1024 * 1024 + 5);
    expect(readBoundedFile(file, 3 * 1024 * 1024 + 5).length).toBe(3 * 1024 * 1024 + 5);
  });

  it('refuses a file over the limit by its size', () => {
    const file = path.join(tempDir(), 'lon.tdkt');
    fs.writeFileSync(file, 'x'.repeat(2000));
    expect(refusal(() => readBoundedFile(file, 1999, 'tệp gói dữ liệu'))).toMatchObject({ code: 'TOO_LARGE', message: 'Tệp gói dữ liệu "lon.tdkt" quá lớn (giới hạn 2 KB).' });
  });

  it('counts while reading: a file whose size stat() does not tell is cut at the limit', () => {
    // procfs files say size 0 and yet have content, like a file growing while it is read.
    expect(fs.statSync('/proc/self/status').size).toBe(0);
    expect(refusal(() => readBoundedFile('/proc/self/status', 100)).code).toBe('TOO_LARGE');
    expect(readBoundedFile('/proc/self/status', 1_000_000).toString()).toContain('Name:');
  });

  it('refuses a device, a directory and a FIFO without reading (or waiting on) them', () => {
    expect(refusal(() => readBoundedFile('/dev/zero', 1_000_000)).code).toBe('NOT_A_FILE');
    expect(refusal(() => readBoundedFile(tempDir(), 1_000_000)).code).toBe('NOT_A_FILE');
    const fifo = path.join(tempDir(), 'ong.tdkt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(refusal(() => readBoundedFile(fifo, 1_000_000)).message).toMatch(/không phải là một tệp thông thường/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('names a missing file', () => {
    expect(refusal(() => readBoundedFile('/khong/co/tep.tdkt', 10, 'tệp khóa')).message).toBe('Không tìm thấy tệp khóa "tep.tdkt". Hãy kiểm tra lại đường dẫn.');
  });

  it('is what exchange.import uses for a path: /dev/zero is refused with a message, nothing written', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    const r = await h.fail('exchange.import', { path: '/dev/zero' });
    expect(r).toMatchObject({ code: 'NOT_A_FILE' });
    expect(r.message).toMatch(/^"zero" không phải là một tệp thông thường/);
    expect(h.snapshot()).toBe(before);
  });
});
