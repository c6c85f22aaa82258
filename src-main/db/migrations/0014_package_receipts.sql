CREATE TABLE `package_receipts` (
	`package_id` text PRIMARY KEY NOT NULL,
	`carried_by` text NOT NULL,
	`sender_code` text NOT NULL,
	`sender_name` text NOT NULL,
	`received_at` text,
	`accepted` text NOT NULL,
	`refused` text NOT NULL,
	`imported_at` text NOT NULL
);
