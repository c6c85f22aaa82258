CREATE TABLE `complaint_subjects` (
	`complaint_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_subjects_subject_idx` ON `complaint_subjects` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `complaint_subjects_complaint_idx` ON `complaint_subjects` (`complaint_id`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`received_on` text NOT NULL,
	`sender` text DEFAULT '' NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`kind` text NOT NULL,
	`content` text NOT NULL,
	`handler` text DEFAULT '' NOT NULL,
	`due_on` text,
	`steps` text DEFAULT '[]' NOT NULL,
	`conclusion` text,
	`closed_on` text
);
--> statement-breakpoint
CREATE INDEX `complaints_open_idx` ON `complaints` (`closed_on`,`due_on`);