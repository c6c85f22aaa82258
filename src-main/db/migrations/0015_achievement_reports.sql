CREATE TABLE `achievement_reports` (
	`nominee_id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`content` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `achievement_reports_dossier_idx` ON `achievement_reports` (`dossier_id`);