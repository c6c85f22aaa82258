CREATE TABLE `outgoing_numbers` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`number` integer NOT NULL,
	`printed` text NOT NULL,
	`issued_on` text NOT NULL,
	`ref_type` text,
	`ref_id` text,
	`summary` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outgoing_numbers_year_kind_number` ON `outgoing_numbers` (`year`,`kind`,`number`);--> statement-breakpoint
CREATE INDEX `outgoing_numbers_ref_idx` ON `outgoing_numbers` (`ref_type`,`ref_id`);