import { integer, text } from 'drizzle-orm/sqlite-core';

// Columns every owned record carries: the exchange format (shared/exchange-format.md) relies
// on id (UUID born where the record is born), origin (owner unit code) and rev (bumped on
// every change). Deletion is a tombstone (deleted = 1, rev bumped), never a DELETE.
export const owned = () => ({
  id: text('id').primaryKey(),
  origin: text('origin').notNull(),
  rev: integer('rev').notNull().default(1),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
});
