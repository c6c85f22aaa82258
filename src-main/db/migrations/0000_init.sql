CREATE TABLE `audit` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `collectives` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`member_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `collectives_unit_idx` ON `collectives` (`unit_id`);--> statement-breakpoint
CREATE INDEX `collectives_list_idx` ON `collectives` (`deleted`,`name_folded`);--> statement-breakpoint
CREATE TABLE `installation` (
	`singleton` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`unit_id` text NOT NULL,
	`clerk_name` text NOT NULL,
	`public_key` text NOT NULL,
	`key_id` text NOT NULL,
	`key_protection` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`family_name` text NOT NULL,
	`middle_name` text NOT NULL,
	`given_name` text NOT NULL,
	`full_name` text NOT NULL,
	`sort_key` text NOT NULL,
	`search_text` text NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text,
	`birth_year` integer,
	`ethnicity` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`unit_id` text,
	`collective_id` text,
	`direct_labor` integer DEFAULT false NOT NULL,
	`phone` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collective_id`) REFERENCES `collectives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_id_uq` ON `people` (`id`);--> statement-breakpoint
CREATE INDEX `people_list_idx` ON `people` (`deleted`,`sort_key`);--> statement-breakpoint
CREATE INDEX `people_unit_idx` ON `people` (`unit_id`,`deleted`,`sort_key`);--> statement-breakpoint
CREATE INDEX `people_collective_idx` ON `people` (`collective_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` text,
	`active` integer DEFAULT true NOT NULL,
	`merged_into_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_uq` ON `units` (`code`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_level_idx` ON `units` (`level`);