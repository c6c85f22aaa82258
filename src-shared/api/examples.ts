import { z } from 'zod';
import { EXAMPLE_KINDS, EXAMPLE_STAGES } from '../rules/examples';
import { isoDate, ownedFields, requiredText, text, uuid } from './common';

// Điển hình tiên tiến: the register of typical examples (found, fostered, reviewed, replicated),
// their media coverage and the awards they led to, and the list honoured at a Hội nghị điển hình tiên tiến.

export const exampleStageStep = z.object({
  stage: z.enum(EXAMPLE_STAGES, { error: 'Bước phải là phát hiện, bồi dưỡng, tổng kết hoặc nhân rộng.' }),
  on: isoDate,
  /** Người, đơn vị phụ trách bồi dưỡng / thực hiện bước này. */
  by: text(200, 'Người phụ trách').default(''),
  note: text(1000, 'Ghi chú của bước').default(''),
});

export const exampleMedia = z.object({
  outlet: requiredText(200, 'Tên cơ quan báo chí'),
  on: isoDate,
  link: text(500, 'Đường dẫn bài viết').default(''),
  title: text(300, 'Tên bài viết').default(''),
});

export const exampleAward = z.object({ id: z.string(), year: z.number().int(), awardName: z.string(), decisionNumber: z.string(), decisionDate: z.string().nullable() });

export const typicalExample = z.object({
  ...ownedFields,
  kind: z.enum(EXAMPLE_KINDS),
  name: z.string(),
  personId: z.string().nullable(),
  collectiveId: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  field: z.string(),
  movementId: z.string().nullable(),
  movementName: z.string().nullable(),
  achievements: z.string(),
  stage: z.enum(EXAMPLE_STAGES),
  stages: z.array(exampleStageStep),
  media: z.array(exampleMedia),
  awards: z.array(exampleAward),
  women: z.boolean(),
  ethnicMinority: z.boolean(),
  directWorker: z.boolean(),
  /** The flags come from the linked person (not editable here). */
  flagsFromPerson: z.boolean(),
  reviewOn: z.string().nullable(),
  /** Kept by a unit below and received with its submission: read-only here. */
  readOnly: z.boolean(),
});
export type TypicalExample = z.infer<typeof typicalExample>;

export const typicalExampleInput = z.object({
  kind: z.enum(EXAMPLE_KINDS, { error: 'Loại điển hình phải là cá nhân, tập thể, hộ gia đình hoặc mô hình.' }),
  /** Tên điển hình (a household's or model's name); for a linked person or collective, their name is used when empty. */
  name: text(300, 'Tên điển hình').default(''),
  personId: uuid.nullable().default(null),
  collectiveId: uuid.nullable().default(null),
  /** The unit it belongs to; this installation's unit when null. */
  unitId: uuid.nullable().default(null),
  field: text(200, 'Lĩnh vực').default(''),
  movementId: uuid.nullable().default(null),
  achievements: text(5000, 'Thành tích').default(''),
  stages: z.array(exampleStageStep).max(4, { error: 'Chỉ có bốn bước: phát hiện, bồi dưỡng, tổng kết, nhân rộng.' }),
  media: z.array(exampleMedia).max(50, { error: 'Ghi tối đa 50 bài báo, phóng sự.' }).default([]),
  awardIds: z.array(uuid).max(50).default([]),
  women: z.boolean().default(false),
  ethnicMinority: z.boolean().default(false),
  directWorker: z.boolean().default(false),
  reviewOn: isoDate.nullable().default(null),
});
export type TypicalExampleInput = z.output<typeof typicalExampleInput>;

export const exampleConference = z.object({
  ...ownedFields,
  title: z.string(),
  year: z.number().int(),
  heldOn: z.string().nullable(),
  place: z.string(),
  examples: z.array(typicalExample),
});
export type ExampleConference = z.infer<typeof exampleConference>;

export const exampleConferenceInput = z.object({
  title: requiredText(300, 'Tên hội nghị'),
  year: z.number({ error: 'Năm phải là số.' }).int().min(2000, { error: 'Năm phải từ 2000 trở đi.' }).max(2100, { error: 'Năm không hợp lệ.' }),
  heldOn: isoDate.nullable().default(null),
  place: text(300, 'Địa điểm').default(''),
  exampleIds: z.array(uuid).max(500, { error: 'Danh sách tối đa 500 điển hình.' }).default([]),
});

export const examplesApi = {
  'examples.list': {
    input: z.object({ year: z.number().int().nullable().default(null), stage: z.enum(EXAMPLE_STAGES).nullable().default(null) }),
    output: z.array(typicalExample),
  },
  'examples.get': { input: z.object({ id: uuid }), output: typicalExample },
  /** A person or collective of another unit is refused; stage dates out of order are refused. */
  'examples.create': { input: typicalExampleInput, output: typicalExample },
  'examples.update': { input: typicalExampleInput.extend({ id: uuid }), output: typicalExample },
  'examples.delete': { input: z.object({ id: uuid }), output: z.object({ ok: z.literal(true) }) },
  /** Award history rows of the linked person or collective, to choose the awards the example led to. */
  'examples.awardChoices': { input: z.object({ personId: uuid.nullable(), collectiveId: uuid.nullable() }), output: z.array(exampleAward) },
  'examples.conferences': { input: z.object({}).default({}), output: z.array(exampleConference) },
  'examples.saveConference': { input: exampleConferenceInput.extend({ id: uuid.nullable().default(null) }), output: exampleConference },
} as const;
