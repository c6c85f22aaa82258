import { z } from 'zod';
import { MOVEMENT_KINDS, TITLE_CODES } from '../catalog/titles';
import { code, isoDate, str, unitRef, uuid } from './common';

const target = z.object({ text: str(500).min(1), value: z.number().min(0).max(1e12).nullable(), unit: str(30) });

/** `movement`: a phong trào thi đua, owned by the unit that launched it. */
export const movementData = z.object({
  name: str(300).min(1),
  kind: z.enum(MOVEMENT_KINDS),
  launchedBy: z.object({ code, name: str(200).min(1) }),
  year: z.number().int().min(2000).max(2100),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  theme: str(500),
  slogan: str(300),
  targets: z.array(target).max(100),
  criteria: z.array(z.object({ text: str(500).min(1) })).max(100),
  legalBasis: str(2000),
});
export type MovementData = z.infer<typeof movementData>;

/**
 * `registration`: a unit's or collective's đăng ký thi đua for a year, with its individual
 * registrations inline (people travel as their own `person` records; a name is kept for
 * display where the person has not arrived).
 */
export const registrationData = z.object({
  year: z.number().int().min(2000).max(2100),
  movementId: uuid,
  movementName: str(300),
  registrantKind: z.enum(['unit', 'collective']),
  unit: unitRef.nullable(),
  collectiveId: uuid.nullable(),
  registrantName: str(200).min(1),
  titles: z.array(z.enum(TITLE_CODES)).min(1).max(10),
  commitments: z.array(target).max(100),
  registeredOn: isoDate,
  signerName: str(100),
  signerPosition: str(100),
  late: z.boolean(),
  lateNote: str(500).nullable(),
  entries: z
    .array(z.object({ id: uuid, personId: uuid, fullName: str(100), title: z.enum(TITLE_CODES), note: str(500) }))
    .max(20_000),
});
export type RegistrationData = z.infer<typeof registrationData>;
