DROP INDEX "cases_municipality";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "actor_digest" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "subject_digest" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_at" bigint;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "child_bsn" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "municipality_code" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "sender_municipalities" jsonb;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "refers_to" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "reaction" jsonb;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "picked_up_at" bigint;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "closed_at" bigint;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sis_requests" ADD COLUMN "organisation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "sis_requests" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "watch_markings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "events_refers_to" ON "events" USING btree ("source","refers_to");--> statement-breakpoint
CREATE INDEX "events_child" ON "events" USING btree ("child_bsn","type");--> statement-breakpoint
CREATE INDEX "signals_case" ON "signals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "sis_requests_case" ON "sis_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "watch_markings_org" ON "watch_markings" USING btree ("organisation","created_at");--> statement-breakpoint
CREATE INDEX "cases_municipality" ON "cases" USING btree ("municipality_code","status","created_at");