DROP INDEX `signals_case`;--> statement-breakpoint
CREATE INDEX `signals_created` ON `signals` (`created_at`);--> statement-breakpoint
CREATE INDEX `signals_due` ON `signals` (`recipient`,`sla_due_at`) WHERE status = 'nieuw';--> statement-breakpoint
DROP INDEX `audit_subject`;--> statement-breakpoint
CREATE INDEX `audit_subject` ON `audit_log` (`subject_pseudonym`) WHERE chain_pos IS NOT NULL;--> statement-breakpoint
DROP INDEX `jobs_due`;--> statement-breakpoint
DROP INDEX `jobs_key`;--> statement-breakpoint
CREATE INDEX `jobs_lapsed` ON `jobs` (`locked_until`) WHERE status = 'active';--> statement-breakpoint
CREATE INDEX `jobs_done` ON `jobs` (`updated_at`) WHERE status = 'done';--> statement-breakpoint
CREATE INDEX `jobs_due` ON `jobs` (`run_at`) WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX `jobs_key` ON `jobs` (`key`) WHERE status = 'active';--> statement-breakpoint
CREATE INDEX `cases_created` ON `cases` (`created_at`);--> statement-breakpoint
CREATE INDEX `cases_ended` ON `cases` (`updated_at`) WHERE status IN ('niet-van-toepassing', 'ingetrokken', 'afgesloten') AND purged_at IS NULL;--> statement-breakpoint
CREATE INDEX `notifications_due` ON `notifications` (`municipality_code`,`due_date`) WHERE status IN ('te-beoordelen', 'aangehouden');