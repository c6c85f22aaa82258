import { z } from 'zod';
import { nomineeFactsSchema } from '../rules/facts';
import { code, isoDate, str, unitRef, uuid } from './common';

const count = z.number().int().min(0).max(100_000);

const reportRow = z.object({ year: z.number().int().min(1945).max(2100), name: str(300), decisionNumber: str(60), decisionDate: isoDate.nullable(), issuer: str(300) });

/** A nominee's structured báo cáo thành tích: the form's id and version, and what was written in it. */
const achievementReportData = z.object({
  templateId: z.string().regex(/^(nd98|nd152)-[a-z-]{3,40}$/),
  templateVersion: z.number().int().min(1).max(1000),
  content: z.object({
    particulars: z.record(z.string().max(40), str(3000)),
    sections: z.record(z.string().max(40), z.array(str(200_000)).max(2000)),
    titles: z.array(reportRow).max(200),
    commendations: z.array(reportRow).max(200),
  }),
});

/** A criterion proven by a document, as the proposing unit's clerk confirmed it. */
const proofData = z.object({ criterionId: z.string().min(1).max(80), document: str(500).min(1), confirmedBy: str(200), confirmedAt: z.string().max(40) });

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
        /** The báo cáo thành tích by the decree's form, when one was saved (absent in older packages). */
        achievementReport: achievementReportData.optional(),
        /** The clerk's confirmations of documents proving criteria (absent in older packages). */
        proofs: z.array(proofData).max(20).optional(),
      }),
    )
    .max(1000),
  documents: z
    .array(z.object({ id: uuid, nomineeId: uuid.nullable(), docCode: str(40), sha256: z.string().regex(/^[0-9a-f]{64}$/), name: str(255), mime: str(120), size: z.number().int().min(0) }))
    .max(1000),
});
export type DossierData = z.infer<typeof dossierData>;
