import { z } from 'zod';
import { nomineeFactsSchema } from '../rules/facts';
import { code, isoDate, str, unitRef, uuid } from './common';

const count = z.number().int().min(0).max(100_000);

/**
 * `dossier`: a hồ sơ đề nghị khen thưởng with its nominees, the council's vote and its scans
 * (by SHA-256; the files travel as the package's attachments). Owned by the proposing unit.
 */
export const dossierData = z.object({
  year: z.number().int().min(1945).max(2100),
  round: z.enum(['annual', 'thematic', 'adhoc']),
  movementId: uuid.nullable(),
  awardCode: code,
  awardName: str(200),
  referenceDate: isoDate,
  title: str(300).min(1),
  proposingUnit: unitRef,
  meeting: z.object({ date: isoDate.nullable(), total: count, present: count, written: count }).nullable(),
  overrideReason: str(1000).nullable(),
  nominees: z
    .array(
      z.object({
        id: uuid,
        subjectType: z.enum(['person', 'collective']),
        subjectId: uuid,
        name: str(200),
        summary: str(2000),
        report: str(200_000),
        voteYes: count.nullable(),
        collectiveFacts: z.object({ members: count, ldtt: count, completedTasks: count, cstdcs: count, disciplined: count, women: count.nullable().optional() }).nullable(),
        /** What the proposing unit's records say of the nominee, for the receiver's own eligibility check. */
        facts: nomineeFactsSchema.nullable(),
      }),
    )
    .max(1000),
  documents: z
    .array(z.object({ id: uuid, nomineeId: uuid.nullable(), docCode: str(40), sha256: z.string().regex(/^[0-9a-f]{64}$/), name: str(255), mime: str(120), size: z.number().int().min(0) }))
    .max(1000),
});
export type DossierData = z.infer<typeof dossierData>;
