import { AppError } from '../errors';
import type { ServiceContext } from '../services/context';
import { requireInstallation } from '../services/installation';
import { keyRegistrationForm } from './keyRegistration';

/**
 * The print dispatcher: document kind → DOCX builder and file name. Each capability adds its
 * documents here (registration form, dossier, certificate, inspection record, …).
 */
interface DocumentDef {
  label: string;
  build(ctx: ServiceContext, id: string): Promise<Buffer>;
  fileName(ctx: ServiceContext, id: string): string;
}

const DOCUMENTS: Record<string, DocumentDef> = {
  'key-registration': {
    label: 'Phiếu đăng ký khóa',
    // An installation has one key; the id is not used ("self" in the CLI).
    build: (ctx) => keyRegistrationForm(ctx),
    fileName: (ctx) => `${requireInstallation(ctx).unitCode}_phieu-dang-ky-khoa.docx`,
  },
};

export function printKinds(): string[] {
  return Object.keys(DOCUMENTS).sort();
}

function documentDef(kind: string): DocumentDef {
  const def = DOCUMENTS[kind];
  if (!def) {
    throw new AppError('UNKNOWN_DOCUMENT', `Không có loại tài liệu "${kind}". Các loại hiện có: ${printKinds().join(', ')}.`);
  }
  return def;
}

export async function renderDocument(ctx: ServiceContext, kind: string, id: string): Promise<{ fileName: string; bytes: Buffer }> {
  const def = documentDef(kind);
  return { fileName: def.fileName(ctx, id), bytes: await def.build(ctx, id) };
}
