CREATE TABLE `drafts` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`value` text NOT NULL,
	`base_rev` integer,
	`saved_at` text NOT NULL
);
