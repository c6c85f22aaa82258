CREATE TABLE `proof_confirmations` (
	`id` text PRIMARY KEY NOT NULL,
	`nominee_id` text NOT NULL,
	`dossier_id` text NOT NULL,
	`criterion_id` text NOT NULL,
	`document` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proof_confirmations_uq` ON `proof_confirmations` (`nominee_id`,`criterion_id`);--> statement-breakpoint
CREATE INDEX `proof_confirmations_dossier_idx` ON `proof_confirmations` (`dossier_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `home_town` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `residence` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `qualification` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `academic_rank` text DEFAULT '' NOT NULL;