import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { owned } from './owned';

/** Other installations' public keys this one trusts (by a person's confirmation or a trust list). */
export const trustedKeys = sqliteTable(
  'trusted_keys',
  {
    keyId: text('key_id').primaryKey(),
    unitCode: text('unit_code').notNull(),
    unitName: text('unit_name').notNull(),
    level: text('level').notNull(),
    publicKey: text('public_key').notNull(),
    status: text('status').notNull(), // trusted | revoked
    source: text('source').notNull(), // manual | trust-list
    addedAt: text('added_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('trusted_keys_unit_idx').on(t.unitCode)],
);

/** Small settings of the exchange: installed versions of trust list and reference data. */
export const exchangeSettings = sqliteTable('exchange_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Every package written or read: the idempotency key, sequences for gaps, the outcome. */
export const packages = sqliteTable(
  'packages',
  {
    packageId: text('package_id').notNull(),
    direction: text('direction').notNull(), // in | out
    kind: text('kind').notNull(),
    senderCode: text('sender_code').notNull(),
    senderName: text('sender_name').notNull(),
    senderKeyId: text('sender_key_id').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sequence: integer('sequence').notNull(),
    createdAt: text('created_at').notNull(),
    processedAt: text('processed_at').notNull(),
    result: text('result').notNull(), // written | applied
    counts: text('counts').notNull(), // JSON
    fileName: text('file_name'),
    batchId: text('batch_id'),
    /** In: per-record outcomes [{type, id, rev, result}], what an ack reports back. */
    results: text('results'),
    /** In: the ack package that reported this one back to its sender. */
    ackPackageId: text('ack_package_id'),
  },
  (t) => [
    uniqueIndex('packages_id_dir_uq').on(t.packageId, t.direction),
    index('packages_sender_idx').on(t.direction, t.senderCode, t.recipientCode, t.sequence),
    // The package log's order (last processed first), whole or by direction, read from an index (issue 18).
    index('packages_order_idx').on(t.processedAt, t.sequence),
    index('packages_direction_order_idx').on(t.direction, t.processedAt, t.sequence),
  ],
);

/** What of ours each recipient has been sent and has acknowledged, per record. */
export const deliveries = sqliteTable(
  'deliveries',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sentRev: integer('sent_rev').notNull(),
    ackedRev: integer('acked_rev').notNull().default(0),
    packageId: text('package_id').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId, t.recipientCode] })],
);

/** Where a record stands in the shared life cycle, and the upper level's last word on it. */
export const recordStatus = sqliteTable(
  'record_status',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    status: text('status').notNull(),
    reasons: text('reasons'), // JSON [{field, message}]
    decision: text('decision'), // JSON {number, date, issuer, award}
    decidedBy: text('decided_by'),
    decisionId: text('decision_id'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordType, t.recordId] }), index('record_status_status_idx').on(t.status)],
);

/** Decision records: owned by the deciding level, sent down in feedback packages. */
export const decisions = sqliteTable(
  'decisions',
  {
    ...owned(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    subjectOrigin: text('subject_origin').notNull(),
    status: text('status').notNull(),
    data: text('data').notNull(), // JSON of the record's data
  },
  (t) => [index('decisions_subject_idx').on(t.subjectType, t.subjectId), index('decisions_origin_idx').on(t.subjectOrigin)],
);

/** Attachments, stored once by content (SHA-256) however many records use them. */
export const attachments = sqliteTable('attachments', {
  sha256: text('sha256').primaryKey(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * What was sent, as it was: each record of each submission package at the rev it had. A
 * dossier edited after sending becomes a new rev; the one sent stays here, with its package.
 */
export const sentRecords = sqliteTable(
  'sent_records',
  {
    packageId: text('package_id').notNull(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    rev: integer('rev').notNull(),
    recipientCode: text('recipient_code').notNull(),
    sentAt: text('sent_at').notNull(),
    data: text('data').notNull(), // JSON of the record's data
  },
  (t) => [primaryKey({ columns: [t.packageId, t.recordType, t.recordId] }), index('sent_records_record_idx').on(t.recordType, t.recordId)],
);

/**
 * Receipts the other side sent for our packages: which package it took in, when, what it kept
 * and what it refused with its reasons (the words a clerk reads in "Nhật ký gói").
 */
export const packageReceipts = sqliteTable('package_receipts', {
  /** Our outgoing package this receipt acknowledges. */
  packageId: text('package_id').primaryKey(),
  /** The package that carried the receipt (an ack, or a feedback/submission it rode in). */
  carriedBy: text('carried_by').notNull(),
  senderCode: text('sender_code').notNull(),
  senderName: text('sender_name').notNull(),
  /** When the receiver took our package in, as it says (RFC 3339), or null from older builds. */
  receivedAt: text('received_at'),
  accepted: text('accepted').notNull(), // JSON [{type, id, rev, result}]
  refused: text('refused').notNull(), // JSON [{type, id, rev, reason}]
  importedAt: text('imported_at').notNull(),
});
