CREATE TABLE `sent_records` (
	`package_id` text NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`rev` integer NOT NULL,
	`recipient_code` text NOT NULL,
	`sent_at` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`package_id`, `record_type`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `sent_records_record_idx` ON `sent_records` (`record_type`,`record_id`);