CREATE TABLE `initiative_council_members` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`sort` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `initiative_rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `initiative_council_round_idx` ON `initiative_council_members` (`round_id`);--> statement-breakpoint
CREATE TABLE `initiative_evaluations` (
	`id` text PRIMARY KEY NOT NULL,
	`initiative_id` text NOT NULL,
	`member_id` text NOT NULL,
	`scores` text NOT NULL,
	`total` real NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `initiative_council_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiative_evaluations_member_uq` ON `initiative_evaluations` (`initiative_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `initiative_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`name` text NOT NULL,
	`deadline` text,
	`meeting_date` text,
	`criteria` text NOT NULL,
	`pass_mark` real NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `initiative_rounds_year_idx` ON `initiative_rounds` (`year`,`number`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_initiative_authors` (
	`initiative_id` text NOT NULL,
	`person_id` text NOT NULL,
	`share` real NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`initiative_id`, `person_id`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_initiative_authors`("initiative_id", "person_id", "share", "position") SELECT "initiative_id", "person_id", "share", 0 FROM `initiative_authors`;--> statement-breakpoint
DROP TABLE `initiative_authors`;--> statement-breakpoint
ALTER TABLE `__new_initiative_authors` RENAME TO `initiative_authors`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `initiative_authors_person_idx` ON `initiative_authors` (`person_id`);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `title_folded` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `round_id` text REFERENCES initiative_rounds(id);--> statement-breakpoint
ALTER TABLE `initiatives` ADD `addressed_to` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `investor` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `field` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `problem` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `description` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `confidential` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `conditions` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `author_benefits` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `trial_benefits` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `first_applied_on` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `trial_participants` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `proposed_scope` text DEFAULT 'co-so' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `received_on` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `receipt_number` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `due_on` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `recognising_body` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `certificate_number` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `refusal_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `initiatives_year_idx` ON `initiatives` (`year`,`created_at`);--> statement-breakpoint
CREATE INDEX `initiatives_round_idx` ON `initiatives` (`round_id`);--> statement-breakpoint
CREATE INDEX `initiatives_due_idx` ON `initiatives` (`status`,`due_on`);