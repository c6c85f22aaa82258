import { z } from 'zod';
import { keyFile } from '../exchange/envelope';

/**
 * `key-announcement`: a unit announces its new key in a package signed with its old one (key
 * rotation, exchange-format.md "Trust"). `key` is the new public key file as it travels;
 * `previousKeyId` the key it replaces (the one that signed the package). Owned by `origin`,
 * which must be the unit the key belongs to. Receiving it never trusts the key: it pre-fills
 * the confirmation a person makes against the unit's paper form, as for a first key.
 */
export const keyAnnouncementData = z.object({
  key: keyFile,
  previousKeyId: z.string().regex(/^[0-9a-f]{32}$/),
});
export type KeyAnnouncementData = z.infer<typeof keyAnnouncementData>;
