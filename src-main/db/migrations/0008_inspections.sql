CREATE TABLE `inspection_answers` (
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`result` text,
	`score` real,
	`findings` text DEFAULT '' NOT NULL,
	`documents_seen` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'team' NOT NULL,
	`answered_at` text,
	`self_result` text,
	`self_score` real,
	`self_note` text DEFAULT '' NOT NULL,
	`self_at` text,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_answers_item_uq` ON `inspection_answers` (`inspection_id`,`item_code`);--> statement-breakpoint
CREATE TABLE `inspection_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`item_code` text NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_evidence_item_idx` ON `inspection_evidence` (`inspection_id`,`item_code`);--> statement-breakpoint
CREATE TABLE `inspection_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`deadline` text NOT NULL,
	`inspecting_body` text NOT NULL,
	`plan_number` text DEFAULT '' NOT NULL,
	`plan_date` text,
	`template_id` text NOT NULL,
	`team` text DEFAULT '[]' NOT NULL,
	`recommendations` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `inspection_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_plans_year_idx` ON `inspection_plans` (`year`,`deleted`);--> statement-breakpoint
CREATE TABLE `inspection_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`based_on_id` text,
	`sections` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inspection_templates_key_idx` ON `inspection_templates` (`key`,`version`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`plan_id` text NOT NULL,
	`year` integer NOT NULL,
	`unit_id` text NOT NULL,
	`template_id` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`planned_from` text,
	`planned_to` text,
	`status` text NOT NULL,
	`started_at` text,
	`finished_at` text,
	`finish_reason` text,
	`unanswered_at_finish` text DEFAULT '[]' NOT NULL,
	`conclusion` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `inspection_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `inspection_templates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspections_plan_idx` ON `inspections` (`plan_id`,`sort`);--> statement-breakpoint
CREATE INDEX `inspections_unit_idx` ON `inspections` (`unit_id`);--> statement-breakpoint
CREATE INDEX `inspections_year_idx` ON `inspections` (`year`,`status`);