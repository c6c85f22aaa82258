import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/api';
import { writeFilesAtomically } from '../../../src-main/cli-backup';
import { inTransactionAsync } from '../../../src-main/services/core';
import { generateDemo } from '../../../src-main/services/demo';
import { dump, pair } from '../exchange/pair';
import { initializedHost, tempDir } from '../helpers';

afterEach(() => vi.restoreAllMocks());

/** fs.writeFileSync that writes half of a `.partial` file and then finds the disk full. */
function fullDiskFor(match: RegExp) {
  const real = fs.writeFileSync;
  vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, opts?: fs.WriteFileOptions) => {
    if (typeof file === 'string' && match.test(file)) {
      const buf = Buffer.from(data as string);
      real(file, buf.subarray(0, buf.length >> 1));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
    }
    return real(file, data, opts);
  }) as typeof fs.writeFileSync);
}

describe('long jobs are all or nothing', () => {
  it('an export to a full stick leaves no .partial file and no package marked as sent', async () => {
    const { xa } = await pair();
    const before = dump(xa);
    const usb = tempDir('tdkt-usb-');
    fullDiskFor(/\.tdkt\.partial$/);
    const err = await xa.fail('exchange.export', { to: 'T12', outDir: usb, all: false, maxSizeMb: 20, selection: null });
    expect(err.code).toBe('DISK_FULL');
    expect(err.message).toMatch(/đã đầy/);
    expect(fs.readdirSync(usb)).toEqual([]);
    expect(dump(xa)).toBe(before);
  });

  it('the demo interrupted halfway leaves nothing, and runs again to the end', async () => {
    const { h } = await initializedHost();
    const before = h.snapshot();
    let calls = 0;
    const call = async <N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> => {
      if (++calls === 60) throw new Error('killed halfway');
      return h.call(name, input);
    };
    await expect(inTransactionAsync(h.context(), () => generateDemo(call, { people: 30 }))).rejects.toThrow('killed halfway');
    expect(calls).toBe(60);
    expect(h.snapshot()).toBe(before);

    const r = await inTransactionAsync(h.context(), () => generateDemo(h.call, { people: 30 }));
    expect(r.people).toBe(30);
    expect(h.context().sqlite.prepare('SELECT count(*) n FROM people').get()).toEqual({ n: 30 });
    h.close();
  });

  it('a set of printed documents: a full disk halfway writes none of them', () => {
    const dir = tempDir();
    fullDiskFor(/2-danh-sach\.docx\.partial$/);
    const docs = ['1-to-trinh.docx', '2-danh-sach.docx', '3-bien-ban.docx'].map((n) => ({ file: path.join(dir, n), bytes: Buffer.alloc(5000, 1) }));
    expect(() => writeFilesAtomically(docs)).toThrow(/đã đầy/);
    expect(fs.readdirSync(dir)).toEqual([]);
    vi.restoreAllMocks();
    expect(writeFilesAtomically(docs)).toHaveLength(3);
    expect(fs.readdirSync(dir).sort()).toEqual(['1-to-trinh.docx', '2-danh-sach.docx', '3-bien-ban.docx']);
  });

  it('an import is preceded by a checked copy; copies before imports are kept for the set number of days', async () => {
    const { clock, prov, xa } = await pair();
    await prov.call('backup.setRetention', { keepDaily: 14, importDays: 2 });
    const files = await xa.call('exchange.export', { to: 'T12', outDir: tempDir('tdkt-usb-'), all: false, maxSizeMb: 20, selection: null });
    await prov.call('exchange.import', { path: files.files[0]!.file });
    const first = (await prov.call('backup.list', {})).filter((b) => b.reason === 'before-import');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ integrity: 'ok', unitCode: 'T12', counts: { packages: 0 } });

    clock.now = new Date(clock.now.getTime() + 3 * 86_400_000);
    await prov.call('exchange.import', { path: files.files[0]!.file }); // a duplicate: still guarded
    const later = (await prov.call('backup.list', {})).filter((b) => b.reason === 'before-import');
    expect(later).toHaveLength(1);
    expect(later[0]!.counts.packages).toBe(1);
  });

  it('a list import (units from a file) is preceded by a checked copy too; a dry run is not', async () => {
    const { prov } = await pair();
    const csv = 'Mã;Tên;Cấp;Mã cấp trên\r\nXA-MOI;Xã Mới;Xã;T12\r\n';
    const before = (await prov.call('backup.list', {})).filter((b) => b.reason === 'before-import').length;
    await prov.call('units.import', { format: 'csv', content: csv, dryRun: true });
    expect((await prov.call('backup.list', {})).filter((b) => b.reason === 'before-import')).toHaveLength(before);
    await prov.call('units.import', { format: 'csv', content: csv, dryRun: false });
    const after = (await prov.call('backup.list', {})).filter((b) => b.reason === 'before-import');
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ integrity: 'ok', unitCode: 'T12' });
  });
});
