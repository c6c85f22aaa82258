// Administrative levels are data: code never branches on "district". Since 01/07/2025 local
// government has two tiers (province, commune); districts remain in old records and some
// agencies, so they stay a level a unit can have, nothing more.
export const UNIT_LEVELS = ['province', 'district', 'commune', 'agency'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  province: 'Tỉnh, thành phố',
  district: 'Huyện, quận, thị xã (hồ sơ cũ)',
  commune: 'Xã, phường, đặc khu',
  agency: 'Cơ quan, đơn vị',
};

/** Words a clerk may write in a CSV "Cấp" column, folded (no diacritics, lower case). */
export const UNIT_LEVEL_ALIASES: Record<string, UnitLevel> = {
  province: 'province', tinh: 'province', 'thanh pho': 'province', 'tinh, thanh pho': 'province',
  district: 'district', huyen: 'district', quan: 'district', 'thi xa': 'district',
  commune: 'commune', xa: 'commune', phuong: 'commune', 'dac khu': 'commune', 'thi tran': 'commune',
  'xa, phuong, dac khu': 'commune',
  agency: 'agency', 'co quan': 'agency', 'don vi': 'agency', 'co quan, don vi': 'agency',
};
