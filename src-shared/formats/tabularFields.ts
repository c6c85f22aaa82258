/**
 * The fields a clerk's table may fill, per import target, with the header words that name
 * each one. Header words are compared as `headerKey`: folded (no diacritics, đ → d, lower
 * case) words of [a-z0-9] joined by one space, so "Họ, tên", "HỌ TÊN" and "Họ\ntên" are all
 * "ho ten". Kept apart from tabular.ts so the header and mapping modules can use it without
 * importing the module that re-exports them (no import cycle).
 */
import { foldTokens } from '../text/fold';

export const IMPORT_TARGETS = ['people', 'award-history'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export interface FieldDef<K extends string = string> {
  key: K;
  /** Shown to the clerk in the mapping picker. */
  label: string;
  /**
   * Header words, already as headerKey. A header matches an alias exactly, or, for aliases of
   * two words or more, starts with it ("Họ và tên cán bộ" → "ho va ten").
   */
  aliases: readonly string[];
}

export const PEOPLE_FIELD_KEYS = [
  'fullName', 'familyName', 'middleName', 'givenName', 'birth', 'gender', 'genderMale', 'genderFemale',
  'ethnicity', 'position', 'unit', 'title', 'note', 'remoteArea',
] as const;
export type PeopleField = (typeof PEOPLE_FIELD_KEYS)[number];

/**
 * The columns a list of people may have. Names come whole ("Họ và tên") or in parts ("Họ",
 * "Tên đệm", "Tên"; "Họ và tên đệm" | "Tên"). Gender comes as one column ("Giới tính",
 * "Nam/Nữ") or as two columns "Nam" and "Nữ" in which the clerk writes an x or the year of
 * birth (a common layout of Vietnamese forms, usually under a merged "Năm sinh" header).
 * A leading "STT"/"TT" column matches nothing and is ignored.
 */
export const PEOPLE_FIELDS: readonly FieldDef<PeopleField>[] = [
  { key: 'fullName', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten ho', 'ho va ten khai sinh'] },
  { key: 'familyName', label: 'Họ', aliases: ['ho', 'ho dem', 'ho va dem', 'ho va ten dem', 'ho va chu dem', 'ho lot'] },
  { key: 'middleName', label: 'Tên đệm', aliases: ['ten dem', 'dem', 'chu dem', 'ten lot', 'lot'] },
  { key: 'givenName', label: 'Tên', aliases: ['ten', 'ten goi'] },
  {
    key: 'birth',
    label: 'Ngày sinh / năm sinh',
    aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'ngay thang sinh', 'sinh ngay', 'ngay sinh nam sinh'],
  },
  { key: 'gender', label: 'Giới tính', aliases: ['gioi tinh', 'nam nu', 'gioi', 'phai'] },
  { key: 'genderMale', label: 'Cột "Nam"', aliases: ['nam'] },
  { key: 'genderFemale', label: 'Cột "Nữ"', aliases: ['nu'] },
  { key: 'ethnicity', label: 'Dân tộc', aliases: ['dan toc'] },
  {
    key: 'position',
    label: 'Chức vụ',
    aliases: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu don vi cong tac', 'chuc vu noi cong tac'],
  },
  {
    key: 'unit',
    label: 'Đơn vị công tác',
    aliases: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan', 'co quan don vi', 'co quan cong tac', 'bo phan cong tac'],
  },
  {
    key: 'title',
    label: 'Danh hiệu đăng ký',
    aliases: ['danh hieu', 'danh hieu dang ky', 'dang ky danh hieu', 'danh hieu thi dua', 'dang ky thi dua', 'danh hieu thi dua dang ky'],
  },
  { key: 'note', label: 'Ghi chú', aliases: ['ghi chu'] },
  {
    key: 'remoteArea',
    label: 'Vùng sâu, vùng xa (Có/Không)',
    aliases: ['vung sau', 'vung sau vung xa', 'o vung sau', 'o vung sau vung xa', 'vung dac biet kho khan', 'vung kho khan'],
  },
];

export const AWARD_HISTORY_FIELD_KEYS = [
  'fullName', 'collectiveName', 'birth', 'unit', 'year', 'award', 'category', 'decision', 'decisionNumber', 'decisionDate', 'issuer',
] as const;
export type AwardHistoryField = (typeof AWARD_HISTORY_FIELD_KEYS)[number];

/**
 * The columns of a list of awards already received (khen thưởng đã có): who (a person by name
 * and birth, a collective by name, the unit to tell homonyms apart), the year, the title or
 * form, and the decision, either in columns of its own or as one "Số, ngày quyết định" cell
 * ("Số 152/QĐ-UBND ngày 10/12/2024").
 */
export const AWARD_HISTORY_FIELDS: readonly FieldDef<AwardHistoryField>[] = [
  { key: 'fullName', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten ho', 'ho ten ca nhan', 'ho va ten ca nhan', 'ten ca nhan', 'ca nhan'] },
  { key: 'collectiveName', label: 'Tên tập thể', aliases: ['ten tap the', 'tap the', 'tap the duoc khen', 'tap the duoc khen thuong', 'ten don vi tap the'] },
  {
    key: 'birth',
    label: 'Ngày sinh / năm sinh',
    aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'ngay thang sinh', 'sinh ngay', 'ngay sinh nam sinh'],
  },
  {
    key: 'unit',
    label: 'Đơn vị',
    aliases: ['don vi', 'don vi cong tac', 'noi cong tac', 'co quan don vi', 'co quan cong tac', 'chuc vu don vi', 'chuc vu don vi cong tac', 'don vi quan ly'],
  },
  {
    key: 'year',
    label: 'Năm',
    aliases: ['nam', 'nam khen thuong', 'nam duoc khen', 'nam duoc khen thuong', 'nam dat', 'nam dat danh hieu', 'nam thanh tich', 'nam cong nhan'],
  },
  {
    key: 'award',
    label: 'Danh hiệu / hình thức khen thưởng',
    aliases: [
      'danh hieu', 'hinh thuc khen thuong', 'danh hieu hinh thuc khen thuong', 'hinh thuc khen thuong danh hieu', 'danh hieu thi dua',
      'danh hieu khen thuong', 'danh hieu thi dua hinh thuc khen thuong', 'hinh thuc', 'khen thuong', 'noi dung khen thuong', 'danh hieu da dat',
      'khen thuong da co',
    ],
  },
  { key: 'category', label: 'Loại hình khen thưởng', aliases: ['loai hinh', 'loai hinh khen thuong', 'loai khen thuong'] },
  {
    key: 'decision',
    label: 'Số, ngày quyết định (một cột)',
    aliases: ['quyet dinh', 'so ngay quyet dinh', 'so va ngay quyet dinh', 'so ngay qd', 'so quyet dinh ngay', 'quyet dinh so ngay', 'quyet dinh khen thuong'],
  },
  {
    key: 'decisionNumber',
    label: 'Số quyết định',
    aliases: ['so quyet dinh', 'so qd', 'so hieu quyet dinh', 'so ky hieu', 'so hieu', 'so ky hieu quyet dinh', 'quyet dinh so'],
  },
  {
    key: 'decisionDate',
    label: 'Ngày quyết định',
    aliases: ['ngay quyet dinh', 'ngay qd', 'ngay ky', 'ngay ban hanh', 'ngay ky quyet dinh', 'ngay thang nam quyet dinh', 'ngay ra quyet dinh'],
  },
  {
    key: 'issuer',
    label: 'Cơ quan ban hành',
    aliases: [
      'co quan ban hanh', 'cap khen', 'cap khen thuong', 'cap quyet dinh', 'co quan quyet dinh', 'nguoi ky', 'cap ra quyet dinh', 'don vi ban hanh',
      'noi ban hanh', 'co quan khen thuong', 'co quan ban hanh quyet dinh',
    ],
  },
];

export function fieldsFor(target: ImportTarget): readonly FieldDef[] {
  switch (target) {
    case 'people':
      return PEOPLE_FIELDS;
    case 'award-history':
      return AWARD_HISTORY_FIELDS;
  }
}

/** Folded words of a header cell joined by one space: "Họ, tên" → "ho ten". */
export function headerKey(s: string): string {
  return foldTokens(s).join(' ');
}
