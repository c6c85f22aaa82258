CREATE TABLE `import_layouts` (
	`signature` text PRIMARY KEY NOT NULL,
	`target` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `movements` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text NOT NULL,
	`launched_by_code` text NOT NULL,
	`launched_by_name` text NOT NULL,
	`year` integer NOT NULL,
	`start_date` text,
	`end_date` text,
	`theme` text DEFAULT '' NOT NULL,
	`slogan` text DEFAULT '' NOT NULL,
	`targets` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `movements_year_idx` ON `movements` (`year`,`deleted`);--> statement-breakpoint
CREATE TABLE `registration_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`registration_id` text NOT NULL,
	`person_id` text NOT NULL,
	`title` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registration_entries_person_uq` ON `registration_entries` (`registration_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `registration_entries_person_idx` ON `registration_entries` (`person_id`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`movement_id` text NOT NULL,
	`registrant_kind` text NOT NULL,
	`unit_id` text,
	`collective_id` text,
	`registrant_name` text NOT NULL,
	`titles` text DEFAULT '[]' NOT NULL,
	`commitments` text DEFAULT '[]' NOT NULL,
	`registered_on` text NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`signer_position` text DEFAULT '' NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`late_note` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collective_id`) REFERENCES `collectives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `registrations_year_idx` ON `registrations` (`year`,`deleted`);--> statement-breakpoint
CREATE INDEX `registrations_movement_idx` ON `registrations` (`movement_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `people_match_idx` ON `people` (`search_text`,`birth_year`);