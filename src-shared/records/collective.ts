import { z } from 'zod';
import { COLLECTIVE_KINDS } from '../catalog/people';
import { str, unitRef } from './common';

/** `collective`: a tập thể, owned by the unit that entered it. */
export const collectiveData = z.object({
  name: str(200).min(1),
  kind: z.enum(COLLECTIVE_KINDS),
  unit: unitRef,
  memberCount: z.number().int().min(0).max(1_000_000),
});
export type CollectiveData = z.infer<typeof collectiveData>;
