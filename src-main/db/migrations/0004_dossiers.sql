CREATE TABLE `award_history` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`year` integer NOT NULL,
	`award_code` text NOT NULL,
	`award_name` text NOT NULL,
	`category` text NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`decision_id` text
);
--> statement-breakpoint
CREATE INDEX `award_history_subject_idx` ON `award_history` (`subject_type`,`subject_id`,`year`);--> statement-breakpoint
CREATE TABLE `dossier_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`nominee_id` text,
	`doc_code` text NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_documents_dossier_idx` ON `dossier_documents` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `dossier_nominees` (
	`id` text PRIMARY KEY NOT NULL,
	`dossier_id` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`report` text DEFAULT '' NOT NULL,
	`vote_yes` integer,
	`collective_facts` text,
	`position` integer NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossier_nominees_subject_uq` ON `dossier_nominees` (`dossier_id`,`subject_type`,`subject_id`);--> statement-breakpoint
CREATE TABLE `dossiers` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`year` integer NOT NULL,
	`round` text NOT NULL,
	`movement_id` text,
	`proposing_unit_id` text NOT NULL,
	`award_code` text NOT NULL,
	`reference_date` text NOT NULL,
	`title` text NOT NULL,
	`meeting_date` text,
	`council_total` integer,
	`council_present` integer,
	`council_written` integer,
	`override_reason` text
);
--> statement-breakpoint
CREATE INDEX `dossiers_year_idx` ON `dossiers` (`year`,`deleted`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`person_id` text NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_person_year_uq` ON `evaluations` (`person_id`,`year`);--> statement-breakpoint
CREATE TABLE `holds` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`person_id` text NOT NULL,
	`kind` text NOT NULL,
	`level` text,
	`from_date` text NOT NULL,
	`to_date` text,
	`note` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `holds_person_idx` ON `holds` (`person_id`);--> statement-breakpoint
CREATE TABLE `initiative_authors` (
	`initiative_id` text NOT NULL,
	`person_id` text NOT NULL,
	`share` integer NOT NULL,
	PRIMARY KEY(`initiative_id`, `person_id`),
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `initiative_authors_person_idx` ON `initiative_authors` (`person_id`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`scope` text,
	`recognised_on` text,
	`decision_number` text DEFAULT '' NOT NULL,
	`used_by_nominee_id` text
);
