CREATE TABLE `example_conferences` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`held_on` text,
	`place` text DEFAULT '' NOT NULL,
	`example_ids` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `typical_examples` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`person_id` text,
	`collective_id` text,
	`unit_id` text NOT NULL,
	`field` text DEFAULT '' NOT NULL,
	`movement_id` text,
	`achievements` text DEFAULT '' NOT NULL,
	`stage` text NOT NULL,
	`stages` text DEFAULT '[]' NOT NULL,
	`media` text DEFAULT '[]' NOT NULL,
	`award_ids` text DEFAULT '[]' NOT NULL,
	`received_awards` text DEFAULT '[]' NOT NULL,
	`women` integer DEFAULT false NOT NULL,
	`ethnic_minority` integer DEFAULT false NOT NULL,
	`direct_worker` integer DEFAULT false NOT NULL,
	`review_on` text
);
--> statement-breakpoint
CREATE INDEX `typical_examples_review_idx` ON `typical_examples` (`deleted`,`review_on`);--> statement-breakpoint
CREATE INDEX `typical_examples_person_idx` ON `typical_examples` (`person_id`);--> statement-breakpoint
ALTER TABLE `complaints` ADD `send_content` integer DEFAULT false NOT NULL;