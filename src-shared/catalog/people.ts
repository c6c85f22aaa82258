export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

// Kinds of collective (tập thể) a commune or agency keeps. "other" keeps the list closed
// without forcing a clerk to misfile.
export const COLLECTIVE_KINDS = [
  'department', 'village', 'school', 'health', 'association', 'enterprise', 'other',
  // A household (hộ gia đình) as the subject of household awards (Luật TĐKT 2022, Điều 20, 75).
  'household',
] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];
export const COLLECTIVE_KIND_LABELS: Record<CollectiveKind, string> = {
  department: 'Phòng, ban, bộ phận',
  village: 'Thôn, tổ dân phố',
  school: 'Trường học',
  health: 'Trạm y tế, cơ sở y tế',
  association: 'Hội, đoàn thể',
  enterprise: 'Doanh nghiệp, hợp tác xã',
  other: 'Tập thể khác',
  household: 'Hộ gia đình',
};
