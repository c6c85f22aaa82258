import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * New keys other units announced in a package signed with their old key (record type
 * `key-announcement`). An announcement only pre-fills the confirmation: the key is trusted
 * when a person confirms its fingerprint against the unit's paper form, as for a first key.
 */
export const keyAnnouncements = sqliteTable(
  'key_announcements',
  {
    id: text('id').primaryKey(), // the record's id
    origin: text('origin').notNull(),
    rev: integer('rev').notNull(),
    keyId: text('key_id').notNull(),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    level: text('level').notNull(),
    publicKey: text('public_key').notNull(),
    keyCreatedAt: text('key_created_at').notNull(),
    previousKeyId: text('previous_key_id').notNull(),
    receivedAt: text('received_at').notNull(),
    status: text('status').notNull(), // pending | accepted | superseded
    decidedAt: text('decided_at'),
  },
  (t) => [index('key_announcements_unit_idx').on(t.unitCode, t.status)],
);
