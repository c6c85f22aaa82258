// Who decides an award, as data the catalogue's `routes` are made of (kept apart from catalogue.ts,
// which holds the rest of the catalogue's schema).
import { z } from 'zod';
import { UNIT_LEVELS } from '../catalog/levels';

const text = (max: number) => z.string().min(1).max(max);

/**
 * Who decides an award, who advises, and to whom the proposing unit's tờ trình goes. A council
 * (Hội đồng TĐKT) advises the head of its body; it never decides (Luật TĐKT 2022, Điều 90).
 */
export const DECIDERS = ['commune-chairman', 'district-chairman', 'province-chairman', 'unit-head', 'prime-minister', 'president'] as const;
export type Decider = (typeof DECIDERS)[number];
export const DECIDER_LABELS: Record<Decider, string> = {
  'commune-chairman': 'Chủ tịch UBND cấp xã',
  'district-chairman': 'Chủ tịch UBND cấp huyện',
  'province-chairman': 'Chủ tịch UBND cấp tỉnh',
  'unit-head': 'Thủ trưởng cơ quan, đơn vị',
  'prime-minister': 'Thủ tướng Chính phủ',
  president: 'Chủ tịch nước',
};

export const deciderRouteSchema = z.strictObject({
  /** Levels of the proposing unit this route is for. */
  levels: z.array(z.enum(UNIT_LEVELS)).min(1).max(4),
  decidedBy: z.enum(DECIDERS),
  /** The council that advises the decider: the Hội đồng TĐKT of the decider's body (null: none). */
  advisedBy: z.enum(DECIDERS).nullable(),
  /** Whom the proposing unit's tờ trình is addressed to. */
  submitTo: z.enum(DECIDERS),
  /** Through the province's TĐKT body (Sở Nội vụ / Ban TĐKT, per the province's regulation). */
  viaProvinceBody: z.boolean(),
  citation: text(300),
});
export type DeciderRoute = z.infer<typeof deciderRouteSchema>;
