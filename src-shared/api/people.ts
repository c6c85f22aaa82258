import { z } from 'zod';
import { ETHNICITY_CODES } from '../catalog/ethnicities';
import { COLLECTIVE_KINDS, GENDERS } from '../catalog/people';
import { isoDate, keyset, nextCursor, ok, ownedFields, paging, requiredText, text, uuid } from './common';

/** Quê quán, trú quán, trình độ chuyên môn, học hàm/học vị: a line each on the report. */
export const PARTICULAR_MAX = 200;

export const gender = z.enum(GENDERS, { error: 'Vui lòng chọn giới tính.' });

export const person = z.object({
  ...ownedFields,
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  fullName: z.string(),
  gender,
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  ethnicity: z.string(),
  position: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  collectiveId: z.string().nullable(),
  collectiveName: z.string().nullable(),
  directLabor: z.boolean(),
  phone: z.string().nullable(),
  homeTown: z.string(),
  residence: z.string(),
  qualification: z.string(),
  academicRank: z.string(),
  /** Vùng sâu, vùng xa, vùng đặc biệt khó khăn: null = not known (the review counts it "không rõ"). */
  remoteArea: z.boolean().nullable(),
});
export type Person = z.infer<typeof person>;

// Birth is either a full date or only a year (old records often have just the year); the
// "not in the future" check needs the clock, so it lives in the service.
export const personInput = z.object({
  familyName: text(40, 'Họ'),
  middleName: text(60, 'Tên đệm'),
  givenName: requiredText(40, 'Tên'),
  gender,
  birthDate: isoDate.nullable().default(null),
  birthYear: z
    .number({ error: 'Năm sinh phải là số.' })
    .int({ error: 'Năm sinh phải là số nguyên.' })
    .min(1900, { error: 'Năm sinh phải từ 1900 trở đi.' })
    .nullable()
    .default(null),
  ethnicity: z.enum(ETHNICITY_CODES, { error: 'Vui lòng chọn dân tộc trong danh mục.' }).default('01'),
  position: text(200, 'Chức vụ').default(''),
  unitId: uuid.nullable().default(null),
  collectiveId: uuid.nullable().default(null),
  directLabor: z.boolean().default(false),
  phone: z
    .string()
    .regex(/^\+?[0-9 .]{8,20}$/, { error: 'Số điện thoại chỉ gồm chữ số (8–15 số).' })
    .nullable()
    .default(null),
  // The báo cáo thành tích's particulars kept with the person (filled into each report, still editable there).
  homeTown: text(PARTICULAR_MAX, 'Quê quán').default(''),
  residence: text(PARTICULAR_MAX, 'Trú quán').default(''),
  qualification: text(PARTICULAR_MAX, 'Trình độ chuyên môn').default(''),
  academicRank: text(PARTICULAR_MAX, 'Học hàm, học vị').default(''),
  // Lives or works in a vùng sâu, vùng xa, vùng đặc biệt khó khăn: true, false, or null when not known.
  remoteArea: z.boolean({ error: 'Vùng sâu, vùng xa phải là Có, Không hoặc Chưa rõ.' }).nullable().default(null),
});
export type PersonInput = z.input<typeof personInput>;

export const collective = z.object({
  ...ownedFields,
  name: z.string(),
  kind: z.enum(COLLECTIVE_KINDS),
  unitId: z.string(),
  unitName: z.string().nullable(),
  memberCount: z.number().int(),
});
export type Collective = z.infer<typeof collective>;

export const collectiveInput = z.object({
  name: requiredText(200, 'Tên tập thể'),
  kind: z.enum(COLLECTIVE_KINDS, { error: 'Vui lòng chọn loại tập thể.' }),
  unitId: uuid,
  memberCount: z
    .number({ error: 'Số thành viên phải là số.' })
    .int({ error: 'Số thành viên phải là số nguyên.' })
    .min(0, { error: 'Số thành viên không được âm.' })
    .max(1_000_000, { error: 'Số thành viên quá lớn.' })
    .default(0),
});
export type CollectiveInput = z.input<typeof collectiveInput>;

/** Type-ahead counts matches up to this many, then says "hơn 1.000" unless asked for an exact count. */
export const SEARCH_COUNT_CAP = 1000;

const searchInput = z.object({ query: z.string().max(200).default(''), ...paging });

export const peopleApi = {
  'people.search': {
    input: searchInput.extend({
      unitId: uuid.nullable().default(null),
      // Keyset paging: the `next` of the page before; when given, `offset` is ignored.
      after: z.string().max(500).nullable().default(null),
      // Count every match (slower for a common name); otherwise counting stops past SEARCH_COUNT_CAP.
      exactCount: z.boolean().default(false),
    }),
    output: z.object({
      total: z.number().int(),
      // false: there are more than `total` matches ("hơn 1.000"); ask again with exactCount.
      totalExact: z.boolean(),
      items: z.array(person),
      // Where the page after this one starts (pass as `after`), or null at the end.
      next: z.string().nullable(),
    }),
  },
  'people.get': { input: z.object({ id: uuid }), output: person },
  /** The person already listed with this full name, birth and unit, asked as "Thêm cá nhân" is filled. */
  'people.findSame': {
    input: z.object({
      familyName: z.string().max(40).default(''), middleName: z.string().max(60).default(''), givenName: z.string().max(40).default(''),
      birthDate: isoDate.nullable().default(null), birthYear: z.number().int().nullable().default(null),
      unitId: uuid.nullable().default(null), excludeId: uuid.nullable().default(null),
    }),
    output: z.object({ id: z.string(), fullName: z.string(), birthDate: z.string().nullable(), birthYear: z.number().int().nullable(), unitName: z.string().nullable() }).nullable(),
  },
  'people.create': { input: personInput, output: person },
  'people.update': { input: personInput.extend({ id: uuid }), output: person },
  'people.delete': { input: z.object({ id: uuid }), output: ok },
  'collectives.list': {
    input: searchInput.extend({ unitId: uuid.nullable().default(null), ...keyset }),
    output: z.object({ total: z.number().int(), items: z.array(collective), next: nextCursor }),
  },
  'collectives.get': { input: z.object({ id: uuid }), output: collective },
  'collectives.create': { input: collectiveInput, output: collective },
  'collectives.update': { input: collectiveInput.extend({ id: uuid }), output: collective },
  'collectives.delete': { input: z.object({ id: uuid }), output: ok },
} as const;
