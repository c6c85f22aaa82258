CREATE TABLE `inspection_self_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`inspection_id` text NOT NULL,
	`plan_id` text NOT NULL,
	`template_id` text NOT NULL,
	`answers` text DEFAULT '[]' NOT NULL,
	`submitted_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_self_assessments_inspection_uq` ON `inspection_self_assessments` (`inspection_id`);