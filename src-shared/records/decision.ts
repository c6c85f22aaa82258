import { z } from 'zod';
import { NOMINEE_OUTCOMES, outcomeConflicts } from '../exchange/nomineeOutcomes';
import { DECISION_STATUSES } from '../exchange/status';
import { SCOPES } from '../rules/vocab';
import { code, isoDate, str, uuid } from './common';

const reason = z.object({ field: str(100).nullable(), message: str(1000).min(1) });

/**
 * Optional (added in the same schema version; older builds ignore it): on a dossier, the outcome
 * for each nominee. The record's `status` is then the dossier-level status they give
 * (src-shared/exchange/nomineeOutcomes: dossierOutcome) and award history lands only for the
 * nominees marked `decided`.
 */
export const nomineeOutcomeData = z.object({
  nomineeId: uuid,
  subjectType: z.enum(['person', 'collective']),
  subjectId: uuid,
  name: str(200),
  status: z.enum(NOMINEE_OUTCOMES),
  reasons: z.array(reason).max(20),
});
export type NomineeOutcomeData = z.infer<typeof nomineeOutcomeData>;

/**
 * `decision`: what an upper level decided about a unit's record (received, returned with
 * reasons, decided with number/date/issuer…). Owned by the deciding level; it changes the
 * status of the record it names, never its content.
 */
export const decisionData = z.object({
  subject: z.object({ type: str(50).min(1), id: uuid, origin: code }),
  status: z.enum(DECISION_STATUSES),
  reasons: z.array(reason).max(100),
  decision: z
    .object({
      number: str(50).min(1), date: isoDate, issuer: str(200).min(1), award: str(200),
      /** For an initiative: the scope the upper level recognises it at (cấp tỉnh, toàn quốc). */
      scope: z.enum(SCOPES).nullable().optional(),
      certificateNumber: str(50).optional(),
    })
    .nullable(),
  note: str(2000),
  nominees: z
    .array(nomineeOutcomeData)
    .max(1000)
    .superRefine((lines, c) => {
      for (const message of outcomeConflicts(lines)) c.addIssue({ code: 'custom', message });
    })
    .optional(),
});
export type DecisionData = z.infer<typeof decisionData>;
