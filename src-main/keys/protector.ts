/**
 * Protects the private key at rest. In Electron this is safeStorage (DPAPI on Windows); the
 * CLI and the browser harness have no OS keychain, so they use `fileProtector`: the bytes are
 * stored as they are, in a file only the user may read (mode 0600 inside a 0700 folder; on
 * Windows the per-user %APPDATA% folder plays that role).
 */
export interface SecretProtector {
  kind: 'safeStorage' | 'file';
  protect(plain: Buffer): Buffer;
  unprotect(data: Buffer): Buffer;
}

export const fileProtector: SecretProtector = {
  kind: 'file',
  protect: (plain) => Buffer.from(plain),
  unprotect: (data) => Buffer.from(data),
};
