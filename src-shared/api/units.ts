import { z } from 'zod';
import { UNIT_LEVELS } from '../catalog/levels';
import { ok, ownedFields, requiredText, unitCode, uuid } from './common';

export const unitLevel = z.enum(UNIT_LEVELS, { error: 'Cấp đơn vị không hợp lệ.' });

export const unit = z.object({
  ...ownedFields,
  code: z.string(),
  name: z.string(),
  level: unitLevel,
  parentId: z.string().nullable(),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  active: z.boolean(),
  mergedIntoId: z.string().nullable(),
  mergedIntoName: z.string().nullable(),
  childCount: z.number().int(),
});
export type Unit = z.infer<typeof unit>;

export const unitInput = z.object({
  code: unitCode,
  name: requiredText(200, 'Tên đơn vị'),
  level: unitLevel,
  parentId: uuid.nullable().default(null),
  active: z.boolean().default(true),
  mergedIntoId: uuid.nullable().default(null),
});
export type UnitInput = z.input<typeof unitInput>;

export const unitImportResult = z.object({
  applied: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});
export type UnitImportResult = z.infer<typeof unitImportResult>;

export const unitsApi = {
  'units.list': {
    input: z
      .object({
        query: z.string().max(200).default(''),
        level: unitLevel.nullable().default(null),
        parentId: uuid.nullable().default(null),
        includeInactive: z.boolean().default(true),
      })
      .default({ query: '', level: null, parentId: null, includeInactive: true }),
    output: z.object({ items: z.array(unit), total: z.number().int() }),
  },
  'units.get': { input: z.object({ id: uuid }), output: unit },
  'units.create': { input: unitInput, output: unit },
  'units.update': { input: unitInput.extend({ id: uuid }), output: unit },
  'units.delete': { input: z.object({ id: uuid }), output: ok },
  'units.import': {
    input: z.object({
      format: z.enum(['csv', 'json'], { error: 'Chỉ nhận tệp CSV hoặc JSON.' }),
      content: z.string().max(20_000_000, { error: 'Tệp quá lớn (tối đa 20 MB).' }),
      dryRun: z.boolean().default(false),
    }),
    output: unitImportResult,
  },
} as const;
