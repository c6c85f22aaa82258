import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../src-shared/api';
import { dossierDocuments } from '../../../src-main/print/dossier';
import { initializedHost, person, tempDir, type TestHost } from '../helpers';

/** "In toàn bộ hồ sơ" into a folder (issue 18, point 4): streamed to disk, with progress, cancellable, all or nothing. */

afterEach(() => vi.restoreAllMocks());

async function dossierOf(n: number) {
  const { h, inst } = await initializedHost();
  const d = await h.call('dossiers.create', { year: 2025, round: 'annual', awardCode: 'CSTDCS', referenceDate: '2026-01-15', title: 'Hồ sơ CSTĐCS 2025' });
  await h.call('dossiers.setMeeting', { id: d.id, meetingDate: '2026-01-10', councilTotal: 10, councilPresent: 10, councilWritten: 0 });
  for (let i = 0; i < n; i++) {
    const p = await h.call('people.create', person({ familyName: 'Lò', middleName: 'Văn', givenName: `Người ${i + 1}`, unitId: inst.unitId, position: 'Công chức' }));
    const nominee = await h.call('dossiers.addNominee', { dossierId: d.id, subjectType: 'person', subjectId: p.id, summary: 'Hoàn thành xuất sắc nhiệm vụ' });
    await h.call('dossiers.updateNominee', { dossierId: d.id, nomineeId: nominee.id, summary: 'Hoàn thành xuất sắc nhiệm vụ', report: 'Thành tích.', voteYes: 9, collectiveFacts: null });
  }
  return { h, d };
}

/** print.job until the job ends, a timer turn between reads (as a screen polls); every `done` seen. */
async function untilEnded(h: TestHost, job: PrintJob, seen: number[] = []): Promise<PrintJob> {
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 1));
    job = await h.call('print.job', { jobId: job.jobId });
    seen.push(job.done);
  }
  return job;
}

const documentXml = (b: Buffer) => strFromU8(unzipSync(b)['word/document.xml']!);

describe('printing a whole dossier into a folder', () => {
  it('writes every document of the set as it is built, reports its progress, and lists the files when done', async () => {
    const { h, d } = await dossierOf(6);
    const out = path.join(tempDir('tdkt-batch-'), 'Hồ sơ CSTĐCS');
    const started = await h.call('print.dossierToFolder', { id: d.id, outDir: out });
    expect(started).toMatchObject({ dossierId: d.id, outDir: out, total: 3 + 6 + 2, done: 0, state: 'running', files: [], error: null });
    const seen: number[] = [];
    const done = await untilEnded(h, started, seen);
    expect(done.state).toBe('done');
    expect(done.done).toBe(11);
    // Progress moved one document at a time: values between none and all were seen, never going back.
    expect(seen.some((x) => x > 0 && x < 11)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const set = await dossierDocuments(h.context(), d.id);
    expect(done.files).toEqual(set.map((x) => path.join(out, x.fileName)));
    expect(fs.readdirSync(out).sort()).toEqual(set.map((x) => x.fileName).sort());
    for (const x of set) expect(documentXml(fs.readFileSync(path.join(out, x.fileName))), x.fileName).toBe(documentXml(x.bytes));
    // Read back later, it is the same job.
    expect(await h.call('print.job', { jobId: started.jobId })).toEqual(done);
  }, 60_000);

  it('cancelled halfway: stops, and the folder keeps nothing of the set (no document, no .partial)', async () => {
    const { h, d } = await dossierOf(8);
    const out = tempDir('tdkt-batch-cancel-');
    fs.writeFileSync(path.join(out, 'của-người-khác.txt'), 'giữ nguyên');
    let job = await h.call('print.dossierToFolder', { id: d.id, outDir: out });
    while (job.done < 2) {
      await new Promise((r) => setTimeout(r, 1));
      job = await h.call('print.job', { jobId: job.jobId });
    }
    // A second set into the same folder while this one runs is refused (their .partial files would collide).
    const busy = await h.fail('print.dossierToFolder', { id: d.id, outDir: out });
    expect(busy.code).toBe('BUSY');
    expect(busy.message).toMatch(/Dừng in/);
    const asked = await h.call('print.cancelJob', { jobId: job.jobId });
    expect(asked.state).toBe('running'); // stops after the document being built
    const ended = await untilEnded(h, asked);
    expect(ended.state).toBe('cancelled');
    expect(ended.done).toBeLessThan(ended.total);
    expect(ended.files).toEqual([]);
    expect(fs.readdirSync(out)).toEqual(['của-người-khác.txt']);
    // Cancelling an ended job changes nothing.
    expect(await h.call('print.cancelJob', { jobId: job.jobId })).toEqual(ended);
  }, 60_000);

  it('a full disk halfway: the job fails in Vietnamese and leaves no file of the set', async () => {
    const { h, d } = await dossierOf(3);
    const out = tempDir('tdkt-batch-full-');
    const real = fs.writeFileSync;
    let partials = 0;
    vi.spyOn(fs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, opts?: fs.WriteFileOptions) => {
      if (typeof file === 'string' && file.endsWith('.docx.partial') && ++partials > 3) {
        real(file, Buffer.from('PK'));
        throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC' });
      }
      return real(file, data, opts);
    }) as typeof fs.writeFileSync);
    const ended = await untilEnded(h, await h.call('print.dossierToFolder', { id: d.id, outDir: out }));
    expect(ended.state).toBe('failed');
    expect(ended.error).toEqual({ code: 'DISK_FULL', message: expect.stringMatching(/Ổ đĩa đã đầy/) });
    expect(fs.readdirSync(out)).toEqual([]);
  }, 60_000);

  it('refuses a relative folder, an unknown dossier or job in Vietnamese, writing nothing', async () => {
    const { h, d } = await dossierOf(1);
    const relative = await h.fail('print.dossierToFolder', { id: d.id, outDir: 'ho-so' });
    expect(relative.fields?.[0]?.path).toBe('outDir');
    expect(fs.existsSync(path.resolve('ho-so'))).toBe(false);
    const out = tempDir('tdkt-batch-bad-');
    expect((await h.fail('print.dossierToFolder', { id: '00000000-0000-4000-8000-000000000000', outDir: out })).code).toBe('NOT_FOUND');
    expect(fs.readdirSync(out)).toEqual([]);
    const unknown = await h.fail('print.job', { jobId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/In toàn bộ hồ sơ/);
  });
});
