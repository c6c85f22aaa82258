// Danh hiệu thi đua a unit or a person registers for at the start of the year (Luật Thi đua,
// khen thưởng 2022, Điều 23–28; NĐ 152/2025). Codes are stored; names are printed. The full,
// versioned award catalogue (criteria, authorities, effective dates) comes with dossiers.
export type TitleSubject = 'individual' | 'collective' | 'household';

export interface EmulationTitle {
  code: string;
  name: string;
  subject: TitleSubject;
}

export const EMULATION_TITLES: readonly EmulationTitle[] = [
  { code: 'LDTT', name: 'Lao động tiên tiến', subject: 'individual' },
  // Điều 24 khoản 3: workers, farmers and other workers, with no yearly task rating (catalogue LDTT_CNND).
  { code: 'LDTT_CNND', name: 'Lao động tiên tiến (công nhân, nông dân, người lao động)', subject: 'individual' },
  // Điều 24 khoản 2: soldiers, police and militia (dân quân tự vệ of the commune).
  { code: 'CSTT', name: 'Chiến sĩ tiên tiến', subject: 'individual' },
  { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', subject: 'individual' },
  { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', subject: 'individual' },
  { code: 'CSTD_TQ', name: 'Chiến sĩ thi đua toàn quốc', subject: 'individual' },
  { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', subject: 'collective' },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', subject: 'collective' },
  { code: 'CO_TD_TINH', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', subject: 'collective' },
  { code: 'CO_TD_CP', name: 'Cờ thi đua của Chính phủ', subject: 'collective' },
  { code: 'THON_VH', name: 'Thôn, tổ dân phố văn hóa', subject: 'collective' },
  { code: 'XA_TIEU_BIEU', name: 'Xã, phường, đặc khu tiêu biểu', subject: 'collective' },
  { code: 'GD_VH', name: 'Gia đình văn hóa', subject: 'household' },
  // A household's Giấy khen and Bằng khen (Luật Điều 75) are forms of commendation, proposed by a
  // dossier, not titles registered for at the start of the year: they are not listed here.
];

export const TITLE_CODES = EMULATION_TITLES.map((t) => t.code) as [string, ...string[]];
export const titleName = (code: string) => EMULATION_TITLES.find((t) => t.code === code)?.name ?? code;

export const MOVEMENT_KINDS = ['regular', 'periodic', 'thematic'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  periodic: 'Theo đợt',
  thematic: 'Theo chuyên đề',
};
