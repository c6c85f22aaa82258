import { z } from 'zod';
import { EXAMPLE_KINDS, EXAMPLE_STAGES } from '../rules/examples';
import { isoDate, str, unitRef, uuid } from './common';

/**
 * `example`: a điển hình tiên tiến of the unit's register, sent up so the upper level can choose
 * the examples it honours. Owned by the unit that keeps the register; the people and collectives
 * it names travel as their own records. Its awards travel as the unit describes them (the award
 * history stays with the unit); the report flags as the unit computed them.
 */
export const exampleData = z.object({
  kind: z.enum(EXAMPLE_KINDS),
  name: str(300).min(1),
  unit: unitRef,
  personId: uuid.nullable(),
  collectiveId: uuid.nullable(),
  field: str(200),
  movementId: uuid.nullable(),
  achievements: str(5000),
  stages: z.array(z.object({ stage: z.enum(EXAMPLE_STAGES), on: isoDate, by: str(200), note: str(1000) })).min(1).max(4),
  media: z.array(z.object({ outlet: str(200).min(1), on: isoDate, link: str(500), title: str(300) })).max(50),
  awards: z.array(z.object({ year: z.number().int().min(1945).max(2100), awardName: str(300), decisionNumber: str(50), decisionDate: isoDate.nullable() })).max(50),
  women: z.boolean(),
  ethnicMinority: z.boolean(),
  directWorker: z.boolean(),
  reviewOn: isoDate.nullable(),
});
export type ExampleData = z.infer<typeof exampleData>;
