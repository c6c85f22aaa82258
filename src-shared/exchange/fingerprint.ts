/** The fingerprint a person reads aloud or prints: the keyId's 32 hex digits in groups of four. */
export function formatFingerprint(keyId: string): string {
  return (keyId.toLowerCase().match(/.{1,4}/g) ?? []).join(' ');
}

/** Accepts what a clerk types: any case, spaces, dashes or colons between groups. */
export function normalizeFingerprint(typed: string): string {
  return typed.toLowerCase().replace(/[\s:-]/g, '');
}

/** How what a clerk read from the paper form compares with a key, group by group. */
export type FingerprintComparison =
  | { kind: 'match' }
  /** Not 32 hex digits (a group missing or a letter that is not 0-9/a-f): nothing to compare yet. */
  | { kind: 'malformed'; length: number }
  /** 1-based numbers of the groups of four that differ; never the key's own digits. */
  | { kind: 'mismatch'; groups: number[] };

/**
 * Compares the typed fingerprint with the key's, group by group (8 groups of 4 hex digits), so
 * a message can say "nhóm 3 và 5 khác" without printing the key's own value for copying.
 */
export function compareFingerprint(keyId: string, typed: string): FingerprintComparison {
  const t = normalizeFingerprint(typed);
  if (!/^[0-9a-f]{32}$/.test(t)) return { kind: 'malformed', length: t.length };
  const k = keyId.toLowerCase();
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) if (t.slice(i * 4, i * 4 + 4) !== k.slice(i * 4, i * 4 + 4)) groups.push(i + 1);
  return groups.length ? { kind: 'mismatch', groups } : { kind: 'match' };
}

/** "1", "1 và 3", "1, 3 và 8": Vietnamese list of group numbers. */
const joinGroups = (g: number[]) => (g.length === 1 ? `${g[0]}` : `${g.slice(0, -1).join(', ')} và ${g[g.length - 1]}`);

/**
 * The Vietnamese sentence for a fingerprint that did not match: which groups differ (or that the
 * text is not a fingerprint), and what to do. It names the unit, never the key's fingerprint.
 */
export function fingerprintMismatchMessage(c: Exclude<FingerprintComparison, { kind: 'match' }>, unitName: string): string {
  if (c.kind === 'malformed') {
    return `Dấu vân tay không khớp: cần đủ 8 nhóm, mỗi nhóm 4 ký tự (chữ số 0–9 hoặc chữ a–f), đã nhập ${c.length} ký tự hợp lệ. Hãy đọc lại từ phiếu đăng ký khóa của ${unitName}.`;
  }
  const all = c.groups.length === 8;
  return all
    ? `Dấu vân tay không khớp ở cả 8 nhóm: tệp khóa này không phải khóa ghi trên phiếu đăng ký khóa của ${unitName}. Đừng tin cậy khóa này; hãy gọi điện cho đơn vị để xin đúng tệp khóa.`
    : `Dấu vân tay không khớp ở nhóm ${joinGroups(c.groups)} (đếm từ trái sang). Hãy đọc lại ${c.groups.length > 1 ? 'các nhóm' : 'nhóm'} đó trên phiếu đăng ký khóa của ${unitName}; nếu vẫn khác, đừng tin cậy khóa này và gọi điện cho đơn vị.`;
}
