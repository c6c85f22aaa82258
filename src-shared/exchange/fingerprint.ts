/** The fingerprint a person reads aloud or prints: the keyId's 32 hex digits in groups of four. */
export function formatFingerprint(keyId: string): string {
  return (keyId.toLowerCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** Accepts what a clerk types: any case, spaces, dashes or colons between groups. */
export function normalizeFingerprint(typed: string): string {
  return typed.toLowerCase().replace(/[\s:-]/g, '');
}
