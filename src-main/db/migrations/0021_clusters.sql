CREATE TABLE `cluster_members` (
	`cluster_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`position` integer NOT NULL,
	`head_name` text DEFAULT '' NOT NULL,
	`head_title` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`cluster_id`, `unit_id`),
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cluster_members_unit_idx` ON `cluster_members` (`unit_id`);--> statement-breakpoint
CREATE TABLE `cluster_scorecards` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`cluster_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`scorer` text NOT NULL,
	`scores` text DEFAULT '{}' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cluster_scorecards_uq` ON `cluster_scorecards` (`cluster_id`,`unit_id`,`scorer`);--> statement-breakpoint
CREATE TABLE `cluster_votes` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`cluster_id` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`chair` text DEFAULT '' NOT NULL,
	`secretary` text DEFAULT '' NOT NULL,
	`voters` integer NOT NULL,
	`votes` text NOT NULL,
	`dossiers` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cluster_votes_cluster_uq` ON `cluster_votes` (`cluster_id`);--> statement-breakpoint
CREATE TABLE `clusters` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`criteria_set_id` text NOT NULL,
	`criteria` text NOT NULL,
	`leader_unit_id` text,
	`deputy_unit_id` text,
	`pledge_date` text,
	`pledge_place` text DEFAULT '' NOT NULL,
	`pledge_text` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clusters_year_idx` ON `clusters` (`year`,`kind`);