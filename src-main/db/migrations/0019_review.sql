CREATE TABLE `review_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`unit_name` text NOT NULL,
	`figures` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_reports_period_uq` ON `review_reports` (`origin`,`year`,`period`);--> statement-breakpoint
CREATE TABLE `review_texts` (
	`year` integer NOT NULL,
	`period` text NOT NULL,
	`strengths` text DEFAULT '' NOT NULL,
	`weaknesses` text DEFAULT '' NOT NULL,
	`causes` text DEFAULT '' NOT NULL,
	`directions` text DEFAULT '' NOT NULL,
	`signer_name` text DEFAULT '' NOT NULL,
	`signer_position` text DEFAULT '' NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`year`, `period`)
);
--> statement-breakpoint
ALTER TABLE `people` ADD `remote_area` integer;