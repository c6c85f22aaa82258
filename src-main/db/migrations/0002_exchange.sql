CREATE TABLE `attachments` (
	`sha256` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`subject_origin` text NOT NULL,
	`status` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `decisions_subject_idx` ON `decisions` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `decisions_origin_idx` ON `decisions` (`subject_origin`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`recipient_code` text NOT NULL,
	`sent_rev` integer NOT NULL,
	`acked_rev` integer DEFAULT 0 NOT NULL,
	`package_id` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`, `recipient_code`)
);
--> statement-breakpoint
CREATE TABLE `exchange_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `packages` (
	`package_id` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`sender_code` text NOT NULL,
	`sender_name` text NOT NULL,
	`sender_key_id` text NOT NULL,
	`recipient_code` text NOT NULL,
	`sequence` integer NOT NULL,
	`created_at` text NOT NULL,
	`processed_at` text NOT NULL,
	`result` text NOT NULL,
	`counts` text NOT NULL,
	`file_name` text,
	`batch_id` text,
	`results` text,
	`ack_package_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `packages_id_dir_uq` ON `packages` (`package_id`,`direction`);--> statement-breakpoint
CREATE INDEX `packages_sender_idx` ON `packages` (`direction`,`sender_code`,`recipient_code`,`sequence`);--> statement-breakpoint
CREATE TABLE `record_status` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`status` text NOT NULL,
	`reasons` text,
	`decision` text,
	`decided_by` text,
	`decision_id` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `record_status_status_idx` ON `record_status` (`status`);--> statement-breakpoint
CREATE TABLE `trusted_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`level` text NOT NULL,
	`public_key` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`added_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE INDEX `trusted_keys_unit_idx` ON `trusted_keys` (`unit_code`);