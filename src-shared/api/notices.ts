import { z } from 'zod';
import { isoDate, text, uuid } from './common';

// Thông báo công khai (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 5): the list of the
// proposed (from a dossier) or of the awarded (from its recorded decision), posted for a period;
// each print is recorded and shown on the dossier.

export const NOTICE_KINDS = ['proposed', 'awarded'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  proposed: 'Công khai danh sách đề nghị khen thưởng',
  awarded: 'Công khai danh sách được khen thưởng',
};

export const publicNotice = z.object({
  id: z.string(), dossierId: z.string(), kind: z.enum(NOTICE_KINDS), postedFrom: z.string(), postedTo: z.string(), place: z.string(),
  printedAt: z.string(), printedBy: z.string(),
});
export type PublicNotice = z.infer<typeof publicNotice>;

export const noticeInput = z.object({
  dossierId: uuid,
  /** Null: the awarded once a decision is recorded for the dossier, else the proposed. */
  kind: z.enum(NOTICE_KINDS).nullable().default(null),
  postedFrom: isoDate,
  postedTo: isoDate,
  /** Nơi niêm yết; empty: the unit's office (trụ sở). */
  place: text(300, 'Nơi niêm yết').default(''),
});
export type NoticeInput = z.output<typeof noticeInput>;

export const noticesApi = {
  'notices.list': { input: z.object({ dossierId: uuid }), output: z.array(publicNotice) },
  /** Prints the notice (DOCX) and records it, in one step: a refused period writes nothing. */
  'notices.print': { input: noticeInput, output: z.object({ notice: publicNotice, fileName: z.string(), contentBase64: z.string() }) },
} as const;
