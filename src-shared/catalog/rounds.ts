/** A dossier's round (đợt xét) in words, on screen and in exported lists. */
export const DOSSIER_ROUND_LABELS: Record<'annual' | 'thematic' | 'adhoc', string> = {
  annual: 'Tổng kết năm',
  thematic: 'Chuyên đề',
  adhoc: 'Đột xuất',
};
