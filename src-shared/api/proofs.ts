import { z } from 'zod';
import { ok, requiredText, uuid } from './common';

/** A clerk's confirmation that a criterion's document is in the dossier: who, when, which document. */
export const proofConfirmation = z.object({ criterionId: z.string(), document: z.string(), confirmedBy: z.string(), confirmedAt: z.string() });
export type ProofConfirmationOut = z.infer<typeof proofConfirmation>;

/** A criterion of the award proven by a document, for one nominee, and its confirmation if any. */
export const nomineeProof = z.object({ id: z.string(), text: z.string(), citation: z.string(), confirmation: proofConfirmation.nullable() });

const criterionId = z.string().min(1, { error: 'Hãy chọn tiêu chí cần xác nhận minh chứng.' }).max(80);

export const proofsApi = {
  /**
   * Confirms (or corrects) the document proving a criterion for one nominee of the unit's own
   * dossier; the criterion then passes with the document named. Audited.
   */
  'dossiers.confirmProof': {
    input: z.object({ nomineeId: uuid, criterionId, document: requiredText(500, 'Văn bản minh chứng') }),
    output: proofConfirmation,
  },
  /** Withdraws a confirmation: the criterion reads "chưa xác nhận minh chứng" again. */
  'dossiers.unconfirmProof': { input: z.object({ nomineeId: uuid, criterionId }), output: ok },
} as const;
