import { z } from 'zod';
import { DECISION_STATUSES } from '../exchange/status';
import { SCOPES } from '../rules/vocab';
import { code, isoDate, str, uuid } from './common';

/**
 * `decision`: what an upper level decided about a unit's record (received, returned with
 * reasons, decided with number/date/issuer…). Owned by the deciding level; it changes the
 * status of the record it names, never its content.
 */
export const decisionData = z.object({
  subject: z.object({ type: str(50).min(1), id: uuid, origin: code }),
  status: z.enum(DECISION_STATUSES),
  reasons: z.array(z.object({ field: str(100).nullable(), message: str(1000).min(1) })).max(100),
  decision: z
    .object({
      number: str(50).min(1), date: isoDate, issuer: str(200).min(1), award: str(200),
      /** For an initiative: the scope the upper level recognises it at (cấp tỉnh, toàn quốc). */
      scope: z.enum(SCOPES).nullable().optional(),
      certificateNumber: str(50).optional(),
    })
    .nullable(),
  note: str(2000),
});
export type DecisionData = z.infer<typeof decisionData>;
