// Libraries below the services (no database, no service context): file sniffing, spreadsheet reading.
/** What a file really is, from its first bytes: the name a clerk gives it proves nothing. */
export function sniffMime(bytes: Buffer): string | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

/** The Content-Type the app's own files are served with (the harness and the app:// protocol). */
const BY_EXTENSION: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** By the file name's extension (or a bare ".json"); unknown kinds are plain bytes. */
export function mimeOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return BY_EXTENSION[dot >= 0 ? name.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}
