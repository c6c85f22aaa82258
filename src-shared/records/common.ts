import { z } from 'zod';
import { UNIT_LEVELS } from '../catalog/levels';
import { isValidIsoDate } from '../text/dates';

export const str = (max: number) => z.string().max(max);
export const code = z.string().min(1).max(32).regex(/^[A-Za-z0-9._-]+$/);
export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
/** A real calendar day in yyyy-mm-dd (no 30/02), as the forms require. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isValidIsoDate, { error: 'không phải ngày có thật' });

/** A unit as records refer to it: by code, with enough to create a directory entry. */
export const unitRef = z.object({ code, name: str(200).min(1), level: z.enum(UNIT_LEVELS) });
export type UnitRef = z.infer<typeof unitRef>;
