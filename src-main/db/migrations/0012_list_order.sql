CREATE INDEX `collectives_order_idx` ON `collectives` (`deleted`,`name_folded`,`id`);--> statement-breakpoint
CREATE INDEX `packages_order_idx` ON `packages` (`processed_at`,`sequence`);--> statement-breakpoint
CREATE INDEX `packages_direction_order_idx` ON `packages` (`direction`,`processed_at`,`sequence`);--> statement-breakpoint
CREATE INDEX `registrations_order_idx` ON `registrations` (`deleted`,"year" DESC,`origin`,`registrant_name`);--> statement-breakpoint
CREATE INDEX `dossiers_order_idx` ON `dossiers` (`deleted`,`year`,`updated_at`);--> statement-breakpoint
CREATE INDEX `initiatives_order_idx` ON `initiatives` (`deleted`,`year`,`created_at`);