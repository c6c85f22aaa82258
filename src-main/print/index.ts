import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import type { ServiceContext } from '../services/context';

/**
 * The print dispatcher: document kind → DOCX builder. Each capability registers its
 * documents here (registration form, dossier, certificate, inspection record, …).
 */
type Builder = (ctx: ServiceContext, id: string) => Promise<Buffer>;
const BUILDERS: Record<string, Builder> = {};

export function registerPrint(kind: string, build: Builder): void {
  BUILDERS[kind] = build;
}

export function printKinds(): string[] {
  return Object.keys(BUILDERS).sort();
}

/** Writes to a temporary name first, so a half-written file never looks finished. */
export async function printDocument(ctx: ServiceContext, kind: string, id: string, out: string): Promise<string> {
  const build = BUILDERS[kind];
  if (!build) {
    throw new AppError('UNKNOWN_DOCUMENT', `Không có loại tài liệu "${kind}". Các loại hiện có: ${printKinds().join(', ') || '(chưa có)'}.`);
  }
  const bytes = await build(ctx, id);
  const file = path.resolve(out);
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
  return file;
}
