CREATE TABLE `public_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`kind` text NOT NULL,
	`posted_from` text NOT NULL,
	`posted_to` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`printed_at` text NOT NULL,
	`printed_by` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `public_notices_dossier_idx` ON `public_notices` (`dossier_id`,`printed_at`);--> statement-breakpoint
CREATE TABLE `work_plan_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text NOT NULL,
	`sort` integer NOT NULL,
	`content` text NOT NULL,
	`lead_unit` text DEFAULT '' NOT NULL,
	`coordinating_units` text DEFAULT '' NOT NULL,
	`deadline` text NOT NULL,
	`due_on` text,
	`status` text DEFAULT 'todo' NOT NULL,
	`result` text DEFAULT '' NOT NULL,
	`follows_task_id` text,
	`deleted` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `work_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `work_plan_tasks_plan_idx` ON `work_plan_tasks` (`plan_id`,`sort`);--> statement-breakpoint
CREATE INDEX `work_plan_tasks_due_idx` ON `work_plan_tasks` (`due_on`,`status`);--> statement-breakpoint
CREATE TABLE `work_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`plan_number` text DEFAULT '' NOT NULL,
	`plan_date` text,
	`purpose` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'empty' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `work_plans_year_idx` ON `work_plans` (`year`,`kind`,`origin`);