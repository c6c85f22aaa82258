ALTER TABLE `people` ADD `home_town` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `residence` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `qualification` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `academic_rank` text DEFAULT '' NOT NULL;