DROP INDEX `cases_municipality`;--> statement-breakpoint
ALTER TABLE `cases` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_municipality` ON `cases` (`municipality_code`,`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor_digest` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `subject_digest` text;--> statement-breakpoint
ALTER TABLE `events` ADD `child_bsn` text;--> statement-breakpoint
ALTER TABLE `events` ADD `municipality_code` text;--> statement-breakpoint
ALTER TABLE `events` ADD `sender_municipalities` text;--> statement-breakpoint
ALTER TABLE `events` ADD `refers_to` text;--> statement-breakpoint
CREATE INDEX `events_refers_to` ON `events` (`source`,`refers_to`);--> statement-breakpoint
CREATE INDEX `events_child` ON `events` (`child_bsn`,`type`);--> statement-breakpoint
ALTER TABLE `notifications` ADD `reaction` text;--> statement-breakpoint
ALTER TABLE `notifications` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `signals` ADD `picked_up_at` integer;--> statement-breakpoint
ALTER TABLE `signals` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `signals` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `signals_case` ON `signals` (`case_id`);--> statement-breakpoint
ALTER TABLE `sis_requests` ADD `organisation` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `sis_requests` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `sis_requests_case` ON `sis_requests` (`case_id`);--> statement-breakpoint
ALTER TABLE `watch_markings` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX `watch_markings_org` ON `watch_markings` (`organisation`,`created_at`);