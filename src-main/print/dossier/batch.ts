import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PrintJob } from '../../../src-shared/api';
import { AppError, fieldError } from '../../errors';
import type { ServiceContext } from '../../services/core';
import { requireOutDir } from '../../services/folders';
import { buildSetDocument, fileNamesOf, loadDossierPrint, reportsOfSet, type PrintNotes } from './index';

/**
 * "In toàn bộ hồ sơ" into a folder, for sets of any size: the set's data is read once when the
 * job starts (a wrong id or folder is refused there and then), then each document is built and
 * written to disk before the next is built, so the set is never held in memory; between
 * documents the job gives way, so print.job reads its progress and print.cancelJob stops it.
 * All or nothing, as the CLI's print dossier: each file is written under a `.partial` name and
 * renamed when the last one is written; a cancelled or failed job removes what it wrote.
 */
interface Job extends PrintJob {
  cancel: boolean;
  /** Timestamp of the end, for pruning finished jobs. */
  endedAt: number | null;
}

/** Jobs by connection (one data folder), as the statement cache: nothing outlives its database. */
const jobsByDb = new WeakMap<object, Map<string, Job>>();
const KEEP_FINISHED = 20;

const jobsOf = (ctx: ServiceContext) => {
  let m = jobsByDb.get(ctx.sqlite);
  if (!m) jobsByDb.set(ctx.sqlite, (m = new Map()));
  return m;
};

const view = ({ cancel: _c, endedAt: _e, ...j }: Job): PrintJob => ({ ...j, files: [...j.files], warnings: [...j.warnings] });

function writeProblem(e: unknown, dir: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string })?.code;
  if (code === 'ENOSPC') {
    return new AppError('DISK_FULL', 'Ổ đĩa đã đầy nên chưa ghi được bộ hồ sơ (không tệp nào được giữ lại). Hãy giải phóng dung lượng hoặc chọn thư mục khác rồi in lại.').withCause(e);
  }
  const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'thư mục chỉ đọc hoặc không có quyền ghi'
    : code === 'ENOTDIR' || code === 'EEXIST' ? 'đường dẫn này là một tệp, không phải thư mục'
    : 'lỗi khi ghi tệp';
  return fieldError('outDir', `Không ghi được bộ hồ sơ vào "${dir}" (${why}). Hãy bấm "Chọn…" để chọn thư mục khác rồi in lại.`).withCause(e);
}

export function startDossierPrint(ctx: ServiceContext, input: { id: string; outDir: string }): PrintJob {
  const dir = requireOutDir(input.outDir);
  const p = loadDossierPrint(ctx, input.id);
  const names = fileNamesOf(p);
  const reports = reportsOfSet(ctx, p);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeProblem(e, dir);
  }
  const jobs = jobsOf(ctx);
  // Two jobs writing the same .partial names into one folder would spoil each other.
  if ([...jobs.values()].some((j) => j.state === 'running' && j.outDir === dir)) {
    throw new AppError('BUSY', `Đang in một bộ hồ sơ vào thư mục "${dir}". Hãy đợi in xong hoặc bấm "Dừng in" rồi in lại.`);
  }
  const finished = [...jobs.values()].filter((j) => j.endedAt !== null).sort((a, b) => a.endedAt! - b.endedAt!);
  for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED + 1))) jobs.delete(j.jobId);
  const job: Job = { jobId: crypto.randomUUID(), dossierId: p.dossier.id, outDir: dir, total: names.length, done: 0, state: 'running', files: [], warnings: [], error: null, cancel: false, endedAt: null };
  jobs.set(job.jobId, job);
  const byId = new Map(p.nominees.map((n) => [n.id, n]));

  const run = async () => {
    const written: string[] = [];
    try {
      for (const f of names) {
        if (job.cancel) break;
        const notes: PrintNotes = {};
        const bytes = await buildSetDocument(ctx, p, f.kind, byId.get(f.id), reports, notes);
        if (notes.warning) job.warnings.push(notes.warning);
        const file = path.join(dir, f.fileName);
        written.push(file);
        fs.writeFileSync(`${file}.partial`, bytes);
        job.done++;
        await nextTurn();
      }
      if (job.cancel) {
        for (const file of written) fs.rmSync(`${file}.partial`, { force: true });
        job.state = 'cancelled';
      } else {
        for (const file of written) fs.renameSync(`${file}.partial`, file);
        job.files = written;
        job.state = 'done';
      }
    } catch (e) {
      for (const file of written) fs.rmSync(`${file}.partial`, { force: true });
      const err = writeProblem(e, dir);
      if (!(e instanceof AppError)) console.error('[tdkt] printing a dossier set failed', e);
      job.state = 'failed';
      job.error = { code: err.code, message: err.message };
    }
    job.endedAt = Date.now();
  };
  void run();
  return view(job);
}

function jobOf(ctx: ServiceContext, jobId: string): Job {
  const job = jobsOf(ctx).get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'Không tìm thấy lượt in này (ứng dụng đã mở lại chăng?). Hãy bấm "In toàn bộ hồ sơ" để in lại.');
  return job;
}

export const dossierPrintJob = (ctx: ServiceContext, jobId: string): PrintJob => view(jobOf(ctx, jobId));

/** Stops a running job after the document being built; what it wrote is removed. A finished job is left as it is. */
export function cancelDossierPrint(ctx: ServiceContext, jobId: string): PrintJob {
  const job = jobOf(ctx, jobId);
  if (job.state === 'running') job.cancel = true;
  return view(job);
}

/** Resolves when the job has ended (the CLI waits for it; a screen polls print.job instead). */
export async function dossierPrintEnded(ctx: ServiceContext, jobId: string): Promise<PrintJob> {
  const job = jobOf(ctx, jobId);
  while (job.state === 'running') await new Promise((r) => setTimeout(r, 10));
  return view(job);
}
