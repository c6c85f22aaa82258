import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/**
 * Điển hình tiên tiến: a person, a collective, a household or a model (mô hình) found,
 * fostered, reviewed and replicated (phát hiện, bồi dưỡng, tổng kết, nhân rộng). Owned by the
 * unit that keeps the register; travels up as an `example` record.
 */
export const typicalExamples = sqliteTable(
  'typical_examples',
  {
    ...owned(),
    kind: text('kind').notNull(), // person | collective | household | model
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    personId: text('person_id'),
    collectiveId: text('collective_id'),
    unitId: text('unit_id').notNull(),
    field: text('field').notNull().default(''), // lĩnh vực
    movementId: text('movement_id'),
    achievements: text('achievements').notNull().default(''),
    /** The current stage: the last of `stages`. */
    stage: text('stage').notNull(), // phat-hien | boi-duong | tong-ket | nhan-rong
    /** JSON [{ stage, on: 'yyyy-mm-dd', by, note }] in stage order, dates not decreasing. */
    stages: text('stages').notNull().default('[]'),
    /** JSON [{ outlet, on, link, title }]: press, radio, television coverage. */
    media: text('media').notNull().default('[]'),
    /** JSON [award_history id]: the awards it led to. */
    awardIds: text('award_ids').notNull().default('[]'),
    /** On a copy received from a unit below: its awards as that unit described them (its award history stays there). */
    receivedAwards: text('received_awards').notNull().default('[]'),
    /** The report flags; read from the person when one is linked. */
    women: integer('women', { mode: 'boolean' }).notNull().default(false),
    ethnicMinority: integer('ethnic_minority', { mode: 'boolean' }).notNull().default(false),
    directWorker: integer('direct_worker', { mode: 'boolean' }).notNull().default(false),
    reviewOn: text('review_on'),
  },
  (t) => [index('typical_examples_review_idx').on(t.deleted, t.reviewOn), index('typical_examples_person_idx').on(t.personId)],
);

/** Hội nghị điển hình tiên tiến: the examples honoured, in the order of the printed list. */
export const exampleConferences = sqliteTable('example_conferences', {
  ...owned(),
  title: text('title').notNull(),
  year: integer('year').notNull(),
  heldOn: text('held_on'),
  place: text('place').notNull().default(''),
  /** JSON [typical_examples id] in list order. */
  exampleIds: text('example_ids').notNull().default('[]'),
});
