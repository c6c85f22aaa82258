import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Sổ đơn thư: a complaint, denunciation, report or petition (khiếu nại, tố cáo, phản ánh, kiến
 * nghị) about people or collectives of this unit. While it has no conclusion it holds their
 * commendation (NĐ 152/2025/NĐ-CP, Điều 4). An entry about a dossier's nominees travels up as a
 * `complaint` record beside that dossier, its content only when `send_content` (personal data).
 */
export const complaints = sqliteTable(
  'complaints',
  {
    ...owned(),
    receivedOn: text('received_on').notNull(),
    /** Người gửi; empty when anonymous. */
    sender: text('sender').notNull().default(''),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull().default(false),
    kind: text('kind').notNull(), // khieu-nai | to-cao | phan-anh | kien-nghi
    content: text('content').notNull(),
    handler: text('handler').notNull().default(''),
    /** The computed last day (src-shared/rules/complaints), null when none applies. */
    dueOn: text('due_on'),
    /** JSON [{ on: 'yyyy-mm-dd', text }]: the steps taken (thụ lý, xác minh, …). */
    steps: text('steps').notNull().default('[]'),
    conclusion: text('conclusion'),
    closedOn: text('closed_on'),
    /**
     * "Gửi kèm nội dung": the entry travels up with the dossiers it concerns; its content (sender,
     * content, steps, conclusion text) only when the clerk ticks this. On a copy received from a
     * unit below: whether the content came with it.
     */
    sendContent: integer('send_content', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('complaints_open_idx').on(t.closedOn, t.dueOn)],
);

/** Who or what an entry concerns: a person, a collective or a dossier of this unit. */
export const complaintSubjects = sqliteTable(
  'complaint_subjects',
  {
    complaintId: text('complaint_id').notNull().references(() => complaints.id),
    subjectType: text('subject_type').notNull(), // person | collective | dossier
    subjectId: text('subject_id').notNull(),
  },
  (t) => [index('complaint_subjects_subject_idx').on(t.subjectType, t.subjectId), index('complaint_subjects_complaint_idx').on(t.complaintId)],
);
