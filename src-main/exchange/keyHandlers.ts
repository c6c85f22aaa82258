import type { keysApi } from '../../src-shared/api/keys';
import { formatFingerprint } from '../../src-shared/exchange/fingerprint';
import type { Handler } from '../handler-types';
import { describeRotation, rotateKey } from './rotation';
import { readSource } from './handlers';
import { acceptAnnouncedKey, listKeyAnnouncements, packageSender, readKeyFile, replaceTrustedKey, type TrustedKey } from './trust';

const keyRow = (k: TrustedKey) => ({
  ...k,
  fingerprint: formatFingerprint(k.keyId),
  status: k.status as 'trusted' | 'revoked',
  source: k.source as 'manual' | 'trust-list',
});
const accepted = (r: { key: TrustedKey; revoked: TrustedKey[] }) => ({ key: keyRow(r.key), revoked: r.revoked.map(keyRow) });

/** The key life cycle's calls (src-shared/api/keys.ts). */
export const keyHandlers: { [N in keyof typeof keysApi]: Handler<N> } = {
  'keys.rotate': (ctx, input) => {
    const r = rotateKey(ctx, input);
    return { ...r, message: describeRotation(r) };
  },
  'trust.announcements': (ctx) =>
    listKeyAnnouncements(ctx).map((a) => ({
      id: a.id, unitCode: a.unitCode, unitName: a.unitName, level: a.level, keyId: a.keyId, fingerprint: formatFingerprint(a.keyId),
      previousKeyId: a.previousKeyId, previousFingerprint: formatFingerprint(a.previousKeyId), keyCreatedAt: a.keyCreatedAt, receivedAt: a.receivedAt,
    })),
  'trust.acceptAnnounced': (ctx, input) => accepted(acceptAnnouncedKey(ctx, input)),
  'trust.replace': (ctx, input) => accepted(replaceTrustedKey(ctx, input)),
  'trust.readKeyFile': (_ctx, input) => readKeyFile(input.path),
  'trust.packageSender': (_ctx, input) => packageSender(readSource(input).content),
};
