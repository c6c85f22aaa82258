import { z } from 'zod';
import { COMPLAINT_KINDS } from '../rules/complaints';
import { isoDate, ownedFields, requiredText, text, uuid } from './common';

// Sổ đơn thư khiếu nại, tố cáo, phản ánh, kiến nghị về thi đua, khen thưởng: an open entry
// holds the commendation of the people and collectives it concerns (NĐ 152/2025/NĐ-CP, Điều 4).

export const complaintSubject = z.object({
  type: z.enum(['person', 'collective', 'dossier']),
  id: z.string(),
  /** The person's full name, the collective's name or the dossier's title (for lists). */
  name: z.string(),
});
export type ComplaintSubject = z.infer<typeof complaintSubject>;

export const complaintStep = z.object({ on: z.string(), text: z.string() });

export const complaint = z.object({
  ...ownedFields,
  receivedOn: z.string(),
  sender: z.string(),
  anonymous: z.boolean(),
  kind: z.enum(COMPLAINT_KINDS),
  content: z.string(),
  handler: z.string(),
  subjects: z.array(complaintSubject),
  /** The computed time limit: last day (or null), and where the figure comes from. */
  dueOn: z.string().nullable(),
  limitBasis: z.string(),
  steps: z.array(complaintStep),
  conclusion: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** open: being verified (holds commendation); closed: a conclusion is recorded. */
  status: z.enum(['open', 'closed']),
  /**
   * "Gửi kèm nội dung": the entry travels up beside the dossiers it concerns, with its content only
   * when ticked (personal data). On a copy received from a unit below: whether the content came.
   */
  sendContent: z.boolean(),
  /** The unit below that registered it (a received, read-only copy), or null when registered here. */
  fromUnit: z.string().nullable(),
});
export type Complaint = z.infer<typeof complaint>;

export const complaintInput = z.object({
  receivedOn: isoDate,
  /** Người gửi đơn; leave empty and set anonymous for an unsigned letter. */
  sender: text(300, 'Người gửi').default(''),
  anonymous: z.boolean().default(false),
  kind: z.enum(COMPLAINT_KINDS, { error: 'Loại đơn phải là khiếu nại, tố cáo, phản ánh hoặc kiến nghị.' }),
  content: requiredText(5000, 'Nội dung đơn'),
  handler: text(200, 'Người xử lý').default(''),
  personIds: z.array(uuid).max(200).default([]),
  collectiveIds: z.array(uuid).max(200).default([]),
  dossierIds: z.array(uuid).max(50).default([]),
  sendContent: z.boolean().default(false),
});
export type ComplaintInput = z.output<typeof complaintInput>;

export const complaintsApi = {
  'complaints.list': {
    input: z.object({ status: z.enum(['open', 'closed', 'all']).default('all') }),
    output: z.array(complaint),
  },
  'complaints.get': { input: z.object({ id: uuid }), output: complaint },
  /** Registers an entry (one transaction, audited); a person or collective of another unit is refused. */
  'complaints.create': { input: complaintInput, output: complaint },
  'complaints.addStep': {
    input: z.object({ id: uuid, on: isoDate, text: requiredText(1000, 'Nội dung bước xử lý') }),
    output: complaint,
  },
  /** Links one of this unit's dossiers (the entry then travels up with it), or unlinks it. */
  'complaints.linkDossier': { input: z.object({ id: uuid, dossierId: uuid }), output: complaint },
  'complaints.unlinkDossier': { input: z.object({ id: uuid, dossierId: uuid }), output: complaint },
  /** "Gửi kèm nội dung": whether the entry's content goes up with it (otherwise only kind, dates, whom it concerns). */
  'complaints.setSendContent': { input: z.object({ id: uuid, sendContent: z.boolean() }), output: complaint },
  /** Entries about a dossier or its nominees: registered here, and received from the unit that sent the dossier. */
  'complaints.forDossier': { input: z.object({ dossierId: uuid }), output: z.array(complaint) },
  /** The conclusion lifts the hold. */
  'complaints.close': {
    input: z.object({ id: uuid, conclusion: requiredText(5000, 'Kết luận'), closedOn: isoDate }),
    output: complaint,
  },
} as const;
