CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_sub` text NOT NULL,
	`actor_role` text NOT NULL,
	`actor_org` text,
	`operation` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` text,
	`purpose` text NOT NULL,
	`subject_pseudonym` text,
	`outcome` text NOT NULL,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_subject` ON `audit_log` (`subject_pseudonym`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`municipality_code` text NOT NULL,
	`child_bsn` text,
	`declarant_bsn` text,
	`country_code` text,
	`registration_date` text,
	`child` text,
	`departure` text,
	`custody` text,
	`assessment` text,
	`risk` text,
	`closed_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`purged_at` integer
);
--> statement-breakpoint
CREATE INDEX `cases_child_bsn` ON `cases` (`child_bsn`);--> statement-breakpoint
CREATE INDEX `cases_declarant_bsn` ON `cases` (`declarant_bsn`);--> statement-breakpoint
CREATE INDEX `cases_municipality` ON `cases` (`municipality_code`,`created_at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`event_id` text NOT NULL,
	`type` text NOT NULL,
	`content_hash` text NOT NULL,
	`case_id` text,
	`status` text NOT NULL,
	`time` text,
	`data` text,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_source_event_id` ON `events` (`source`,`event_id`);--> statement-breakpoint
CREATE INDEX `events_case_id` ON `events` (`case_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`queue` text NOT NULL,
	`key` text,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`run_at` integer NOT NULL,
	`attempts` integer NOT NULL,
	`max_attempts` integer NOT NULL,
	`locked_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_due` ON `jobs` (`status`,`run_at`);--> statement-breakpoint
CREATE INDEX `jobs_key` ON `jobs` (`key`,`status`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`municipality_code` text NOT NULL,
	`recipient_bsn` text,
	`recipient` text,
	`status` text NOT NULL,
	`hold_reasons` text,
	`reference` text NOT NULL,
	`due_date` text NOT NULL,
	`channel` text,
	`delivery_attempts` integer NOT NULL,
	`last_error` text,
	`history` text NOT NULL,
	`follow_ups` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_case_recipient` ON `notifications` (`case_id`,`recipient_bsn`);--> statement-breakpoint
CREATE INDEX `notifications_worklist` ON `notifications` (`municipality_code`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `signals` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`recipient` text NOT NULL,
	`level` text NOT NULL,
	`status` text NOT NULL,
	`view` text NOT NULL,
	`sla_due_at` integer NOT NULL,
	`delivery` text NOT NULL,
	`delivery_attempts` integer NOT NULL,
	`outcome` text,
	`updates` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signals_case_recipient` ON `signals` (`case_id`,`recipient`);--> statement-breakpoint
CREATE INDEX `signals_worklist` ON `signals` (`recipient`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `sis_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`signal_id` text NOT NULL,
	`case_id` text NOT NULL,
	`status` text NOT NULL,
	`request` text NOT NULL,
	`history` text NOT NULL,
	`review_date` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sis_requests_signal` ON `sis_requests` (`signal_id`);--> statement-breakpoint
CREATE TABLE `watch_markings` (
	`id` text PRIMARY KEY NOT NULL,
	`child_bsn` text NOT NULL,
	`reason` text NOT NULL,
	`valid_until` text NOT NULL,
	`organisation` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`removed_at` integer
);
--> statement-breakpoint
CREATE INDEX `watch_markings_child` ON `watch_markings` (`child_bsn`);