import { z } from 'zod';
import { COMPLAINT_KINDS } from '../rules/complaints';
import { isoDate, str, unitRef, uuid } from './common';

/**
 * `complaint`: an entry of a unit's sổ đơn thư about the nominees of a dossier it sends up,
 * travelling beside that dossier so the upper level holds the nominee while it is open (NĐ
 * 152/2025/NĐ-CP, Điều 4). Owned by the unit. Its content (sender, letter, steps, conclusion
 * text, handler) is personal data: `content` is null unless the clerk chose "Gửi kèm nội dung".
 */
export const complaintData = z.object({
  unit: unitRef,
  kind: z.enum(COMPLAINT_KINDS),
  receivedOn: isoDate,
  anonymous: z.boolean(),
  dueOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  subjects: z.array(z.object({ type: z.enum(['person', 'collective', 'dossier']), id: uuid, name: str(300) })).min(1).max(400),
  content: z
    .object({
      sender: str(300),
      content: str(5000),
      handler: str(200),
      steps: z.array(z.object({ on: isoDate, text: str(1000) })).max(200),
      conclusion: str(5000).nullable(),
    })
    .nullable(),
});
export type ComplaintData = z.infer<typeof complaintData>;
