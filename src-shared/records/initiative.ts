import { z } from 'zod';
import { SCOPES } from '../rules/vocab';
import { isoDate, str, unitRef, uuid } from './common';

const text = (max: number) => str(max);

/**
 * `initiative`: a đơn yêu cầu công nhận sáng kiến sent up when its authors seek recognition of
 * a wider scope (cấp tỉnh, toàn quốc), with what the unit already decided (its cơ sở
 * recognition and its council's average). Owned by the unit; the upper level answers with a
 * `decision` (decided: number, date, issuer and the scope it recognises).
 */
export const initiativeData = z.object({
  title: str(500).min(1),
  year: z.number().int().min(2000).max(2100),
  unit: unitRef,
  addressedTo: text(300),
  investor: text(500),
  field: text(500),
  problem: text(5000),
  description: text(100_000),
  /** Sent so the upper level can judge it; the receiver must protect it (TT 18/2013 Điều 6). */
  confidential: text(20_000),
  conditions: text(20_000),
  authorBenefits: text(20_000),
  trialBenefits: text(20_000),
  firstAppliedOn: isoDate.nullable(),
  trialParticipants: z.array(z.object({ name: str(200), position: str(200), workplace: str(300), part: str(500) })).max(100),
  proposedScope: z.enum(SCOPES),
  authors: z.array(z.object({ personId: uuid, name: str(200), share: z.number().min(0).max(100) })).min(1).max(50),
  /**
   * `late`: received after its round's deadline while the round was kept open, with the round's
   * reason (optional: older installations send neither, read as on time).
   */
  receipt: z.object({ receivedOn: isoDate, number: str(50), dueOn: isoDate, late: z.boolean().optional(), lateReason: str(2000).optional() }).nullable(),
  recognition: z
    .object({
      status: z.enum(['recognised', 'refused']),
      scope: z.enum(SCOPES).nullable(),
      date: isoDate.nullable(),
      decisionNumber: str(50),
      body: str(300),
      certificateNumber: str(50),
      refusalReason: str(5000),
    })
    .nullable(),
  council: z.object({ members: z.number().int().min(0).max(100), scored: z.number().int().min(0).max(100), average: z.number().nullable(), passMark: z.number(), maxTotal: z.number() }).nullable(),
});
export type InitiativeData = z.infer<typeof initiativeData>;
