import { z } from 'zod';
import { ETHNICITY_CODES } from '../catalog/ethnicities';
import { GENDERS } from '../catalog/people';
import { isoDate, str, unitRef, uuid } from './common';

/** `person`: a cá nhân, owned by the unit that entered it. */
export const personData = z.object({
  familyName: str(40),
  middleName: str(60),
  givenName: str(40).min(1),
  gender: z.enum(GENDERS),
  birthDate: isoDate.nullable(),
  birthYear: z.number().int().min(1900).max(9999).nullable(),
  ethnicity: z.enum(ETHNICITY_CODES),
  position: str(200),
  unit: unitRef.nullable(),
  collectiveId: uuid.nullable(),
  directLabor: z.boolean(),
  /** As the form takes it (api/people personInput). */
  phone: z.string().regex(/^\+?[0-9 .]{8,20}$/).nullable(),
  /** Added with the báo cáo thành tích's particulars; absent in older packages (read as ''). */
  homeTown: str(200).optional(),
  residence: str(200).optional(),
  qualification: str(200).optional(),
  academicRank: str(200).optional(),
  /** Vùng sâu, vùng xa, vùng đặc biệt khó khăn; sent only when known, absent in older packages (read as not known). */
  remoteArea: z.boolean().optional(),
});
export type PersonData = z.infer<typeof personData>;
