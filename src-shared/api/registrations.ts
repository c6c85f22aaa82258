import { z } from 'zod';
import { MOVEMENT_KINDS, TITLE_CODES } from '../catalog/titles';
import { isoDate, keyset, nextCursor, ok, ownedFields, paging, requiredText, text, uuid } from './common';
import { sheetPreviewInput } from './spreadsheet';

const year = z
  .number({ error: 'Năm phải là số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(2000, { error: 'Năm phải từ 2000 trở đi.' })
  .max(2100, { error: 'Năm không hợp lệ.' });

const titleCode = z.enum(TITLE_CODES, { error: 'Danh hiệu không có trong danh mục.' });

export const target = z.object({
  text: requiredText(500, 'Nội dung chỉ tiêu'),
  value: z.number({ error: 'Chỉ tiêu phải là số.' }).min(0, { error: 'Chỉ tiêu không được âm.' }).max(1e12).nullable().default(null),
  unit: text(30, 'Đơn vị tính').default(''),
});
export type Target = z.output<typeof target>;

export const movement = z.object({
  ...ownedFields,
  name: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  launchedByCode: z.string(),
  launchedByName: z.string(),
  year: z.number().int(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  theme: z.string(),
  slogan: z.string(),
  targets: z.array(z.object({ text: z.string(), value: z.number().nullable(), unit: z.string() })),
  criteria: z.array(z.object({ text: z.string() })),
  legalBasis: z.string(),
  /** False for a copy received from another unit (the province's movements). */
  editable: z.boolean(),
});
export type Movement = z.infer<typeof movement>;

export const movementInput = z.object({
  name: requiredText(300, 'Tên phong trào'),
  kind: z.enum(MOVEMENT_KINDS, { error: 'Vui lòng chọn loại phong trào.' }),
  year,
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  theme: text(500, 'Chủ đề').default(''),
  slogan: text(300, 'Khẩu hiệu').default(''),
  targets: z.array(target).max(100, { error: 'Tối đa 100 chỉ tiêu.' }).default([]),
  criteria: z.array(z.object({ text: requiredText(500, 'Tiêu chí') })).max(100).default([]),
  legalBasis: text(2000, 'Căn cứ').default(''),
});
export type MovementInput = z.input<typeof movementInput>;
/** What the service receives: defaults filled in by the contract. */
export type MovementValues = z.output<typeof movementInput>;

export const registrationEntry = z.object({
  id: z.string(),
  personId: z.string(),
  fullName: z.string(),
  gender: z.string().nullable(),
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string(),
  unitName: z.string().nullable(),
  title: z.string(),
  note: z.string(),
});
export type RegistrationEntry = z.infer<typeof registrationEntry>;

export const registration = z.object({
  ...ownedFields,
  year: z.number().int(),
  movementId: z.string(),
  movementName: z.string().nullable(),
  registrantKind: z.enum(['unit', 'collective']),
  unitId: z.string().nullable(),
  collectiveId: z.string().nullable(),
  registrantName: z.string(),
  titles: z.array(z.string()),
  commitments: z.array(z.object({ text: z.string(), value: z.number().nullable(), unit: z.string() })),
  registeredOn: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  late: z.boolean(),
  lateNote: z.string().nullable(),
  entryCount: z.number().int(),
  status: z.string().nullable(),
  editable: z.boolean(),
});
export type Registration = z.infer<typeof registration>;

export const registrationInput = z.object({
  year,
  movementId: uuid,
  registrantKind: z.enum(['unit', 'collective'], { error: 'Chọn đơn vị hay tập thể đăng ký.' }),
  unitId: uuid.nullable().default(null),
  collectiveId: uuid.nullable().default(null),
  titles: z.array(titleCode).min(1, { error: 'Chọn ít nhất một danh hiệu đăng ký.' }).max(10),
  commitments: z.array(target).max(100, { error: 'Tối đa 100 chỉ tiêu.' }).default([]),
  registeredOn: isoDate,
  signerName: text(100, 'Người ký').default(''),
  signerPosition: text(100, 'Chức vụ người ký').default(''),
  lateNote: text(500, 'Lý do nộp muộn').nullable().default(null),
});
export type RegistrationInput = z.input<typeof registrationInput>;
export type RegistrationValues = z.output<typeof registrationInput>;

const withWarnings = <T extends z.ZodType>(s: T) => z.object({ registration: s, warnings: z.array(z.string()) });

export const registrationsApi = {
  'movements.list': {
    input: z.object({ year: year.nullable().default(null), query: z.string().max(200).default(''), ...paging }),
    output: z.object({ total: z.number().int(), items: z.array(movement) }),
  },
  'movements.get': { input: z.object({ id: uuid }), output: movement },
  'movements.create': { input: movementInput, output: movement },
  'movements.update': { input: movementInput.extend({ id: uuid }), output: movement },
  'movements.delete': { input: z.object({ id: uuid }), output: ok },

  'registrations.list': {
    /** `open`: the open work of every year (this year's, and this unit's not sent yet); `year` is then ignored. */
    input: z.object({ year: year.nullable().default(null), open: z.boolean().default(false), movementId: uuid.nullable().default(null), query: z.string().max(200).default(''), ...paging, ...keyset }),
    output: z.object({ total: z.number().int(), items: z.array(registration), next: nextCursor }),
  },
  'registrations.get': {
    input: z.object({ id: uuid }),
    output: z.object({ registration, entries: z.array(registrationEntry) }),
  },
  'registrations.create': { input: registrationInput, output: withWarnings(registration) },
  /** The registration already made by this unit or collective under this movement this year, asked as the form is filled. */
  'registrations.findSame': {
    input: z.object({
      year: z.number().int(), movementId: uuid, registrantKind: z.enum(['unit', 'collective']),
      unitId: uuid.nullable().default(null), collectiveId: uuid.nullable().default(null), excludeId: uuid.nullable().default(null),
    }),
    output: z.object({ id: z.string(), year: z.number().int(), registrantName: z.string(), movementName: z.string().nullable() }).nullable(),
  },
  'registrations.update': { input: registrationInput.extend({ id: uuid }), output: withWarnings(registration) },
  'registrations.delete': { input: z.object({ id: uuid }), output: ok },
  'registrations.addEntries': {
    input: z.object({
      registrationId: uuid,
      entries: z.array(z.object({ personId: uuid, title: titleCode, note: text(500, 'Ghi chú').default('') })).min(1).max(20_000),
    }),
    output: z.object({ added: z.number().int() }),
  },
  'registrations.updateEntry': {
    input: z.object({ registrationId: uuid, entryId: uuid, title: titleCode, note: text(500, 'Ghi chú').default('') }),
    output: ok,
  },
  'registrations.removeEntry': { input: z.object({ registrationId: uuid, entryId: uuid }), output: ok },
  /** Undoes a removal: the line comes back with its title and note. */
  'registrations.restoreEntry': { input: z.object({ registrationId: uuid, entryId: uuid }), output: ok },
  /** People from a pasted or .xlsx list: matched in the registry or created, then added; all or nothing. */
  'registrations.importEntries': {
    input: z.object({ registrationId: uuid, sheet: sheetPreviewInput, defaultTitle: titleCode.default('LDTT') }),
    output: z.object({ created: z.number().int(), linked: z.number().int(), added: z.number().int() }),
  },
  'registrations.deadline': {
    input: z.object({ year }),
    output: z.object({ year: z.number().int(), deadline: z.string(), daysLeft: z.number().int() }),
  },
  'registrations.setDeadline': {
    input: z.object({ year, deadline: isoDate }),
    output: z.object({ year: z.number().int(), deadline: z.string(), daysLeft: z.number().int() }),
  },
  'registrations.overview': {
    input: z.object({ year }),
    output: z.object({
      year: z.number().int(),
      deadline: z.string(),
      daysLeft: z.number().int(),
      own: z.object({ registrations: z.number().int(), entries: z.number().int(), sent: z.number().int() }),
      units: z.array(z.object({
        unitCode: z.string(), unitName: z.string(), registrations: z.number().int(), entries: z.number().int(),
        late: z.number().int(), lastReceivedAt: z.string().nullable(),
      })),
    }),
  },
} as const;
