ALTER TABLE `initiative_rounds` ADD `keep_open_reason` text;--> statement-breakpoint
ALTER TABLE `initiative_rounds` ADD `keep_open_at` text;--> statement-breakpoint
ALTER TABLE `initiative_rounds` ADD `keep_open_by` text;--> statement-breakpoint
ALTER TABLE `initiatives` ADD `received_late` integer DEFAULT false NOT NULL;