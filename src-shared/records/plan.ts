import { z } from 'zod';
import { planDeadline } from '../rules/planDeadline';
import { isoDate, str, uuid } from './common';

/**
 * `plan`: a unit's kế hoạch công tác thi đua, khen thưởng năm (kind tdkt) or its council's
 * kế hoạch hoạt động (kind council), with its tasks inline. Issued by the upper level in its
 * reference package; the units below keep it read-only and may make their own tasks follow it.
 */
export const planData = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(['tdkt', 'council']),
  title: str(300).min(1),
  planNumber: str(50),
  planDate: isoDate.nullable(),
  purpose: str(4000),
  tasks: z.array(z.object({
    id: uuid,
    sort: z.number().int().min(0).max(100000),
    content: str(2000).min(1),
    leadUnit: str(300),
    coordinatingUnits: str(500),
    deadline: planDeadline,
    status: z.enum(['todo', 'doing', 'done', 'dropped']),
    result: str(2000),
    followsTaskId: uuid.nullable(),
  })).max(500),
});
export type PlanData = z.infer<typeof planData>;
