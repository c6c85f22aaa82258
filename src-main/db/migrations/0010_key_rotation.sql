CREATE TABLE `key_announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer NOT NULL,
	`key_id` text NOT NULL,
	`unit_code` text NOT NULL,
	`unit_name` text NOT NULL,
	`level` text NOT NULL,
	`public_key` text NOT NULL,
	`key_created_at` text NOT NULL,
	`previous_key_id` text NOT NULL,
	`received_at` text NOT NULL,
	`status` text NOT NULL,
	`decided_at` text
);
--> statement-breakpoint
CREATE INDEX `key_announcements_unit_idx` ON `key_announcements` (`unit_code`,`status`);--> statement-breakpoint
ALTER TABLE `installation` ADD `key_created_at` text;--> statement-breakpoint
ALTER TABLE `installation` ADD `previous_key_id` text;