DROP INDEX "signals_case";--> statement-breakpoint
DROP INDEX "audit_subject";--> statement-breakpoint
DROP INDEX "jobs_due";--> statement-breakpoint
DROP INDEX "jobs_key";--> statement-breakpoint
CREATE INDEX "cases_created" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_ended" ON "cases" USING btree ("updated_at") WHERE status IN ('niet-van-toepassing', 'ingetrokken', 'afgesloten') AND purged_at IS NULL;--> statement-breakpoint
CREATE INDEX "jobs_lapsed" ON "jobs" USING btree ("locked_until") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "jobs_done" ON "jobs" USING btree ("updated_at") WHERE status = 'done';--> statement-breakpoint
CREATE INDEX "notifications_due" ON "notifications" USING btree ("municipality_code","due_date") WHERE status IN ('te-beoordelen', 'aangehouden');--> statement-breakpoint
CREATE INDEX "signals_created" ON "signals" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "signals_due" ON "signals" USING btree ("recipient","sla_due_at") WHERE status = 'nieuw';--> statement-breakpoint
CREATE INDEX "audit_subject" ON "audit_log" USING btree ("subject_pseudonym") WHERE chain_pos IS NOT NULL;--> statement-breakpoint
CREATE INDEX "jobs_due" ON "jobs" USING btree ("run_at") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "jobs_key" ON "jobs" USING btree ("key") WHERE status = 'active';